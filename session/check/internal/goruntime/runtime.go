// Package runtime declares, under the names Go's runtime gives them, the
// types of the runtime errors that divergo's lowered code raises itself
// where the interpreter would not raise Go's (an index out of range, a
// failed assertion, a nil dereference the interpreter's reflection
// reports in its own words): fmt's %T names a value by its package's name,
// so that a recovered one prints runtime.boundsError,
// runtime.errorString, runtime.plainError or *runtime.TypeAssertionError,
// as with `go run`, and each is a runtime.Error.
package runtime

import "strings"

// Error is the interface of Go's runtime errors (runtime.Error).
type Error interface {
	error
	RuntimeError()
}

// A boundsError is an index or a slice bound out of range, or a slice
// converted to a longer array.
type boundsError struct{ msg string }

func (e boundsError) Error() string { return e.msg }
func (e boundsError) RuntimeError() {}

// An errorString is a runtime error whose text follows "runtime error: ".
type errorString string

func (e errorString) Error() string { return "runtime error: " + string(e) }
func (e errorString) RuntimeError() {}

// A plainError is a runtime error whose text is its own (makechan: size
// out of range).
type plainError string

func (e plainError) Error() string { return string(e) }
func (e plainError) RuntimeError() {}

// A TypeAssertionError is a failed type assertion.
type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }
func (*TypeAssertionError) RuntimeError()   {}

// New returns the runtime error of Go's type for the message msg, as Go's
// runtime words it ("runtime error: index out of range [5] with length 3",
// "interface conversion: …").
func New(msg string) Error {
	switch {
	case strings.HasPrefix(msg, "interface conversion: "):
		return &TypeAssertionError{msg}
	case strings.HasPrefix(msg, "runtime error: index out of range"),
		strings.HasPrefix(msg, "runtime error: slice bounds out of range"),
		strings.HasPrefix(msg, "runtime error: cannot convert slice with length"):
		return boundsError{msg}
	}
	if rest, ok := strings.CutPrefix(msg, "runtime error: "); ok {
		return errorString(rest)
	}
	return plainError(msg)
}
