package session

import (
	"strings"
	"testing"

	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/check"
)

// TestReorderedCellNotCompiling: a cell lowered to gc's order of calls
// whose lowered text does not compile (a bug of the lowering's: the cell
// itself compiled) is refused as such, not reported as the user's error.
func TestReorderedCellNotCompiling(t *testing.T) {
	s := newSession(t)
	eval(t, s, "x := 1")
	pc, serr := cells.Parse("fmt.Println(x, len(\"ab\"))")
	if serr != nil {
		t.Fatal(serr.Msg)
	}
	s.tc.res = &check.Result{Reordered: &check.Reordered{Text: `{ __co1 := undefinedThing(); fmt.Println(x, __co1) }`}}
	_, _, err := s.reorderCell(pc, &cells.Editor{})
	if err == nil || !strings.Contains(err.Error(), "could not be lowered in the cell (the lowered cell does not compile: undefined: undefinedThing)") {
		t.Fatalf("got %v", err)
	}
	s.placeError(nil)
}
