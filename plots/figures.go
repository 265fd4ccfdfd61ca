package plots

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/divergo/divergo/builtins"
)

// Dist is a distribution with a name, for the legend of Bars.
type Dist struct {
	Name string
	P    []float64
}

// Named names a distribution for BarsOf: plots.BarsOf(plots.Named("model",
// p), plots.Named("data", q)).
func Named(name string, p []float64) Dist { return Dist{Name: name, P: p} }

// Bars draws distributions as grouped bars, one colour and outline dash per
// distribution, named P, Q, R, … (P1, P2, … beyond five). The distributions
// may have different numbers of outcomes. BarsOf takes named ones.
func Bars(dists ...[]float64) Figure { return must(TryBars(dists...)) }

// TryBars is Bars returning its error.
func TryBars(dists ...[]float64) (Figure, error) {
	ds := make([]Dist, len(dists))
	for i, p := range dists {
		ds[i] = Dist{Name: defaultName(i, len(dists)), P: p}
	}
	return barsOf("Bars", ds, "")
}

// BarsOf draws named distributions as grouped bars.
func BarsOf(dists ...Dist) Figure { return must(TryBarsOf(dists...)) }

// TryBarsOf is BarsOf returning its error.
func TryBarsOf(dists ...Dist) (Figure, error) { return barsOf("BarsOf", dists, "") }

// BarsKL draws P and Q as grouped bars with KL(P ‖ Q) and JS(P, Q) in the
// title, in nats or the unit given.
func BarsKL(p, q []float64, unit ...builtins.Unit) Figure { return must(TryBarsKL(p, q, unit...)) }

// TryBarsKL is BarsKL returning its error.
func TryBarsKL(p, q []float64, unit ...builtins.Unit) (Figure, error) {
	const fn = "BarsKL"
	u, err := unitOf(fn, unit, builtins.Nats)
	if err != nil {
		return Figure{}, err
	}
	kl, err := builtins.TryKL(p, q, u)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	js, err := builtins.TryJS(p, q, u)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	title := fmt.Sprintf("P and Q: KL(P ‖ Q) = %s, JS = %s %s", num(kl), num(js), u)
	f, err := barsOf(fn, []Dist{{"P", p}, {"Q", q}}, title)
	if err == nil && math.IsInf(kl, 1) {
		f.Notes = append(f.Notes, infNote(p, q))
	}
	return f, err
}

func defaultName(i, n int) string {
	if n <= 5 {
		return string("PQRST"[i])
	}
	return "P" + strconv.Itoa(i+1)
}

func barsOf(fn string, dists []Dist, title string) (Figure, error) {
	if len(dists) == 0 {
		return Figure{}, &builtins.InputError{Func: "plots." + fn, Arg: "dists", Index: -1, Reason: "is empty: give at least one distribution"}
	}
	n := 0
	for i, d := range dists {
		if _, err := builtins.TryEntropy(d.P); err != nil {
			return Figure{}, renameArg(inputError(fn, err), "p", fmt.Sprintf("dists[%d]", i))
		}
		n = max(n, len(d.P))
	}
	if title == "" {
		names := make([]string, len(dists))
		for i, d := range dists {
			names[i] = d.Name
		}
		title = "The distributions " + strings.Join(names, ", ")
		if len(dists) == 1 {
			title = "The distribution " + names[0]
		}
	}
	p := newPlot(title, "outcome i", "probability")
	f := Figure{Plot: p, Description: "bars of " + strconv.Itoa(len(dists)) + " distribution" + plural(len(dists))}
	if len(dists) == 1 {
		f.Description = "bars of a distribution"
	}
	f.legend = newLegend()
	p.Add(hgrid())
	group := 0.8
	w := group / float64(len(dists))
	for k, d := range dists {
		st := SeriesStyle(k)
		b := &bars{width: w * 0.92, style: st}
		for i, v := range d.P {
			b.x = append(b.x, float64(i)-group/2+w*(float64(k)+0.5))
			b.h = append(b.h, v)
		}
		p.Add(b)
		f.legend.Add(d.Name, b)
		f.series = append(f.series, st)
	}
	p.Y.Min, p.Y.Max = 0, 1.05*maxOf(dists)
	if p.Y.Max == 0 {
		p.Y.Max = 1
	}
	outcomeTicks(p, n)
	f.outcomes = n
	return f, nil
}

func maxOf(dists []Dist) float64 {
	m := 0.0
	for _, d := range dists {
		for _, v := range d.P {
			m = math.Max(m, v)
		}
	}
	return m
}

