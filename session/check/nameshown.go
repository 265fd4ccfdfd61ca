package check

import (
	"go/ast"
	"go/token"
	"go/types"
)

// nameShown reports whether the program f may show the name of a type
// that mention reports: a value whose type mentions it is converted to an
// interface or a type parameter (where %T, %#v, reflection, a panic or a
// package's message may name its type), but for an operand that fmt's
// Print, Println, Sprint, Sprintln, Fprint, Fprintln, or a Printf with a
// literal format and the verb %v, prints (they show values, never a type
// name); a generic function or type other than slices', maps', cmp's and
// iter's is instantiated with such a type; or a value is asserted to such
// a type in a way that can panic ("interface conversion: interface {} is
// int, not main.T"). It errs on the side of true.
func nameShown(f *ast.File, info *types.Info, mention func(types.Type) bool) bool {
	for id, inst := range info.Instances {
		if obj := info.Uses[id]; obj != nil && obj.Pkg() != nil {
			switch obj.Pkg().Path() {
			case "slices", "maps", "cmp", "iter":
				continue
			}
		}
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			if mention(inst.TypeArgs.At(i)) {
				return true
			}
		}
	}
	s := &shown{info: info, mention: mention, commaOK: map[ast.Expr]bool{}}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				s.commaOK[ast.Unparen(n.Rhs[0])] = true
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				s.commaOK[ast.Unparen(n.Values[0])] = true
			}
		}
		return true
	})
	s.walk(f)
	return s.found
}

type shown struct {
	info    *types.Info
	mention func(types.Type) bool
	commaOK map[ast.Expr]bool
	sigs    []*types.Signature // the enclosing functions', innermost last
	found   bool
}

// flows notes a value of x's type stored as a value of type to.
func (s *shown) flows(x ast.Expr, to types.Type) {
	from := s.info.TypeOf(x)
	if from == nil || to == nil || types.IsInterface(from) {
		return
	}
	if _, tp := to.(*types.TypeParam); (tp || types.IsInterface(to)) && s.mention(from) {
		s.found = true
	}
}

// flowsAll notes values stored as the variables of to, from a list of
// values or from one multi-valued one.
func (s *shown) flowsAll(xs []ast.Expr, to []types.Type) {
	if len(xs) == 1 && len(to) > 1 {
		if tup, ok := s.info.TypeOf(xs[0]).(*types.Tuple); ok {
			for i := 0; i < tup.Len() && i < len(to); i++ {
				if to[i] != nil && !types.IsInterface(tup.At(i).Type()) && s.mention(tup.At(i).Type()) && (types.IsInterface(to[i]) || isTypeParam(to[i])) {
					s.found = true
				}
			}
			return
		}
		if len(to) > 0 {
			s.flows(xs[0], to[0])
		}
		return
	}
	for i, x := range xs {
		if i < len(to) {
			s.flows(x, to[i])
		}
	}
}

func (s *shown) types(xs []ast.Expr) []types.Type {
	var ts []types.Type
	for _, x := range xs {
		ts = append(ts, s.info.TypeOf(x))
	}
	return ts
}

func (s *shown) walk(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		if s.found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			if fn, ok := s.info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				s.sigs = append(s.sigs, fn.Type().(*types.Signature))
				s.walk(n.Body)
				s.sigs = s.sigs[:len(s.sigs)-1]
			}
			return false
		case *ast.FuncLit:
			if sig, ok := s.info.TypeOf(n).(*types.Signature); ok {
				s.sigs = append(s.sigs, sig)
				s.walk(n.Body)
				s.sigs = s.sigs[:len(s.sigs)-1]
			}
			return false
		case *ast.CallExpr:
			s.call(n)
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
				s.flowsAll(n.Rhs, s.types(n.Lhs))
			}
		case *ast.ValueSpec:
			if n.Type != nil {
				var to []types.Type
				for range n.Names {
					to = append(to, s.info.TypeOf(n.Type))
				}
				s.flowsAll(n.Values, to)
			}
		case *ast.ReturnStmt:
			if len(s.sigs) > 0 {
				res := s.sigs[len(s.sigs)-1].Results()
				var to []types.Type
				for i := 0; i < res.Len(); i++ {
					to = append(to, res.At(i).Type())
				}
				s.flowsAll(n.Results, to)
			}
		case *ast.CompositeLit:
			for _, el := range elementTargets(n, s.info) {
				s.flows(el.x, el.t)
			}
		case *ast.SendStmt:
			if ch, ok := under(s.info.TypeOf(n.Chan)).(*types.Chan); ok {
				s.flows(n.Value, ch.Elem())
			}
		case *ast.IndexExpr:
			if m, ok := under(s.info.TypeOf(n.X)).(*types.Map); ok {
				s.flows(n.Index, m.Key())
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && s.mention(s.info.TypeOf(n.X)) {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if x != nil && types.IsInterface(s.info.TypeOf(x)) {
						s.found = true
					}
				}
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && !s.commaOK[n] && s.mention(s.info.TypeOf(n.Type)) {
				s.found = true
			}
		}
		return !s.found
	})
}

// call notes the values a call stores: its arguments as its parameters
// (or a conversion's type, append's elements, panic's any), but what
// fmt's printing functions print with %v.
func (s *shown) call(call *ast.CallExpr) {
	if tv := s.info.Types[call.Fun]; tv.IsType() {
		if len(call.Args) == 1 {
			s.flows(call.Args[0], tv.Type)
		}
		return
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := s.info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "append":
				if sl, ok := under(s.info.TypeOf(call)).(*types.Slice); ok && !call.Ellipsis.IsValid() {
					for _, a := range call.Args[1:] {
						s.flows(a, sl.Elem())
					}
				}
			case "panic":
				s.flows(call.Args[0], types.Universe.Lookup("any").Type())
			}
			return
		}
	}
	printed := map[int]bool{}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if fn, ok := s.info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil {
			switch fn.Pkg().Path() + "." + fn.Name() {
			case "fmt.Print", "fmt.Println", "fmt.Sprint", "fmt.Sprintln", "fmt.Fprint", "fmt.Fprintln":
				for i := range call.Args {
					printed[i] = true
				}
			case "sort.Slice", "sort.SliceStable", "sort.SliceIsSorted":
				printed[0] = true // a slice's kind, never its type's name, in its panic
			}
		}
	}
	if _, i, format, ok := printfCall(call, s.info); ok {
		if verbs, ok := pairVerbs(format); ok {
			for k, v := range verbs {
				if v == "v" {
					printed[i+1+k] = true
				}
			}
		}
	}
	sig, ok := under(s.info.TypeOf(call.Fun)).(*types.Signature)
	if !ok {
		return
	}
	params := sig.Params()
	var to []types.Type
	for i := 0; i < len(call.Args) || i < params.Len(); i++ {
		switch {
		case sig.Variadic() && i >= params.Len()-1 && !call.Ellipsis.IsValid():
			to = append(to, params.At(params.Len()-1).Type().(*types.Slice).Elem())
		case i < params.Len():
			to = append(to, params.At(i).Type())
		}
	}
	if len(call.Args) == 1 && len(to) > 1 {
		s.flowsAll(call.Args, to)
		return
	}
	for i, a := range call.Args {
		if i < len(to) && !printed[i] {
			s.flows(a, to[i])
		}
	}
}
