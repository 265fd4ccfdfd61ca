package repl

import (
	"bytes"
	"encoding/base64"
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
	if path, ok := d.Metadata[session.MetaFile].(string); ok && img == display.MIMETypePNG {
		// A figure: the session wrote it to a file; say where, and draw it
		// in a terminal that can show images.
		p.endLine()
		if text == "" {
			text = "<figure>"
		}
		p.out(text + " → " + path + "\n")
		if proto, ok := d.Metadata[session.MetaInline].(string); ok && p.tty {
			png, _ := d.Data[img].([]byte)
			w, h := 0, 0
			if m, ok := d.Metadata[img].(map[string]any); ok {
				w, _ = m["width"].(int)
				h, _ = m["height"].(int)
			}
			io.WriteString(p.stdout, inlineImage(proto, png, w, h))
		}
		return
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

// InlineProtocol returns the inline-image protocol of the terminal the
// environment describes — "kitty" (TERM=xterm-kitty or KITTY_WINDOW_ID
// set), "iterm2" (TERM_PROGRAM=iTerm.app) — or "" when it is none of these
// or when tmux or screen sits in between (their variables are inherited
// from the outer terminal, which the escape codes would not reach). It
// never guesses from anything else.
func InlineProtocol(getenv func(string) string) string {
	if getenv("TMUX") != "" || getenv("STY") != "" {
		return ""
	}
	switch {
	case getenv("TERM") == "xterm-kitty" || getenv("KITTY_WINDOW_ID") != "":
		return "kitty"
	case getenv("TERM_PROGRAM") == "iTerm.app":
		return "iterm2"
	}
	return ""
}

// inlineImage is the escape sequence that draws a PNG in the terminal,
// followed by a newline; w × h is its display size in pixels (0: the
// PNG's own).
func inlineImage(proto string, png []byte, w, h int) string {
	if len(png) == 0 {
		return ""
	}
	data := base64.StdEncoding.EncodeToString(png)
	var b strings.Builder
	switch proto {
	case "kitty":
		// The kitty graphics protocol: PNG data (f=100), transmitted and
		// displayed (a=T), in chunks of at most 4096 bytes.
		const chunk = 4096
		for i := 0; i < len(data); i += chunk {
			end := min(i+chunk, len(data))
			more := 0
			if end < len(data) {
				more = 1
			}
			if i == 0 {
				fmt.Fprintf(&b, "\x1b_Gf=100,a=T,m=%d;%s\x1b\\", more, data[i:end])
			} else {
				fmt.Fprintf(&b, "\x1b_Gm=%d;%s\x1b\\", more, data[i:end])
			}
		}
	case "iterm2":
		// iTerm2's inline images, at the figure's display size.
		size := ""
		if w > 0 && h > 0 {
			size = fmt.Sprintf(";width=%dpx;height=%dpx", w, h)
		}
		fmt.Fprintf(&b, "\x1b]1337;File=inline=1;size=%d%s;preserveAspectRatio=1:%s\a", len(png), size, data)
	default:
		return ""
	}
	b.WriteString("\n")
	return b.String()
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
