package modules_test

import (
	"context"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/divergo/divergo/modules"
	"github.com/divergo/divergo/session/symbols"
)

// cache is a fresh session module directory; the module cache stays the
// machine's, so a module is downloaded once.
func cache(t *testing.T) *modules.Dir {
	t.Helper()
	t.Setenv("DIVERGO_MODULES", t.TempDir())
	d, err := modules.Cache()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// need is d.Need, skipped without network outside CI (in CI the module
// proxy must be reachable, and the test fails).
func need(t *testing.T, d *modules.Dir, paths ...string) error {
	t.Helper()
	err := d.Need(context.Background(), paths...)
	var me *modules.Error
	if errors.As(err, &me) && strings.Contains(me.Reason, "no network") && os.Getenv("CI") == "" {
		t.Skip(err)
	}
	return err
}

func interpreter(t *testing.T, d *modules.Dir) *interp.Interpreter {
	t.Helper()
	i := interp.New(interp.Options{SourcecodeFilesystem: d.FS()})
	if err := i.Use(symbols.Stdlib()); err != nil {
		t.Fatal(err)
	}
	return i
}

func TestStatsFromSource(t *testing.T) {
	d := cache(t)
	if err := need(t, d, "github.com/montanaflynn/stats"); err != nil {
		t.Fatal(err)
	}
	if !d.Fetched("github.com/montanaflynn/stats") {
		t.Fatal("not fetched")
	}
	i := interpreter(t, d)
	v, err := i.Eval(`import "github.com/montanaflynn/stats"`)
	if err != nil {
		t.Fatal(err)
	}
	v, err = i.Eval(`stats.Median([]float64{5, 1, 4, 2, 3})`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Interface(); got != 3.0 {
		t.Errorf("median %v, want 3", got)
	}
	req := strings.Join(d.Required(), ";")
	if !strings.Contains(req, "github.com/montanaflynn/stats v") {
		t.Errorf("go.mod requires %q", req)
	}
}

func TestGetPinsVersion(t *testing.T) {
	d := cache(t)
	if err := need(t, d, "github.com/montanaflynn/stats"); err != nil {
		t.Fatal(err)
	}
	got, err := d.Get(context.Background(), "github.com/montanaflynn/stats@v0.7.1")
	if err != nil {
		t.Fatal(err)
	}
	if got != "github.com/montanaflynn/stats v0.7.1" {
		t.Errorf("Get: %q", got)
	}
	if err := need(t, d, "github.com/montanaflynn/stats"); err != nil {
		t.Fatal(err)
	}
	// v0.7.1 has no ArgMax (the latest, v0.14.0, has).
	i := interpreter(t, d)
	if _, err := i.Eval(`import "github.com/montanaflynn/stats"`); err != nil {
		t.Fatal(err)
	}
	if _, err := i.Eval(`stats.ArgMax`); err == nil {
		t.Error("stats.ArgMax exists at v0.7.1")
	}
	if _, err := i.Eval(`stats.Mean([]float64{1, 2})`); err != nil {
		t.Error(err)
	}
}

func TestOffline(t *testing.T) {
	d := cache(t)
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOFLAGS", "")
	err := d.Need(context.Background(), "example.com/divergo/not-cached/anywhere")
	var me *modules.Error
	if !errors.As(err, &me) || me.Package != "example.com/divergo/not-cached/anywhere" || !strings.Contains(me.Reason, "no network") {
		t.Fatalf("got %v", err)
	}
}

// A program's own module (testdata/local): packages that need cgo or
// assembly, or import one that does, are refused with the reason.
func TestRefused(t *testing.T) {
	d := modules.Open("testdata/local/plain")
	if d == nil {
		t.Fatal("no module found above testdata/local/plain")
	}
	for path, want := range map[string]string{
		"example.com/local/needc":   `cannot import example.com/local/needc: package example.com/local/needc needs cgo (import "C" in needc.go), which the interpreter cannot run`,
		"example.com/local/plain":   `cannot import example.com/local/plain: package example.com/local/needc needs cgo (import "C" in needc.go) (imported by example.com/local/plain), which the interpreter cannot run`,
		"example.com/local/missing": "cannot import example.com/local/missing: ",
	} {
		err := d.Need(context.Background(), path)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: got %v\nwant %s", path, err, want)
		}
	}
	if runtime.GOARCH == "amd64" {
		err := d.Need(context.Background(), "example.com/local/asm")
		want := "cannot import example.com/local/asm: package example.com/local/asm is partly written in assembly (asm_amd64.s), which the interpreter cannot run"
		if err == nil || err.Error() != want {
			t.Errorf("got %v\nwant %s", err, want)
		}
	}
}