// KLTerms draws the terms pᵢ·log(pᵢ/qᵢ) of KL(P ‖ Q), one bar per outcome —
// above the axis where pᵢ > qᵢ, below where pᵢ < qᵢ — and their total as a
// line, in nats or the unit given. An infinite term (qᵢ = 0 < pᵢ) is a
// mark "+∞" at the top of its outcome.
func KLTerms(p, q []float64, unit ...builtins.Unit) Figure { return must(TryKLTerms(p, q, unit...)) }

// TryKLTerms is KLTerms returning its error.
func TryKLTerms(p, q []float64, unit ...builtins.Unit) (Figure, error) {
	const fn = "KLTerms"
	u, err := unitOf(fn, unit, builtins.Nats)
	if err != nil {
		return Figure{}, err
	}
	b, err := builtins.TryExplainKL(p, q, u)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	title := fmt.Sprintf("KL(P ‖ Q) term by term: total %s %s", num(b.Total), u)
	plt := newPlot(title, "outcome i", fmt.Sprintf("term p·%s(p/q) (%s)", logName(u), u))
	f := Figure{Plot: plt, Description: "KL terms", legend: newLegend()}
	pos := &bars{width: 0.6, style: SeriesStyle(0)}
	neg := &bars{width: 0.6, style: SeriesStyle(1)}
	inf := &marks{color: color.RGBA{0xD5, 0x5E, 0x00, 0xff}}
	lo, hi := 0.0, 0.0
	for _, r := range b.Rows {
		x := float64(r.Outcome)
		switch t := r.Term; {
		case math.IsInf(t, 0) || math.IsNaN(t):
			inf.x, inf.value = append(inf.x, x), append(inf.value, t)
		case t >= 0:
			pos.x, pos.h = append(pos.x, x), append(pos.h, t)
			hi = math.Max(hi, t)
		default:
			neg.x, neg.h = append(neg.x, x), append(neg.h, t)
			lo = math.Min(lo, t)
		}
	}
	plt.Add(hgrid())
	plt.Add(&hline{y: 0, style: draw.LineStyle{Color: color.Gray{0x60}, Width: vg.Points(0.8)}})
	plt.Add(pos, neg)
	if len(pos.h) > 0 || len(neg.h) == 0 {
		f.legend.Add("term > 0 (p > q)", pos)
		f.series = append(f.series, pos.style)
	}
	if len(neg.h) > 0 {
		f.legend.Add("term < 0 (p < q)", neg)
		f.series = append(f.series, neg.style)
	}
	total := SeriesStyle(6)
	total.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
	if !math.IsInf(b.Total, 0) {
		tl := &hline{y: b.Total, style: total.line(vg.Points(1.5))}
		plt.Add(tl)
		f.legend.Add("total "+num(b.Total), tl)
		f.series = append(f.series, total)
		hi = math.Max(hi, b.Total)
		lo = math.Min(lo, b.Total)
	}
	if len(inf.x) > 0 {
		plt.Add(inf)
		f.legend.Add("infinite term", glyphThumb{draw.GlyphStyle{Color: inf.color, Radius: vg.Points(4), Shape: draw.PyramidGlyph{}}})
		f.Notes = append(f.Notes, infNote(p, q))
	}
	span := hi - lo
	if span == 0 {
		span = 1
	}
	plt.Y.Min, plt.Y.Max = lo-0.06*span, hi+0.06*span
	plt.Y.Tick.Marker = niceTicks{} // zero among the ticks
	if len(inf.x) > 0 {
		plt.Y.Max = hi + 0.2*span // room for the marks
	}
	if lo == 0 {
		plt.Y.Min = 0
		if span == 1 && hi == 0 {
			plt.Y.Min = -0.06
		}
	}
	outcomeTicks(plt, len(p))
	f.outcomes = len(p)
	return f, nil
}

// EntropyDecomposition draws the identity H(P, Q) = H(P) + KL(P ‖ Q): a bar of
// H(P) with KL(P ‖ Q) stacked on it, beside a bar of H(P, Q), in nats or the
// unit given.
func EntropyDecomposition(p, q []float64, unit ...builtins.Unit) Figure {
	return must(TryEntropyDecomposition(p, q, unit...))
}

