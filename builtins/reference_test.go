package builtins_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"

	. "github.com/divergo/divergo/builtins"
)

// The reference vectors were made with SciPy (../shared/reference). The
// repository keeps a copy in testdata so that a clone alone can test; when
// ../shared is beside the clone, the copy must equal it.
const (
	referenceCopy   = "../testdata/reference-vectors.json"
	referenceShared = "../../shared/reference/reference-vectors.json"
)

type referenceFile struct {
	Pairs []struct {
		ID     string
		P, Q   []float64
		Values map[string]map[string]string
		Extras map[string]any
	}
	Counts struct {
		PCounts       []float64      `json:"P_counts"`
		QCounts       []float64      `json:"Q_counts"`
		QCountsDouble []float64      `json:"Q_counts_doubled"`
		Scipy         map[string]any `json:"scipy (normalises each argument to sum 1 first)"`
	}
	BinaryEntropy struct {
		Values map[string]map[string]string
	} `json:"binary_entropy"`
	NormalKL struct {
		Values map[string]map[string]string
		Checks map[string]string
	} `json:"normal_kl"`
}

func loadReference(t *testing.T) referenceFile {
	t.Helper()
	data, err := os.ReadFile(referenceCopy)
	if err != nil {
		t.Fatal(err)
	}
	if shared, err := os.ReadFile(referenceShared); err == nil && !bytes.Equal(shared, data) {
		t.Fatalf("%s differs from %s: copy the new vectors into testdata", referenceCopy, referenceShared)
	}
	var ref referenceFile
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	return ref
}

// parseRef reads a reference value: %.12g text or "+Inf".
func parseRef(t *testing.T, s string) float64 {
	t.Helper()
	if s == "+Inf" {
		return math.Inf(1)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad reference value %q", s)
	}
	return v
}

// closeTo reports whether got equals want to the reference's 12 digits:
// relative 1e-11 (absolute for want = 0), and exactly for infinities.
func closeTo(got, want float64) bool {
	if math.IsInf(want, 0) || want == 0 {
		return got == want || want == 0 && math.Abs(got) < 1e-15
	}
	return math.Abs(got-want) <= 1e-11*math.Abs(want)
}

func TestReferencePairs(t *testing.T) {
	ref := loadReference(t)
	if len(ref.Pairs) == 0 {
		t.Fatal("no pairs in the reference file")
	}
	units := map[string]Unit{"nats": Nats, "bits": Bits}
	measures := map[string]func(p, q []float64, u Unit) float64{
		"H(P)":                                func(p, q []float64, u Unit) float64 { return Entropy(p, u) },
		"H(Q)":                                func(p, q []float64, u Unit) float64 { return Entropy(q, u) },
		"H(P,Q) cross-entropy = -sum p log q": func(p, q []float64, u Unit) float64 { return CrossEntropy(p, q, u) },
		"H(Q,P) cross-entropy = -sum q log p": func(p, q []float64, u Unit) float64 { return CrossEntropy(q, p, u) },
		"KL(P||Q)":                            func(p, q []float64, u Unit) float64 { return KL(p, q, u) },
		"KL(Q||P)":                            func(p, q []float64, u Unit) float64 { return KL(q, p, u) },
		"JSD(P,Q) = (KL(P||M)+KL(Q||M))/2, M=(P+Q)/2":                          func(p, q []float64, u Unit) float64 { return JS(p, q, u) },
		"JS distance = sqrt(JSD) [nats: sqrt(JSD_nats); bits: sqrt(JSD_bits)]": func(p, q []float64, u Unit) float64 { return JSDistance(p, q, u) },
		"Jeffreys J = KL(P||Q)+KL(Q||P)  (NOT Jensen-Shannon)":                 func(p, q []float64, u Unit) float64 { return Jeffreys(p, q, u) },
		"symmetrised KL J/2 = (KL(P||Q)+KL(Q||P))/2  (NOT Jensen-Shannon)":     func(p, q []float64, u Unit) float64 { return Jeffreys(p, q, u) / 2 },
	}
	extras := map[string]func(p, q []float64) float64{
		"total variation = sum|p-q|/2 (unitless)":                      func(p, q []float64) float64 { return TotalVariation(p, q) },
		"Hellinger (gonum stat.Hellinger def) = sqrt(1-BC) (unitless)": func(p, q []float64) float64 { return Hellinger(p, q) },
		"check: H(P,Q) - H(P) == KL(P||Q) (nats)":                      func(p, q []float64) float64 { return KL(p, q) },
	}
	checked := 0
	for _, pair := range ref.Pairs {
		for name, byUnit := range pair.Values {
			f, ok := measures[name]
			if !ok {
				t.Errorf("%s: no measure for reference value %q", pair.ID, name)
				continue
			}
			for unitName, s := range byUnit {
				want := parseRef(t, s)
				if got := f(pair.P, pair.Q, units[unitName]); !closeTo(got, want) {
					t.Errorf("%s: %s in %s = %v, SciPy says %v", pair.ID, name, unitName, got, want)
				}
				checked++
			}
		}
		for name, f := range extras {
			s, ok := pair.Extras[name].(string)
			if !ok {
				t.Errorf("%s: reference has no %q", pair.ID, name)
				continue
			}
			if got, want := f(pair.P, pair.Q), parseRef(t, s); !closeTo(got, want) {
				t.Errorf("%s: %s = %v, SciPy says %v", pair.ID, name, got, want)
			}
			checked++
		}
		// PSI is the Jeffreys divergence in nats.
		if got, want := PSI(pair.P, pair.Q), Jeffreys(pair.P, pair.Q); got != want {
			t.Errorf("%s: PSI = %v, Jeffreys = %v", pair.ID, got, want)
		}
	}
	t.Logf("%d reference values checked", checked)
}

