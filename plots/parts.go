package plots

import (
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The plotters of the figures, beside gonum's: bars whose width is in data
// units (so groups of any size never overlap), marks for values that are
// not finite, and text at a data point.

// bars draws one series of bars: bar i spans x[i] ± width/2 and
// base[i] … base[i]+h[i]. Bars whose height is not finite are left out
// (a mark plotter shows them).
type bars struct {
	x, base, h []float64
	width      float64
	style      Style
}

func (b *bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for i, h := range b.h {
		if math.IsNaN(h) || math.IsInf(h, 0) {
			continue
		}
		y0 := 0.0
		if b.base != nil {
			y0 = b.base[i]
		}
		x0, x1 := trX(b.x[i]-b.width/2), trX(b.x[i]+b.width/2)
		ya, yb := trY(y0), trY(y0+h)
		pts := []vg.Point{{X: x0, Y: ya}, {X: x0, Y: yb}, {X: x1, Y: yb}, {X: x1, Y: ya}, {X: x0, Y: ya}}
		c.FillPolygon(b.style.Color, c.ClipPolygonXY(pts))
		c.StrokeLines(b.style.outline(), c.ClipLinesXY(pts)...)
	}
}

func (b *bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax, ymin, ymax = math.Inf(1), math.Inf(-1), 0, 0
	for i, h := range b.h {
		xmin = math.Min(xmin, b.x[i]-b.width/2)
		xmax = math.Max(xmax, b.x[i]+b.width/2)
		if math.IsNaN(h) || math.IsInf(h, 0) {
			continue
		}
		y0 := 0.0
		if b.base != nil {
			y0 = b.base[i]
		}
		ymin = math.Min(ymin, math.Min(y0, y0+h))
		ymax = math.Max(ymax, math.Max(y0, y0+h))
	}
	return
}

func (b *bars) Thumbnail(c *draw.Canvas) {
	pts := []vg.Point{
		{X: c.Min.X, Y: c.Min.Y}, {X: c.Min.X, Y: c.Max.Y},
		{X: c.Max.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Min.Y}, {X: c.Min.X, Y: c.Min.Y},
	}
	c.FillPolygon(b.style.Color, c.ClipPolygonXY(pts))
	c.StrokeLines(b.style.outline(), pts)
}

// marks draws, at each x, a mark at the top of the data area for a value
// that is +Inf (an upward triangle, "+∞"), or at the bottom for NaN
// ("NaN"): values that have no place on the axis but must be seen.
type marks struct {
	x     []float64
	value []float64
	color color.Color
}

func (m *marks) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	st := textStyle(9, m.color)
	st.XAlign = draw.XCenter
	for i, x := range m.x {
		v := m.value[i]
		px := trX(x)
		if px < c.Min.X-1 || px > c.Max.X+1 {
			continue
		}
		var y vg.Length
		var label string
		shape := draw.GlyphStyle{Color: m.color, Radius: vg.Points(4.5), Shape: draw.PyramidGlyph{}}
		switch {
		case math.IsInf(v, 1):
			y, label = c.Max.Y-vg.Points(6), "+∞"
			st.YAlign = draw.YTop
			c.DrawGlyphNoClip(shape, vg.Point{X: px, Y: y})
			c.FillText(st, vg.Point{X: px, Y: y - vg.Points(6)}, label)
		case math.IsInf(v, -1):
			y, label = c.Min.Y+vg.Points(6), "−∞"
			st.YAlign = draw.YBottom
			shape.Shape = draw.CrossGlyph{}
			c.DrawGlyphNoClip(shape, vg.Point{X: px, Y: y})
			c.FillText(st, vg.Point{X: px, Y: y + vg.Points(6)}, label)
		default: // NaN
			y, label = c.Min.Y+vg.Points(6), "NaN"
			st.YAlign = draw.YBottom
			shape.Shape = draw.CrossGlyph{}
			c.DrawGlyphNoClip(shape, vg.Point{X: px, Y: y})
			c.FillText(st, vg.Point{X: px, Y: y + vg.Points(6)}, label)
		}
	}
}

