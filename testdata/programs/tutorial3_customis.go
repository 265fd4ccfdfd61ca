package main

import (
	"errors"
	"fmt"
	"strings"
)

type HTTPError struct {
	Status int
	Msg    string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Msg) }
func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Status == 0 || t.Status == e.Status)
}

var ErrAnyHTTP = HTTPError{}
var ErrNotFound = HTTPError{Status: 404}

type ValidationErrors []string

func (v ValidationErrors) Error() string {
	return fmt.Sprintf("%d problems: %s", len(v), strings.Join(v, "; "))
}

func validate(name string, age int) error {
	var errs ValidationErrors
	if name == "" {
		errs = append(errs, "name empty")
	}
	if age < 0 || age > 150 {
		errs = append(errs, fmt.Sprintf("age %d out of range", age))
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func fetch(path string) error {
	switch path {
	case "/":
		return nil
	case "/admin":
		return fmt.Errorf("fetch %s: %w", path, HTTPError{403, "forbidden"})
	}
	return fmt.Errorf("fetch %s: %w", path, HTTPError{404, "not found"})
}

func main() {
	for _, p := range []string{"/", "/admin", "/x"} {
		err := fetch(p)
		fmt.Printf("%-7s err=%v any=%t notfound=%t\n", p, err, errors.Is(err, ErrAnyHTTP), errors.Is(err, ErrNotFound))
		var he HTTPError
		if errors.As(err, &he) {
			fmt.Println("  status", he.Status)
		}
	}
	fmt.Println(validate("bob", 30) == nil)
	err := validate("", 200)
	fmt.Println(err)
	var ve ValidationErrors
	if errors.As(err, &ve) {
		fmt.Println(len(ve), ve[0])
	}
	joined := errors.Join(ErrNotFound, errors.New("second"))
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Is(nil, ErrNotFound))
	wrapped := fmt.Errorf("ctx: %v", ErrNotFound)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Unwrap(wrapped) == nil)
}
