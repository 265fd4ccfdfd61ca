package plots

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/png"
	"math/rand/v2"
	"runtime"
	"testing"
)

// encodePNG's bands decode as one image, pixel for pixel, whatever the
// number of bands, on images of odd sizes and of mostly flat colour.
func TestEncodePNGRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 3, 8} {
		runtime.GOMAXPROCS(procs)
		for _, size := range []image.Point{{1, 1}, {3, 200}, {257, 129}, {640, 400}} {
			img := image.NewRGBA(image.Rect(0, 0, size.X, size.Y))
			for i := range img.Pix {
				img.Pix[i] = 0xff
				if i%4 != 3 && rng.IntN(7) == 0 {
					img.Pix[i] = uint8(rng.Uint32())
				}
			}
			var b bytes.Buffer
			if err := encodePNG(&b, img); err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(&b)
			if err != nil {
				t.Fatalf("%d processors, %v: %v", procs, size, err)
			}
			for y := 0; y < size.Y; y++ {
				for x := 0; x < size.X; x++ {
					r1, g1, b1, _ := got.At(x, y).RGBA()
					r2, g2, b2, _ := img.At(x, y).RGBA()
					if r1 != r2 || g1 != g2 || b1 != b2 {
						t.Fatalf("%d processors, %v: pixel (%d, %d) is %v, want %v", procs, size, x, y, got.At(x, y), img.At(x, y))
					}
				}
			}
		}
	}
}

func TestAdler32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 100, 70000, 300000} {
		a, b := make([]byte, rng.IntN(100000)), make([]byte, n)
		for i := range a {
			a[i] = uint8(rng.Uint32())
		}
		for i := range b {
			b[i] = uint8(rng.Uint32())
		}
		want := adler32.Checksum(append(append([]byte(nil), a...), b...))
		if got := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), int64(len(b))); got != want {
			t.Errorf("len %d + %d: %08x, want %08x", len(a), len(b), got, want)
		}
	}
}
