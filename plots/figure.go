// Package plots draws the pictures of information theory on gonum/plot:
// distributions side by side, the terms of a KL sum, the identity
// H(P, Q) = H(P) + KL(P‖Q), the binary-entropy curve, KL's asymmetry,
// forward against reverse KL, JS against KL, two normals and their KL.
//
// Each figure is one call that takes plain slices or numbers and returns a
// Figure, which renders itself to PNG (at twice the pixel density, for
// sharp notebook and terminal images) and to SVG, in memory:
//
//	f := plots.KLTerms(p, q)
//	png, err := f.PNG()
//	svg, err := f.SVG()
//
// A divergo session shows a Figure (or a *plot.Plot) that ends a cell: as an
// image in a notebook, as a PNG file (and inline, where the terminal can) in
// the REPL.
//
// # Two forms of every figure
//
// As in package builtins, each figure has an interactive form that returns
// the Figure and panics with a *builtins.InputError on bad input, and a twin
// whose name starts with Try that returns the error instead:
//
//	plots.KLTerms(p, q)      // Figure; panics with *builtins.InputError
//	plots.TryKLTerms(p, q)   // (Figure, error)
//
// The distributions are checked by the builtins' Try functions, so the
// error is theirs, with the figure's name: "plots.KLTerms: q[2] = -0.1 is
// negative". Values that come out infinite (KL where q = 0 and p > 0) are
// drawn as a mark at the top of the axis and explained in a note under the
// plot, never dropped in silence.
//
// # Style
//
// Series take their colours from the Okabe–Ito palette, which readers with
// the common colour-vision deficiencies tell apart, and each series has its
// own dash pattern (its outline, for bars), so that a figure also reads when
// printed in grey. Axis labels carry units: information in nats unless a
// figure is given another builtins.Unit (the binary-entropy and information
// content curves default to bits).
package plots

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strings"

	stdfnt "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// The size of a figure: 480 × 300 points, which a notebook shows as
// 640 × 400 pixels (about 17 × 10.6 cm); PNGs carry twice as many pixels.
const (
	Width  = vg.Length(480)
	Height = vg.Length(300)
	// PixelDensity is the PNG's pixels per display pixel.
	PixelDensity = 2
	// DPI is the PNG's resolution: 96 display pixels per inch, times
	// PixelDensity.
	DPI = 96 * PixelDensity
)

// Figure is a figure ready to render: a gonum plot (or several side by
// side), its legend, drawn beside the data so that it never hides any, and
// notes written under it. Plot may be changed before rendering (titles,
// axis ranges, more plotters).
type Figure struct {
	// Plot is the figure's plot; for figures of several panels, the first.
	Plot *plot.Plot
	// Description names the figure in a few words: "KL terms".
	Description string
	// Notes are lines written under the plot: what an infinite value or a
	// clipped axis means.
	Notes []string

	legend   *plot.Legend // drawn in a strip on the right; nil: none
	panels   []panel      // several plots side by side; nil: Plot alone
	series   []Style      // the styles of the data series, in legend order
	outcomes int          // the number of outcomes on the horizontal axis; 0: no such axis
}

// panel is one plot of a figure of several, with its share of the width;
// or the colour bar of the plot before it, as wide as it needs.
type panel struct {
	p     *plot.Plot
	share float64
	bar   *colorBar
}

// FromPlot wraps a plot built by hand as a Figure, described by its title.
func FromPlot(p *plot.Plot) Figure {
	d := "plot"
	if p != nil && strings.TrimSpace(p.Title.Text) != "" {
		d = strings.Join(strings.Fields(p.Title.Text), " ")
	}
	return Figure{Plot: p, Description: d}
}

// Size returns the figure's size as a notebook shows it, in display pixels
// (the PNG has PixelDensity times as many in each direction).
func (f Figure) Size() (w, h int) {
	return int(math.Round(float64(Width/vg.Inch) * 96)), int(math.Round(float64(Height/vg.Inch) * 96))
}

// String describes the figure: "<figure: KL terms, 640×400 PNG at 2×>".
func (f Figure) String() string {
	w, h := f.Size()
	return fmt.Sprintf("<figure: %s, %d×%d PNG at %d×>", f.Description, w, h, PixelDensity)
}

