// Package display holds what a cell shows besides text: bundles of
// MIME-typed representations (display.Data, the shape gophernotes uses and
// Jupyter expects) and display.Table, one table type rendered as text,
// Markdown, CSV, HTML and JSON.
//
// The API follows gophernotes' display package so that notebooks written for
// it run unchanged: MakeData, HTML, Markdown, Latex, Math, PNG, SVG, JSON,
// Any, Auto, Image and the MIME constants. divergo adds a short text/plain for
// binary payloads ("<image/png 1234 bytes>") instead of a decimal dump.
package display

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"net/http"
	"os"
	"strings"
)

// MIME types of the representations a bundle may hold.
const (
	MIMETypeHTML       = "text/html"
	MIMETypeJavaScript = "application/javascript"
	MIMETypeJPEG       = "image/jpeg"
	MIMETypeJSON       = "application/json"
	MIMETypeLatex      = "text/latex"
	MIMETypeMarkdown   = "text/markdown"
	MIMETypePNG        = "image/png"
	MIMETypePDF        = "application/pdf"
	MIMETypeSVG        = "image/svg+xml"
	MIMETypeText       = "text/plain"
)

// MIMEMap maps a MIME type to a representation: a string for text/* and
// image/svg+xml, []byte for image/png, image/jpeg and application/pdf,
// map[string]any for application/json.
type MIMEMap = map[string]any

// Data is a display bundle: representations by MIME type, their metadata,
// and transient fields (such as "display_id") that are not stored in a
// notebook. It is an alias of an unnamed struct type, as in gophernotes, so
// that other packages can build one without importing this one.
type Data = struct {
	Data      MIMEMap
	Metadata  MIMEMap
	Transient MIMEMap
}

// Interfaces a value may implement to choose its own representations.
// They are aliases so that a type satisfies them without importing display.
type (
	Renderer       = interface{ Render() Data }
	SimpleRenderer = interface{ SimpleRender() MIMEMap }
	HTMLer         = interface{ HTML() string }
	JavaScripter   = interface{ JavaScript() string }
	JPEGer         = interface{ JPEG() []byte }
	JSONer         = interface{ JSON() map[string]any }
	Latexer        = interface{ Latex() string }
	Markdowner     = interface{ Markdown() string }
	PNGer          = interface{ PNG() []byte }
	PDFer          = interface{ PDF() []byte }
	SVGer          = interface{ SVG() string }
)

// placeholder is the short text/plain of a payload that is not text.
func placeholder(mimeType string, data any) string {
	switch d := data.(type) {
	case []byte:
		return fmt.Sprintf("<%s %d bytes>", mimeType, len(d))
	case string:
		if !strings.HasPrefix(mimeType, "text/") {
			return fmt.Sprintf("<%s %d bytes>", mimeType, len(d))
		}
		return d
	case map[string]any:
		// JSON data reads as indented JSON where only text shows.
		if b, err := json.MarshalIndent(d, "", "  "); err == nil {
			return string(b)
		}
		return fmt.Sprintf("<%s>", mimeType)
	}
	return fmt.Sprint(data)
}

// MakeData returns a bundle of one representation plus its text/plain:
// the text itself for text types, a short placeholder for binary ones.
func MakeData(mimeType string, data any) Data {
	d := Data{Data: MIMEMap{mimeType: data}}
	if mimeType != MIMETypeText {
		d.Data[MIMETypeText] = placeholder(mimeType, data)
	}
	return d
}

// MakeData3 returns a bundle of one representation with the given text/plain.
func MakeData3(mimeType string, plaintext string, data any) Data {
	return Data{Data: MIMEMap{MIMETypeText: plaintext, mimeType: data}}
}

// MIME returns a bundle of the given representations and metadata.
func MIME(data, metadata MIMEMap) Data { return Data{Data: data, Metadata: metadata} }

// Text returns a bundle holding only text/plain.
func Text(text string) Data { return Data{Data: MIMEMap{MIMETypeText: text}} }

// HTML returns a text/html bundle.
func HTML(html string) Data { return MakeData(MIMETypeHTML, html) }

// JavaScript returns an application/javascript bundle.
func JavaScript(javascript string) Data { return MakeData(MIMETypeJavaScript, javascript) }

// Markdown returns a text/markdown bundle.
func Markdown(markdown string) Data { return MakeData(MIMETypeMarkdown, markdown) }

