package session

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/divergo/divergo/display"
)

// A figure's bundle: PNG at 2× with its display size, SVG on request, and
// in the terminal the file it was written to.
func TestFigureBundle(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, c := range []struct {
		opts     Options
		svg      bool
		file     bool
		inline   string
		plotDir  string
		wantFile string
	}{
		{opts: Options{Frontend: Notebook}},
		{opts: Options{Frontend: Notebook, SVG: true}, svg: true},
		{opts: Options{Frontend: Terminal}, file: true, wantFile: "divergo-plots/kl-terms-1.png"},
		{opts: Options{Frontend: Terminal}, file: true, wantFile: "divergo-plots/kl-terms-2.png"},
		{opts: Options{Frontend: Terminal, InlineImages: "kitty"}, file: true, inline: "kitty", plotDir: "elsewhere", wantFile: "elsewhere/kl-terms-1.png"},
	} {
		if c.plotDir != "" {
			t.Setenv("DIVERGO_PLOT_DIR", c.plotDir)
		}
		s, err := New(c.opts)
		if err != nil {
			t.Fatal(err)
		}
		d, err := s.Eval(context.Background(), "plots.KLTerms([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})", &recorder{})
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Data[display.MIMETypeText]; got != "<figure: KL terms, 640×400 PNG at 2×>" {
			t.Errorf("text/plain = %q", got)
		}
		b, _ := d.Data[display.MIMETypePNG].([]byte)
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil || cfg.Width != 1280 || cfg.Height != 800 {
			t.Errorf("image/png: %v, %d×%d", err, cfg.Width, cfg.Height)
		}
		if m, _ := d.Metadata[display.MIMETypePNG].(map[string]any); m["width"] != 640 || m["height"] != 400 {
			t.Errorf("image/png metadata %v, want the display size 640×400", m)
		}
		if svg, ok := d.Data[display.MIMETypeSVG].(string); ok != c.svg || c.svg && !strings.Contains(svg, "term by term") {
			t.Errorf("image/svg+xml present %v, want %v", ok, c.svg)
		}
		path, _ := d.Metadata[MetaFile].(string)
		if path != c.wantFile {
			t.Errorf("file %q, want %q", path, c.wantFile)
		}
		if c.file {
			data, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(data, b) {
				t.Errorf("%s: %v, or not the bundle's PNG", path, err)
			}
		}
		if got, _ := d.Metadata[MetaInline].(string); got != c.inline {
			t.Errorf("inline %q, want %q", got, c.inline)
		}
	}
}

// plots.<Tab> lists the figures; .doc knows them.
func TestPlotsInScope(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, cands := s.Complete("plots.", len("plots."))
	for _, want := range []string{"Bars", "BarsKL", "KLTerms", "EntropyDecomposition", "BinaryEntropyCurve", "InformationContentCurve", "KLAsymmetry", "ForwardReverse", "JSvsKL", "Normals", "TryKLTerms"} {
		if !slices.Contains(cands, want) {
			t.Errorf("plots.<Tab> lacks %s: %v", want, cands)
		}
	}
	doc, err := s.Doc("plots.KLTerms")
	if err != nil || !strings.Contains(doc, "terms") {
		t.Errorf("Doc(plots.KLTerms) = %q, %v", doc, err)
	}
}