// TryEntropyDecomposition is EntropyDecomposition returning its error.
func TryEntropyDecomposition(p, q []float64, unit ...builtins.Unit) (Figure, error) {
	const fn = "EntropyDecomposition"
	u, err := unitOf(fn, unit, builtins.Nats)
	if err != nil {
		return Figure{}, err
	}
	h, err := builtins.TryEntropy(p, u)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	kl, err := builtins.TryKL(p, q, u)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	ce, err := builtins.TryCrossEntropy(p, q, u)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	plt := newPlot("Cross-entropy = entropy + KL: H(P, Q) = H(P) + KL(P ‖ Q)", "", u.String())
	f := Figure{Plot: plt, Description: "entropy decomposition", legend: newLegend()}
	hb := &bars{x: []float64{0}, h: []float64{h}, width: 0.5, style: SeriesStyle(0)}
	kb := &bars{x: []float64{0}, base: []float64{h}, h: []float64{kl}, width: 0.5, style: SeriesStyle(1)}
	cb := &bars{x: []float64{1}, h: []float64{ce}, width: 0.5, style: SeriesStyle(2)}
	plt.Add(hgrid())
	plt.Add(hb, kb, cb)
	f.legend.Add("H(P) = "+num(h), hb)
	f.legend.Add("KL(P ‖ Q) = "+num(kl), kb)
	f.legend.Add("H(P, Q) = "+num(ce), cb)
	f.series = []Style{hb.style, kb.style, cb.style}
	top := h
	if !math.IsInf(kl, 0) {
		top = math.Max(top, h+kl)
	}
	if !math.IsInf(ce, 0) {
		top = math.Max(top, ce)
	}
	if top == 0 {
		top = 1
	}
	plt.Y.Min, plt.Y.Max = 0, top*1.12
	// The values, inside the segments when they are tall enough.
	seg := func(x, y0, y float64) { // beside the bar, level with its segment's middle
		if math.IsInf(y, 0) || y == 0 {
			return
		}
		plt.Add(&label{x: x + 0.25, y: y0 + y/2, text: num(y), xalign: draw.XLeft, yalign: draw.YCenter, off: vg.Point{X: vg.Points(4)}, size: 9.5})
	}
	seg(0, 0, h)
	seg(0, h, kl)
	seg(1, 0, ce)
	if math.IsInf(kl, 1) {
		plt.Y.Max = top * 1.3
		plt.Add(&marks{x: []float64{0, 1}, value: []float64{kl, ce}, color: color.RGBA{0xD5, 0x5E, 0x00, 0xff}})
		f.Notes = append(f.Notes, infNote(p, q))
	}
	plt.X.Min, plt.X.Max = -0.6, 1.6
	plt.X.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "H(P) + KL(P ‖ Q)"}, {Value: 1, Label: "H(P, Q)"}}
	return f, nil
}

// BinaryEntropyCurve draws the binary entropy H(p) = −p·log p − (1−p)·log(1−p)
// for p from 0 to 1, in bits or the unit given, its maximum (1 bit at
// p = 0.5) marked.
func BinaryEntropyCurve(unit ...builtins.Unit) Figure { return must(TryBinaryEntropyCurve(unit...)) }

// TryBinaryEntropyCurve is BinaryEntropyCurve returning its error.
func TryBinaryEntropyCurve(unit ...builtins.Unit) (Figure, error) {
	const fn = "BinaryEntropyCurve"
	u, err := unitOf(fn, unit, builtins.Bits)
	if err != nil {
		return Figure{}, err
	}
	const n = 401
	xs, ys := make([]float64, n), make([]float64, n)
	for i := range xs {
		x := float64(i) / (n - 1)
		y, err := builtins.TryBinaryEntropy(x, u)
		if err != nil {
			return Figure{}, inputError(fn, err)
		}
		xs[i], ys[i] = x, y
	}
	top, _ := builtins.TryBinaryEntropy(0.5, u)
	plt := newPlot("Binary entropy H(p): largest when both outcomes are equally likely", "p = P(X = 1)", "H(p) ("+u.String()+")")
	f := Figure{Plot: plt, Description: "binary entropy curve"}
	st := SeriesStyle(0)
	lines, _, _ := curve(xs, ys, st.line(vg.Points(2)))
	plt.Add(plotter.NewGrid())
	for _, l := range lines {
		plt.Add(l)
	}
	f.series = []Style{st}
	vl, _ := plotter.NewLine(plotter.XYs{{X: 0.5, Y: 0}, {X: 0.5, Y: top}})
	vl.LineStyle = draw.LineStyle{Color: color.Gray{0x70}, Width: vg.Points(0.8), Dashes: []vg.Length{vg.Points(2), vg.Points(2)}}
	plt.Add(vl)
	pt, _ := plotter.NewScatter(plotter.XYs{{X: 0.5, Y: top}})
	pt.GlyphStyle = draw.GlyphStyle{Color: SeriesStyle(4).Color, Radius: vg.Points(4), Shape: draw.CircleGlyph{}}
	plt.Add(pt)
	plt.Add(&label{x: 0.5, y: top, text: fmt.Sprintf("maximum: %s %s at p = 0.5", num(top), singular(u, top)), xalign: draw.XCenter, yalign: draw.YBottom, off: vg.Point{Y: vg.Points(7)}, size: 9.5})
	plt.X.Min, plt.X.Max = 0, 1
	plt.Y.Min, plt.Y.Max = 0, top*1.15
	return f, nil
}

