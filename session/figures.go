package session

import (
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gonum.org/v1/plot"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/plots"
)

// Figures: a plots.Figure or a *plot.Plot that ends a cell is shown as an
// image. The bundle carries image/png (2× pixel density, with the display
// size in its metadata so that notebooks draw it sharp), image/svg+xml
// when Options.SVG asks for it, and a short text/plain:
// "<figure: KL terms, 640×400 PNG at 2×>". In the terminal front end the
// PNG is also written to the plot directory and the bundle's metadata
// carries the file's path under MetaFile (the REPL prints it) and, when
// inline images are on, the terminal's protocol under MetaInline.

// Metadata keys of a figure's bundle in the terminal front end.
const (
	MetaFile   = "divergo/file"   // the PNG file written, as a string
	MetaInline = "divergo/inline" // "kitty" or "iterm2": draw the PNG inline
)

// DefaultPlotDir is where the terminal writes figures unless
// DIVERGO_PLOT_DIR or .plots says otherwise.
const DefaultPlotDir = "divergo-plots"

// figureOf returns the figure a value is, if any.
func figureOf(v any) (plots.Figure, bool) {
	switch f := v.(type) {
	case plots.Figure:
		return f, f.Plot != nil
	case *plots.Figure:
		if f != nil && f.Plot != nil {
			return *f, true
		}
	case *plot.Plot:
		if f != nil {
			return plots.FromPlot(f), true
		}
	}
	return plots.Figure{}, false
}

// figureBundle renders a figure as a bundle and remembers it as the last
// figure (.save-plot); in the terminal it writes the PNG file.
func (s *Session) figureBundle(f plots.Figure) (*display.Data, error) {
	png, err := f.PNG()
	if err != nil {
		return nil, &Error{Msg: err.Error()}
	}
	w, h := f.Size()
	d := display.Data{
		Data:     display.MIMEMap{display.MIMETypeText: f.String(), display.MIMETypePNG: png},
		Metadata: display.MIMEMap{display.MIMETypePNG: map[string]any{"width": w, "height": h}},
	}
	if s.opts.SVG {
		svg, err := f.SVG()
		if err != nil {
			return nil, &Error{Msg: err.Error()}
		}
		d.Data[display.MIMETypeSVG] = string(svg)
	}
	s.lastFigure = &f
	if s.opts.Frontend == Terminal {
		path, err := s.writeFigure(f, png)
		if err != nil {
			return nil, &Error{Msg: "figure: " + err.Error()}
		}
		d.Metadata[MetaFile] = path
		if s.inline && s.opts.InlineImages != "" {
			d.Metadata[MetaInline] = s.opts.InlineImages
		}
	}
	return &d, nil
}

var slugRe = regexp.MustCompile(`[^a-z0-9]+`)

// writeFigure writes a figure's PNG to the plot directory under a new name
// made from its description: kl-terms-1.png, kl-terms-2.png, …
func (s *Session) writeFigure(f plots.Figure, png []byte) (string, error) {
	dir := s.plotDirectory()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	slug := strings.Trim(slugRe.ReplaceAllString(strings.ToLower(f.Description), "-"), "-")
	if slug == "" || len(slug) > 40 {
		slug = "figure"
	}
	for n := 1; ; n++ {
		path := filepath.Join(dir, fmt.Sprintf("%s-%d.png", slug, n))
		fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if os.IsExist(err) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = fh.Write(png)
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
		return path, err
	}
}

// plotDirectory is .plots DIR, else DIVERGO_PLOT_DIR, else ./divergo-plots.
func (s *Session) plotDirectory() string {
	if s.plotDir != "" {
		return s.plotDir
	}
	if d := os.Getenv("DIVERGO_PLOT_DIR"); d != "" {
		return d
	}
	return DefaultPlotDir
}

