package builtins

import (
	"fmt"
	"strconv"
)

// InputError describes input that a measure cannot accept. Every measure
// panics with one (the interactive form) or returns one (the Try form).
//
// Its Error text names the function, the argument and, when one entry is at
// fault, its index and value:
//
//	KL: q[2] = -0.1 is negative
//	KL: p and q differ in length (3 and 4)
//	Entropy: p sums to 0.9, not 1 (tolerance 1e-09); pass Counts to normalise counts
type InputError struct {
	Func   string  // the measure called, as the user wrote it: "KL"
	Arg    string  // the argument at fault ("q", "joint[1]"); empty when the call as a whole is at fault
	Index  int     // the entry at fault, or -1 when no single entry is
	Value  float64 // the entry's value when Index >= 0
	Reason string  // what is wrong, as a phrase: "is negative"
}

func (e *InputError) Error() string {
	switch {
	case e.Index >= 0:
		return fmt.Sprintf("%s: %s[%d] = %s %s", e.Func, e.Arg, e.Index, formatValue(e.Value), e.Reason)
	case e.Arg != "":
		return fmt.Sprintf("%s: %s %s", e.Func, e.Arg, e.Reason)
	default:
		return fmt.Sprintf("%s: %s", e.Func, e.Reason)
	}
}

// formatValue prints a number in Go's shortest form, the way the session
// prints results, so that an error quotes the entry as the user typed it.
func formatValue(x float64) string {
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// entryError reports one bad entry of an argument.
func entryError(fn, arg string, i int, v float64, reason string) *InputError {
	return &InputError{Func: fn, Arg: arg, Index: i, Value: v, Reason: reason}
}

// argError reports a fault of a whole argument.
func argError(fn, arg, reason string, a ...any) *InputError {
	return &InputError{Func: fn, Arg: arg, Index: -1, Reason: fmt.Sprintf(reason, a...)}
}

// callError reports a fault of the call as a whole (options, lengths).
func callError(fn, reason string, a ...any) *InputError {
	return &InputError{Func: fn, Index: -1, Reason: fmt.Sprintf(reason, a...)}
}

// must turns a Try form's result into the interactive form's: the value, or
// a panic with the *InputError.
func must(x float64, err error) float64 {
	if err != nil {
		panic(err)
	}
	return x
}
