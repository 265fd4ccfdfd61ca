package plots

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"html"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"

	"github.com/divergo/divergo/builtins"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs under testdata/ (look at each before committing)")

var (
	p3  = []float64{0.2, 0.5, 0.3}
	q3  = []float64{0.3, 0.4, 0.3}
	pz  = []float64{0.25, 0.25, 0.5}
	qz  = []float64{0.5, 0.5, 0} // q = 0 where p > 0: KL = +Inf
	one = []float64{1}
	mix = builtins.NormalMixture([]float64{0.5, 0.5}, []float64{-3, 3}, []float64{0.5, 0.5})
)

// figureCase is a figure and what its SVG must say.
type figureCase struct {
	name   string
	make   func() (Figure, error)
	texts  []string // title, axis labels, legend entries, notes
	golden bool     // compared with testdata/NAME.png
}

var cases = []figureCase{
	{"bars", func() (Figure, error) { return TryBars(p3, q3, []float64{0.1, 0.1, 0.8}) },
		[]string{"The distributions P, Q, R", "outcome i", "probability", "P", "Q", "R"}, true},
	{"bars-named", func() (Figure, error) { return TryBarsOf(Named("model", p3), Named("data", q3)) },
		[]string{"The distributions model, data", "model", "data"}, false},
	{"bars-one-outcome", func() (Figure, error) { return TryBars(one) },
		[]string{"The distribution P", "outcome i"}, false},
	{"bars-kl", func() (Figure, error) { return TryBarsKL(p3, q3) },
		[]string{"KL(P ‖ Q) = 0.03048, JS = 0.007817 nats", "P", "Q"}, true},
	{"bars-kl-inf", func() (Figure, error) { return TryBarsKL(pz, qz, builtins.Bits) },
		[]string{"KL(P ‖ Q) = +∞", "bits", "q = 0 where p > 0 (outcome 2)"}, false},
	{"kl-terms", func() (Figure, error) { return TryKLTerms(p3, q3) },
		[]string{"KL(P ‖ Q) term by term: total 0.03048 nats", "outcome i", "term p·ln(p/q) (nats)", "term > 0 (p > q)", "term < 0 (p < q)", "total 0.03048"}, true},
	{"kl-terms-inf", func() (Figure, error) { return TryKLTerms(pz, qz) },
		[]string{"total +∞ nats", "+∞", "infinite term", "q = 0 where p > 0 (outcome 2)"}, true},
	{"kl-terms-one-outcome", func() (Figure, error) { return TryKLTerms(one, one, builtins.Bits) },
		[]string{"total 0 bits", "term p·log₂(p/q) (bits)"}, false},
	{"kl-terms-zeros", func() (Figure, error) { return TryKLTerms([]float64{0, 0.5, 0.5}, []float64{0.5, 0.5, 0}) },
		[]string{"KL(P ‖ Q) term by term", "+∞"}, false},
	{"entropy-decomposition", func() (Figure, error) { return TryEntropyDecomposition(p3, q3) },
		[]string{"H(P, Q) = H(P) + KL(P ‖ Q)", "nats", "H(P) = 1.03", "KL(P ‖ Q) = 0.03048", "H(P, Q) = 1.06"}, true},
	{"entropy-decomposition-inf", func() (Figure, error) { return TryEntropyDecomposition(pz, qz) },
		[]string{"KL(P ‖ Q) = +∞", "H(P, Q) = +∞", "+∞"}, false},
	{"entropy-decomposition-one-outcome", func() (Figure, error) { return TryEntropyDecomposition(one, one) },
		[]string{"H(P) = 0", "H(P, Q) = 0"}, false},
	{"binary-entropy", func() (Figure, error) { return TryBinaryEntropyCurve() },
		[]string{"Binary entropy H(p)", "p = P(X = 1)", "H(p) (bits)", "maximum: 1 bit at p = 0.5"}, true},
	{"binary-entropy-nats", func() (Figure, error) { return TryBinaryEntropyCurve(builtins.Nats) },
		[]string{"H(p) (nats)", "maximum: 0.6931 nats at p = 0.5"}, false},
	{"information-content", func() (Figure, error) { return TryInformationContentCurve() },
		[]string{"Information content −log p", "probability p of the outcome", "information content −log₂ p (bits)", "p = 1/2: 1 bit", "p = 1/16: 4 bits"}, true},
	{"kl-asymmetry", func() (Figure, error) { return TryKLAsymmetry(40) },
		[]string{"KL(Bern(a) ‖ Bern(b))", "KL(a ‖ b) − KL(b ‖ a)", "nats", "Grid 40 × 40"}, true},
	{"kl-asymmetry-small", func() (Figure, error) { return TryKLAsymmetry(2, builtins.Bits) },
		[]string{"bits", "Grid 2 × 2"}, false},
	{"forward-reverse", func() (Figure, error) { return TryForwardReverse(mix, -10, 10) },
		[]string{"forward KL covers, reverse KL picks a mode", "density", "target p", "forward: argmin KL(p ‖ q)", "reverse: argmin KL(q ‖ p)", "N(μ = −3, σ = 0.5)"}, true},
	{"js-vs-kl", func() (Figure, error) { return TryJSvsKL(p3, []float64{1, 0, 0}, 101) },
		[]string{"JS stays bounded, KL does not", "t, where Q(t) = (1 − t)·P + t·Q", "nats", "JS(P, Q(t))", "KL(P ‖ Q(t))", "Jeffreys(P, Q(t))", "ln 2, JS's bound", "KL(P ‖ Q) = +∞ from t = 1"}, true},
	{"js-vs-kl-bits", func() (Figure, error) { return TryJSvsKL(p3, q3, 2, builtins.Bits) },
		[]string{"bits", "JS(P, Q(t))"}, false},
	{"js-vs-kl-one-outcome", func() (Figure, error) { return TryJSvsKL(one, one, 5) },
		[]string{"JS(P, Q(t))"}, false},
	{"normals", func() (Figure, error) { return TryNormals(0, 1, 1, 2) },
		[]string{"KL(P ‖ Q) = 0.4431 nats, KL(Q ‖ P) = 1.307 nats", "x", "density", "P = N(0, 1²)", "Q = N(1, 2²)"}, true},
	{"from-plot", func() (Figure, error) {
		p := plot.New()
		p.Title.Text = "sine"
		p.X.Label.Text = "x (rad)"
		f := plotter.NewFunction(math.Sin)
		p.Add(f)
		p.X.Min, p.X.Max = 0, 6.3
		return FromPlot(p), nil
	}, []string{"sine", "x (rad)"}, false},
}

