package repl

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // DecodeConfig of JPEG bundles
	_ "image/png"  // DecodeConfig of PNG bundles
	"io"
	"os"
	"strings"
	"sync"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// printer is the session.Output of the terminal front ends: what a cell
// prints goes to stdout and stderr as it comes, bundles show their
// text/plain (and a note for images), results follow on stdout and errors
// on stderr. The interactive REPL and the -e, FILE and stdin modes print
// the same things; the REPL alone colours errors and ends a cell's
// unfinished line before the next prompt.
type printer struct {
	mu     sync.Mutex
	stdout io.Writer
	stderr io.Writer
	color  bool // errors in red
	tty    bool // stdout and stderr are one terminal

	open bool // stdout's last text did not end its line
}

var _ session.Output = (*printer)(nil)

func (p *printer) Stdout(text string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.out(text)
}

func (p *printer) out(text string) {
	if text == "" {
		return
	}
	io.WriteString(p.stdout, text)
	p.open = !strings.HasSuffix(text, "\n")
}

func (p *printer) Stderr(text string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		p.endLine()
	}
	io.WriteString(p.stderr, text)
}

func (p *printer) Display(d display.Data) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bundle(d)
}

// Update shows the bundle again: a terminal cannot replace what it showed.
func (p *printer) Update(id string, d display.Data) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bundle(d)
}

// Clear does nothing: a terminal keeps what it showed.
func (p *printer) Clear(wait bool) {}

// Result shows a cell's result bundle.
func (p *printer) Result(d *display.Data) {
	if d == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bundle(*d)
}

// Error shows a cell's error on stderr.
func (p *printer) Error(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		p.endLine()
	}
	msg = strings.TrimRight(msg, "\n")
	if p.color {
		msg = "\x1b[31m" + msg + "\x1b[0m"
	}
	io.WriteString(p.stderr, msg+"\n")
}

// EndLine ends stdout's unfinished line, if any (before a prompt).
func (p *printer) EndLine() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.endLine()
}

func (p *printer) endLine() {
	if p.open {
		io.WriteString(p.stdout, "\n")
		p.open = false
	}
}

// imageTypes are the representations a terminal cannot show yet.
var imageTypes = []string{display.MIMETypePNG, display.MIMETypeJPEG, display.MIMETypeSVG, display.MIMETypePDF}

func (p *printer) bundle(d display.Data) {
	text, _ := d.Data[display.MIMETypeText].(string)
	var img string
	for _, t := range imageTypes {
		if v, ok := d.Data[t]; ok {
			img = t
			if text == placeholderOf(t, v) {
				text = "" // nothing to say beyond the note
			}
			break
		}
	}
	if text == "" && img == "" {
		for t := range d.Data { // no text/plain (a bundle built by hand)
			text = "<" + t + ">"
			break
		}
	}
	if text != "" {
		p.endLine()
		p.out(text)
		p.endLine()
	}
	if img != "" {
		p.endLine()
		p.out(imageNote(img, d.Data[img]) + "\n")
	}
}

// placeholderOf is display's text/plain of a binary payload.
func placeholderOf(mimeType string, v any) string {
	switch d := v.(type) {
	case []byte:
		return fmt.Sprintf("<%s %d bytes>", mimeType, len(d))
	case string:
		return fmt.Sprintf("<%s %d bytes>", mimeType, len(d))
	}
	return ""
}

// imageNote is what the terminal shows in place of an image, until images
// are drawn in the terminal (the plots issue).
func imageNote(mimeType string, v any) string {
	what := mimeType
	if b, ok := v.([]byte); ok {
		if c, _, err := image.DecodeConfig(bytes.NewReader(b)); err == nil {
			what = fmt.Sprintf("%s %d×%d", mimeType, c.Width, c.Height)
		} else {
			what = fmt.Sprintf("%s, %d bytes", mimeType, len(b))
		}
	}
	return fmt.Sprintf("[%s: the terminal does not show images yet; a notebook does]", what)
}

// UseColor reports whether errors should be red: stdout is a terminal and
// NO_COLOR is unset or empty (https://no-color.org).
func UseColor(stdout *os.File) bool {
	return os.Getenv("NO_COLOR") == "" && IsTerminal(stdout)
}
