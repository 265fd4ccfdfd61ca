package notebooks

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "save the freshly executed outputs into the committed notebooks")

const python = "/usr/bin/python3"

// notebook is the part of an .ipynb file the tests read.
type notebook struct {
	Cells []struct {
		CellType string `json:"cell_type"`
		Outputs  []struct {
			OutputType string         `json:"output_type"`
			Name       string         `json:"name"`
			Text       any            `json:"text"`
			Data       map[string]any `json:"data"`
			Ename      string         `json:"ename"`
			Evalue     string         `json:"evalue"`
		} `json:"outputs"`
	} `json:"cells"`
	Metadata struct {
		Kernelspec struct {
			Name string `json:"name"`
		} `json:"kernelspec"`
	} `json:"metadata"`
}

func readNotebook(t *testing.T, path string) notebook {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nb notebook
	if err := json.Unmarshal(b, &nb); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return nb
}

// joined is a notebook string field, which is a string or a list of lines.
func joined(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		var b strings.Builder
		for _, s := range v {
			if s, ok := s.(string); ok {
				b.WriteString(s)
			}
		}
		return b.String()
	}
	return ""
}

// cellOutput is what one code cell showed: its text (streams and every
// textual MIME type, in order) and its PNG images, decoded.
type cellOutput struct {
	text   string
	images [][]byte
	errors []string
}

func outputs(t *testing.T, nb notebook) []cellOutput {
	t.Helper()
	var cells []cellOutput
	for _, c := range nb.Cells {
		if c.CellType != "code" {
			continue
		}
		var out cellOutput
		var b strings.Builder
		for _, o := range c.Outputs {
			if o.OutputType == "error" {
				out.errors = append(out.errors, o.Ename+": "+o.Evalue)
			}
			b.WriteString(joined(o.Text))
			for _, mime := range []string{"text/plain", "text/html", "text/markdown", "text/latex", "image/svg+xml", "application/json"} {
				if v, ok := o.Data[mime]; ok {
					if mime == "application/json" {
						j, _ := json.Marshal(v)
						b.Write(j)
					} else {
						b.WriteString(joined(v))
					}
					b.WriteString("\n")
				}
			}
			if v, ok := o.Data["image/png"]; ok {
				img, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(joined(v), "\n", ""))
				if err != nil {
					t.Errorf("image/png output is not base64: %v", err)
				}
				out.images = append(out.images, img)
			}
		}
		out.text = b.String()
		cells = append(cells, out)
	}
	return cells
}

var number = regexp.MustCompile(`[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?`)

// numbers are the decimal numbers written in s.
func numbers(s string) []float64 {
	var xs []float64
	for _, m := range number.FindAllString(s, -1) {
		if x, err := strconv.ParseFloat(m, 64); err == nil {
			xs = append(xs, x)
		}
	}
	return xs
}

// keyNumber is a value a notebook must show, computed here from its
// definition, independently of builtins.
type keyNumber struct {
	what string
	want float64
}

func kl(p, q []float64) float64 {
	s := 0.0
	for i := range p {
		if p[i] > 0 {
			s += p[i] * math.Log(p[i]/q[i])
		}
	}
	return s
}

func js(p, q []float64) float64 {
	m := make([]float64, len(p))
	for i := range p {
		m[i] = (p[i] + q[i]) / 2
	}
	return (kl(p, m) + kl(q, m)) / 2
}

// keyNumbers lists, per notebook, the numbers the issue asks it to show.
func keyNumbers(t *testing.T) map[string][]keyNumber {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	q2 := []float64{0.25, 0.5, 0.25}
	seed002 := []keyNumber{
		{"KL(P‖Q) (the blog's 0.0305)", kl(p, q)},
		{"KL(P‖Q2) (the blog's 0.01)", kl(p, q2)},
		{"the blog's JSD for Q, mean of the KLs (0.0314304)", (kl(p, q) + kl(q, p)) / 2},
		{"the blog's JSD for Q2, mean of the KLs (0.0101366)", (kl(p, q2) + kl(q2, p)) / 2},
		{"the blog's JSD for Q, sum of the KLs (0.0628609)", kl(p, q) + kl(q, p)},
		{"the blog's JSD for Q2, sum of the KLs (0.0202733)", kl(p, q2) + kl(q2, p)},
		{"true JS(P,Q) (0.0078174)", js(p, q)},
		{"true JS(P,Q2) (0.0025297)", js(p, q2)},
		{"JS distance for Q", math.Sqrt(js(p, q))},
		{"JS distance for Q2", math.Sqrt(js(p, q2))},
	}
	seed003 := []keyNumber{
		{"KL(N(0,1)‖N(1,2²)) = ln 2 − ¼", math.Ln2 - 0.25},
	}
	return map[string][]keyNumber{
		"002-kl-by-hand.ipynb":                seed002,
		"003-information-to-divergence.ipynb": seed003,
		"drift.ipynb":                         driftKeyNumbers(t),
	}
}

