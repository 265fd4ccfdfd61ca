package session

import (
	"reflect"
	"testing"

	"github.com/divergo/divergo/session/run"
)

// releaseRoots reaches into yaegi v0.16.1's Interpreter.roots; if yaegi
// changes, the heap per cell grows again and this test says why.
func TestReleaseRoots(t *testing.T) {
	s := newSession(t)
	eval(t, s, "x := 1")
	if !run.ReleaseRoots(s.in) {
		t.Fatal("yaegi's Interpreter has no roots slice any more: releaseRoots does nothing (see memory.go)")
	}
	if n := reflect.ValueOf(s.in).Elem().FieldByName("roots").Len(); n != 0 {
		t.Errorf("roots: %d left", n)
	}
	// Declared names survive the release.
	eval(t, s, "func f() int { return x + 1 }")
	if got := eval(t, s, "f()"); got != "2" {
		t.Errorf("f() = %s", got)
	}
}
