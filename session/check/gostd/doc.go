// Package gostd holds divergo's own implementations of the generic
// standard packages the interpreter cannot call (yaegi v0.16.1's tables
// hold no generic functions): slices, maps, cmp and iter, the builtins
// min and max, and the generic names of packages the interpreter otherwise
// has: math/rand/v2's N, sync's OnceValue and OnceValues, and sync/atomic's
// type Pointer (declared, with its methods, once per type argument). They are ordinary Go, compiled and tested against the
// standard library here, and they are also templates: package check
// (modern.go) parses their source, substitutes the type arguments Go's
// checker inferred at a call (slices.Sort(xs) with xs a []float64), and
// hands the interpreter the resulting non-generic function, declared
// once per session under a mangled name (__go_slices_Sort_…).
//
// Rules the templates keep, so that substitution stays textual:
//   - type parameters are single capital letters (S, E, K, V, M, T) and no
//     other name is spelt so;
//   - a type parameter is never the type of a composite literal (T{…});
//   - no imports but package rt, whose functions the session and
//     `divergo run` give the interpreter natively (its name is replaced by
//     the runtime package's);
//   - a call of another template function names its type arguments
//     (Collect[S, E](seq));
//   - a variant Name__float64 (or Name__float for any floating-point
//     element) replaces Name when the last type argument is that type;
//     its type parameters are a subset of Name's, matched by name.
//
// Sorting delegates to the standard library (rt.SortSlice is sort.Slice,
// the same pattern-defeating quicksort as slices.SortFunc), so that the
// order of equal elements is Go's, bit for bit.
package gostd
