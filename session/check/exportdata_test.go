package check

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestExportDataCurrent regenerates the embedded export data and compares:
// a stale copy would make the checker judge cells against an old API of
// builtins, display or plots (run `go generate ./session/check`).
func TestExportDataCurrent(t *testing.T) {
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skip("the embedded export data is linux/amd64's")
	}
	if _, err := exec.LookPath("go"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("no go command")
		}
		t.Fatal("CI: no go command")
	}
	src, err := os.ReadFile("importer.go")
	if err != nil {
		t.Fatal(err)
	}
	var args []string
	for _, l := range strings.Split(string(src), "\n") {
		if rest, ok := strings.CutPrefix(l, "//go:generate go run ./internal/exportgen "); ok {
			args = strings.Fields(rest)
		}
	}
	if len(args) < 2 || args[0] != "-o" {
		t.Fatal("no go:generate line for exportgen in importer.go")
	}
	out := filepath.Join(t.TempDir(), "exportdata.zip")
	args[1] = out
	cmd := exec.Command("go", append([]string{"run", "./internal/exportgen"}, args...)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("exportgen: %v\n%s", err, b)
	}
	fresh, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, exportData) {
		t.Errorf("exportdata_linux_amd64.zip is stale (%d bytes; regenerated %d): run go generate ./session/check", len(exportData), len(fresh))
	}
}