// InformationContentCurve draws the information content −log p of an
// outcome of probability p, for p from 0.005 to 1, in bits or the unit
// given, with p = 1/2, 1/4, 1/8 and 1/16 marked.
func InformationContentCurve(unit ...builtins.Unit) Figure {
	return must(TryInformationContentCurve(unit...))
}

// TryInformationContentCurve is InformationContentCurve returning its error.
func TryInformationContentCurve(unit ...builtins.Unit) (Figure, error) {
	const fn = "InformationContentCurve"
	u, err := unitOf(fn, unit, builtins.Bits)
	if err != nil {
		return Figure{}, err
	}
	const n, lo = 400, 0.005
	xs, ys := make([]float64, n), make([]float64, n)
	for i := range xs {
		x := lo * math.Pow(1/lo, float64(i)/(n-1)) // denser near 0, where the curve bends
		y, err := builtins.TryInformationContent(x, u)
		if err != nil {
			return Figure{}, inputError(fn, err)
		}
		xs[i], ys[i] = x, y
	}
	xs[n-1], ys[n-1] = 1, 0
	plt := newPlot("Information content −log p: rare outcomes tell more", "probability p of the outcome", "information content −"+logName(u)+" p ("+u.String()+")")
	f := Figure{Plot: plt, Description: "information content curve"}
	st := SeriesStyle(0)
	lines, _, _ := curve(xs, ys, st.line(vg.Points(2)))
	plt.Add(plotter.NewGrid())
	for _, l := range lines {
		plt.Add(l)
	}
	f.series = []Style{st}
	var pts plotter.XYs
	for _, k := range []float64{2, 4, 8, 16} {
		y, _ := builtins.TryInformationContent(1/k, u)
		pts = append(pts, plotter.XY{X: 1 / k, Y: y})
		plt.Add(&label{x: 1 / k, y: y, text: fmt.Sprintf("p = 1/%d: %s %s", int(k), num(y), singular(u, y)), xalign: draw.XLeft, yalign: draw.YBottom, off: vg.Point{X: vg.Points(6), Y: vg.Points(2)}, size: 9})
	}
	sc, _ := plotter.NewScatter(pts)
	sc.GlyphStyle = draw.GlyphStyle{Color: SeriesStyle(4).Color, Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
	plt.Add(sc)
	plt.X.Min, plt.X.Max = 0, 1
	plt.Y.Min, plt.Y.Max = 0, ys[0]*1.05
	f.Notes = append(f.Notes, fmt.Sprintf("−log p grows without bound as p → 0; the curve starts at p = %g (%s %s).", lo, num(ys[0]), u))
	return f, nil
}

// KLAsymmetry draws KL(Bern(a) ‖ Bern(b)) over an n × n grid of a and b in
// (0, 1) (cell centres, so every value is finite) as a heat map, beside the
// difference KL(Bern(a) ‖ Bern(b)) − KL(Bern(b) ‖ Bern(a)), which would be 0
// everywhere if KL were symmetric; in nats or the unit given. n is from 2
// to 400.
func KLAsymmetry(n int, unit ...builtins.Unit) Figure { return must(TryKLAsymmetry(n, unit...)) }

// TryKLAsymmetry is KLAsymmetry returning its error.
func TryKLAsymmetry(n int, unit ...builtins.Unit) (Figure, error) {
	const fn = "KLAsymmetry"
	u, err := unitOf(fn, unit, builtins.Nats)
	if err != nil {
		return Figure{}, err
	}
	if n < 2 || n > 400 {
		return Figure{}, &builtins.InputError{Func: "plots." + fn, Arg: "n", Index: -1, Reason: fmt.Sprintf("= %d is out of range: the grid is n × n with n from 2 to 400", n)}
	}
	g := &grid{n: n, z: make([]float64, n*n)}
	d := &grid{n: n, z: make([]float64, n*n)}
	kmax, dmax := 0.0, 0.0
	for r := 0; r < n; r++ { // r: b
		for c := 0; c < n; c++ { // c: a
			a, b := g.X(c), g.Y(r)
			kab, err := builtins.TryKL([]float64{a, 1 - a}, []float64{b, 1 - b}, u)
			if err != nil {
				return Figure{}, inputError(fn, err)
			}
			kba, err := builtins.TryKL([]float64{b, 1 - b}, []float64{a, 1 - a}, u)
			if err != nil {
				return Figure{}, inputError(fn, err)
			}
			g.z[r*n+c], d.z[r*n+c] = kab, kab-kba
			kmax, dmax = math.Max(kmax, kab), math.Max(dmax, math.Abs(kab-kba))
		}
	}
	if dmax == 0 {
		dmax = 1
	}
	seq := palette.Reverse(moreland.Kindlmann()) // light for 0, dark for large
	seq.SetMin(0)
	seq.SetMax(kmax)
	div := moreland.SmoothBlueRed()
	div.SetMin(-dmax)
	div.SetMax(dmax)

	left := newPlot("KL(Bern(a) ‖ Bern(b))", "a", "b")
	hm := plotter.NewHeatMap(g, seq.Palette(256))
	hm.Min, hm.Max = 0, kmax
	hm.Rasterized = n > 50 // vector cells up to 50 × 50: sharper, and faster to rasterise than a scaled image
	left.Add(hm)
	right := newPlot("KL(a ‖ b) − KL(b ‖ a)", "a", "b")
	hd := plotter.NewHeatMap(d, div.Palette(256))
	hd.Min, hd.Max = -dmax, dmax
	hd.Rasterized = n > 50
	right.Add(hd)
	for _, p := range []*plot.Plot{left, right} {
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 0, 1
		p.X.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "0"}, {Value: 0.5, Label: "0.5"}, {Value: 1, Label: "1"}}
		p.Y.Tick.Marker = p.X.Tick.Marker
		p.Title.TextStyle.Font.Size = 10.5
	}
	f := Figure{
		Plot:        left,
		Description: "KL asymmetry",
		panels: []panel{{p: left, share: 1}, {bar: newColorBar(seq, u.String(), left)},
			{p: right, share: 1}, {bar: newColorBar(div, u.String(), right)}},
		Notes: []string{"Left: KL(Bern(a) ‖ Bern(b)), P = Bern(a) on x, Q = Bern(b) on y. Right: KL(P ‖ Q) − KL(Q ‖ P), red where KL(P ‖ Q) is larger;", fmt.Sprintf("a map symmetric about the diagonal, and 0 on the right, would mean a symmetric KL. Grid %d × %d, cell centres.", n, n)},
	}
	return f, nil
}

