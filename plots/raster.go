package plots

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"git.sr.ht/~sbinet/gg"
	stdfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// rasterCanvas is the canvas a PNG is drawn on: gonum's vgimg canvas over
// an image kept between figures. vgimg.NewWith alone allocates the
// 1280 × 800 image, then has gg copy it into a second one; here gg draws
// straight into the pooled image.
//
// It also draws text itself where it can (see FillString), and keeps the
// current colour, which vgimg does not tell, for that.
type rasterCanvas struct {
	*vgimg.Canvas
	img    *image.RGBA
	ctx    *gg.Context
	colors []color.Color            // the current colour, and those pushed
	faces  map[faceKey]stdfont.Face // the faces of this figure's fonts, at DPI
}

type faceKey struct {
	font font.Font
	data *opentype.Font
}

// images keeps the figures' pixel buffers (4 MB each) between renders.
var images sync.Pool

// pixelSize is a figure's size in PNG pixels.
func pixelSize() (w, h int) {
	return int(math.Round(float64(Width / vg.Inch * DPI))), int(math.Round(float64(Height / vg.Inch * DPI)))
}

// newRaster returns a white canvas of Width × Height at DPI.
func newRaster() *rasterCanvas {
	w, h := pixelSize()
	img, _ := images.Get().(*image.RGBA)
	if img == nil || img.Rect != image.Rect(0, 0, w, h) {
		img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	ctx := gg.NewContextForRGBA(img)
	// What vgimg.NewWith does to a context it makes itself.
	ctx.SetLineCapButt()
	ctx.InvertY()
	// NewWith fills the image with its default background colour, white, and
	// takes the size from the image and the resolution. (It refuses
	// UseBackgroundColor beside UseImageWithContext.)
	c := vgimg.NewWith(vgimg.UseImageWithContext(img, ctx), vgimg.UseDPI(DPI))
	return &rasterCanvas{Canvas: c, img: img, ctx: ctx, colors: []color.Color{color.Black}}
}

func (c *rasterCanvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	c.Canvas.SetColor(clr)
	c.colors[len(c.colors)-1] = clr
}

func (c *rasterCanvas) Push() {
	c.Canvas.Push()
	c.colors = append(c.colors, c.colors[len(c.colors)-1])
}

func (c *rasterCanvas) Pop() {
	c.Canvas.Pop()
	c.colors = c.colors[:len(c.colors)-1]
}

// FillString draws text as vgimg does, faster and as sharp: vgimg makes a
// new font face for every string, so every glyph is rasterised anew, and
// gg then copies each glyph's mask into the image through a bilinear
// transform of generic images, a tenth of the whole figure's time. Where the
// canvas is not rotated (all text but a vertical axis label), this keeps one
// face per font for the figure and puts each glyph's mask into the image
// with image/draw at the glyph's exact pixel position, rasterised at its
// sub-pixel offset. Rotated text goes to vgimg.
func (c *rasterCanvas) FillString(fnt font.Face, pt vg.Point, str string) {
	if fnt.Font.Size == 0 {
		return
	}
	// The canvas's transform maps (x, y), y up, to pixels; upright text has
	// (1, 0) ↦ (1, 0) and (0, 1) ↦ (0, −1), with y down in the image.
	dpi := c.DPI()
	x, y := pt.X.Dots(dpi), pt.Y.Dots(dpi)
	ox, oy := c.ctx.TransformPoint(x, y)
	ux, uy := c.ctx.TransformPoint(x+1, y)
	vx, vy := c.ctx.TransformPoint(x, y+1)
	const eps = 1e-9 // the differences of transformed points round
	if math.Abs(ux-ox-1) > eps || math.Abs(uy-oy) > eps || math.Abs(vx-ox) > eps || math.Abs(vy-oy+1) > eps {
		c.Canvas.FillString(fnt, pt, str)
		return
	}
	key := faceKey{fnt.Font, fnt.Face}
	face, ok := c.faces[key]
	if !ok {
		if c.faces == nil {
			c.faces = map[faceKey]stdfont.Face{}
		}
		face = fnt.FontFace(dpi)
		c.faces[key] = face
	}
	src := image.NewUniform(c.colors[len(c.colors)-1])
	dot := fixed.Point26_6{X: fixed.Int26_6(math.Round(ox * 64)), Y: fixed.Int26_6(math.Round(oy * 64))}
	prev := rune(-1)
	for _, r := range str {
		if prev >= 0 {
			dot.X += face.Kern(prev, r)
		}
		dr, mask, maskp, advance, ok := face.Glyph(dot, r)
		if ok {
			draw.DrawMask(c.img, dr, src, image.Point{}, mask, maskp, draw.Over)
		}
		dot.X += advance
		prev = r
	}
}

// release gives the image back for the next figure; c is not to be used after.
func (c *rasterCanvas) release() {
	images.Put(c.img)
	c.img = nil
	for _, f := range c.faces {
		f.Close()
	}
}

// Fill fills a path as vgimg does, and axis-aligned rectangles (heat map
// cells, bars, backgrounds) itself: gg sends every fill through freetype's
// rasteriser and a painter that divides four times a pixel, which made a
// 40 × 40 heat map cost more than all the rest of its figure. A rectangle's
// pixels get the same coverage the rasteriser gives them, the fraction of
// the pixel's area inside it, computed exactly.
func (c *rasterCanvas) Fill(p vg.Path) {
	if !c.fillRect(p) {
		c.Canvas.Fill(p)
	}
}

// fillRect fills p if it is an axis-aligned rectangle on the image, and
// reports whether it was.
func (c *rasterCanvas) fillRect(p vg.Path) bool {
	// Move, three or four Lines (the fourth back to the start), maybe Close.
	if len(p) > 0 && p[len(p)-1].Type == vg.CloseComp {
		p = p[:len(p)-1]
	}
	if len(p) == 5 && p[4].Pos == p[0].Pos {
		p = p[:4]
	}
	if len(p) != 4 || p[0].Type != vg.MoveComp {
		return false
	}
	dpi := c.DPI()
	var px, py [4]float64
	for i, comp := range p {
		if i > 0 && comp.Type != vg.LineComp {
			return false
		}
		px[i], py[i] = c.ctx.TransformPoint(comp.Pos.X.Dots(dpi), comp.Pos.Y.Dots(dpi))
	}
	// In pixels, the sides alternate vertical and horizontal.
	vertFirst := px[0] == px[1] && py[1] == py[2] && px[2] == px[3] && py[3] == py[0]
	horizFirst := py[0] == py[1] && px[1] == px[2] && py[2] == py[3] && px[3] == px[0]
	if !vertFirst && !horizFirst {
		return false
	}
	x0, x1 := math.Min(px[0], px[2]), math.Max(px[0], px[2])
	y0, y1 := math.Min(py[0], py[2]), math.Max(py[0], py[2])
	b := c.img.Rect
	x0, x1 = math.Max(x0, float64(b.Min.X)), math.Min(x1, float64(b.Max.X))
	y0, y1 = math.Max(y0, float64(b.Min.Y)), math.Min(y1, float64(b.Max.Y))
	if !(x0 < x1 && y0 < y1) { // empty, off the image, or NaN
		return true
	}
	cr, cg, cb, ca := c.colors[len(c.colors)-1].RGBA()
	if ca == 0 {
		return true
	}
	// cover is the fraction of pixel i's span [i, i+1) inside [lo, hi).
	cover := func(i int, lo, hi float64) float64 {
		return math.Min(hi, float64(i+1)) - math.Max(lo, float64(i))
	}
	ix0, ix1 := int(math.Floor(x0)), int(math.Ceil(x1))
	for iy := int(math.Floor(y0)); iy < int(math.Ceil(y1)); iy++ {
		cy := cover(iy, y0, y1)
		row := c.img.Pix[(iy-b.Min.Y)*c.img.Stride:]
		for ix := ix0; ix < ix1; ix++ {
			cov := cy
			if ix == ix0 || ix == ix1-1 {
				cov *= cover(ix, x0, x1)
			}
			// Source over destination, 16 bits a channel, as freetype's
			// RGBAPainter, with ma the coverage.
			const m = 1<<16 - 1
			ma := uint32(cov*m + 0.5)
			d := row[(ix-b.Min.X)*4 : (ix-b.Min.X)*4+4 : (ix-b.Min.X)*4+4]
			if ma == m && ca == m {
				d[0], d[1], d[2], d[3] = uint8(cr>>8), uint8(cg>>8), uint8(cb>>8), 0xff
				continue
			}
			a := (m - ca*ma/m) * 0x101
			d[0] = uint8((uint32(d[0])*a + cr*ma) / m >> 8)
			d[1] = uint8((uint32(d[1])*a + cg*ma) / m >> 8)
			d[2] = uint8((uint32(d[2])*a + cb*ma) / m >> 8)
			d[3] = uint8((uint32(d[3])*a + ca*ma) / m >> 8)
		}
	}
	return true
}
