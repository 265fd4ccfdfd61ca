// Package builtins is divergo's information-theory library: entropy,
// cross-entropy, Kullback–Leibler and Jensen–Shannon divergences and their
// relatives, exact, explained and fast. Every cell of a divergo session sees
// its exported names without a prefix, so the same calls work in Go programs
// and at the prompt:
//
//	p := []float64{0.2, 0.5, 0.3}
//	q := []float64{0.3, 0.4, 0.3}
//	KL(p, q)                 // 0.030478754035472… nats
//	KL(p, q, Bits)           // 0.043971547299… bits
//	ExplainKL(p, q)          // the sum, term by term
//
// # Two forms of every function
//
// Each function has an interactive form that returns one value, so that it
// can be used inside an expression (KL(p, q) + 1), and panics with an
// *InputError on bad input; and a twin whose name starts with Try that
// returns the value and the error instead:
//
//	KL(p, q)                  // float64; panics with *InputError
//	TryKL(p, q)               // (float64, error); the error is an *InputError
//
// Go programs, the SQL functions, the plots and the worksheet checks use the
// Try forms; the session turns the panic of an interactive form into one
// line, InputError's Error text, which names the function, the argument and
// the entry: "KL: q[2] = -0.1 is negative".
//
// # Conventions
//
//   - Logarithms are natural: results are in nats unless a unit option says
//     Bits (base 2) or Hartleys (base 10). Results are plain float64 in the
//     chosen unit; ConvertUnit, ToBits and ToNats convert afterwards.
//   - Distributions are []float64 of probabilities: entries in [0, 1] that sum
//     to 1 within SumTolerance (1e-9), or the Tolerance option. Counts are
//     normalised only when asked, by the Counts option or Normalize, never
//     silently: KL([]float64{2, 5, 3}, …) is an error that suggests Counts.
//   - 0·log 0 = 0: an outcome with pᵢ = 0 adds nothing to H(P), H(P, Q) or
//     KL(P‖Q), whatever qᵢ is.
//   - pᵢ > 0 where qᵢ = 0 makes KL(P‖Q) and H(P, Q) +Inf (not an error, not
//     NaN); InfiniteTerms lists those outcomes. Smoothing (a pseudocount α
//     added to every entry) happens only when asked, with Smooth(α) or
//     Smoothed.
//   - JS uses M = (P + Q)/2 and lies in [0, ln 2] nats = [0, 1] bit; it never
//     is infinite. Jeffreys is KL(P‖Q) + KL(Q‖P), unbounded, and is not JS.
//   - Hellinger is √(1 − Σ√(pᵢ·qᵢ)), in [0, 1] (gonum's definition; texts
//     without the ½ inside the square root get √2 times it). TotalVariation is
//     ½·Σ|pᵢ − qᵢ|. PSI is Σ(qᵢ − pᵢ)·ln(qᵢ/pᵢ), +Inf where a bin is empty on
//     one side only unless Smooth is given. These three have no unit.
//   - Joint distributions are [][]float64 with X on the rows and Y on the
//     columns.
//   - Continuous distributions: NormalKL and NormalEntropy in closed form;
//     KLDensity integrates two densities given as func(float64) float64 by
//     adaptive quadrature and reports its error estimate; FitNormal fits a
//     normal to a density by forward (mode-covering) or reverse (mode-seeking)
//     KL.
//
// # Bad input
//
// Empty arguments, arguments of different lengths, negative, NaN or infinite
// entries, probabilities above 1 or not summing to 1, options that conflict
// or do not apply: each is an *InputError naming the function, the argument
// and, when one entry is at fault, its index and value. A result is never a
// silent NaN.
//
// # Accuracy and speed
//
// The sums run in blocks of 128 terms added pairwise (error about
// √128·ε relative to Σ|terms|, ε = 2⁻⁵³; measured below 1e-14 on a million
// random outcomes), with a table-driven logarithm accurate to one unit in the
// last place, one logarithm per term where the algebra allows (KL, cross-
// entropy, Jeffreys; JS needs two), the entries checked in the same pass, and
// both processors for inputs above 32,768 outcomes. The result does not
// depend on the number of processors. Nothing allocates in the loops.
// bench/README.md has the figures beside gonum and SciPy.
package builtins
