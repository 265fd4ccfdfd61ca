package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// FallthroughDefaults lowers each switch of f whose default clause is not
// the last and one of whose clauses ends in fallthrough. Go's fallthrough
// goes on to the next clause in the text, default or not; the interpreter
// (yaegi v0.16.1) ran the clauses as if default were last, so that
// fallthrough went on to another clause than Go's (case 10 went on to
// case 20, past the default between them). The lowered switch chooses
// the clause's index first, in a function literal that evaluates the tag
// once and the case expressions as Go does (top to bottom, left to
// right, up to the first match; default's index when none matches), and
// then switches on that index with the clauses in their order, the last
// one default (as the interpreter runs right; a switch whose clauses all
// end in return stays a terminating statement), so fallthrough goes where
// Go's does:
//
//	switch v {                    switch (func() int { __ft := v; if __ft == 10 { return 0 }; if __ft == 20 { return 2 }; return 1 }()) {
//	case 10: …; fallthrough       case 0: …; fallthrough
//	default: …; fallthrough       case 1: …; fallthrough
//	case 20: …                    default: …
//	}                             }
//
// The init statement, a label on the switch, break, continue, and the
// clauses' own declarations stay where they were. The tag and the case
// expressions move into the function literal, so the spans replace them
// whole: f must be type-checked again before other passes judge it (the
// pre-pass of divergo run). text gives f's source between two positions.
func FallthroughDefaults(f *ast.File, info *types.Info, text func(from, to token.Pos) string) []Span {
	var spans []Span
	var moved []ast.Node // the tags and case lists moved, whose text is copied
	ast.Inspect(f, func(n ast.Node) bool {
		sw, ok := n.(*ast.SwitchStmt)
		if !ok || !fallsThroughDefault(sw) {
			return true
		}
		for _, m := range moved {
			if m.Pos() <= sw.Pos() && sw.End() <= m.End() {
				return true // in a case expression moved (left to the boundary's refusal)
			}
		}
		spans = append(spans, fallthroughSwitch(sw, info, text)...)
		if sw.Tag != nil {
			moved = append(moved, sw.Tag)
		}
		for _, c := range sw.Body.List {
			for _, x := range c.(*ast.CaseClause).List {
				moved = append(moved, x)
			}
		}
		return true
	})
	return spans
}

// fallsThroughDefault reports whether a clause of sw ends in fallthrough
// while its default clause is not the last.
func fallsThroughDefault(sw *ast.SwitchStmt) bool {
	clauses := sw.Body.List
	def := -1
	for i, c := range clauses {
		if c.(*ast.CaseClause).List == nil {
			def = i
		}
	}
	if def < 0 || def == len(clauses)-1 {
		return false
	}
	for _, c := range clauses {
		body := c.(*ast.CaseClause).Body
		if len(body) == 0 {
			continue
		}
		if br, ok := body[len(body)-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
			return true
		}
	}
	return false
}

// fallthroughSwitch is FallthroughDefaults' lowering of one switch.
func fallthroughSwitch(sw *ast.SwitchStmt, info *types.Info, text func(from, to token.Pos) string) []Span {
	const tag = "__ft"
	var sel strings.Builder
	sel.WriteString("(func() int { ")
	if sw.Tag != nil {
		sel.WriteString(tag + " := " + text(sw.Tag.Pos(), sw.Tag.End()) + "; ")
	}
	def := 0
	var spans []Span
	for i, c := range sw.Body.List {
		cc := c.(*ast.CaseClause)
		head := fmt.Sprintf("case %d", i)
		if i == len(sw.Body.List)-1 {
			// The last index is the only one left: default, which keeps
			// a switch whose clauses all end in return terminating.
			head = "default"
		}
		spans = append(spans, Span{cc.Case, cc.Colon, head})
		if cc.List == nil {
			def = i
			continue
		}
		var cond []string
		for _, x := range cc.List {
			xs := text(x.Pos(), x.End())
			if sw.Tag == nil {
				cond = append(cond, xs)
				continue
			}
			// Parenthesized only where precedence needs it: the
			// interpreter failed on t == (1) and v == (nil).
			if be, ok := x.(*ast.BinaryExpr); ok && be.Op.Precedence() <= token.EQL.Precedence() {
				xs = "(" + xs + ")"
			}
			cond = append(cond, tag+" == "+xs)
		}
		c := strings.Join(cond, " || ")
		if strings.Contains(c, "{") {
			c = "(" + c + ")" // a composite literal (&P{}) in an if's condition
		}
		fmt.Fprintf(&sel, "if %s { return %d }; ", c, i)
	}
	fmt.Fprintf(&sel, "return %d }())", def)
	if sw.Tag != nil {
		spans = append(spans, Span{sw.Tag.Pos(), sw.Tag.End(), sel.String()})
	} else {
		spans = append(spans, Span{sw.Body.Lbrace, sw.Body.Lbrace, sel.String() + " "})
	}
	return spans
}