func (m *marks) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	for _, x := range m.x {
		xmin, xmax = math.Min(xmin, x), math.Max(xmax, x)
	}
	return xmin, xmax, math.Inf(1), math.Inf(-1)
}

// label is text at a data point, aligned by (dx, dy) ∈ [-1, 0] as
// draw.TextStyle's XAlign and YAlign, and moved by off points.
type label struct {
	x, y   float64
	text   string
	xalign draw.XAlignment
	yalign draw.YAlignment
	off    vg.Point
	size   vg.Length
}

func (l *label) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	size := l.size
	if size == 0 {
		size = 9
	}
	st := textStyle(size, color.RGBA{0x20, 0x20, 0x20, 0xff})
	st.XAlign, st.YAlign = l.xalign, l.yalign
	pt := vg.Point{X: trX(l.x) + l.off.X, Y: trY(l.y) + l.off.Y}
	c.FillText(st, pt, l.text)
}

// hline is a horizontal line across the data area at y.
type hline struct {
	y     float64
	style draw.LineStyle
}

func (h *hline) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	y := trY(h.y)
	if y < c.Min.Y || y > c.Max.Y {
		return
	}
	c.StrokeLine2(h.style, c.Min.X, y, c.Max.X, y)
}

func (h *hline) DataRange() (xmin, xmax, ymin, ymax float64) {
	return math.Inf(1), math.Inf(-1), h.y, h.y
}

func (h *hline) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(h.style, c.Min.X, y, c.Max.X, y)
}

// glyphThumb is a legend thumbnail of one glyph.
type glyphThumb struct{ style draw.GlyphStyle }

func (g glyphThumb) Thumbnail(c *draw.Canvas) { c.DrawGlyph(g.style, c.Center()) }

func textStyle(size vg.Length, col color.Color) draw.TextStyle {
	st := plot.New().Title.TextStyle
	st.Font = font.From(sans, size)
	st.Color = col
	return st
}

// curve is a line through points, broken where y is not finite; it returns
// the line plotters (one per finite run) and the x of the points left out.
func curve(xs, ys []float64, style draw.LineStyle) (lines []*plotter.Line, bad []float64, badY []float64) {
	var run plotter.XYs
	flush := func() {
		if len(run) > 0 {
			l := &plotter.Line{XYs: run, LineStyle: style}
			lines = append(lines, l)
			run = nil
		}
	}
	for i, y := range ys {
		if math.IsNaN(y) || math.IsInf(y, 0) {
			flush()
			bad, badY = append(bad, xs[i]), append(badY, y)
			continue
		}
		run = append(run, plotter.XY{X: xs[i], Y: y})
	}
	flush()
	return lines, bad, badY
}

// niceTicks are ticks at the multiples of a round step (1, 2 or 5 times a
// power of ten) that fall in the axis's range, labelled every one, with an
// unlabelled tick between: zero is one of them whenever the range holds it
// (gonum's default ticks may skip it: -0.175, -0.075, 0.025).
type niceTicks struct{}

func (niceTicks) Ticks(min, max float64) []plot.Tick {
	if !(max > min) || math.IsInf(min, 0) || math.IsInf(max, 0) {
		return plot.DefaultTicks{}.Ticks(min, max)
	}
	step := niceStep((max - min) / 5)
	decimals := max0(-int(math.Floor(math.Log10(step) + 1e-9)))
	var ticks []plot.Tick
	lo, hi := int64(math.Ceil(min/step*2-1e-9)), int64(math.Floor(max/step*2+1e-9))
	for k := lo; k <= hi; k++ {
		v := float64(k) * step / 2
		if k%2 != 0 {
			ticks = append(ticks, plot.Tick{Value: v})
			continue
		}
		label := strconv.FormatFloat(v, 'f', decimals, 64)
		if v == 0 {
			label = "0"
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: label})
	}
	return ticks
}

