package kernel

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
)

// logoPNG draws the kernel's logo at size×size pixels: two overlapping
// distributions, P in blue and Q in orange (Okabe–Ito), their overlap darker
// — what every divergence measures. Jupyter shows logo-32x32.png and
// logo-64x64.png from the kernelspec's directory.
func logoPNG(size int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	blue := color.NRGBA{0x00, 0x72, 0xB2, 0xff}
	orange := color.NRGBA{0xE6, 0x9F, 0x00, 0xff}
	overlap := color.NRGBA{0x3A, 0x3A, 0x3A, 0xff}
	s := float64(size)
	r := 0.3 * s
	inside := func(x, y, cx, cy float64) bool { return math.Hypot(x-cx, y-cy) <= r }
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			x, y := float64(px)+0.5, float64(py)+0.5
			p := inside(x, y, 0.38*s, 0.5*s)
			q := inside(x, y, 0.62*s, 0.5*s)
			switch {
			case p && q:
				img.SetNRGBA(px, py, overlap)
			case p:
				img.SetNRGBA(px, py, blue)
			case q:
				img.SetNRGBA(px, py, orange)
			}
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img) // writing to memory cannot fail
	return b.Bytes()
}
