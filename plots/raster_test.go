package plots

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The raster canvas's own rectangles and text come out as vgimg draws them
// through gg: every channel of every pixel within a few levels (rounding of
// coverage), on rectangles at fractional positions, translucent ones, and
// text at fractional positions.
func TestRasterCanvasAsVgimg(t *testing.T) {
	paint := func(fast bool) *image.RGBA {
		c := newRaster()
		var cv vg.CanvasSizer = c
		if !fast {
			cv = c.Canvas // vgimg's own Fill and FillString
		}
		rng := rand.New(rand.NewPCG(9, 10))
		for range 200 {
			x, y := vg.Length(rng.Float64()*470), vg.Length(rng.Float64()*290)
			w, h := vg.Length(rng.Float64()*60), vg.Length(rng.Float64()*60)
			cv.SetColor(color.NRGBA{uint8(rng.Uint32()), uint8(rng.Uint32()), uint8(rng.Uint32()), []uint8{255, 255, 128}[rng.IntN(3)]})
			var p vg.Path
			p.Move(vg.Point{X: x, Y: y})
			p.Line(vg.Point{X: x + w, Y: y})
			p.Line(vg.Point{X: x + w, Y: y + h})
			p.Line(vg.Point{X: x, Y: y + h})
			p.Close()
			cv.Fill(p)
		}
		cv.SetColor(color.Black)
		dc := draw.New(cv)
		for range 50 {
			st := text.Style{Font: font.From(sans, 9), Handler: &text.Plain{Fonts: font.DefaultCache}, Color: color.Black}
			dc.FillText(st, vg.Point{X: vg.Length(rng.Float64() * 400), Y: vg.Length(rng.Float64() * 280)}, "KL(P ‖ Q) = 0.0305 nats")
		}
		img := image.NewRGBA(c.img.Rect)
		copy(img.Pix, c.img.Pix)
		c.release()
		return img
	}
	fast, slow := paint(true), paint(false)
	bad := 0
	for i := range fast.Pix {
		d := int(fast.Pix[i]) - int(slow.Pix[i])
		if d > 4 || d < -4 {
			bad++
		}
	}
	// Text: gg resamples each glyph with a bilinear filter where its
	// position has a fraction of a pixel; the fast path rasterises the glyph
	// there instead, so edges of glyphs differ a little.
	if frac := float64(bad) / float64(len(fast.Pix)); frac > 0.002 {
		t.Errorf("%.3f%% of the channels differ by more than 4 levels from vgimg's drawing", 100*frac)
	}
}
