// Package iter is the template of Go's iter package (see package gostd).
package iter

// Seq and Seq2 are iterators over one value or pairs of values.
type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull turns the push iterator seq into a pull iterator: next returns the
// sequence's values one by one and false at its end; stop ends it early.
// The iterator runs in a goroutine that hands over one value at a time
// (Go runs it as a coroutine: the order of events is the same).
func Pull[V any](seq func(yield func(V) bool)) (func() (V, bool), func()) {
	values := make(chan V)
	resume := make(chan bool)
	started, done := false, false
	run := func() {
		if <-resume {
			seq(func(v V) bool {
				values <- v
				more := <-resume // (the interpreter fails on return <-resume)
				return more
			})
		}
		close(values)
	}
	next := func() (V, bool) {
		var zero V
		if done {
			return zero, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		v, ok := <-values
		if !ok {
			done = true
			return zero, false
		}
		return v, true
	}
	stop := func() {
		if done {
			return
		}
		done = true
		if started {
			resume <- false
			for range values {
			}
		}
	}
	return next, stop
}

// Pull2 is Pull of a sequence of pairs.
func Pull2[K, V any](seq func(yield func(K, V) bool)) (func() (K, V, bool), func()) {
	keys := make(chan K)
	values := make(chan V)
	resume := make(chan bool)
	started, done := false, false
	run := func() {
		if <-resume {
			seq(func(k K, v V) bool {
				keys <- k
				values <- v
				more := <-resume // (the interpreter fails on return <-resume)
				return more
			})
		}
		close(keys)
	}
	next := func() (K, V, bool) {
		var zk K
		var zv V
		if done {
			return zk, zv, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		k, ok := <-keys
		if !ok {
			done = true
			return zk, zv, false
		}
		v := <-values
		return k, v, true
	}
	stop := func() {
		if done {
			return
		}
		done = true
		if started {
			resume <- false
			for range keys {
				<-values
			}
		}
	}
	return next, stop
}
