package builtins_test

import (
	"errors"
	"fmt"

	. "github.com/divergo/divergo/builtins"
)

// The seed-002 example: how far Q is from P.
func ExampleKL() {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	fmt.Println(KL(p, q))
	fmt.Println(KL(p, q, Bits))
	fmt.Println(KL(q, p)) // not symmetric
	// Output:
	// 0.030478754035472025
	// 0.04397154729944997
	// 0.032382111906765376
}

// Counts need the Counts option; they are never normalised silently.
func ExampleKL_counts() {
	fmt.Println(KL([]float64{2, 5, 3}, []float64{6, 8, 6}, Counts))
	// Output:
	// 0.030478754035472025
}

// An outcome that P has and Q lacks makes KL(P‖Q) infinite; smoothing is
// there when asked for.
func ExampleKL_zeros() {
	p := []float64{0.5, 0.5, 0}
	q := []float64{0.25, 0.25, 0.5}
	fmt.Println(KL(p, q), KL(q, p))
	fmt.Println(InfiniteTerms(q, p))
	fmt.Println(KL(q, p, Smooth(0.01)))
	// Output:
	// 0.6931471805599453 +Inf
	// [2]
	// 1.6066912072271138
}

// The Try form returns the *InputError instead of panicking.
func ExampleTryKL() {
	_, err := TryKL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.8, -0.1})
	fmt.Println(err)
	var ie *InputError
	if errors.As(err, &ie) {
		fmt.Println(ie.Arg, ie.Index, ie.Value)
	}
	// Output:
	// KL: q[2] = -0.1 is negative
	// q 2 -0.1
}

func ExampleEntropy() {
	fmt.Println(Entropy([]float64{0.5, 0.5}, Bits))
	fmt.Println(Entropy([]float64{0.2, 0.5, 0.3}))
	fmt.Println(Entropy([]float64{1, 0, 0}))
	// Output:
	// 1
	// 1.0296530140645737
	// 0
}

func ExampleCrossEntropy() {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	fmt.Println(CrossEntropy(p, q))
	fmt.Println(Entropy(p) + KL(p, q)) // H(P,Q) = H(P) + KL(P‖Q)
	// Output:
	// 1.0601317681000455
	// 1.0601317681000457
}

func ExampleJS() {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	fmt.Println(JS(p, q))
	fmt.Println(JS([]float64{1, 0}, []float64{0, 1}, Bits)) // disjoint: the maximum
	// Output:
	// 0.007817400170852125
	// 1
}

func ExampleJSDistance() {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	fmt.Println(JSDistance(p, q))
	fmt.Println(JSDistance(p, q, Bits))
	// Output:
	// 0.08841606285541177
	// 0.10619851439230633
}

// The seed-002 blog's "JSD" is the Jeffreys divergence or its half.
func ExampleJeffreys() {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	fmt.Printf("sum of the KLs  %.7f\n", Jeffreys(p, q))
	fmt.Printf("mean of the KLs %.7f\n", Jeffreys(p, q)/2)
	fmt.Printf("Jensen–Shannon  %.7f\n", JS(p, q))
	// Output:
	// sum of the KLs  0.0628609
	// mean of the KLs 0.0314304
	// Jensen–Shannon  0.0078174
}

func ExamplePerplexity() {
	fmt.Println(Perplexity([]float64{0.25, 0.25, 0.25, 0.25}))
	fmt.Println(Perplexity([]float64{0.7, 0.1, 0.1, 0.1}))
	// Output:
	// 4
	// 2.5611285178871386
}

func ExampleInformationContent() {
	fmt.Println(InformationContent(0.5, Bits))
	fmt.Println(InformationContent(1.0/1024, Bits))
	fmt.Println(InformationContent(0))
	fmt.Println(InformationContent(1)) // a certain event: no surprise, and not −0
	// Output:
	// 1
	// 10
	// +Inf
	// 0
}

func ExampleBinaryEntropy() {
	fmt.Println(BinaryEntropy(0.5, Bits))
	fmt.Println(BinaryEntropy(0.1, Bits))
	fmt.Println(BinaryEntropy(0))
	// Output:
	// 1
	// 0.46899559358928117
	// 0
}

// The negative log-likelihood of observations is smallest at their
// empirical distribution, the maximum-likelihood estimate.
func ExampleNLL() {
	observed := []int{0, 1, 1, 2, 1, 1, 0, 1}
	mle := Empirical(observed, 3)
	fmt.Println(mle)
	fmt.Println(NLL(mle, observed))
	fmt.Println(NLL([]float64{1.0 / 3, 1.0 / 3, 1.0 / 3}, observed))
	// Output:
	// [0.25 0.625 0.125]
	// 0.9002560512685368
	// 1.0986122886681098
}

func ExampleEmpirical() {
	fmt.Println(Empirical([]int{0, 1, 1, 2}, 3))
	// Output:
	// [0.25 0.5 0.25]
}

func ExampleNormalize() {
	fmt.Println(Normalize([]float64{2, 5, 3}))
	// Output:
	// [0.2 0.5 0.3]
}

func ExampleSmoothed() {
	fmt.Println(Smoothed([]float64{3, 0, 1}, 1)) // Laplace's rule
	// Output:
	// [0.5714285714285714 0.14285714285714285 0.2857142857142857]
}

