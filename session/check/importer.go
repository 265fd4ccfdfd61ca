package check

// This file implements the importer: packages come from the export data
// embedded in the binary (exportdata_linux_amd64.zip: every standard
// package a cell may import and the prelude's packages, written by
// internal/exportgen), and else from the export data the go command writes
// into its build cache (`go list -export`, where the toolchain and the
// module's sources are there), read by go/importer's gc importer. One
// importer serves the whole process. Go's export data is deep: a package's
// own entry is all the importer reads to import it, so the prelude's
// packages decode in about 10 ms at a process's first check. Packages
// fetched from modules (package modules) are listed in their module
// directory (UseModules).
//
// Regenerate the embedded data after changing the exported API of
// builtins, display or plots, or the Go version (TestExportDataCurrent
// fails until then):
//
//go:generate go run ./internal/exportgen -o exportdata_linux_amd64.zip gonum.org/v1/gonum/stat gonum.org/v1/gonum/floats gonum.org/v1/gonum/mat gonum.org/v1/plot gonum.org/v1/plot/plotter gonum.org/v1/plot/vg gonum.org/v1/plot/vg/draw github.com/divergo/divergo/display github.com/divergo/divergo/plots github.com/divergo/divergo/builtins

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// exportImporter finds a package's export data with `go list -export`, run
// in the module's directory, and decodes it with go/importer's gc importer
// (which keeps every package it decoded).
type exportImporter struct {
	mu      sync.Mutex
	zip     *zip.Reader       // the embedded export data; nil where there is none
	goCmd   string            // "" when the go command or the module's sources are missing
	dir     string            // the module's directory
	exports map[string]string // import path → export data file ("" when go list could not give one)
	gc      types.Importer
	ok      map[string]bool // packages imported without error

	// Packages fetched into a module directory of their own (package
	// modules): listed there, by UseModules.
	modDir   string
	modPaths map[string]bool
}

var (
	sharedOnce sync.Once
	shared     *exportImporter
	sharedErr  error
)

// ModuleDir is the directory of the divergo module whose packages a session
// carries; "" finds it from this file's compile-time path (the source tree
// the binary was built from), which works in tests, in CI and for `go run`.
var ModuleDir = ""

// preloaded are the packages asked of go list at once when the importer
// starts: those of the session's prelude and their dependencies.
var preloaded = []string{
	"fmt", "math", "strings", "strconv", "sort", "time", "os", "errors", "image",
	"bytes", "io", "math/rand", "unicode", "unicode/utf8", "regexp", "encoding/json", "encoding/csv",
	"gonum.org/v1/gonum/stat", "gonum.org/v1/gonum/floats", "gonum.org/v1/gonum/mat",
	"gonum.org/v1/plot", "gonum.org/v1/plot/plotter", "gonum.org/v1/plot/vg", "gonum.org/v1/plot/vg/draw",
	"github.com/divergo/divergo/display", "github.com/divergo/divergo/plots", "github.com/divergo/divergo/builtins",
}

// sharedImporter returns the process's importer, starting it on first use
// (one go list, about 0.2 s with a warm build cache). It fails when
// checking is off (DIVERGO_TYPECHECK=off), when the go command or the
// module's sources are missing, or when go list fails.
func sharedImporter() (*exportImporter, error) {
	sharedOnce.Do(func() {
		shared, sharedErr = startImporter()
	})
	return shared, sharedErr
}

func startImporter() (*exportImporter, error) {
	if v := os.Getenv("DIVERGO_TYPECHECK"); v == "off" || v == "0" {
		return nil, errors.New("type checking is off (DIVERGO_TYPECHECK)")
	}
	imp := &exportImporter{exports: map[string]string{}}
	if len(exportData) > 0 {
		z, err := zip.NewReader(bytes.NewReader(exportData), int64(len(exportData)))
		if err != nil {
			return nil, fmt.Errorf("embedded export data: %w", err)
		}
		imp.zip = z
	}
	goCmd, dir, err := toolchain()
	if err == nil {
		imp.goCmd, imp.dir = goCmd, dir
	}
	if imp.zip == nil {
		if err != nil {
			return nil, err
		}
		if err := imp.list(true, preloaded...); err != nil {
			return nil, err
		}
	}
	imp.gc = importer.ForCompiler(token.NewFileSet(), "gc", imp.lookup)
	return imp, nil
}

// toolchain finds the go command and the module's directory, for the
// packages the embedded data lacks.
func toolchain() (goCmd, dir string, err error) {
	dir = ModuleDir
	if dir == "" {
		dir = moduleDir()
	}
	if dir == "" {
		return "", "", errors.New("the divergo module's sources are not found")
	}
	goCmd, err = exec.LookPath("go")
	if err != nil {
		goCmd = filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goCmd); err != nil {
			return "", "", errors.New("the go command is not found")
		}
	}
	return goCmd, dir, nil
}