var textRe = regexp.MustCompile(`(?s)<text[^>]*>(.*?)</text>`)

// svgText is the text an SVG shows, one string per text element.
func svgText(svg []byte) []string {
	var out []string
	for _, m := range textRe.FindAllSubmatch(svg, -1) {
		out = append(out, strings.ReplaceAll(html.UnescapeString(string(m[1])), "\u2009", " ")) // thin spaces around ‖
	}
	return out
}

func TestFigures(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := c.make()
			if err != nil {
				t.Fatal(err)
			}
			b, err := f.PNG()
			if err != nil {
				t.Fatalf("PNG: %v", err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("PNG does not decode: %v", err)
			}
			if got := img.Bounds().Size(); got != (image.Point{1280, 800}) {
				t.Errorf("PNG is %v pixels, want 1280×800 (640×400 at 2×)", got)
			}
			svg, err := f.SVG()
			if err != nil {
				t.Fatalf("SVG: %v", err)
			}
			texts := strings.Join(svgText(svg), "\n")
			for _, want := range c.texts {
				if !strings.Contains(texts, want) {
					t.Errorf("SVG lacks %q; its text:\n%s", want, texts)
				}
			}
			if strings.Contains(texts, "NaN") {
				t.Errorf("SVG shows NaN:\n%s", texts)
			}
			if c.golden {
				compareGolden(t, c.name, b, img)
			}
		})
	}
}

