package builtins_test

import (
	"fmt"
	"math"

	"github.com/divergo/divergo/builtins"
)

// The divergence between two normals in closed form, and in bits. It is
// not symmetric.
func ExampleNormalKL() {
	fmt.Printf("%.6f\n", builtins.NormalKL(0, 1, 1, 2))                // ln 2 − 1/4
	fmt.Printf("%.6f\n", builtins.NormalKL(1, 2, 0, 1))                // 2 − ln 2
	fmt.Printf("%.6f\n", builtins.NormalKL(0, 1, 1, 2, builtins.Bits)) // (ln 2 − 1/4)/ln 2
	// Output:
	// 0.443147
	// 1.306853
	// 0.639326
}

// Differential entropy can be negative.
func ExampleNormalEntropy() {
	fmt.Printf("%.6f\n", builtins.NormalEntropy(1))
	fmt.Printf("%.6f\n", builtins.NormalEntropy(0.1))
	// Output:
	// 1.418939
	// -0.883647
}

// KL between densities by quadrature, over the whole real line.
func ExampleKLDensity() {
	p := builtins.NormalPDF(0, 1)
	q := builtins.NormalPDF(1, 2)
	kl := builtins.KLDensity(p, q, math.Inf(-1), math.Inf(1))
	fmt.Printf("%.12f\n", kl)
	fmt.Printf("%.12f\n", math.Ln2-0.25)
	// Output:
	// 0.443147180560
	// 0.443147180560
}

// The estimate comes with QUADPACK's error estimate and the work done.
func ExampleKLDensityEstimate() {
	p := builtins.NormalPDF(0, 1)
	q := builtins.NormalPDF(1, 2)
	e := builtins.KLDensityEstimate(p, q, math.Inf(-1), math.Inf(1))
	fmt.Printf("%.12f\n", e.Value)
	fmt.Println(e.AbsErr <= 1e-10, math.Abs(e.Value-(math.Ln2-0.25)) <= e.AbsErr)
	// Output:
	// 0.443147180560
	// true true
}

// A uniform density on [0, ½] has negative differential entropy, ln ½.
func ExampleEntropyDensity() {
	u := func(x float64) float64 {
		if x < 0 || x > 0.5 {
			return 0
		}
		return 2
	}
	fmt.Printf("%.12f\n", builtins.EntropyDensity(u, 0, 0.5))
	// Output:
	// -0.693147180560
}

// Checking that a density integrates to 1.
func ExampleIntegrate() {
	m := builtins.NormalMixture([]float64{0.3, 0.7}, []float64{-3, 3}, []float64{0.5, 1})
	fmt.Printf("%.12f\n", builtins.Integrate(m, math.Inf(-1), math.Inf(1)))
	fmt.Printf("%.12f\n", builtins.Integrate(math.Sin, 0, math.Pi))
	// Output:
	// 1.000000000000
	// 2.000000000000
}

// Errors name the function, the argument and where it went wrong.
func ExampleTryKLDensity() {
	p := builtins.NormalPDF(0, 1)
	bad := func(x float64) float64 { return -0.2 }
	_, err := builtins.TryKLDensity(p, bad, 3, 4)
	fmt.Println(err)
	_, err = builtins.TryNormalKL(0, -1, 0, 1)
	fmt.Println(err)
	// Output:
	// KLDensity: q(3.5) = -0.2 is negative
	// NormalKL: sigma1 = -1 is not positive
}

// Mode-covering against mode-seeking: the forward fit to two humps
// straddles them, the reverse fit sits on one.
func ExampleFitNormal() {
	p := builtins.NormalMixture([]float64{0.5, 0.5}, []float64{-3, 3}, []float64{0.5, 0.5})
	fwd := builtins.FitNormal(p, -10, 10, builtins.Forward)
	rev := builtins.FitNormal(p, -10, 10, builtins.Reverse)
	fmt.Printf("%v: μ = %.4f, σ = %.4f, KL = %.4f\n", fwd.Direction, fwd.Mu, fwd.Sigma, fwd.KL)
	fmt.Printf("%v: μ = %.4f, σ = %.4f, KL = %.4f\n", rev.Direction, rev.Mu, rev.Sigma, rev.KL)
	// Output:
	// forward KL(p‖q): μ = 0.0000, σ = 3.0414, KL = 1.1123
	// reverse KL(q‖p): μ = -3.0000, σ = 0.5000, KL = 0.6931
}
