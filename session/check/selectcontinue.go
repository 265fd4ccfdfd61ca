package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// SelectContinues returns the lowerings of `continue` statements inside
// a select's cases that go on with a loop around the select. The
// interpreter (yaegi v0.16.1) ran the statements after the select instead
// (silently), or its compiler overflowed its stack when a break followed
// the select. The case records which loop to continue and leaves the
// select; the select's statement then continues it:
//
//	for … {                               for … {
//		select {                              { __sc0 := 0; select {
//		case v := <-ch:                       case v := <-ch:
//			if v == 0 { continue }    →           if v == 0 { { __sc0 = 1; goto __sc0_end } }
//			use(v)                                use(v)
//		}                                     }; __sc0_end: if __sc0 == 1 { continue } }
//		more()                                more()
//
// A continue inside a switch, select or loop of the case itself is left
// alone (a break there would leave that statement instead); so is the
// whole select then.
func SelectContinues(f *ast.File, info *types.Info) []Span {
	if !treeHolds(f, hasSelect) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	n := 0
	inspect(f, func(x ast.Node) bool {
		sel, ok := x.(*ast.SelectStmt)
		if !ok {
			return true
		}
		var conts []*ast.BranchStmt
		clean := true
		for _, cc := range sel.Body.List {
			for _, st := range cc.(*ast.CommClause).Body {
				found, ok := selectContinues(st)
				conts = append(conts, found...)
				clean = clean && ok
			}
		}
		if len(conts) == 0 || !clean {
			return true
		}
		v := fmt.Sprintf("__sc%d", n)
		n++
		targets := map[string]int{}
		var after []string
		for _, c := range conts {
			label := ""
			if c.Label != nil {
				label = c.Label.Name
			}
			k, seen := targets[label]
			if !seen {
				k = len(targets) + 1
				targets[label] = k
				after = append(after, strings.TrimSpace(fmt.Sprintf("if %s == %d { continue %s", v, k, label))+" }")
			}
			spans = append(spans, Span{c.Pos(), c.End(), fmt.Sprintf("{ %s = %d; goto %[1]s_end }", v, k)})
		}
		spans = append(spans, Span{sel.Pos(), sel.Pos(), "{ " + v + " := 0; "},
			Span{sel.End(), sel.End(), "; " + v + "_end: " + strings.Join(after, "; ") + " }"})
		return true
	})
	return spans
}

// selectContinues returns the continue statements of a select case's
// statement st that leave the select, and false when one sits where a
// break would leave another statement (a switch, or a loop's or a nested
// select's own continue is not one of them).
func selectContinues(st ast.Stmt) ([]*ast.BranchStmt, bool) {
	var found []*ast.BranchStmt
	ok := true
	var walk func(n ast.Node, inSwitch bool)
	walk = func(n ast.Node, inSwitch bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			if x == n {
				return true
			}
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				// Its own unlabeled continues; a labeled one may
				// leave it too.
				ast.Inspect(x, func(y ast.Node) bool {
					if b, isBranch := y.(*ast.BranchStmt); isBranch && b.Tok == token.CONTINUE && b.Label != nil {
						ok = false
					}
					_, lit := y.(*ast.FuncLit)
					return !lit
				})
				return false
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				walk(x, true)
				return false
			case *ast.BranchStmt:
				if x.Tok == token.CONTINUE {
					if inSwitch {
						ok = false
					} else {
						found = append(found, x)
					}
				}
			}
			return true
		})
	}
	walk(&ast.BlockStmt{List: []ast.Stmt{st}}, false)
	return found, ok
}
