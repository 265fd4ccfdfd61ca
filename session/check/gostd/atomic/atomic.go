// Package atomic is the template of sync/atomic's generic type Pointer
// (see package gostd); the rest of sync/atomic is the interpreter's.
package atomic

import "github.com/divergo/divergo/session/check/gostd/rt"

// Pointer is an atomic pointer to a T: its methods take effect one at a
// time, each as a whole, as sync/atomic's do. The zero value holds nil.
type Pointer[T any] struct {
	mu rt.Mutex
	v  *T
}

// Load returns the pointer held.
func (x *Pointer[T]) Load() *T {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.v
}

// Store makes the pointer held v.
func (x *Pointer[T]) Store(v *T) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.v = v
}

// Swap stores v and returns the pointer held before.
func (x *Pointer[T]) Swap(v *T) (old *T) {
	x.mu.Lock()
	defer x.mu.Unlock()
	old, x.v = x.v, v
	return old
}

// CompareAndSwap stores v when the pointer held is old, and reports
// whether it did.
func (x *Pointer[T]) CompareAndSwap(old, v *T) (swapped bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.v != old {
		return false
	}
	x.v = v
	return true
}
