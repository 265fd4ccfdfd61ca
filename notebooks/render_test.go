package notebooks

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

const chromium = "/usr/bin/chromium"

// chromiumFlags start Debian's Chromium headless on a machine with no
// network: no sandbox (CI runs as root), no GPU, and none of the
// background connections that a closed network refuses.
var chromiumFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
	"--no-first-run", "--disable-background-networking", "--disable-component-update",
	"--disable-sync", "--hide-scrollbars", "--virtual-time-budget=20000"}

// TestRenderedNotebook opens the executed drift notebook in the classic
// Jupyter Notebook (Debian's jupyter-notebook, with the divergo kernelspec
// installed) in headless Chromium, and checks that the page its
// JavaScript renders has a PNG image and a table in the cell outputs and
// that a screenshot of it is not blank. DIVERGO_SCREENSHOT=FILE.png keeps
// the screenshot. Without Chromium or the Notebook it skips, unless CI is
// set.
func TestRenderedNotebook(t *testing.T) {
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("-short")
	}
	missing := ""
	if _, err := os.Stat(chromium); err != nil {
		missing = "chromium (apt-get install chromium)"
	} else if err := exec.Command(python, "-c", "import notebook").Run(); err != nil {
		missing = "the classic Notebook (apt-get install jupyter-notebook)"
	}
	if missing != "" {
		if os.Getenv("CI") == "" {
			t.Skip("no " + missing)
		}
		t.Fatal("CI: no " + missing)
	}
	env := installKernel(t)
	dir := t.TempDir()
	nbDir := filepath.Join(dir, "notebooks")
	if err := os.Mkdir(nbDir, 0o755); err != nil {
		t.Fatal(err)
	}
	const name = "drift.ipynb"
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(nbDir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
	url := startNotebookServer(t, env, dir, nbDir) + "/notebooks/" + name

	dom := runChromium(t, dir, "dom", "--dump-dom", url)
	outputs := outputAreas(dom)
	if len(outputs) == 0 {
		t.Fatalf("the rendered page has no cell outputs; page:\n%.2000s", dom)
	}
	var img, table bool
	for _, o := range outputs {
		img = img || strings.Contains(o, `<img src="data:image/png;base64,iVBORw0KGgo`)
		table = table || strings.Contains(o, "<table")
	}
	if !img {
		t.Errorf("no <img> with PNG data in the %d rendered outputs", len(outputs))
	}
	if !table {
		t.Errorf("no <table> in the %d rendered outputs", len(outputs))
	}

	shot := filepath.Join(dir, "screenshot.png")
	runChromium(t, dir, "shot", "--window-size=1280,3000", "--screenshot="+shot, url)
	f, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if keep := os.Getenv("DIVERGO_SCREENSHOT"); keep != "" {
		if err := os.WriteFile(keep, f, 0o644); err != nil {
			t.Error(err)
		}
	}
	pic, err := png.Decode(bytes.NewReader(f))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	inked, colours := ink(pic)
	t.Logf("screenshot %v: %.1f%% of pixels not white, %d colours", pic.Bounds().Size(), 100*inked, colours)
	if inked < 0.03 || colours < 64 {
		t.Errorf("the screenshot looks blank: %.1f%% of pixels not white, %d colours", 100*inked, colours)
	}
}

// startNotebookServer starts the classic Notebook on a free port of the
// loopback, without a token, serving nbDir; it returns its address once it
// answers, and stops it when the test ends.
func startNotebookServer(t *testing.T, env []string, dir, nbDir string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	var log bytes.Buffer
	server := exec.Command(python, "-m", "notebook", "--no-browser", "--allow-root",
		"--ip=127.0.0.1", fmt.Sprintf("--port=%d", port), "--port-retries=0",
		"--NotebookApp.token=", "--NotebookApp.password=", "--notebook-dir="+nbDir)
	server.Env = append(env, "JUPYTER_CONFIG_DIR="+filepath.Join(dir, "config"), "HOME="+dir)
	server.Stdout, server.Stderr = &log, &log
	server.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		syscall.Kill(-server.Process.Pid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { server.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			syscall.Kill(-server.Process.Pid, syscall.SIGKILL)
			<-done
		}
	})
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/api")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the Notebook server did not answer on %s: %v\n%s", base, err, log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// runChromium runs headless Chromium with a fresh profile and returns what
// it writes on standard output.
func runChromium(t *testing.T, dir, profile string, args ...string) string {
	t.Helper()
	args = append(append([]string{"--user-data-dir=" + filepath.Join(dir, "chromium-"+profile)}, chromiumFlags...), args...)
	cmd := exec.Command(chromium, args...)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	cmd.Env = append(os.Environ(), "HOME="+dir)
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, errs.String())
		}
	case <-time.After(3 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("chromium %s: no answer in 3 minutes\n%s", strings.Join(args, " "), errs.String())
	}
	return out.String()
}

var outputArea = regexp.MustCompile(`<div class="output_subarea[^"]*"`)

// outputAreas splits a rendered classic-Notebook page into the HTML of its
// cell outputs (each from its output_subarea to the next one).
func outputAreas(dom string) []string {
	idx := outputArea.FindAllStringIndex(dom, -1)
	var areas []string
	for k, ix := range idx {
		end := len(dom)
		if k+1 < len(idx) {
			end = idx[k+1][0]
		}
		areas = append(areas, dom[ix[0]:end])
	}
	return areas
}

// ink is the share of pixels that are not (nearly) white and the number of
// distinct colours of a picture.
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
