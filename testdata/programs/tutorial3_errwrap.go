package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func lookup(db map[string]string, key string) (string, error) {
	v, ok := db[key]
	if !ok {
		return "", fmt.Errorf("lookup %q: %w", key, ErrNotFound)
	}
	return v, nil
}

func parseAll(lines []string) ([]int, error) {
	var out []int
	var errs []error
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			errs = append(errs, &ParseError{i + 1, err})
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func main() {
	db := map[string]string{"a": "alpha"}
	for _, k := range []string{"a", "b"} {
		v, err := lookup(db, k)
		if errors.Is(err, ErrNotFound) {
			fmt.Println("missing:", err)
			continue
		}
		fmt.Println("found", v)
	}
	nums, err := parseAll([]string{"1", "x", "3", "99999999999999999999", ""})
	fmt.Println(nums)
	fmt.Println(err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("first parse error at line", pe.Line)
		var ne *strconv.NumError
		if errors.As(pe, &ne) {
			fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(ne, strconv.ErrSyntax))
		}
	}
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), err)
	var perr *fs.PathError
	fmt.Println(errors.As(err, &perr), perr.Op)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	multi := fmt.Errorf("two: %w and %w", ErrNotFound, fs.ErrPermission)
	fmt.Println(multi, errors.Is(multi, fs.ErrPermission), errors.Unwrap(multi) == nil)
	fmt.Printf("%v|%s|%q\n", pe, pe, ErrNotFound)
}