// Latex returns a text/latex bundle of inline mathematics: the value is
// wrapped in single dollars, the text/plain is the source as given.
func Latex(latex string) Data {
	return MakeData3(MIMETypeLatex, latex, "$"+strings.Trim(latex, "$")+"$")
}

// Math returns a text/latex bundle of display mathematics ($$…$$).
func Math(latex string) Data {
	return MakeData3(MIMETypeLatex, latex, "$$"+strings.Trim(latex, "$")+"$$")
}

// PNG returns an image/png bundle.
//
// When the PNG says its resolution (a pHYs chunk) and that is above 1.5 ×
// 96 dots per inch — a figure drawn at twice the pixels for sharp screens,
// as package plots draws them — the bundle's metadata gives the width and
// height to show it at (the pixels at 96 dpi), so that a notebook does not
// show it at twice its size.
func PNG(png []byte) Data {
	d := MakeData(MIMETypePNG, png)
	if w, h, ok := pngDisplaySize(png); ok {
		d.Metadata = MIMEMap{MIMETypePNG: MIMEMap{"width": w, "height": h}}
	}
	return d
}

// pngDisplaySize reads a PNG's pixel size (IHDR) and resolution (pHYs,
// in pixels per metre) and returns its size at 96 dpi when its resolution
// is above 1.5 × 96 dpi.
func pngDisplaySize(b []byte) (w, h int, ok bool) {
	const sig = "\x89PNG\r\n\x1a\n"
	if len(b) < 33 || string(b[:8]) != sig || string(b[12:16]) != "IHDR" {
		return 0, 0, false
	}
	pw, ph := binary.BigEndian.Uint32(b[16:20]), binary.BigEndian.Uint32(b[20:24])
	for i := 8; i+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[i : i+4]))
		typ := string(b[i+4 : i+8])
		if n < 0 || i+12+n > len(b) || typ == "IDAT" || typ == "IEND" {
			return 0, 0, false
		}
		if typ == "pHYs" && n == 9 && b[i+16] == 1 {
			ppmX, ppmY := binary.BigEndian.Uint32(b[i+8:i+12]), binary.BigEndian.Uint32(b[i+12:i+16])
			const ppm96 = 96 / 0.0254
			if ppmX == 0 || ppmY == 0 || float64(ppmX) < 1.5*ppm96 {
				return 0, 0, false
			}
			w = int(math.Round(float64(pw) * ppm96 / float64(ppmX)))
			h = int(math.Round(float64(ph) * ppm96 / float64(ppmY)))
			return w, h, w > 0 && h > 0
		}
		i += 12 + n
	}
	return 0, 0, false
}

// JPEG returns an image/jpeg bundle.
func JPEG(jpeg []byte) Data { return MakeData(MIMETypeJPEG, jpeg) }

// PDF returns an application/pdf bundle.
func PDF(pdf []byte) Data { return MakeData(MIMETypePDF, pdf) }

// SVG returns an image/svg+xml bundle.
func SVG(svg string) Data { return MakeData(MIMETypeSVG, svg) }

// JSON returns an application/json bundle.
func JSON(json map[string]any) Data { return MakeData(MIMETypeJSON, json) }

// Image returns the PNG encoding of img, with its width and height as
// metadata of the image/png entry. An encoding failure gives a text bundle
// that says so.
func Image(img image.Image) Data {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return Text("cannot encode image: " + err.Error())
	}
	b := img.Bounds()
	d := PNG(buf.Bytes())
	d.Metadata = MIMEMap{MIMETypePNG: MIMEMap{"width": b.Dx(), "height": b.Dy()}}
	return d
}

// Auto is Any("", data).
func Auto(data any) Data { return Any("", data) }

// File reads a file and returns Any(mimeType, its content). It panics if the
// file cannot be read.
func File(mimeType string, path string) Data {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return Any(mimeType, b)
}

