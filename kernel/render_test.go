package kernel

import (
	"strings"
	"testing"
)

// TestNotebookRenderers declares gophernotes' three demo types in a cell
// (../shared/gophernotes-display.md: H with HTML, S with SimpleRender, R
// with Render) and checks that each, as the last value of a cell, is
// published as an execute_result carrying its MIME types.
func TestNotebookRenderers(t *testing.T) {
	_, c := startKernel(t)
	rep, pub := c.execute(`type H struct{}

func (H) HTML() string { return "<b>h</b>" }

type S struct{}

func (S) SimpleRender() display.MIMEMap {
	return display.MIMEMap{"text/html": "<i>s</i>", "text/markdown": "*s*"}
}

type R struct{}

func (R) Render() display.Data {
	return display.Data{
		Data:     display.MIMEMap{"text/html": "<u>r</u>", "text/latex": "$r$"},
		Metadata: display.MIMEMap{"text/html": map[string]any{"isolated": true}},
	}
}`)
	if rep["status"] != "ok" {
		t.Fatalf("declaring H, S and R: %v %v", rep, types(pub))
	}
	for _, tc := range []struct {
		code string
		want map[string]string
	}{
		{"H{}", map[string]string{"text/html": "<b>h</b>"}},
		{"S{}", map[string]string{"text/html": "<i>s</i>", "text/markdown": "*s*"}},
		{"R{}", map[string]string{"text/html": "<u>r</u>", "text/latex": "$r$"}},
	} {
		rep, pub := c.execute(tc.code)
		m := find(pub, "execute_result")
		if rep["status"] != "ok" || m == nil {
			t.Errorf("%s: %v %v", tc.code, rep, types(pub))
			continue
		}
		d := content(t, m)
		data, _ := d["data"].(map[string]any)
		for mime, want := range tc.want {
			if got, _ := data[mime].(string); got != want {
				t.Errorf("%s: %s = %q, want %q (data %v)", tc.code, mime, got, want, data)
			}
		}
		if s, _ := data["text/plain"].(string); s == "" || strings.Contains(s, "Render") {
			t.Errorf("%s: text/plain = %q", tc.code, s)
		}
		if tc.code == "R{}" {
			md, _ := d["metadata"].(map[string]any)
			if h, _ := md["text/html"].(map[string]any); h["isolated"] != true {
				t.Errorf("R{}: metadata = %v", d["metadata"])
			}
		}
	}
}
