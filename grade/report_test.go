package grade

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const chromium = "/usr/bin/chromium"

// chromiumFlags are those of notebooks/render_test.go: headless, no
// sandbox (CI runs as root), no GPU, no background connections.
var chromiumFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
	"--no-first-run", "--disable-background-networking", "--disable-component-update",
	"--disable-sync", "--hide-scrollbars", "--virtual-time-budget=10000"}

// madeClass is a class of made-up rows: no notebook runs.
func madeClass() *Class {
	f := func(x float64) *float64 { return &x }
	mk := func(name string, rows ...Row) *Student {
		s := &Student{Name: name, Notebook: name + ".ipynb"}
		for i, r := range rows {
			r.Student, r.Notebook, r.Exercise = name, s.Notebook, exercises[i]
			if r.Verdict != "" {
				r.Measure, r.Unit = "KL(P‖Q)", "nats"
			}
			s.Rows = append(s.Rows, r)
		}
		return s
	}
	right := Row{Verdict: "right", Answer: f(0.0305)}
	swapped := Row{Verdict: "wrong", Mistake: "swapped arguments", Answer: f(0.0324)}
	logs := Row{Verdict: "wrong", Mistake: "wrong logarithm", Answer: f(0.044)}
	mean := Row{Verdict: "wrong", Mistake: "mean of the two KLs", Answer: f(0.0101)}
	var students []*Student
	for i := 0; i < 12; i++ {
		rows := []Row{right, right, right, right, right, right, right, {Verdict: "right", Answer: f(math.Inf(1))}, right}
		switch i % 4 {
		case 0:
			rows[0], rows[4] = swapped, mean
		case 1:
			rows[2], rows[4] = logs, mean
		case 2:
			rows[1] = Row{Verdict: "wrong", Answer: f(0.5)}
		}
		students = append(students, mk(string(rune('a'+i))+"-student", rows...))
	}
	hang := mk("hanging", right, right, right, right, Row{Error: ErrTimedOut, Detail: "timed out after 60s in code cell 10"})
	hang.Status = "timed out after 60s in code cell 10"
	students = append(students, hang)
	c := Assemble(students, nil)
	c.Elapsed = 3 * time.Second
	return c
}

func TestSummaries(t *testing.T) {
	c := madeClass()
	s := c.Summaries()
	if len(s) != 9 || s[0].Students != 13 || s[0].Right != 10 || s[4].Right != 6 {
		t.Fatalf("summaries: %+v", s[:1])
	}
	if got := s[4].Counts; got[1] != (Count{"mean of the two KLs", "mistake", 6}) || got[len(got)-1] != (Count{ErrTimedOut, "error", 1}) {
		t.Errorf("exercise 5 counts: %+v", got)
	}
	if got := s[5].Counts; got[len(got)-1] != (Count{ErrMissing, "error", 1}) {
		t.Errorf("exercise 6 counts (the hanging notebook has no row: missing): %+v", got)
	}
	ms := c.Misconceptions()
	if len(ms) != 3 || ms[0] != (Misconception{"mean of the two KLs", 6, 6}) {
		t.Errorf("misconceptions: %+v", ms)
	}
}

// TestReportInChromium opens report.html in headless Chromium: the page
// has the charts as PNG images and the tables, and a screenshot of it is
// not blank. DIVERGO_SCREENSHOT=FILE.png keeps the screenshot. Without
// Chromium it skips, unless CI is set.
func TestReportInChromium(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("no chromium (apt-get install chromium)")
		}
		t.Fatal("CI: no chromium")
	}
	dir := t.TempDir()
	if err := madeClass().Write(dir); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.Join(dir, "report.html")
	dom := runChromium(t, dir, "dom", "--dump-dom", url)
	if n := strings.Count(dom, `<img alt=`); n != 10 {
		t.Errorf("%d images in the page, want 10 (the class's mistakes and 9 exercises)", n)
	}
	for _, want := range []string{"<table", "mean of the two KLs", "46%", "hanging", "timed out after 60s"} {
		if !strings.Contains(dom, want) {
			t.Errorf("the rendered page has no %q", want)
		}
	}
	shot := filepath.Join(dir, "screenshot.png")
	runChromium(t, dir, "shot", "--window-size=1280,2400", "--screenshot="+shot, url)
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if keep := os.Getenv("DIVERGO_SCREENSHOT"); keep != "" {
		os.WriteFile(keep, b, 0o644)
	}
	pic, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	inked, colours := ink(pic)
	t.Logf("screenshot %v: %.1f%% of pixels not white, %d colours", pic.Bounds().Size(), 100*inked, colours)
	if inked < 0.03 || colours < 64 {
		t.Errorf("the screenshot looks blank: %.1f%% of pixels not white, %d colours", 100*inked, colours)
	}
}

func runChromium(t *testing.T, dir, profile string, args ...string) string {
	t.Helper()
	args = append(append([]string{"--user-data-dir=" + filepath.Join(dir, "chromium-"+profile)}, chromiumFlags...), args...)
	cmd := exec.Command(chromium, args...)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("chromium: %v\n%s", err, errs.String())
		}
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		<-done
		t.Fatalf("chromium: no answer in 2 minutes\n%s", errs.String())
	}
	return out.String()
}

// ink is the share of pixels that are not (nearly) white and the number
// of distinct colours of a picture.
func ink(m image.Image) (float64, int) {
	b := m.Bounds()
	colours := map[color.RGBA]bool{}
	inked := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(m.At(x, y)).(color.RGBA)
			if len(colours) < 100000 {
				colours[c] = true
			}
			if c.R < 240 || c.G < 240 || c.B < 240 {
				inked++
			}
		}
	}
	return float64(inked) / float64(b.Dx()*b.Dy()), len(colours)
}