// grid is a GridXYZ over cell centres of (0, 1)².
type grid struct {
	n int
	z []float64
}

func (g *grid) Dims() (c, r int)   { return g.n, g.n }
func (g *grid) Z(c, r int) float64 { return g.z[r*g.n+c] }
func (g *grid) X(c int) float64    { return (float64(c) + 0.5) / float64(g.n) }
func (g *grid) Y(r int) float64    { return (float64(r) + 0.5) / float64(g.n) }

// ForwardReverse draws the density target over [a, b] (normalised) with the
// two normals builtins.FitNormal fits to it: by forward KL(p ‖ q), which
// covers every hump, and by reverse KL(q ‖ p), which settles on one.
func ForwardReverse(target func(float64) float64, a, b float64) Figure {
	return must(TryForwardReverse(target, a, b))
}

// TryForwardReverse is ForwardReverse returning its error.
func TryForwardReverse(target func(float64) float64, a, b float64) (Figure, error) {
	const fn = "ForwardReverse"
	fw, err := builtins.TryFitNormal(target, a, b, builtins.Forward)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	rv, err := builtins.TryFitNormal(target, a, b, builtins.Reverse)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	z, err := builtins.TryIntegrate(target, a, b)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	lo, hi := a, b
	if math.IsInf(lo, 0) {
		lo = math.Min(fw.Mu-4*fw.Sigma, rv.Mu-4*rv.Sigma)
	}
	if math.IsInf(hi, 0) {
		hi = math.Max(fw.Mu+4*fw.Sigma, rv.Mu+4*rv.Sigma)
	}
	const n = 401
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = lo + (hi-lo)*float64(i)/(n-1)
	}
	eval := func(f func(float64) float64, scale float64) []float64 {
		ys := make([]float64, n)
		for i, x := range xs {
			ys[i] = f(x) / scale
		}
		return ys
	}
	plt := newPlot("Fitting a normal q to p: forward KL covers, reverse KL picks a mode", "x", "density")
	f := Figure{Plot: plt, Description: "forward vs reverse KL", legend: newLegend()}
	plt.Add(plotter.NewGrid())
	top := 0.0
	for _, s := range []struct {
		name string
		ys   []float64
		st   Style
		w    vg.Length
	}{
		{"target p", eval(target, z), SeriesStyle(6), 2.2},
		{"forward: argmin KL(p ‖ q)", eval(fw.PDF(), 1), SeriesStyle(0), 1.8},
		{"reverse: argmin KL(q ‖ p)", eval(rv.PDF(), 1), SeriesStyle(1), 1.8},
	} {
		lines, bad, badY := curve(xs, s.ys, s.st.line(s.w))
		for _, l := range lines {
			plt.Add(l)
		}
		if len(lines) > 0 {
			f.legend.Add(s.name, lines[0])
		}
		if len(bad) > 0 {
			plt.Add(&marks{x: bad, value: badY, color: s.st.Color})
			f.Notes = append(f.Notes, fmt.Sprintf("%s is not finite at %d of the points drawn (marked).", s.name, len(bad)))
		}
		for _, y := range s.ys {
			if !math.IsInf(y, 0) && !math.IsNaN(y) {
				top = math.Max(top, y)
			}
		}
		f.series = append(f.series, s.st)
	}
	plt.X.Min, plt.X.Max = lo, hi
	plt.Y.Min, plt.Y.Max = 0, top*1.08
	f.Notes = append(f.Notes,
		fmt.Sprintf("forward: N(μ = %s, σ = %s), KL(p ‖ q) = %s nats; reverse: N(μ = %s, σ = %s), KL(q ‖ p) = %s nats", num(fw.Mu), num(fw.Sigma), num(fw.KL), num(rv.Mu), num(rv.Sigma), num(rv.KL)))
	return f, nil
}

