package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
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
