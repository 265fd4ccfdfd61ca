package session

import (
	"go/ast"
)

// measureUnits lists the builtins measures whose result is an information
// quantity, with the number of arguments before their options: a direct
// call of one as a cell's trailing expression shows its unit after the
// number. This is the one place the list is kept.
var measureUnits = map[string]int{
	"Entropy": 1, "CrossEntropy": 2, "KL": 2, "JS": 2,
	"Jeffreys": 2, "InformationContent": 1, "BinaryEntropy": 1, "NLL": 2,
	"JointEntropy": 1, "ConditionalEntropy": 1, "MutualInformation": 1,
	"NormalKL": 4, "NormalEntropy": 1, "KLDensity": 4,
}

// unitNames maps the builtins unit options to the names results print.
var unitNames = map[string]string{"Nats": "nats", "Bits": "bits", "Hartleys": "hartleys"}

// otherOptions are the builtins options that are not units.
var otherOptions = map[string]bool{"Counts": true, "Probabilities": true, "Smooth": true, "Tolerance": true}

// measureUnit returns the unit to show after the result of x, "" when x is
// not a direct call of a measure (or the user has redefined its name), or
// when an option is not written out (u := Bits; KL(p, q, u), or opts...),
// so that the unit is not known before the call runs.
func (s *Session) measureUnit(x ast.Expr) string {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return ""
	}
	var name string
	switch f := call.Fun.(type) {
	case *ast.Ident:
		if _, redefined := s.names[f.Name]; redefined {
			return ""
		}
		name = f.Name
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok && id.Name == "builtins" {
			name = f.Sel.Name
		}
	}
	before, ok := measureUnits[name]
	if !ok || call.Ellipsis.IsValid() || len(call.Args) < before {
		return ""
	}
	unit := "nats"
	for _, a := range call.Args[before:] {
		if c, ok := a.(*ast.CallExpr); ok {
			a = c.Fun // Smooth(0.5), Tolerance(1e-6)
		}
		var n string
		switch a := a.(type) {
		case *ast.Ident:
			n = a.Name
		case *ast.SelectorExpr:
			n = a.Sel.Name
		}
		if u, ok := unitNames[n]; ok {
			unit = u
		} else if !otherOptions[n] {
			return "" // an option held in a variable
		}
	}
	return unit
}
