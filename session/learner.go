package session

// This file implements wording for learners on top of a cell's result or
// error:
//
//   - an infinite measure says, in its result line, which outcomes made it
//     infinite: KL(p, q) → "+Inf nats (p[2] = 0.1 where q[2] = 0)";
//   - an option of the wrong type (Entropy(p, 2), KL(p, q, "bits")) gets a
//     hint towards the option meant (Bits).

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"regexp"
	"strings"

	"github.com/divergo/divergo/display"
)

// infiniteMeasures are the measures that are +Inf where one distribution
// has an outcome the other gives probability 0: for each, whether the
// roles are both ways (Jeffreys, PSI) or only p > 0 where q = 0.
var infiniteMeasures = map[string]bool{"KL": false, "CrossEntropy": false, "Jeffreys": true, "PSI": true}

// maxInfiniteNamed is how many outcomes the result line names.
const maxInfiniteNamed = 3

// explainInfinite adds to the result line of a cell whose trailing
// expression is a direct call of a measure with side-effect-free p and q,
// and whose result is +Inf, the outcomes that made it infinite.
func (s *Session) explainInfinite(ctx context.Context, cell string, res *display.Data) {
	if res == nil {
		return
	}
	txt, _ := res.Data[display.MIMETypeText].(string)
	if !strings.HasPrefix(txt, "+Inf") || strings.Contains(txt, "\n") {
		return
	}
	call := trailingCall(cell)
	if call == nil || len(call.Args) < 2 {
		return
	}
	fn, ok := call.Fun.(*ast.Ident)
	if !ok {
		return
	}
	both, ok := infiniteMeasures[fn.Name]
	if !ok || !pureExpr(call.Args[0]) || !pureExpr(call.Args[1]) {
		return
	}
	src := func(x ast.Expr) string { return cell[int(x.Pos())-1-len(stmtWrap) : int(x.End())-1-len(stmtWrap)] }
	p, ok1 := s.floats(ctx, src(call.Args[0]))
	q, ok2 := s.floats(ctx, src(call.Args[1]))
	if !ok1 || !ok2 || len(p) != len(q) {
		return
	}
	var parts []string
	n := 0
	for i := range p {
		var part string
		switch {
		case p[i] > 0 && q[i] == 0:
			part = fmt.Sprintf("p[%d] = %s where q[%d] = 0", i, display.FormatFloat(p[i], 0), i)
		case both && q[i] > 0 && p[i] == 0:
			part = fmt.Sprintf("q[%d] = %s where p[%d] = 0", i, display.FormatFloat(q[i], 0), i)
		default:
			continue
		}
		n++
		if len(parts) < maxInfiniteNamed {
			parts = append(parts, part)
		}
	}
	if n == 0 {
		return
	}
	line := strings.Join(parts, ", ")
	if n > len(parts) {
		line += fmt.Sprintf(" and %d more", n-len(parts))
	}
	d := *res
	d.Data = display.MIMEMap{}
	for k, v := range res.Data {
		d.Data[k] = v
	}
	d.Data[display.MIMETypeText] = txt + " (" + line + ")"
	*res = d
}

const stmtWrap = "package p; func _() {\n"

// trailingCall is the call expression that ends a cell, if it ends with one.
func trailingCall(cell string) *ast.CallExpr {
	f, err := parser.ParseFile(token.NewFileSet(), "", stmtWrap+cell+"\n}", parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return nil
	}
	body := f.Decls[0].(*ast.FuncDecl).Body
	if body == nil || len(body.List) == 0 {
		return nil
	}
	es, ok := body.List[len(body.List)-1].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, _ := ast.Unparen(es.X).(*ast.CallExpr)
	return call
}

// pureExpr reports whether evaluating x again can have no effect: names,
// literals, selectors and indexing of them, composite literals of them.
func pureExpr(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return pureExpr(x.X)
	case *ast.SelectorExpr:
		return pureExpr(x.X)
	case *ast.IndexExpr:
		return pureExpr(x.X) && pureExpr(x.Index)
	case *ast.UnaryExpr:
		return x.Op.String() == "-" && pureExpr(x.X)
	case *ast.BinaryExpr:
		return pureExpr(x.X) && pureExpr(x.Y)
	case *ast.CompositeLit:
		for _, e := range x.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if !pureExpr(kv.Key) || !pureExpr(kv.Value) {
					return false
				}
			} else if !pureExpr(e) {
				return false
			}
		}
		return true
	}
	return false
}

// floats evaluates a side-effect-free expression of type []float64.
func (s *Session) floats(ctx context.Context, src string) ([]float64, bool) {
	vals, err := s.evalShow(ctx, src)
	if err != nil || len(vals) != 1 {
		return nil, false
	}
	x, ok := vals[0].([]float64)
	if !ok {
		return nil, false
	}
	for _, v := range x {
		if math.IsNaN(v) {
			return nil, false
		}
	}
	return x, true
}

// optionRe matches Go's message for a value of the wrong type passed as an
// option of a builtin: `cannot use 2 (untyped int constant) as
// builtins.Option value in argument to Entropy: …`.
var optionRe = regexp.MustCompile(`cannot use (.+?) \((?:untyped \w+ constant|constant [^)]*|variable of type [^)]*|value of type [^)]*)\) as (?:builtins\.)?Option value in argument to (\w+)`)

// optionHint is the hint for a cell's error that passed a value of the
// wrong type as an option, or "".
func optionHint(msg string) string {
	m := optionRe.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	arg, fn := m[1], m[2]
	var want string
	switch strings.ToLower(strings.Trim(arg, "\"`")) {
	case "2", "2.0", "bits", "bit", "base2", "log2", "shannon", "shannons":
		want = "Bits"
	case "10", "10.0", "hartleys", "hartley", "bans", "ban", "dits", "log10":
		want = "Hartleys"
	case "math.e", "e", "nats", "nat", "ln":
		want = "Nats"
	case "counts", "count":
		want = "Counts"
	}
	if want != "" {
		return fmt.Sprintf("\nhint: options are values of the builtins, not numbers or strings: %s(…, %s)", fn, want)
	}
	return fmt.Sprintf("\nhint: options are values of the builtins: a unit (Nats, Bits, Hartleys), Counts, Smooth(α) or Tolerance(ε), as in %s(…, Bits)", fn)
}
