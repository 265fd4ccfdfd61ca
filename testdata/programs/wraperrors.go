package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

// fmt.Errorf's %w wraps an error of the program's type, converted or not.
func main() {
	err := fmt.Errorf("wrap: %w", &MyErr{7})
	var me *MyErr
	fmt.Println(err, errors.As(err, &me), me.Code)
	err2 := fmt.Errorf("wrap2: %w", error(&MyErr{8}))
	fmt.Println(err2, errors.As(err2, &me), me.Code, errors.Unwrap(err2))
	e3 := error(&MyErr{9})
	fmt.Println(e3)
}