// JSvsKL draws JS(P, Qₜ), KL(P ‖ Qₜ) and Jeffreys(P, Qₜ) as Qₜ = (1−t)·P + t·Q
// moves from P (t = 0) to Q (t = 1), at steps values of t (2 to 10000), in
// nats or the unit given: JS stays below ln 2 (1 bit), KL and Jeffreys
// grow without bound, to +∞ when Q has a zero where P has not.
func JSvsKL(p, q []float64, steps int, unit ...builtins.Unit) Figure {
	return must(TryJSvsKL(p, q, steps, unit...))
}

// TryJSvsKL is JSvsKL returning its error.
func TryJSvsKL(p, q []float64, steps int, unit ...builtins.Unit) (Figure, error) {
	const fn = "JSvsKL"
	u, err := unitOf(fn, unit, builtins.Nats)
	if err != nil {
		return Figure{}, err
	}
	if _, err := builtins.TryJS(p, q, u); err != nil {
		return Figure{}, inputError(fn, err)
	}
	if steps < 2 || steps > 10000 {
		return Figure{}, &builtins.InputError{Func: "plots." + fn, Arg: "steps", Index: -1, Reason: fmt.Sprintf("= %d is out of range: from 2 to 10000", steps)}
	}
	ts := make([]float64, steps)
	js, kl, jf := make([]float64, steps), make([]float64, steps), make([]float64, steps)
	qt := make([]float64, len(p))
	for k := range ts {
		t := float64(k) / float64(steps-1)
		ts[k] = t
		for i := range p {
			qt[i] = (1-t)*p[i] + t*q[i]
		}
		if k == steps-1 {
			copy(qt, q) // exactly Q: its zeros stay zeros
		}
		var e1, e2, e3 error
		js[k], e1 = builtins.TryJS(p, qt, u)
		kl[k], e2 = builtins.TryKL(p, qt, u)
		jf[k], e3 = builtins.TryJeffreys(p, qt, u)
		if err := errors.Join(e1, e2, e3); err != nil {
			return Figure{}, fmt.Errorf("plots.%s: at t = %g: %w", fn, t, err)
		}
	}
	bound := builtins.ConvertUnit(math.Ln2, builtins.Nats, u)
	plt := newPlot("As Q moves away from P: JS stays bounded, KL does not", "t, where Q(t) = (1 − t)·P + t·Q", u.String())
	f := Figure{Plot: plt, Description: "JS vs KL", legend: newLegend()}
	plt.Add(plotter.NewGrid())
	bl := &hline{y: bound, style: draw.LineStyle{Color: color.Gray{0x80}, Width: vg.Points(1), Dashes: []vg.Length{vg.Points(1), vg.Points(2)}}}
	plt.Add(bl)
	yTop := bound
	for k, s := range []struct {
		name string
		ys   []float64
	}{{"JS(P, Q(t))", js}, {"KL(P ‖ Q(t))", kl}, {"Jeffreys(P, Q(t))", jf}} {
		st := SeriesStyle(k)
		lines, bad, badY := curve(ts, s.ys, st.line(vg.Points(2)))
		for _, l := range lines {
			plt.Add(l)
		}
		if len(lines) > 0 {
			f.legend.Add(s.name, lines[0])
		} else {
			f.legend.Add(s.name, &plotter.Line{LineStyle: st.line(vg.Points(2))})
		}
		f.series = append(f.series, st)
		if len(bad) > 0 {
			plt.Add(&marks{x: bad, value: badY, color: st.Color})
			f.Notes = append(f.Notes, fmt.Sprintf("%s = +∞ from t = %s: Q has a zero where P has mass.", strings.Replace(s.name, "Q(t)", "Q", 1), num(bad[0])))
		}
		for _, y := range s.ys {
			if !math.IsInf(y, 0) && !math.IsNaN(y) {
				yTop = math.Max(yTop, y)
			}
		}
	}
	f.legend.Add("ln 2, JS's bound", bl)
	// Keep JS readable: KL may climb far above it near t = 1.
	limit := 6 * bound
	plt.Y.Min, plt.Y.Max = 0, math.Min(yTop, limit)*1.08
	if yTop > limit {
		f.Notes = append(f.Notes, fmt.Sprintf("The axis stops at %s %s, to keep JS readable; the largest finite value drawn is %s.", num(limit*1.08), u, num(yTop)))
	}
	plt.X.Min, plt.X.Max = 0, 1
	return f, nil
}