// Any returns a bundle for data: a string, []byte, image.Image, io.Reader,
// io.WriterTo or a value implementing one of the renderer interfaces. An
// empty mimeType asks for detection from the content. Other types panic
// with "unsupported type, cannot render: T".
func Any(mimeType string, data any) Data {
	switch d := data.(type) {
	case Data:
		return d
	case *Data:
		if d != nil {
			return *d
		}
	}
	if d, ok := render(data); ok {
		return d
	}
	var b []byte
	switch v := data.(type) {
	case string:
		if mimeType == "" {
			mimeType = detect([]byte(v))
		}
		return MakeData(mimeType, v)
	case []byte:
		b = v
	case image.Image:
		return Image(v)
	case io.WriterTo:
		var buf bytes.Buffer
		if _, err := v.WriteTo(&buf); err != nil {
			panic(err)
		}
		b = buf.Bytes()
	case io.Reader:
		var err error
		if b, err = io.ReadAll(v); err != nil {
			panic(err)
		}
	default:
		panic(fmt.Sprintf("unsupported type, cannot render: %T", data))
	}
	if mimeType == "" {
		mimeType = detect(b)
	}
	if strings.HasPrefix(mimeType, "text/") || mimeType == MIMETypeSVG {
		return MakeData(mimeType, string(b))
	}
	if mimeType == MIMETypePNG {
		return PNG(b)
	}
	return MakeData(mimeType, b)
}

func detect(b []byte) string {
	t := http.DetectContentType(b)
	if i := strings.IndexByte(t, ';'); i >= 0 {
		t = t[:i]
	}
	if t == "text/xml" && bytes.Contains(b, []byte("<svg")) {
		t = MIMETypeSVG
	}
	return t
}

// Render returns the bundle of a value implementing one or more of the
// renderer interfaces (Renderer, SimpleRenderer, HTMLer, …, image.Image),
// merging them all, and whether there was any. A value with no text/plain
// of its own gets fmt.Sprint of the value.
func Render(v any) (Data, bool) { return render(v) }

func render(v any) (Data, bool) {
	d := Data{Data: MIMEMap{}}
	found := false
	merge := func(dst *MIMEMap, src MIMEMap) {
		if len(src) == 0 {
			return
		}
		if *dst == nil {
			*dst = MIMEMap{}
		}
		for k, x := range src {
			(*dst)[k] = x
		}
	}
	if r, ok := v.(Renderer); ok {
		x := r.Render()
		merge(&d.Data, x.Data)
		merge(&d.Metadata, x.Metadata)
		merge(&d.Transient, x.Transient)
		found = true
	}
	if r, ok := v.(SimpleRenderer); ok {
		merge(&d.Data, r.SimpleRender())
		found = true
	}
	// A part the Renderer gave already is not asked again: a Table's JSON
	// method holds every row, its Render the rows shown.
	has := func(mime string) bool {
		_, done := d.Data[mime]
		if done {
			found = true
		}
		return done
	}
	set := func(mime string, x any) {
		d.Data[mime] = x
		found = true
	}
	if r, ok := v.(HTMLer); ok && !has(MIMETypeHTML) {
		set(MIMETypeHTML, r.HTML())
	}
	if r, ok := v.(JavaScripter); ok && !has(MIMETypeJavaScript) {
		set(MIMETypeJavaScript, r.JavaScript())
	}
	if r, ok := v.(JPEGer); ok && !has(MIMETypeJPEG) {
		set(MIMETypeJPEG, r.JPEG())
	}
	if r, ok := v.(JSONer); ok && !has(MIMETypeJSON) {
		set(MIMETypeJSON, r.JSON())
	}
	if r, ok := v.(Latexer); ok && !has(MIMETypeLatex) {
		set(MIMETypeLatex, r.Latex())
	}
	if r, ok := v.(Markdowner); ok && !has(MIMETypeMarkdown) {
		set(MIMETypeMarkdown, r.Markdown())
	}
	if r, ok := v.(PNGer); ok && !has(MIMETypePNG) {
		set(MIMETypePNG, r.PNG())
	}
	if r, ok := v.(PDFer); ok && !has(MIMETypePDF) {
		set(MIMETypePDF, r.PDF())
	}
	if r, ok := v.(SVGer); ok && !has(MIMETypeSVG) {
		set(MIMETypeSVG, r.SVG())
	}
	// image.Rectangle is an image.Image too (an infinite opaque mask):
	// img.Bounds() shows as the rectangle it is, not as a PNG.
	_, rect := v.(image.Rectangle)
	if img, ok := v.(image.Image); ok && !found && !rect {
		im := Image(img)
		merge(&d.Data, im.Data)
		merge(&d.Metadata, im.Metadata)
		found = true
	}
	if !found {
		return Data{}, false
	}
	if _, ok := d.Data[MIMETypeText]; !ok {
		if s, ok := v.(fmt.Stringer); ok {
			d.Data[MIMETypeText] = s.String()
		} else {
			d.Data[MIMETypeText] = fmt.Sprint(v)
		}
	}
	return d, true
}