func init() {
	addCommand(&command{name: "plots", args: "[DIR]", summary: "the directory figures are written to (DIVERGO_PLOT_DIR, else ./divergo-plots)", where: terminalOnly, run: (*Session).cmdPlots})
	addCommand(&command{name: "save-plot", args: "FILE", summary: "save the last figure shown to FILE, a .png or .svg", run: (*Session).cmdSavePlot})
	addCommand(&command{name: "inline", args: "on|off", summary: "draw figures in the terminal too (kitty, iTerm2)", where: terminalOnly, run: (*Session).cmdInline})
}

func (s *Session) cmdPlots(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" {
		return text("figures go to " + s.plotDirectory()), nil
	}
	if strings.ContainsRune(c.args, '\n') {
		return nil, &Error{Msg: "usage: " + c.prefix + "plots [DIR]"}
	}
	if err := os.MkdirAll(c.args, 0o755); err != nil {
		return nil, &Error{Msg: "plots: " + strings.TrimPrefix(err.Error(), "mkdir ")}
	}
	s.plotDir = c.args
	return text("figures go to " + c.args), nil
}

func (s *Session) cmdSavePlot(ctx context.Context, c *call) (*display.Data, error) {
	ext := strings.ToLower(filepath.Ext(c.args))
	if c.args == "" || strings.ContainsRune(c.args, '\n') || ext != ".png" && ext != ".svg" {
		return nil, &Error{Msg: "usage: " + c.prefix + "save-plot FILE.png or FILE.svg"}
	}
	if s.lastFigure == nil {
		return nil, &Error{Msg: "save-plot: no figure shown yet; end a cell with one, e.g. plots.KLTerms(p, q)"}
	}
	render := s.lastFigure.PNG
	if ext == ".svg" {
		render = s.lastFigure.SVG
	}
	b, err := render()
	if err != nil {
		return nil, &Error{Msg: "save-plot: " + err.Error()}
	}
	if err := os.WriteFile(c.args, b, 0o644); err != nil {
		return nil, &Error{Msg: "save-plot: " + strings.TrimPrefix(err.Error(), "open ")}
	}
	return text("saved " + s.lastFigure.Description + " to " + c.args), nil
}

func (s *Session) cmdInline(ctx context.Context, c *call) (*display.Data, error) {
	switch c.args {
	case "on":
		if s.opts.InlineImages == "" {
			return nil, &Error{Msg: "inline: this terminal cannot show images, as far as divergo can tell (it knows kitty: TERM=xterm-kitty or KITTY_WINDOW_ID, and iTerm2: TERM_PROGRAM=iTerm.app); figures still go to " + s.plotDirectory()}
		}
		s.inline = true
	case "off":
		s.inline = false
	case "":
		switch {
		case s.opts.InlineImages == "":
			return text("inline: off (this terminal cannot show images)"), nil
		case s.inline:
			return text("inline: on (" + s.opts.InlineImages + ")"), nil
		}
		return text("inline: off"), nil
	default:
		return nil, &Error{Msg: "usage: " + c.prefix + "inline on|off"}
	}
	return nil, nil
}

// bundle is display.Any (and display.Auto, with mimeType "") in a cell, for
// values whose methods reflection sees: a figure renders as it does at the
// end of a cell; with no MIME type asked, a value display.Any cannot
// render shows as a table where the session makes one, else as its text.
func (s *Session) bundle(mimeType string, v any) display.Data {
	if mimeType == "" {
		if f, ok := figureOf(v); ok {
			d, err := s.figureBundle(f)
			if err != nil {
				panic(err)
			}
			return *d
		}
		switch v.(type) {
		case display.Data, *display.Data, string, []byte:
			return display.Any("", v)
		}
		if d, ok := display.Render(v); ok {
			return d
		}
		if d, ok := s.tableBundle(v); ok {
			return *d
		}
		if _, ok := v.(image.Image); !ok {
			return display.Text(s.format(plainValue(v)))
		}
	}
	return display.Any(mimeType, v)
}
