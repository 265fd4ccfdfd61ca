package plots

import (
	"image"
	"math"
	"sync"

	"git.sr.ht/~sbinet/gg"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// rasterCanvas is the canvas a PNG is drawn on: gonum's vgimg canvas over
// an image kept between figures. vgimg.NewWith alone allocates the
// 1280 × 800 image, then has gg copy it into a second one; here gg draws
// straight into the pooled image.
type rasterCanvas struct {
	*vgimg.Canvas
	img *image.RGBA
	ctx *gg.Context
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
	return &rasterCanvas{Canvas: c, img: img, ctx: ctx}
}

// release gives the image back for the next figure; c is not to be used after.
func (c *rasterCanvas) release() {
	images.Put(c.img)
	c.img = nil
}
