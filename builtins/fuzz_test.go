package builtins_test

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"

	. "github.com/divergo/divergo/builtins"
)

// FuzzMeasures feeds arbitrary numbers and options to every function and
// checks the contract: a function either returns a value that is not NaN or
// fails with an *InputError, and its interactive form panics with nothing but
// that *InputError. `go test -fuzz FuzzMeasures ./builtins` runs it; the seed
// corpus below runs with the ordinary tests.
func FuzzMeasures(f *testing.F) {
	f.Add(floats(0.2, 0.5, 0.3), floats(0.3, 0.4, 0.3), uint8(0))
	f.Add(floats(0.5, 0.5, 0), floats(0.25, 0.25, 0.5), uint8(1))
	f.Add(floats(2, 5, 3), floats(6, 8, 6), uint8(2))
	f.Add(floats(1), floats(1), uint8(3))
	f.Add(floats(0.33, 0.33, 0.33), floats(1, 0, 0), uint8(4))
	f.Add(floats(-0.1, 1.1), floats(math.NaN(), math.Inf(1)), uint8(5))
	f.Add(floats(5e-324, 1), floats(1, 5e-324), uint8(6))
	f.Add(floats(1e308, 1e308), floats(0, 1e-300), uint8(2))
	f.Add([]byte{}, floats(1), uint8(7))
	f.Add(floats(0.1, 0.2, 0.3, 0.4), floats(0.4, 0.3, 0.2), uint8(8))
	f.Fuzz(func(t *testing.T, rawP, rawQ []byte, optBits uint8) {
		p, q := decode(rawP), decode(rawQ)
		opts := options(optBits)
		pairs := map[string]func([]float64, []float64, ...Option) (float64, error){
			"KL": TryKL, "CrossEntropy": TryCrossEntropy, "JS": TryJS, "JSDistance": TryJSDistance,
			"Jeffreys": TryJeffreys, "Hellinger": TryHellinger, "TotalVariation": TryTotalVariation, "PSI": TryPSI,
		}
		for name, try := range pairs {
			v, err := try(p, q, opts...)
			checkResult(t, name, v, err)
		}
		for name, try := range map[string]func([]float64, ...Option) (float64, error){"Entropy": TryEntropy, "Perplexity": TryPerplexity} {
			v, err := try(p, opts...)
			checkResult(t, name, v, err)
		}
		for name, try := range map[string]func([]float64, []float64, ...Option) (Breakdown, error){
			"ExplainKL": TryExplainKL, "ExplainJS": TryExplainJS, "ExplainCrossEntropy": TryExplainCrossEntropy,
		} {
			b, err := try(p, q, opts...)
			checkResult(t, name, b.Total, err)
			if err == nil {
				_ = b.String() + b.LaTeX()
			}
		}
		if len(p) > 0 {
			v, err := TryInformationContent(p[0], opts...)
			checkResult(t, "InformationContent", v, err)
			v, err = TryBinaryEntropy(p[0], opts...)
			checkResult(t, "BinaryEntropy", v, err)
		}
		obs := make([]int, len(rawQ))
		for i, b := range rawQ {
			obs[i] = int(int8(b))
		}
		v, err := TryNLL(p, obs, opts...)
		checkResult(t, "NLL", v, err)
		if len(p) >= 2 {
			half := len(p) / 2
			joint := [][]float64{p[:half], p[half : 2*half]}
			for name, try := range map[string]func([][]float64, ...Option) (float64, error){
				"JointEntropy": TryJointEntropy, "ConditionalEntropy": TryConditionalEntropy, "MutualInformation": TryMutualInformation,
			} {
				v, err := try(joint, opts...)
				checkResult(t, name, v, err)
			}
		}
		for name, try := range map[string]func() ([]float64, error){
			"Normalize": func() ([]float64, error) { return TryNormalize(p) },
			"Smoothed":  func() ([]float64, error) { return TrySmoothed(p, 0.5) },
			"Histogram": func() ([]float64, error) { return TryHistogram(p, q) },
			"Empirical": func() ([]float64, error) { return TryEmpirical(obs, len(q)) },
		} {
			out, err := try()
			checkError(t, name, err)
			for _, x := range out {
				if math.IsNaN(x) {
					t.Fatalf("%s returned NaN without an error", name)
				}
			}
		}
		// The interactive form panics with the Try form's error, or returns its value.
		func() {
			want, wantErr := TryKL(p, q, opts...)
			defer func() {
				r := recover()
				if (r == nil) != (wantErr == nil) {
					t.Fatalf("KL panicked with %v, TryKL returned %v", r, wantErr)
				}
				if r != nil {
					if _, ok := r.(*InputError); !ok {
						t.Fatalf("KL panicked with %T: %v", r, r)
					}
				}
			}()
			if got := KL(p, q, opts...); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("KL = %v, TryKL = %v", got, want)
			}
		}()
	})
}

func checkResult(t *testing.T, name string, v float64, err error) {
	t.Helper()
	checkError(t, name, err)
	if err == nil && math.IsNaN(v) {
		t.Fatalf("%s returned NaN without an error", name)
	}
}

func checkError(t *testing.T, name string, err error) {
	t.Helper()
	var ie *InputError
	if err != nil && !errors.As(err, &ie) {
		t.Fatalf("%s failed with %T, not *InputError: %v", name, err, err)
	}
	if err != nil && ie.Func == "" {
		t.Fatalf("%s: error names no function: %v", name, err)
	}
}

// floats encodes numbers as the fuzzer's bytes: 8 bytes each, little-endian.
func floats(x ...float64) []byte {
	b := make([]byte, 8*len(x))
	for i, v := range x {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
	}
	return b
}

func decode(b []byte) []float64 {
	x := make([]float64, len(b)/8)
	for i := range x {
		x[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
	}
	return x
}

// options picks a combination of options from the bits of o, including
// invalid and conflicting ones.
func options(o uint8) []Option {
	var opts []Option
	all := []Option{Bits, Counts, Smooth(0.5), Tolerance(1e-3), Hartleys, Unit(int(o) % 5), Smooth(-1), nil}
	for i, opt := range all {
		if o&(1<<i) != 0 {
			opts = append(opts, opt)
		}
	}
	return opts
}
