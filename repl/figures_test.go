package repl

import (
	"strings"
	"testing"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

func TestInlineProtocol(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"TERM": "xterm-kitty"}, "kitty"},
		{map[string]string{"TERM": "xterm-256color", "KITTY_WINDOW_ID": "1"}, "kitty"},
		{map[string]string{"TERM_PROGRAM": "iTerm.app"}, "iterm2"},
		{map[string]string{"TERM": "xterm-256color"}, ""},
		{map[string]string{"TERM_PROGRAM": "vscode"}, ""},
		{map[string]string{"TERM": "xterm-kitty", "TMUX": "/tmp/tmux-0/default,1,0"}, ""},
		{nil, ""},
	} {
		if got := InlineProtocol(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("InlineProtocol(%v) = %q, want %q", c.env, got, c.want)
		}
	}
}

// A figure's bundle prints its description and file; the image is drawn
// inline only on a terminal and when the session asks.
func TestPrinterFigure(t *testing.T) {
	png := []byte(strings.Repeat("x", 5000))
	d := display.Data{
		Data:     display.MIMEMap{display.MIMETypeText: "<figure: KL terms, 640×400 PNG at 2×>", display.MIMETypePNG: png},
		Metadata: display.MIMEMap{session.MetaFile: "divergo-plots/kl-terms-1.png", display.MIMETypePNG: map[string]any{"width": 640, "height": 400}},
	}
	var out, errs strings.Builder
	p := &printer{stdout: &out, stderr: &errs}
	p.Result(&d)
	if got, want := out.String(), "<figure: KL terms, 640×400 PNG at 2×> → divergo-plots/kl-terms-1.png\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	for _, proto := range []string{"kitty", "iterm2"} {
		d.Metadata[session.MetaInline] = proto
		out.Reset()
		p := &printer{stdout: &out, stderr: &errs, tty: true}
		p.Result(&d)
		s := out.String()
		switch proto {
		case "kitty":
			if !strings.Contains(s, "\x1b_Gf=100,a=T,m=1;") || !strings.Contains(s, "\x1b_Gm=0;") {
				t.Errorf("kitty: %q…", s[:min(len(s), 120)])
			}
		case "iterm2":
			if !strings.Contains(s, "\x1b]1337;File=inline=1;size=5000;width=640px;height=400px") {
				t.Errorf("iterm2: %q…", s[:min(len(s), 120)])
			}
		}
	}
}