// PNG renders the figure as a PNG image of Width × Height at DPI.
func (f Figure) PNG() ([]byte, error) {
	if f.Plot == nil && len(f.panels) == 0 {
		return nil, fmt.Errorf("plots: figure %q has no plot", f.Description)
	}
	c := newRaster()
	defer c.release()
	if err := f.draw(draw.New(c), true); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := encodePNG(&b, c.img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// SVG renders the figure as an SVG document of Width × Height.
func (f Figure) SVG() ([]byte, error) {
	if f.Plot == nil && len(f.panels) == 0 {
		return nil, fmt.Errorf("plots: figure %q has no plot", f.Description)
	}
	c := vgsvg.New(Width, Height)
	if err := f.draw(draw.New(c), false); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// draw lays the figure out on c: notes at the bottom, the legend in a
// strip on the right, the plot or panels in the rest. On a raster canvas,
// which starts white, plots with a white background leave it out: filling
// the whole figure with white again cost a tenth of a PNG's time.
func (f Figure) draw(c draw.Canvas, raster bool) (err error) {
	defer func() {
		if r := recover(); r != nil { // gonum/plot panics on some degenerate input
			err = fmt.Errorf("plots: drawing %s: %v", f.Description, r)
		}
	}()
	if len(f.Notes) > 0 {
		st := noteStyle()
		lh := st.Height("Xg") * 1.25
		h := lh*vg.Length(len(f.Notes)) + 6
		for i, n := range f.Notes {
			y := c.Min.Y + 4 + lh*vg.Length(len(f.Notes)-1-i)
			c.FillText(st, vg.Point{X: c.Min.X + 8, Y: y}, n)
		}
		c = draw.Crop(c, 0, 0, h, 0)
	}
	pl := f.Plot
	if f.legend != nil && len(f.panels) == 0 && pl.Title.Text != "" {
		// The title spans the whole figure, legend strip included.
		th := titleHeight(pl)
		st := pl.Title.TextStyle
		st.XAlign, st.YAlign = draw.XCenter, draw.YTop
		c.FillText(st, vg.Point{X: c.Center().X, Y: c.Max.Y}, pl.Title.Text)
		c = draw.Crop(c, 0, 0, 0, -th)
		untitled := *pl
		untitled.Title.Text = ""
		pl = &untitled
	}
	if f.legend != nil {
		l := *f.legend
		r := l.Rectangle(c)
		w := r.Size().X + 22
		strip := draw.Crop(c, c.Size().X-w, 0, 0, 0)
		c = draw.Crop(c, 0, -w, 0, 0)
		l.Top, l.Left = true, true
		l.XOffs = 8
		if len(f.panels) > 0 {
			l.YOffs = -titleHeight(f.first()) - 4
		}
		l.Draw(strip)
	}
	if len(f.panels) == 0 {
		onWhite(pl, raster).Draw(c)
		return nil
	}
	total := 0.0
	full := c.Size().X
	for _, p := range f.panels {
		if p.bar != nil {
			full -= p.bar.width()
		} else {
			total += p.share
		}
	}
	x := c.Min.X
	var data draw.Canvas // the data area of the last plot drawn
	for _, p := range f.panels {
		sub := c
		if p.bar != nil {
			w := p.bar.width()
			sub.Min.X, sub.Max.X = x, x+w
			p.bar.draw(sub, data.Min.Y, data.Max.Y)
			x += w
			continue
		}
		w := full * vg.Length(p.share/total)
		sub.Min.X, sub.Max.X = x, x+w
		onWhite(p.p, raster).Draw(sub)
		data = p.p.DataCanvas(sub)
		x += w
	}
	return nil
}

// onWhite returns p, or on a raster canvas a copy of p without its
// background when that is opaque white.
func onWhite(p *plot.Plot, raster bool) *plot.Plot {
	if !raster || p.BackgroundColor == nil {
		return p
	}
	if r, g, b, a := p.BackgroundColor.RGBA(); r&g&b&a != 0xffff {
		return p
	}
	bare := *p
	bare.BackgroundColor = nil
	return &bare
}

func (f Figure) first() *plot.Plot {
	if len(f.panels) > 0 {
		return f.panels[0].p
	}
	return f.Plot
}

// titleHeight is the height the plot's title takes at its top.
func titleHeight(p *plot.Plot) vg.Length {
	if p == nil || p.Title.Text == "" {
		return 0
	}
	return p.Title.TextStyle.Height(p.Title.Text) + p.Title.Padding
}

// Style is how one data series is drawn: its colour and dash pattern.
type Style struct {
	Color  color.RGBA
	Dashes []vg.Length
}

// okabeIto is the Okabe–Ito palette in the order series take it: dark and
// light alternate, so that neighbours also differ in grey.
var okabeIto = []color.RGBA{
	{0x00, 0x72, 0xB2, 0xff}, // blue
	{0xE6, 0x9F, 0x00, 0xff}, // orange
	{0x00, 0x9E, 0x73, 0xff}, // bluish green
	{0xCC, 0x79, 0xA7, 0xff}, // reddish purple
	{0xD5, 0x5E, 0x00, 0xff}, // vermillion
	{0x56, 0xB4, 0xE9, 0xff}, // sky blue
	{0x00, 0x00, 0x00, 0xff}, // black
	{0xF0, 0xE4, 0x42, 0xff}, // yellow
}

// dashes are the series' dash patterns, one per palette entry.
var dashes = [][]vg.Length{
	nil,
	{vg.Points(6), vg.Points(3)},
	{vg.Points(1.5), vg.Points(2)},
	{vg.Points(6), vg.Points(2), vg.Points(1.5), vg.Points(2)},
	{vg.Points(10), vg.Points(3)},
	{vg.Points(3), vg.Points(3)},
	{vg.Points(10), vg.Points(2), vg.Points(2), vg.Points(2), vg.Points(2), vg.Points(2)},
	{vg.Points(1), vg.Points(4)},
}

// SeriesStyle returns the style of the i-th series of a figure. Beyond
// eight series the colours repeat, with the dashes shifted.
func SeriesStyle(i int) Style {
	n := len(okabeIto)
	return Style{Color: okabeIto[i%n], Dashes: dashes[(i+i/n)%n]}
}

// Series returns the styles of the figure's data series, in legend order.
func (f Figure) Series() []Style { return append([]Style(nil), f.series...) }

// line is a series' line style.
func (s Style) line(width vg.Length) draw.LineStyle {
	return draw.LineStyle{Color: s.Color, Width: width, Dashes: s.Dashes}
}

// outline is the dark outline of a bar of the series, in its dash.
func (s Style) outline() draw.LineStyle {
	return draw.LineStyle{Color: color.RGBA{0x20, 0x20, 0x20, 0xff}, Width: vg.Points(1.2), Dashes: s.Dashes}
}

// Luminance is the series colour's relative luminance (0 black, 1 white),
// what remains of it in grey.
func (s Style) Luminance() float64 {
	lin := func(c uint8) float64 {
		v := float64(c) / 255
		if v <= 0.04045 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(s.Color.R) + 0.7152*lin(s.Color.G) + 0.0722*lin(s.Color.B)
}

var (
	sans     = font.Font{Typeface: "Liberation", Variant: "Sans"}
	sansBold = font.Font{Typeface: "Liberation", Variant: "Sans", Weight: stdfnt.WeightBold}
)

// New returns an empty gonum plot in the style of this package's figures
// (sans-serif title, labels and ticks at their sizes), for building a figure
// by hand: add gonum plotters to it (plotter.NewLine, …, styled with
// SeriesStyle(i) to match the other figures) and end the cell with it, or
// wrap it with FromPlot.
//
//	p := plots.New("Mean NLL", "θ", "nats")
//	line, _ := plotter.NewLine(points)
//	line.Color = plots.SeriesStyle(0).Color
//	p.Add(line)
//	p
func New(title, xlabel, ylabel string) *plot.Plot { return newPlot(title, xlabel, ylabel) }

// newPlot returns a plot in the figures' style.
func newPlot(title, xlabel, ylabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sansBold, 12)
	p.Title.Padding = vg.Points(6)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, 10.5)
		a.Tick.Label.Font = font.From(sans, 9)
		a.Label.Padding = vg.Points(4)
	}
	p.X.Label.Text = xlabel
	p.Y.Label.Text = ylabel
	p.Legend.TextStyle.Font = font.From(sans, 9.5)
	return p
}

// newLegend returns an empty legend in the figures' style.
func newLegend() *plot.Legend {
	l := plot.NewLegend()
	l.TextStyle.Font = font.From(sans, 9.5)
	l.ThumbnailWidth = vg.Points(22)
	l.Padding = vg.Points(4)
	return &l
}

func noteStyle() draw.TextStyle {
	st := plot.New().Title.TextStyle
	st.Font = font.From(sans, 8.5)
	st.Color = color.RGBA{0x40, 0x40, 0x40, 0xff}
	st.XAlign, st.YAlign = draw.XLeft, draw.YBottom
	return st
}
