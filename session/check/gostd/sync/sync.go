// Package sync is the template of sync's generic functions OnceValue and
// OnceValues (see package gostd); the rest of sync is the interpreter's.
package sync

import "github.com/divergo/divergo/session/check/gostd/rt"

// OnceValue returns a function that calls f the first time it is called
// and returns f's result then and on every later call; callers wait while
// f runs. If f panics, every call panics with f's panic value.
func OnceValue[T any](f func() T) func() T {
	var mu rt.Mutex
	var (
		called, ok bool
		failure    any
		value      T
	)
	return func() T {
		mu.Lock()
		defer mu.Unlock()
		if !called {
			called = true
			func() {
				defer func() {
					if !ok {
						failure = recover()
					}
				}()
				value = f()
				ok = true
			}()
		}
		if !ok {
			panic(failure)
		}
		return value
	}
}

// OnceValues is OnceValue for a function of two results.
func OnceValues[T, U any](f func() (T, U)) func() (T, U) {
	var mu rt.Mutex
	var (
		called, ok bool
		failure    any
		first      T
		second     U
	)
	return func() (T, U) {
		mu.Lock()
		defer mu.Unlock()
		if !called {
			called = true
			func() {
				defer func() {
					if !ok {
						failure = recover()
					}
				}()
				first, second = f()
				ok = true
			}()
		}
		if !ok {
			panic(failure)
		}
		return first, second
	}
}