// The series of a figure tell apart in grey: by luminance or by dash.
func TestSeriesDifferInGrey(t *testing.T) {
	for _, c := range cases {
		f, err := c.make()
		if err != nil {
			t.Fatal(err)
		}
		s := f.Series()
		for i := range s {
			for j := i + 1; j < len(s); j++ {
				dl := math.Abs(s[i].Luminance() - s[j].Luminance())
				if dl < 0.1 && slices.Equal(s[i].Dashes, s[j].Dashes) {
					t.Errorf("%s: series %d and %d have the same dash and luminances %.3f, %.3f", c.name, i, j, s[i].Luminance(), s[j].Luminance())
				}
			}
		}
	}
	for i := 0; i < 16; i++ {
		for j := i + 1; j < 16; j++ {
			a, b := SeriesStyle(i), SeriesStyle(j)
			if a.Color == b.Color && slices.Equal(a.Dashes, b.Dashes) {
				t.Errorf("SeriesStyle(%d) = SeriesStyle(%d)", i, j)
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, c := range []struct {
		call func() (Figure, error)
		want string
	}{
		{func() (Figure, error) { return TryKLTerms(p3, []float64{0.5, 0.6, -0.1}) }, "plots.KLTerms: q[2] = -0.1 is negative"},
		{func() (Figure, error) { return TryBars(p3, []float64{0.5, math.NaN()}) }, "plots.Bars: dists[1][1] = NaN"},
		{func() (Figure, error) { return TryBars() }, "plots.Bars: dists is empty"},
		{func() (Figure, error) { return TryBarsKL(p3, []float64{0.5, 0.5}) }, "plots.BarsKL: p and q differ in length"},
		{func() (Figure, error) { return TryEntropyDecomposition([]float64{2, 5, 3}, q3) }, "plots.EntropyDecomposition: p[0] = 2 is greater than 1; pass Counts"},
		{func() (Figure, error) { return TryKLAsymmetry(1) }, "plots.KLAsymmetry: n = 1 is out of range"},
		{func() (Figure, error) { return TryJSvsKL(p3, q3, 1) }, "plots.JSvsKL: steps = 1 is out of range"},
		{func() (Figure, error) { return TryNormals(0, -1, 0, 1) }, "plots.Normals:"},
		{func() (Figure, error) { return TryForwardReverse(nil, 0, 1) }, "plots.ForwardReverse:"},
		{func() (Figure, error) { return TryBinaryEntropyCurve(builtins.Bits, builtins.Nats) }, "plots.BinaryEntropyCurve: unit is given 2 times"},
		{func() (Figure, error) { return KLTerms(p3, q3).TryOutcomes("a", "b") }, "plots.Figure.Outcomes: labels has 2 labels for 3 outcomes"},
		{func() (Figure, error) { return BinaryEntropyCurve().TryOutcomes("a") }, "plots.Figure.Outcomes: labels cannot be set: the binary entropy curve figure has no outcome axis"},
	} {
		_, err := c.call()
		var ie *builtins.InputError
		if !errors.As(err, &ie) {
			t.Errorf("want an *InputError %q, got %v", c.want, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("error %q, want %q…", err, c.want)
		}
	}
	// The interactive form panics with the same *InputError.
	defer func() {
		r := recover()
		ie, ok := r.(*builtins.InputError)
		if !ok || ie.Error() != "plots.KLTerms: q[2] = -0.1 is negative" {
			t.Errorf("KLTerms panicked with %v, want the *InputError", r)
		}
	}()
	KLTerms(p3, []float64{0.5, 0.6, -0.1})
}

func TestString(t *testing.T) {
	if got, want := KLTerms(p3, q3).String(), "<figure: KL terms, 640×400 PNG at 2×>"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := FromPlot(plot.New()).Description; got != "plot" {
		t.Errorf("FromPlot(untitled).Description = %q", got)
	}
}

// compareGolden compares a PNG with testdata/NAME.png: at most 0.3% of the
// pixels may differ by more than 32 in a channel (anti-aliasing, fonts'
// rasterisation across versions). -update rewrites the file.
func compareGolden(t *testing.T, name string, b []byte, img image.Image) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./plots -update to write it, and look at it)", err)
	}
	want, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if want.Bounds() != img.Bounds() {
		t.Fatalf("%s: size %v, golden %v", name, img.Bounds(), want.Bounds())
	}
	diff, total := 0, 0
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			total++
			r1, g1, b1, _ := img.At(x, y).RGBA()
			r2, g2, b2, _ := want.At(x, y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) {
				diff++
			}
		}
	}
	if frac := float64(diff) / float64(total); frac > 0.003 {
		out := filepath.Join(t.TempDir(), name+".png")
		os.WriteFile(out, b, 0o644)
		t.Errorf("%s: %.2f%% of the pixels differ from %s (got: %s)", name, 100*frac, path, out)
	}
}

func far(a, b uint32) bool {
	d := int(a>>8) - int(b>>8)
	return d > 32 || d < -32
}

func ExampleKLTerms() {
	f := KLTerms([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})
	fmt.Println(f)
	// Output: <figure: KL terms, 640×400 PNG at 2×>
}

// Outcomes writes the labels under the bars in place of the indices.
func TestOutcomeLabels(t *testing.T) {
	f := BarsOf(Named("reference", p3), Named("current", q3)).Outcomes("desktop", "mobile", "tablet")
	svg, err := f.SVG()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{">desktop<", ">mobile<", ">tablet<", ">outcome<"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("SVG has no %s", want)
		}
	}
	if strings.Contains(string(svg), ">outcome i<") {
		t.Error("SVG still calls the axis outcome i")
	}
}

// New gives hand-built plots the figures' fonts and labels.
func TestNewPlotStyle(t *testing.T) {
	p := New("Mean NLL", "θ", "nats")
	if p.Title.Text != "Mean NLL" || p.X.Label.Text != "θ" || p.Y.Label.Text != "nats" {
		t.Errorf("labels %q %q %q", p.Title.Text, p.X.Label.Text, p.Y.Label.Text)
	}
	// gonum's own default is the serif variant.
	for _, f := range []font.Font{p.Title.TextStyle.Font, p.X.Label.TextStyle.Font, p.Y.Tick.Label.Font, p.Legend.TextStyle.Font} {
		if f.Variant != "Sans" {
			t.Errorf("font %+v, want the figures' sans-serif", f)
		}
	}
}