// moduleDir is the directory above this file that holds divergo's go.mod.
func moduleDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	for dir := filepath.Dir(file); ; {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			if bytes.Contains(data, []byte("module github.com/divergo/divergo\n")) {
				return dir
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// list asks go list for the export data of paths (and, with deps, of their
// dependencies); imp.mu is held or the importer is not shared yet.
func (imp *exportImporter) list(deps bool, paths ...string) error {
	args := []string{"list", "-e", "-export", "-f", "{{.ImportPath}}={{.Export}}"}
	if deps {
		args = append(args, "-deps")
	}
	cmd := exec.Command(imp.goCmd, append(args, paths...)...)
	cmd.Dir = imp.dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		path, file, ok := strings.Cut(sc.Text(), "=")
		if ok {
			imp.exports[path] = file
		}
	}
	for _, p := range paths {
		if _, ok := imp.exports[p]; !ok {
			imp.exports[p] = ""
		}
	}
	return nil
}

// lookup opens a package's export data (the gc importer's lookup): the
// embedded entry, else the go command's.
func (imp *exportImporter) lookup(path string) (io.ReadCloser, error) {
	if imp.zip != nil {
		if f, err := imp.zip.Open(path); err == nil {
			return f, nil
		}
	}
	if imp.modPaths[path] {
		return imp.lookupModule(path)
	}
	if imp.goCmd == "" {
		return nil, fmt.Errorf("no export data for %s", path)
	}
	file, ok := imp.exports[path]
	if !ok {
		if err := imp.list(false, path); err != nil {
			return nil, err
		}
		file = imp.exports[path]
	}
	if file == "" {
		return nil, fmt.Errorf("no export data for %s", path)
	}
	return os.Open(file)
}

// lookupModule opens the export data of a fetched package, which the go
// command builds in the module directory (as package modules lists it:
// without cgo, with the purego tag).
func (imp *exportImporter) lookupModule(path string) (io.ReadCloser, error) {
	key := imp.modDir + "\x00" + path
	file, ok := imp.exports[key]
	if !ok {
		goCmd, err := exec.LookPath("go")
		if err != nil {
			return nil, fmt.Errorf("no export data for %s: the go command is not found", path)
		}
		cmd := exec.Command(goCmd, "list", "-e", "-export", "-tags", "purego", "-f", "{{.Export}}", path)
		cmd.Dir = imp.modDir
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("no export data for %s: %v", path, err)
		}
		file = strings.TrimSpace(string(out))
		imp.exports[key] = file
	}
	if file == "" {
		return nil, fmt.Errorf("no export data for %s", path)
	}
	return os.Open(file)
}

// UseModules makes the process's importer take the packages of paths from
// the module directory dir (fetched by package modules), their export
// data built there by the go command. A package decoded once keeps its
// types for the process: a version pinned anew after an import is seen
// after `.reset` (a new worker process).
func UseModules(dir string, paths ...string) {
	imp, err := sharedImporter()
	if err != nil {
		return
	}
	imp.mu.Lock()
	defer imp.mu.Unlock()
	if imp.modDir != dir {
		imp.modDir, imp.modPaths = dir, map[string]bool{}
	}
	for _, p := range paths {
		imp.modPaths[p] = true
	}
}

// Import returns the package of an import path.
func (imp *exportImporter) Import(path string) (*types.Package, error) {
	imp.mu.Lock()
	defer imp.mu.Unlock()
	pkg, err := imp.gc.Import(path)
	if err == nil {
		if imp.ok == nil {
			imp.ok = map[string]bool{}
		}
		imp.ok[path] = true
	}
	return pkg, err
}

// imported reports whether a package has imported without error (it
// then imports again, from the gc importer's packages).
func (imp *exportImporter) imported(path string) bool {
	imp.mu.Lock()
	defer imp.mu.Unlock()
	return imp.ok[path]
}

// Warm starts the process's importer and decodes the packages of paths,
// for a caller to run on a goroutine of its own while it does other work:
// the first Check then finds them ready.
func Warm(paths ...string) {
	imp, err := sharedImporter()
	if err != nil {
		return
	}
	for _, p := range paths {
		imp.Import(p)
	}
}

// Importer returns the process's importer of packages for go/types (the
// embedded export data, else the go command's), for checking whole
// programs (package gorun); it fails where there is none.
func Importer() (types.Importer, error) {
	imp, err := sharedImporter()
	if err != nil {
		return nil, err
	}
	return imp, nil
}
