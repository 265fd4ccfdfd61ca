package plots

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"math"
	"runtime"
	"sync"
)

// encodePNG writes an opaque RGBA image as an 8-bit RGB PNG, faster than
// image/png for figures: every row uses the Up filter (image/png tries all
// five per row, which costs more than the compression it buys on flat
// figure backgrounds) and the deflate runs at BestSpeed. The alpha channel
// is dropped: figures are drawn on white.
//
// The rows are compressed in up to encodeParts bands at once, each by its
// own deflate writer, as pigz does: every band but the last ends with a sync
// flush (an empty stored block, not final), so the bands' deflate streams
// joined one after the other are one valid stream. The Adler-32 checksum of
// the whole is combined from the bands' own. A band's deflate cannot refer
// back into the band before it, which costs a few hundred bytes a figure.
func encodePNG(w io.Writer, img *image.RGBA) error {
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // bit depth 8, colour type RGB
	writeChunk(&out, "IHDR", ihdr[:])
	// pHYs: the resolution, DPI in pixels per metre, so that a viewer (and
	// display.PNG) shows the figure at its size, not PixelDensity times it.
	var phys [9]byte
	ppm := uint32(math.Round(DPI / 0.0254))
	binary.BigEndian.PutUint32(phys[0:], ppm)
	binary.BigEndian.PutUint32(phys[4:], ppm)
	phys[8] = 1 // unit: metre
	writeChunk(&out, "pHYs", phys[:])

	parts := min(encodeParts, runtime.GOMAXPROCS(0), max(1, height/64))
	bands := make([]band, parts)
	var wg sync.WaitGroup
	for i := range bands {
		bands[i].y0, bands[i].y1 = height*i/parts, height*(i+1)/parts
		bands[i].last = i == parts-1
		wg.Add(1)
		go func(bd *band) {
			defer wg.Done()
			bd.encode(img)
		}(&bands[i])
	}
	wg.Wait()

	// zlib: a header (deflate, 32 KB window, fastest), the deflate stream,
	// the Adler-32 of the filtered rows.
	var data bytes.Buffer
	data.Write([]byte{0x78, 0x01})
	sum := uint32(1) // the Adler-32 of nothing
	for i := range bands {
		bd := &bands[i]
		if bd.err != nil {
			return bd.err
		}
		data.Write(bd.out.Bytes())
		sum = adler32Combine(sum, bd.sum, bd.n)
		bd.release()
	}
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], sum)
	data.Write(tail[:])
	writeChunk(&out, "IDAT", data.Bytes())
	writeChunk(&out, "IEND", nil)
	_, err := w.Write(out.Bytes())
	return err
}

// encodeParts is the most bands encodePNG compresses at once.
const encodeParts = 4

// band is the rows y0 … y1−1 of an image, filtered and deflated.
type band struct {
	y0, y1 int
	last   bool // the image's last band: its deflate stream is closed

	out *bytes.Buffer // the raw deflate stream
	sum uint32        // the Adler-32 of the filtered rows
	n   int64         // their length in bytes
	zw  *flate.Writer
	err error
}

// deflaters keeps deflate writers (about 1 MB of state each) between figures.
var deflaters sync.Pool

func (bd *band) encode(img *image.RGBA) {
	b := img.Bounds()
	width := b.Dx()
	bd.out = new(bytes.Buffer)
	if zw, ok := deflaters.Get().(*flate.Writer); ok {
		zw.Reset(bd.out)
		bd.zw = zw
	} else {
		bd.zw, bd.err = flate.NewWriter(bd.out, flate.BestSpeed)
		if bd.err != nil {
			return
		}
	}
	h := adler32.New()
	row := make([]byte, 1+3*width)
	row[0] = 2 // Up
	rowAt := func(y int) []byte {
		i := (y+b.Min.Y-img.Rect.Min.Y)*img.Stride + (b.Min.X-img.Rect.Min.X)*4
		return img.Pix[i : i+4*width]
	}
	zero := make([]byte, 4*width) // the row above the first is all 0
	for y := bd.y0; y < bd.y1; y++ {
		cur, prev := rowAt(y), zero
		if y > 0 {
			prev = rowAt(y - 1)
		}
		upFilter(row[1:], cur, prev)
		h.Write(row)
		if _, err := bd.zw.Write(row); err != nil {
			bd.err = err
			return
		}
	}
	bd.n = int64(bd.y1-bd.y0) * int64(len(row))
	bd.sum = h.Sum32()
	if bd.last {
		bd.err = bd.zw.Close()
	} else {
		bd.err = bd.zw.Flush()
	}
}

func (bd *band) release() {
	if bd.zw != nil {
		deflaters.Put(bd.zw)
		bd.zw = nil
	}
}

// upFilter writes the RGB bytes of the RGBA row cur, less those of the row
// prev above it (PNG's Up filter), to dst: 3 bytes a pixel.
func upFilter(dst, cur, prev []byte) {
	n := len(cur) / 4
	dst, prev = dst[:3*n], prev[:4*n]
	for x := 0; x < n; x++ {
		c, p, d := cur[4*x:4*x+3:4*x+3], prev[4*x:4*x+3:4*x+3], dst[3*x:3*x+3:3*x+3]
		d[0], d[1], d[2] = c[0]-p[0], c[1]-p[1], c[2]-p[2]
	}
}

// adler32Combine returns the Adler-32 of the bytes of a followed by the n
// bytes of b, from their checksums: with A = 1 + Σ bytes and B = Σ of the
// running A's (both mod 65521), A(ab) = A(a) + A(b) − 1 and
// B(ab) = B(a) + B(b) + n·(A(a) − 1).
func adler32Combine(a, b uint32, n int64) uint32 {
	const mod = 65521
	aA, aB := uint64(a&0xffff), uint64(a>>16)
	bA, bB := uint64(b&0xffff), uint64(b>>16)
	rem := uint64(n % mod)
	A := (aA + bA + mod - 1) % mod
	B := (aB + bB + rem*((aA+mod-1)%mod)) % mod
	return uint32(B<<16 | A)
}

func writeChunk(w *bytes.Buffer, typ string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	io.WriteString(crc, typ)
	crc.Write(data)
	w.WriteString(typ)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}
