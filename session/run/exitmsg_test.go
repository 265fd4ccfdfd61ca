package run

import "testing"

func TestExitFromMessage(t *testing.T) {
	for msg, want := range map[string]int{
		"the cell called os.Exit(3)":                                    3,
		"the cell called os.Exit(-2)":                                   -2,
		"the cell called os.Exit(5) (in a goroutine)":                   5,
		"panic: the cell called os.Exit(3)":                             -1,
		"the cell called os.Exit(3)\nmore":                              -1,
		"the cell called os.Exit(5) (in a goroutine started by cell 2)": -1,
	} {
		ee, ok := ExitFromMessage(msg)
		switch {
		case want == -1 && ok:
			t.Errorf("%q: ExitError{%d}, want none", msg, ee.Code)
		case want != -1 && (!ok || ee.Code != want):
			t.Errorf("%q: %v %v, want ExitError{%d}", msg, ee, ok, want)
		}
	}
}
