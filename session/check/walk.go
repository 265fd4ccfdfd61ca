package check

import (
	"go/ast"
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
	root  ast.Node
	nodes []ast.Node // the argument of each call: a node, or nil once its children are done
	end   []int32    // for a node, the index of its nil
}

// recorded is the tree being checked (at most one: checks are serialised
// by checkMu); spare is a walk to reuse for the next unit.
var recorded, spare atomic.Pointer[walk]

// record notes ast.Inspect's calls on f, for inspect, until forget. It
// returns the number of f's nodes.
func record(f *ast.File) int {
	w := spare.Swap(nil)
	if w == nil {
		w = &walk{}
	}
	w.root = f
	var open []int32 // nodes whose children are being walked
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			w.end[open[len(open)-1]] = int32(len(w.nodes))
			open = open[:len(open)-1]
		} else {
			open = append(open, int32(len(w.nodes)))
		}
		w.nodes = append(w.nodes, n)
		w.end = append(w.end, 0)
		return true
	})
	recorded.Store(w)
	return len(w.nodes) / 2
}

// forget drops the recorded tree.
func forget() {
	if w := recorded.Swap(nil); w != nil {
		clear(w.nodes) // let the tree go
		w.root, w.nodes, w.end = nil, w.nodes[:0], w.end[:0]
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
