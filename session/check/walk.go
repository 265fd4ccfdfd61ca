package check

import (
	"go/ast"
	"go/token"
	"sync/atomic"
)

// The passes of a unit each inspect the whole file: some forty walks of
// one tree per unit. go/ast's Walk calls through an interface twice at
// every node, and those walks were a large part of a unit's check. A unit
// therefore records the calls ast.Inspect makes on its file once
// (record), and inspect replays them: the same nodes, in the same order,
// with the same nil after a node's children, and a node's children left
// out when the function returns false for it. The checker never changes a
// unit's tree, so the replay is what ast.Inspect would do. A tree that was
// not recorded (a subtree, a program of divergo run) is walked by
// ast.Inspect.

// walk is ast.Inspect's calls on one tree.
type walk struct {
	root   ast.Node
	nodes  []ast.Node   // the argument of each call: a node, or nil once its children are done
	end    []int32      // for a node, the index of its nil
	kinds  nodeKinds    // the kinds of node the tree holds
	idents []*ast.Ident // its identifiers, for treeMentions
}

// nodeKinds is a set of kinds of node that some passes look for. A pass
// that lowers or refuses only what a kind of node holds returns at once
// when the recorded tree holds none (treeHolds): its walks would find
// nothing. So does one that looks only at identifiers of some names
// (treeMentions).
type nodeKinds uint32

const (
	hasSelect      nodeKinds = 1 << iota // *ast.SelectStmt
	hasShift                             // a binary <<, >>, or an assignment <<=, >>=
	hasRange                             // *ast.RangeStmt
	hasFor                               // *ast.ForStmt
	hasDefer                             // *ast.DeferStmt
	hasAssert                            // *ast.TypeAssertExpr: x.(T), and x.(type) in every type switch
	hasCase                              // *ast.CaseClause
	hasConst                             // a const declaration
	hasMultiAssign                       // an assignment (=) to two targets or more
	hasReceive                           // a receive, <-ch
	hasTypeSpec                          // *ast.TypeSpec: a type declared
	hasCall                              // *ast.CallExpr: a call or a conversion
)

// kindOf is the kind of n, or 0.
func kindOf(n ast.Node) nodeKinds {
	switch n := n.(type) {
	case *ast.SelectStmt:
		return hasSelect
	case *ast.BinaryExpr:
		if n.Op == token.SHL || n.Op == token.SHR {
			return hasShift
		}
	case *ast.AssignStmt:
		switch {
		case n.Tok == token.SHL_ASSIGN || n.Tok == token.SHR_ASSIGN:
			return hasShift
		case n.Tok == token.ASSIGN && len(n.Lhs) >= 2:
			return hasMultiAssign
		}
	case *ast.RangeStmt:
		return hasRange
	case *ast.ForStmt:
		return hasFor
	case *ast.DeferStmt:
		return hasDefer
	case *ast.TypeAssertExpr:
		return hasAssert
	case *ast.CaseClause:
		return hasCase
	case *ast.GenDecl:
		if n.Tok == token.CONST {
			return hasConst
		}
	case *ast.UnaryExpr:
		if n.Op == token.ARROW {
			return hasReceive
		}
	case *ast.TypeSpec:
		return hasTypeSpec
	case *ast.CallExpr:
		return hasCall
	}
	return 0
}

// treeHolds reports whether root may hold a node of one of the kinds k: for
// the recorded tree, whether it does; for another, true.
func treeHolds(root ast.Node, k nodeKinds) bool {
	w := recorded.Load()
	return w == nil || w.root != root || w.kinds&k != 0
}

// treeMentions reports whether root may hold an identifier of one of the
// names: for the recorded tree, whether it does; for another, true.
func treeMentions(root ast.Node, names ...string) bool {
	w := recorded.Load()
	if w == nil || w.root != root {
		return true
	}
	for _, id := range w.idents {
		for _, name := range names {
			if id.Name == name {
				return true
			}
		}
	}
	return false
}

// recorded is the tree being checked (at most one: checks are serialised
// by checkMu); spare is a walk to reuse for the next unit.
var recorded, spare atomic.Pointer[walk]

// record notes ast.Inspect's calls on f, for inspect, until forget. It
// returns the number of f's nodes, and of its identifiers.
func record(f *ast.File) (nodes, idents int) {
	w := spare.Swap(nil)
	if w == nil {
		w = &walk{}
	}
	w.root, w.kinds = f, 0
	var open []int32 // nodes whose children are being walked
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			w.end[open[len(open)-1]] = int32(len(w.nodes))
			open = open[:len(open)-1]
		} else {
			open = append(open, int32(len(w.nodes)))
			if id, ok := n.(*ast.Ident); ok {
				w.idents = append(w.idents, id)
			} else {
				w.kinds |= kindOf(n)
			}
		}
		w.nodes = append(w.nodes, n)
		w.end = append(w.end, 0)
		return true
	})
	recorded.Store(w)
	return len(w.nodes) / 2, len(w.idents)
}

// forget drops the recorded tree.
func forget() {
	if w := recorded.Swap(nil); w != nil {
		clear(w.nodes) // let the tree go
		clear(w.idents)
		w.root, w.nodes, w.end, w.kinds, w.idents = nil, w.nodes[:0], w.end[:0], 0, w.idents[:0]
		spare.Store(w)
	}
}

// inspect is ast.Inspect(root, fn), replayed when root is the recorded
// tree.
func inspect(root ast.Node, fn func(ast.Node) bool) {
	w := recorded.Load()
	if w == nil || w.root != root {
		ast.Inspect(root, fn)
		return
	}
	for i := 0; i < len(w.nodes); i++ {
		n := w.nodes[i]
		if n == nil {
			fn(nil)
		} else if !fn(n) {
			i = int(w.end[i]) // past the children and the node's nil
		}
	}
}
