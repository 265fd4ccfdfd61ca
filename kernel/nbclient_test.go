package kernel

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNbclient executes testdata/mixed.ipynb — a Go cell, a %%sql cell, a
// table (ExplainKL) and a figure (plots.KLTerms) — with Debian's nbclient
// (python3-nbclient, run with /usr/bin/python3) through the kernelspec
// `divergo kernel install --user` writes into a temporary
// JUPYTER_DATA_DIR; the notebook's kernelspec name is that spec's. It
// skips without nbclient only when CI is unset.
func TestNbclient(t *testing.T) {
	python, dir, env := pythonKernel(t, "nbclient, nbformat", "python3-nbclient python3-nbformat")
	script, err := filepath.Abs("testdata/nbclient_run.py")
	if err != nil {
		t.Fatal(err)
	}
	notebook, err := filepath.Abs("testdata/mixed.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, script, notebook)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\nstderr: %s", script, err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Logf("stderr of nbclient and the kernel:\n%s", stderr.String())
	}
	var nb struct {
		Cells []struct {
			Source  any `json:"source"`
			Outputs []struct {
				OutputType string         `json:"output_type"`
				Name       string         `json:"name"`
				Text       any            `json:"text"`
				Data       map[string]any `json:"data"`
			} `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &nb); err != nil {
		t.Fatalf("executed notebook %q: %v", stdout.String(), err)
	}
	if len(nb.Cells) != 4 {
		t.Fatalf("%d cells, want 4", len(nb.Cells))
	}
	// text joins a notebook string field (a string or a list of lines).
	text := func(v any) string {
		switch v := v.(type) {
		case string:
			return v
		case []any:
			var b strings.Builder
			for _, s := range v {
				b.WriteString(s.(string))
			}
			return b.String()
		}
		return ""
	}
	// all joins a cell's outputs: stream text and every MIME bundle's text.
	all := func(i int) string {
		var b strings.Builder
		for _, o := range nb.Cells[i].Outputs {
			b.WriteString(text(o.Text))
			for mime, v := range o.Data {
				if !strings.HasPrefix(mime, "image/png") {
					b.WriteString(text(v))
				}
			}
		}
		return b.String()
	}
	// KL(p‖q) in nats for p = (½, ¼, ¼), q = (¼, ¼, ½): ½ln2 − ¼ln2 = ¼ln2.
	const kl, klFull = "0.1733", "0.17328679"
	if s := all(0); !strings.Contains(s, "KL = "+kl) {
		t.Errorf("Go cell: outputs %q, want KL = %s", s, kl)
	}
	html := func(i int) string {
		for _, o := range nb.Cells[i].Outputs {
			if h := text(o.Data["text/html"]); h != "" {
				return h
			}
		}
		return ""
	}
	if h := html(1); !strings.Contains(h, "<table") || !strings.Contains(h, "outcome") || !strings.Contains(h, "0.25") {
		t.Errorf("SQL cell: text/html %q, want a table of dist; outputs %q", h, all(1))
	}
	if h := html(2); !strings.Contains(h, "<table") || !strings.Contains(h, klFull) {
		t.Errorf("ExplainKL cell: text/html %q, want a table and KL %s; outputs %q", h, klFull, all(2))
	}
	var png []byte
	for _, o := range nb.Cells[3].Outputs {
		if s := text(o.Data["image/png"]); s != "" {
			if png, err = base64.StdEncoding.DecodeString(strings.ReplaceAll(s, "\n", "")); err != nil {
				t.Errorf("figure cell: image/png is not base64: %v", err)
			}
		}
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) < 1000 {
		t.Errorf("figure cell: image/png of %d bytes, want a PNG; outputs %q", len(png), all(3))
	}
}

// pythonKernel prepares a test that drives `divergo kernel` from Debian's
// /usr/bin/python3 with the Python module named: it skips under -short or
// without the module (apt-get install pkg) only when CI is unset, builds
// divergo and installs its kernelspec (`divergo kernel install --user`)
// into a temporary JUPYTER_DATA_DIR. It returns the python to run, the
// temporary directory and the environment to run it in.
func pythonKernel(t *testing.T, module, pkg string) (python, dir string, env []string) {
	t.Helper()
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("-short")
	}
	python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import "+module).Run(); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("no %s for %s (apt-get install %s): %v", module, python, pkg, err)
		}
		t.Fatalf("CI: %s cannot import %s: %v", python, module, err)
	}
	dir = t.TempDir()
	bin := buildDivergo(t)
	env = append(os.Environ(), "JUPYTER_DATA_DIR="+filepath.Join(dir, "jupyter"), "JUPYTER_RUNTIME_DIR="+filepath.Join(dir, "runtime"),
		"JUPYTER_PLATFORM_DIRS=1", "PYTHONDONTWRITEBYTECODE=1")
	install := exec.Command(bin, "kernel", "install", "--user")
	install.Env = env
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("divergo kernel install --user: %v\n%s", err, out)
	}
	return python, dir, env
}