func ExampleHistogram() {
	data := []float64{0.1, 0.4, 0.45, 0.8, 1, 0.3}
	counts := Histogram(data, []float64{0, 0.25, 0.5, 0.75, 1})
	fmt.Println(counts)
	fmt.Println(Normalize(counts))
	// Output:
	// [1 3 0 2]
	// [0.16666666666666666 0.5 0 0.3333333333333333]
}

func ExampleJointEntropy() {
	// X on the rows, Y on the columns.
	joint := [][]float64{{0.25, 0.25}, {0.5, 0}}
	fmt.Println(JointEntropy(joint, Bits))
	// Output:
	// 1.5
}

func ExampleConditionalEntropy() {
	joint := [][]float64{{0.25, 0.25}, {0.5, 0}}
	fmt.Println(ConditionalEntropy(joint, Bits))            // H(Y|X)
	fmt.Println(ConditionalEntropy(Transpose(joint), Bits)) // H(X|Y)
	// Output:
	// 0.5
	// 0.6887218755408673
}

func ExampleMutualInformation() {
	joint := [][]float64{{0.25, 0.25}, {0.5, 0}}
	fmt.Println(MutualInformation(joint, Bits))
	fmt.Println(MutualInformation([][]float64{{0.25, 0.25}, {0.25, 0.25}})) // independent
	// Output:
	// 0.31127812445913283
	// 0
}

func ExampleHellinger() {
	fmt.Println(Hellinger([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}))
	fmt.Println(Hellinger([]float64{1, 0}, []float64{0, 1}))
	// Output:
	// 0.08852926195176564
	// 1
}

func ExampleTotalVariation() {
	fmt.Println(TotalVariation([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}))
	// Output:
	// 0.09999999999999998
}

// A drift check on binned counts: smoothing keeps an empty bin from making
// the index infinite.
func ExamplePSI() {
	baseline := []float64{120, 300, 380, 200, 0}
	current := []float64{90, 250, 400, 230, 30}
	fmt.Println(PSI(baseline, current, Counts))
	fmt.Printf("%.4f\n", PSI(baseline, current, Counts, Smooth(0.5)))
	// Output:
	// +Inf
	// 0.1459
}

func ExampleExplainKL() {
	b := ExplainKL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})
	fmt.Println(b.Formula())
	fmt.Println(b.LaTeX())
	fmt.Println(b)
	// Output:
	// 0.2×ln(0.2/0.3) + 0.5×ln(0.5/0.4) + 0.3×ln(0.3/0.3) = 0.0305
	// 0.2 \ln\frac{0.2}{0.3} + 0.5 \ln\frac{0.5}{0.4} + 0.3 \ln\frac{0.3}{0.3} = 0.0305
	// KL(P‖Q) in nats = 0.030478754035472025
	// outcome  p    q    term                  share
	// 0        0.2  0.3  -0.08109302162163286  -2.6606
	// 1        0.5  0.4  0.11157177565710488   3.6606
	// 2        0.3  0.3  0                     0.0000
	// 0.2×ln(0.2/0.3) + 0.5×ln(0.5/0.4) + 0.3×ln(0.3/0.3) = 0.0305
}

func ExampleExplainJS() {
	fmt.Println(ExplainJS([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}).Formula())
	// Output:
	// ½(0.2×ln(0.2/0.25) + 0.3×ln(0.3/0.25)) + ½(0.5×ln(0.5/0.45) + 0.4×ln(0.4/0.45)) + ½(0.3×ln(0.3/0.3) + 0.3×ln(0.3/0.3)) = 0.00782
}

func ExampleExplainEntropy() {
	fmt.Println(ExplainEntropy([]float64{0.5, 0.25, 0.25}, Bits).Formula())
	// Output:
	// −(0.5×log₂(0.5) + 0.25×log₂(0.25) + 0.25×log₂(0.25)) = 1.5
}

func ExampleExplainCrossEntropy() {
	fmt.Println(ExplainCrossEntropy([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}).Formula())
	// Output:
	// −(0.2×ln(0.3) + 0.5×ln(0.4) + 0.3×ln(0.3)) = 1.06
}

func ExampleInfiniteTerms() {
	fmt.Println(InfiniteTerms([]float64{0.25, 0.25, 0.5}, []float64{0.5, 0.5, 0}))
	// Output:
	// [2]
}

func ExampleConvertUnit() {
	fmt.Println(ConvertUnit(1, Bits, Nats))
	fmt.Println(ConvertUnit(1, Hartleys, Bits))
	fmt.Println(ToBits(KL([]float64{0.5, 0.5}, []float64{0.25, 0.75})))
	// Output:
	// 0.6931471805599453
	// 3.3219280948873626
	// 0.20751874963942185
}

func ExampleTranspose() {
	fmt.Println(Transpose([][]float64{{1, 2, 3}, {4, 5, 6}}))
	// Output:
	// [[1 4] [2 5] [3 6]]
}

func ExampleInputError() {
	defer func() { fmt.Println(recover()) }()
	Entropy([]float64{0.33, 0.33, 0.33})
	// Output:
	// Entropy: p sums to 0.99, not 1 (tolerance 1e-09); pass Counts if these are counts, or Normalize(p)
}