// driftKeyNumbers are KL(p‖q) and JS of each feature of data/drift.csv.
func driftKeyNumbers(t *testing.T) []keyNumber {
	t.Helper()
	features, err := readDrift("data/drift.csv")
	if err != nil {
		t.Fatal(err)
	}
	var keys []keyNumber
	for _, f := range features {
		keys = append(keys, keyNumber{"JS of " + f.name, js(f.p, f.q)})
		if k := kl(f.p, f.q); !math.IsInf(k, 0) {
			keys = append(keys, keyNumber{"KL of " + f.name, k})
		}
	}
	return keys
}

// shows reports whether text writes a number within 1e-9 of want.
func shows(text string, want float64) bool {
	for _, x := range numbers(text) {
		if math.Abs(x-want) <= 1e-9 {
			return true
		}
	}
	return false
}

// TestNotebooks executes every notebook (notebooks/*.ipynb and
// worksheets/*.ipynb) with Debian's nbclient through the kernelspec that
// `divergo kernel install --user` writes into a temporary JUPYTER_DATA_DIR,
// into a temporary copy (over the notebook itself with -update). It checks
// that every cell ran without error, that every figure is a PNG, that the
// numbers the issue names are shown within 1e-9 in the fresh outputs and in
// the committed ones, and that the committed text outputs are the fresh
// ones. Without nbclient it skips, unless CI is set.
func TestNotebooks(t *testing.T) {
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("-short")
	}
	if err := exec.Command(python, "-c", "import nbclient, nbformat").Run(); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("no nbclient for %s (apt-get install python3-nbclient python3-nbformat): %v", python, err)
		}
		t.Fatalf("CI: %s cannot import nbclient and nbformat: %v", python, err)
	}
	env := installKernel(t)
	paths, err := filepath.Glob("*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	sheets, err := filepath.Glob("worksheets/*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, sheets...)
	if len(paths) == 0 {
		t.Fatal("no notebooks")
	}
	keys := keyNumbers(t)
	script, err := filepath.Abs("execute.py")
	if err != nil {
		t.Fatal(err)
	}
	fresh := map[string][]cellOutput{}
	for _, path := range paths {
		name := strings.TrimSuffix(path, ".ipynb")
		t.Run(name, func(t *testing.T) {
			committed := readNotebook(t, path)
			if k := committed.Metadata.Kernelspec.Name; k != "divergo" {
				t.Errorf("kernelspec %q, want divergo", k)
			}
			out := filepath.Join(t.TempDir(), filepath.Base(path))
			if *update {
				out = path
			}
			cmd := exec.Command(python, script, path, out)
			cmd.Env = env
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("execute.py %s: %v\n%s", path, err, stderr.String())
			}
			now := outputs(t, readNotebook(t, out))
			fresh[path] = now
			was := outputs(t, committed)
			for i, c := range now {
				if len(c.errors) > 0 {
					t.Errorf("code cell %d: %s", i+1, strings.Join(c.errors, "; "))
				}
				for j, img := range c.images {
					cfg, err := png.DecodeConfig(bytes.NewReader(img))
					if err != nil || cfg.Width == 0 || cfg.Height == 0 {
						t.Errorf("code cell %d, image %d: not a non-empty PNG (%d bytes): %v", i+1, j+1, len(img), err)
					}
				}
			}
			var all, allWas strings.Builder
			for _, c := range now {
				all.WriteString(c.text + "\n")
			}
			for _, c := range was {
				allWas.WriteString(c.text + "\n")
			}
			for _, k := range keys[filepath.Base(path)] {
				if !shows(all.String(), k.want) {
					t.Errorf("fresh outputs do not show %s = %.17g (within 1e-9)", k.what, k.want)
				}
				if !*update && !shows(allWas.String(), k.want) {
					t.Errorf("committed outputs do not show %s = %.17g (within 1e-9)", k.what, k.want)
				}
			}
			if *update {
				return
			}
			if len(was) != len(now) {
				t.Fatalf("%d code cells committed, %d executed", len(was), len(now))
			}
			for i := range now {
				if was[i].text != now[i].text {
					t.Errorf("code cell %d: committed output differs from a fresh run (refresh with go test ./notebooks -run TestNotebooks -update):\ncommitted: %q\nfresh:     %q", i+1, was[i].text, now[i].text)
				}
				if len(was[i].images) != len(now[i].images) {
					t.Errorf("code cell %d: %d images committed, %d in a fresh run", i+1, len(was[i].images), len(now[i].images))
				}
			}
		})
	}
	if len(fresh) == len(paths) { // not when -run picks some
		checkWorksheets(t, fresh)
	}
}

// installKernel builds divergo and installs its kernelspec into a
// temporary JUPYTER_DATA_DIR; it returns the environment that finds it.
func installKernel(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "divergo")
	build := exec.Command("go", "build", "-o", bin, "github.com/divergo/divergo")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	env := append(os.Environ(), "JUPYTER_DATA_DIR="+filepath.Join(dir, "jupyter"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(dir, "runtime"), "JUPYTER_PLATFORM_DIRS=1",
		"PYTHONDONTWRITEBYTECODE=1", "DIVERGO_PLOT_DIR="+filepath.Join(dir, "plots"))
	install := exec.Command(bin, "kernel", "install", "--user")
	install.Env = env
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("divergo kernel install --user: %v\n%s", err, out)
	}
	return env
}

// The classic mistakes the issue asks the worksheets' checks to name, as
// builtins.Verdict.Mistake spells them.
var classicMistakes = []string{"swapped arguments", "wrong logarithm", "counts not normalised",
	"mean of the two KLs", "distance for divergence"}

// checkWorksheets checks what the worksheets' check cells printed: in an
// answer key every check passes (a line "✓ …") and none fails, with as many
// checks as its worksheet has; the worksheets' sections on mistakes print
// lines "MISTAKE: ✗ …" naming each of the five classic mistakes.
func checkWorksheets(t *testing.T, fresh map[string][]cellOutput) {
	lines := func(cells []cellOutput) (pass, fail int, named map[string]bool) {
		named = map[string]bool{}
		for _, c := range cells {
			for _, l := range strings.Split(c.text, "\n") {
				switch {
				case strings.HasPrefix(l, "✓"):
					pass++
				case strings.HasPrefix(l, "✗"):
					fail++
				default:
					if name, rest, ok := strings.Cut(l, ": "); ok && strings.HasPrefix(rest, "✗") {
						named[name] = true
					}
				}
			}
		}
		return
	}
	names := map[string]bool{}
	sheets := 0
	for path, cells := range fresh {
		if filepath.Dir(path) != "worksheets" || strings.HasSuffix(path, "-answers.ipynb") {
			continue
		}
		sheets++
		key := strings.TrimSuffix(path, ".ipynb") + "-answers.ipynb"
		keyCells, ok := fresh[key]
		if !ok {
			t.Errorf("%s has no answer key %s", path, key)
			continue
		}
		pass, fail, named := lines(cells)
		kPass, kFail, _ := lines(keyCells)
		if kFail > 0 || kPass != pass+fail || kPass == 0 {
			t.Errorf("%s: %d checks pass and %d fail, want all %d of %s's checks to pass", key, kPass, kFail, pass+fail, path)
		}
		for n := range named {
			names[n] = true
		}
	}
	if sheets < 2 {
		t.Errorf("%d worksheets, want at least 2", sheets)
	}
	for _, m := range classicMistakes {
		if !names[m] {
			t.Errorf("no worksheet names the mistake %q (a line %q)", m, m+": ✗ …")
		}
	}
}

func TestNumbers(t *testing.T) {
	got := fmt.Sprint(numbers("KL = 0.03047875403547201 nats, 1e-3, -2, .5 and x1"))
	if want := "[0.03047875403547201 0.001 -2 0.5 1]"; got != want {
		t.Errorf("numbers: %s, want %s", got, want)
	}
}