// Normals draws the densities of P = N(mu1, s1²) and Q = N(mu2, s2²) with
// their KL divergences, in closed form, in the title (nats or the unit
// given).
func Normals(mu1, s1, mu2, s2 float64, unit ...builtins.Unit) Figure {
	return must(TryNormals(mu1, s1, mu2, s2, unit...))
}

// TryNormals is Normals returning its error.
func TryNormals(mu1, s1, mu2, s2 float64, unit ...builtins.Unit) (Figure, error) {
	const fn = "Normals"
	u, err := unitOf(fn, unit, builtins.Nats)
	if err != nil {
		return Figure{}, err
	}
	pq, err := builtins.TryNormalKL(mu1, s1, mu2, s2, u)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	qp, err := builtins.TryNormalKL(mu2, s2, mu1, s1, u)
	if err != nil {
		return Figure{}, inputError(fn, err)
	}
	lo := math.Min(mu1-4*s1, mu2-4*s2)
	hi := math.Max(mu1+4*s1, mu2+4*s2)
	title := fmt.Sprintf("KL(P ‖ Q) = %s %s, KL(Q ‖ P) = %s %s", num(pq), u, num(qp), u)
	plt := newPlot(title, "x", "density")
	f := Figure{Plot: plt, Description: "two normals", legend: newLegend()}
	plt.Add(plotter.NewGrid())
	const n = 401
	top := 0.0
	for k, d := range []struct {
		name      string
		mu, sigma float64
	}{{"P = N(" + num(mu1) + ", " + num(s1) + "²)", mu1, s1}, {"Q = N(" + num(mu2) + ", " + num(s2) + "²)", mu2, s2}} {
		pdf, err := builtins.TryNormalPDF(d.mu, d.sigma)
		if err != nil {
			return Figure{}, inputError(fn, err)
		}
		xy := make(plotter.XYs, n)
		for i := range xy {
			x := lo + (hi-lo)*float64(i)/(n-1)
			xy[i] = plotter.XY{X: x, Y: pdf(x)}
			top = math.Max(top, xy[i].Y)
		}
		st := SeriesStyle(k)
		l := &plotter.Line{XYs: xy, LineStyle: st.line(vg.Points(2))}
		plt.Add(l)
		f.legend.Add(d.name, l)
		f.series = append(f.series, st)
	}
	plt.X.Min, plt.X.Max = lo, hi
	plt.Y.Min, plt.Y.Max = 0, top*1.08
	return f, nil
}

// must is the interactive form of a figure: its error is a panic.
func must(f Figure, err error) Figure {
	if err != nil {
		panic(err)
	}
	return f
}

// inputError names the figure in a builtins error: "plots.KLTerms: q[2] =
// -0.1 is negative".
func inputError(fn string, err error) error {
	var ie *builtins.InputError
	if errors.As(err, &ie) {
		e := *ie
		e.Func = "plots." + fn
		return &e
	}
	return fmt.Errorf("plots.%s: %w", fn, err)
}

