// More error idioms: a value-type error compared with == and found with
// errors.As, an error wrapping two with %w: %w, a retry loop
// that wraps the last error, classification in a switch with errors.Is,
// and *fs.PathError from os.Open.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type HTTPError struct {
	Code int
}

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }

var ErrServer = errors.New("server error")

func codeOf(err error) int {
	var he HTTPError
	if errors.As(err, &he) {
		return he.Code
	}
	return 0
}

func isServer(err error) bool {
	var he HTTPError
	return errors.As(err, &he) && he.Code >= 500
}

func fetch(attempt int) error {
	if attempt < 3 {
		return fmt.Errorf("%w: %w", ErrServer, HTTPError{503})
	}
	return HTTPError{404}
}

func retry(n int) error {
	var last error
	for i := 1; i <= n; i++ {
		last = fetch(i)
		if !isServer(last) {
			return fmt.Errorf("attempt %d: %w", i, last)
		}
	}
	return fmt.Errorf("gave up after %d attempts: %w", n, last)
}

func classify(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, io.EOF):
		return "eof"
	case errors.Is(err, fs.ErrNotExist):
		return "missing file"
	case codeOf(err) == 404:
		return "not found"
	case errors.Is(err, ErrServer):
		return "server error"
	}
	return "unknown: " + err.Error()
}

func main() {
	fmt.Println(HTTPError{404} == HTTPError{404}, HTTPError{500} == HTTPError{503})
	fmt.Println(retry(2))
	fmt.Println(retry(5))
	_, err := os.Open("/definitely/not/here.txt")
	for _, e := range []error{nil, io.EOF, fmt.Errorf("read: %w", io.EOF), err, retry(2), retry(5), errors.New("x")} {
		fmt.Println(classify(e))
	}
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	var he HTTPError
	fmt.Println(errors.As(retry(5), &he), he.Code)
}