// niceStep is the smallest of 1, 2 and 5 times a power of ten that is at
// least x.
func niceStep(x float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= x*(1-1e-9) {
			return m * p
		}
	}
	return 10 * p
}

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

// colorBar is the key of a heat map, drawn as a panel of its own beside
// the map: a bar of the colour map's colours as high as the map's data
// area, ticks and their values on its right, and the label (the unit)
// turned along its right side, so that nothing of it crosses into the
// next panel or past the figure's edge (gonum's ColorBar in a plot of a
// fixed share of the width put its axis on the left, against the map
// before it, and its bar shrank to nothing when the tick labels were wide).
type colorBar struct {
	cm    palette.ColorMap
	label string
	tick  draw.TextStyle // the tick labels' style
	text  draw.TextStyle // the label's style
	line  draw.LineStyle
}

const (
	barGap    = vg.Length(10) // before the bar
	barWidth  = vg.Length(13)
	barTick   = vg.Length(4)
	barMargin = vg.Length(16) // after the label, before the next panel
)

func newColorBar(cm palette.ColorMap, label string, like *plot.Plot) *colorBar {
	tick := like.Y.Tick.Label
	tick.XAlign, tick.YAlign = draw.XLeft, draw.YCenter
	text := like.Y.Label.TextStyle
	text.Rotation = math.Pi / 2 // read upwards, as the y axes
	text.XAlign, text.YAlign = draw.XCenter, draw.YTop
	return &colorBar{cm: cm, label: label, tick: tick, text: text, line: like.Y.LineStyle}
}

func (b *colorBar) ticks() []plot.Tick { return niceTicks{}.Ticks(b.cm.Min(), b.cm.Max()) }

// width is the width the bar's panel takes.
func (b *colorBar) width() vg.Length {
	w := vg.Length(0)
	for _, t := range b.ticks() {
		if t.Label != "" {
			w = vg.Length(math.Max(float64(w), float64(b.tick.Width(t.Label))))
		}
	}
	return barGap + barWidth + barTick + 3 + w + 6 + b.text.Height(b.label) + barMargin
}

// draw draws the bar in c, spanning y0…y1 (the map's data area).
func (b *colorBar) draw(c draw.Canvas, y0, y1 vg.Length) {
	x0 := c.Min.X + barGap
	x1 := x0 + barWidth
	const n = 128
	lo, hi := b.cm.Min(), b.cm.Max()
	h := (y1 - y0) / n
	for i := 0; i < n; i++ {
		col, err := b.cm.At(lo + (hi-lo)*(float64(i)+0.5)/n)
		if err != nil {
			continue
		}
		ya := y0 + h*vg.Length(i)
		yb := ya + h + 0.3 // a hair over, so that no seam shows between stripes
		if i == n-1 {
			yb = y1
		}
		c.FillPolygon(col, []vg.Point{{X: x0, Y: ya}, {X: x1, Y: ya}, {X: x1, Y: yb}, {X: x0, Y: yb}})
	}
	c.StrokeLines(b.line, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}, {X: x0, Y: y0}})
	lw := vg.Length(0)
	for _, t := range b.ticks() {
		y := y0 + (y1-y0)*vg.Length((t.Value-lo)/(hi-lo))
		l := barTick
		if t.Label == "" {
			l = barTick / 2
		}
		c.StrokeLine2(b.line, x1, y, x1+l, y)
		if t.Label != "" {
			c.FillText(b.tick, vg.Point{X: x1 + barTick + 3, Y: y}, t.Label)
			lw = vg.Length(math.Max(float64(lw), float64(b.tick.Width(t.Label))))
		}
	}
	c.FillText(b.text, vg.Point{X: x1 + barTick + 3 + lw + 6, Y: (y0 + y1) / 2}, b.label)
}