// renameArg renames the argument of an input error.
func renameArg(err error, from, to string) error {
	var ie *builtins.InputError
	if errors.As(err, &ie) && ie.Arg == from {
		ie.Arg = to
	}
	return err
}

func unitOf(fn string, units []builtins.Unit, def builtins.Unit) (builtins.Unit, error) {
	switch len(units) {
	case 0:
		return def, nil
	case 1:
		u := units[0]
		if u != builtins.Nats && u != builtins.Bits && u != builtins.Hartleys {
			return 0, &builtins.InputError{Func: "plots." + fn, Arg: "unit", Index: -1, Reason: fmt.Sprintf("%v is not a unit (Nats, Bits or Hartleys)", u)}
		}
		return u, nil
	}
	return 0, &builtins.InputError{Func: "plots." + fn, Arg: "unit", Index: -1, Reason: fmt.Sprintf("is given %d times; give one unit", len(units))}
}

// logName is the logarithm of a unit as written in a formula.
func logName(u builtins.Unit) string {
	switch u {
	case builtins.Bits:
		return "log₂"
	case builtins.Hartleys:
		return "log₁₀"
	}
	return "ln"
}

// singular is the unit's name for a value of 1 ("1 bit").
func singular(u builtins.Unit, x float64) string {
	if x == 1 {
		return strings.TrimSuffix(u.String(), "s")
	}
	return u.String()
}

// num prints a value for a title or legend: four significant digits,
// +∞ for infinity.
func num(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "+∞"
	case math.IsInf(x, -1):
		return "−∞"
	case math.IsNaN(x):
		return "NaN"
	case x == 0:
		return "0"
	}
	s := strconv.FormatFloat(x, 'g', 4, 64)
	if strings.Contains(s, "e") {
		return s
	}
	return strings.Replace(s, "-", "−", 1)
}

// infNote explains an infinite KL: the outcomes where q = 0 < p.
func infNote(p, q []float64) string {
	idx, _ := builtins.TryInfiniteTerms(p, q)
	s := make([]string, len(idx))
	for i, k := range idx {
		s[i] = strconv.Itoa(k)
	}
	return fmt.Sprintf("KL(P ‖ Q) = +∞: q = 0 where p > 0 (outcome%s %s), marked +∞.", plural(len(idx)), strings.Join(s, ", "))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// outcomeTicks labels the outcomes 0 … n−1 (every k-th when there are many).
func outcomeTicks(p *plot.Plot, n int) {
	step := 1
	for n/step > 16 {
		step *= 2
	}
	var ticks plot.ConstantTicks
	for i := 0; i < n; i += step {
		ticks = append(ticks, plot.Tick{Value: float64(i), Label: strconv.Itoa(i)})
	}
	p.X.Tick.Marker = ticks
	p.X.Min, p.X.Max = -0.6, float64(n-1)+0.6
}

// Outcomes names the outcomes on the horizontal axis of a figure drawn
// outcome by outcome (Bars, BarsOf, BarsKL, KLTerms): labels[i] is written
// under outcome i instead of its index i, and the axis is called "outcome".
// It panics with an *InputError when the figure has no outcome axis or the
// number of labels is not its number of outcomes; TryOutcomes returns it.
//
//	plots.BarsOf(plots.Named("reference", p), plots.Named("current", q)).Outcomes("0", "1-2", "3-4")
func (f Figure) Outcomes(labels ...string) Figure { return must(f.TryOutcomes(labels...)) }

// TryOutcomes is Outcomes returning its error.
func (f Figure) TryOutcomes(labels ...string) (Figure, error) {
	if f.outcomes == 0 {
		return f, &builtins.InputError{Func: "plots.Figure.Outcomes", Arg: "labels", Index: -1,
			Reason: "cannot be set: the " + f.Description + " figure has no outcome axis (Bars, BarsOf, BarsKL and KLTerms have one)"}
	}
	if len(labels) != f.outcomes {
		return f, &builtins.InputError{Func: "plots.Figure.Outcomes", Arg: "labels", Index: -1,
			Reason: fmt.Sprintf("has %d labels for %d outcomes", len(labels), f.outcomes)}
	}
	ticks := make(plot.ConstantTicks, len(labels))
	for i, l := range labels {
		ticks[i] = plot.Tick{Value: float64(i), Label: l}
	}
	f.Plot.X.Tick.Marker = ticks
	f.Plot.X.Label.Text = "outcome"
	return f, nil
}

// hgrid is a grid of horizontal lines only.
func hgrid() *plotter.Grid {
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	return g
}