func TestReferenceCounts(t *testing.T) {
	ref := loadReference(t)
	c := ref.Counts
	cases := map[string]float64{
		"scipy.stats.entropy([2,5,3])":                                   Entropy(c.PCounts, Counts),
		"scipy.stats.entropy([2,5,3], base=2)":                           Entropy(c.PCounts, Counts, Bits),
		"scipy.stats.entropy([2,5,3], [3,4,3])":                          KL(c.PCounts, c.QCounts, Counts),
		"scipy.stats.entropy([2,5,3], [6,8,6])":                          KL(c.PCounts, c.QCountsDouble, Counts),
		"scipy.spatial.distance.jensenshannon([2,5,3], [3,4,3])":         JSDistance(c.PCounts, c.QCounts, Counts),
		"scipy.spatial.distance.jensenshannon([2,5,3], [3,4,3], base=2)": JSDistance(c.PCounts, c.QCounts, Counts, Bits),
	}
	for name, got := range cases {
		s, ok := c.Scipy[name].(string)
		if !ok {
			t.Errorf("reference has no %q", name)
			continue
		}
		if want := parseRef(t, s); !closeTo(got, want) {
			t.Errorf("%s: got %v, SciPy says %v", name, got, want)
		}
	}
	// Counts are never normalised silently: without the option they are an error.
	if _, err := TryKL(c.PCounts, c.QCounts); err == nil {
		t.Error("KL accepted counts without the Counts option")
	}
}

func TestReferenceBinaryEntropy(t *testing.T) {
	ref := loadReference(t)
	args := map[string]float64{"h(0.1)": 0.1, "h(0.5)": 0.5, "h(0) = h(1)": 0}
	for name, byUnit := range ref.BinaryEntropy.Values {
		p, ok := args[name]
		if !ok {
			continue // the scipy.stats.entropy rows repeat the same numbers
		}
		for unitName, s := range byUnit {
			u := map[string]Unit{"nats": Nats, "bits": Bits}[unitName]
			if got, want := BinaryEntropy(p, u), parseRef(t, s); !closeTo(got, want) {
				t.Errorf("%s in %s = %v, SciPy says %v", name, unitName, got, want)
			}
			if name == "h(0) = h(1)" && BinaryEntropy(1, u) != 0 {
				t.Errorf("h(1) = %v, want 0", BinaryEntropy(1, u))
			}
		}
	}
}

func TestReferenceNormal(t *testing.T) {
	ref := loadReference(t)
	units := map[string]Unit{"nats": Nats, "bits": Bits}
	measures := map[string]func(u Unit) float64{
		"KL(N(0,1)||N(1,2^2))":                          func(u Unit) float64 { return NormalKL(0, 1, 1, 2, u) },
		"KL(N(1,2^2)||N(0,1))":                          func(u Unit) float64 { return NormalKL(1, 2, 0, 1, u) },
		"h(N(0,1)) = 0.5 ln(2 pi e)":                    func(u Unit) float64 { return NormalEntropy(1, u) },
		"h(N(1,2^2)) = 0.5 ln(2 pi e 4)":                func(u Unit) float64 { return NormalEntropy(2, u) },
		"cross-entropy H(N(0,1), N(1,2^2)) = h(p) + KL": func(u Unit) float64 { return NormalCrossEntropy(0, 1, 1, 2, u) },
	}
	if len(ref.NormalKL.Values) != len(measures) {
		t.Errorf("reference has %d normal values, the test knows %d", len(ref.NormalKL.Values), len(measures))
	}
	for name, byUnit := range ref.NormalKL.Values {
		f, ok := measures[name]
		if !ok {
			t.Errorf("no measure for %q", name)
			continue
		}
		for unitName, s := range byUnit {
			if got, want := f(units[unitName]), parseRef(t, s); !closeTo(got, want) {
				t.Errorf("%s in %s = %v, SciPy says %v", name, unitName, got, want)
			}
		}
	}
	// SciPy's quadrature of the same KLs, against ours.
	for name, want := range map[string]float64{
		"quad KL(N(0,1)||N(1,4)) (numerical integration)": KLDensity(NormalPDF(0, 1), NormalPDF(1, 2), math.Inf(-1), math.Inf(1)),
		"quad KL(N(1,4)||N(0,1)) (numerical integration)": KLDensity(NormalPDF(1, 2), NormalPDF(0, 1), math.Inf(-1), math.Inf(1)),
	} {
		if got := parseRef(t, ref.NormalKL.Checks[name]); !closeTo(want, got) {
			t.Errorf("%s: SciPy %v, KLDensity %v", name, got, want)
		}
	}
}
