// Package modules fetches the Go packages a session does not carry — any
// module the Go module proxy serves, `import "github.com/montanaflynn/stats"`
// — with the go command's own module machinery, and presents their source
// to the interpreter, which runs them from source as it runs cells.
//
// A Dir is a directory with a go.mod: the session's (Cache: one per user,
// DIVERGO_MODULES or the user's cache directory, where `.get
// MODULE@VERSION` pins a version and an import of a package no module in
// it provides runs `go get`), or a program's own module (Open, for
// `divergo run`: its go.mod decides, as for `go run`). The module cache
// is the go command's (GOMODCACHE): a module is downloaded once per
// machine.
//
// Packages are listed as a build without cgo sees them, with the purego
// tag (so that packages with assembly and a pure-Go fallback take the
// fallback). A package that still needs cgo or assembly is refused with a
// message naming it and why, as is a fetch that fails (no network, a
// module or version the proxy does not serve). What the interpreter then
// cannot run it says itself, when the package is imported.
package modules

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// A Package is a package listed by the go command.
type Package struct {
	ImportPath string
	Name       string
	Dir        string
	Standard   bool
	GoFiles    []string
	SFiles     []string
	// IgnoredGoFiles are the files build constraints leave out: those of
	// a package that needs cgo, among them.
	IgnoredGoFiles []string
	Imports        []string
	Module         *struct{ Path, Version string }
	Error          *struct{ Err string }
	DepsErrors     []*struct{ Err string }
}

// Dir is a module directory whose packages a session or program imports.
type Dir struct {
	mu    sync.Mutex
	dir   string
	fetch bool // may add requirements (go get); false for a program's own go.mod
	pkgs  map[string]*Package
	fs    *sourceFS
}

// An Error is a package that cannot be imported, and why.
type Error struct {
	Package string // the import path asked for
	Reason  string
}

func (e *Error) Error() string { return fmt.Sprintf("cannot import %s: %s", e.Package, e.Reason) }

const cacheModule = "divergo.local/session"

// CacheDir is the session's module directory: DIVERGO_MODULES, else
// divergo/modules in the user's cache directory.
func CacheDir() (string, error) {
	if d := os.Getenv("DIVERGO_MODULES"); d != "" {
		return d, nil
	}
	c, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no directory for fetched modules (set DIVERGO_MODULES): %w", err)
	}
	return filepath.Join(c, "divergo", "modules"), nil
}

// Cache is the session's module directory (CacheDir), made with its
// go.mod when something is first fetched.
func Cache() (*Dir, error) {
	dir, err := CacheDir()
	if err != nil {
		return nil, err
	}
	return newDir(dir, true), nil
}

// prepare makes a fetching directory's go.mod (and a package for go list
// to stand in) if they are missing; d.mu is held.
func (d *Dir) prepare() error {
	if !d.fetch {
		return nil
	}
	if err := os.MkdirAll(d.dir, 0o755); err != nil {
		return fmt.Errorf("the directory for fetched modules: %w", err)
	}
	mod := filepath.Join(d.dir, "go.mod")
	if _, err := os.Stat(mod); errors.Is(err, fs.ErrNotExist) {
		v := strings.TrimPrefix(runtime.Version(), "go")
		if parts := strings.SplitN(v, ".", 3); len(parts) >= 2 {
			v = parts[0] + "." + parts[1]
		}
		text := fmt.Sprintf("// The modules divergo sessions fetched (`.get MODULE@VERSION` pins one).\nmodule %s\n\ngo %s\n", cacheModule, v)
		if err := os.WriteFile(mod, []byte(text), 0o644); err != nil {
			return err
		}
	}
	doc := filepath.Join(d.dir, "doc.go")
	if _, err := os.Stat(doc); errors.Is(err, fs.ErrNotExist) {
		text := "// Package session is the module of divergo's fetched packages.\npackage session\n"
		if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Open is the module of a program's directory (the nearest go.mod above
// dir), or nil when there is none: its requirements decide, and nothing
// is added to them.
func Open(dir string) *Dir {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return newDir(d, false)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return nil
		}
		d = parent
	}
}

func newDir(dir string, fetch bool) *Dir {
	return &Dir{dir: dir, fetch: fetch, pkgs: map[string]*Package{}, fs: &sourceFS{pkgs: map[string]*Package{}}}
}

// Path is the directory holding go.mod.
func (d *Dir) Path() string { return d.dir }

// FS presents the source of the packages Need made available as a GOPATH
// (src/IMPORT/PATH/FILE.go), only the files a build uses, for the
// interpreter's SourcecodeFilesystem (with an empty GoPath).
func (d *Dir) FS() fs.FS { return d.fs }

// Fetched reports whether an import path is a package Need made available.
func (d *Dir) Fetched(importPath string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	p := d.pkgs[importPath]
	return p != nil && !p.Standard
}

// Remote reports whether an import path names a package outside the
// standard library (its first element has a dot, as a module path must).
func Remote(importPath string) bool {
	first, _, _ := strings.Cut(importPath, "/")
	return strings.Contains(first, ".")
}

// Get runs `go get SPEC` (MODULE@VERSION, MODULE, or a package path) in a
// fetching directory and returns what the module now requires of it
// ("github.com/montanaflynn/stats v0.7.1"). Packages already imported by
// an interpreter keep the version they had there.
func (d *Dir) Get(ctx context.Context, spec string) (string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.fetch {
		return "", fmt.Errorf("%s has its own go.mod: change its requirements there", d.dir)
	}
	mod, _, _ := strings.Cut(spec, "@")
	if err := d.prepare(); err != nil {
		return "", err
	}
	if _, err := d.goCmd(ctx, "get", spec); err != nil {
		return "", &Error{Package: mod, Reason: fetchReason(err)}
	}
	// Listed packages may now come from another version.
	d.pkgs = map[string]*Package{}
	d.fs.reset()
	out, err := d.goCmd(ctx, "list", "-m", "-f", "{{.Path}} {{.Version}}", "all")
	if err != nil {
		return "", err
	}
	best := ""
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		p, _, _ := strings.Cut(l, " ")
		if (p == mod || strings.HasPrefix(mod, p+"/")) && len(l) > len(best) {
			best = l
		}
	}
	if best == "" {
		return spec, nil
	}
	return best, nil
}

// Required lists the modules the directory requires ("path version"),
// sorted: what `.help` shows as fetched.
func (d *Dir) Required() []string {
	data, err := os.ReadFile(filepath.Join(d.dir, "go.mod"))
	if err != nil {
		return nil
	}
	var out []string
	block := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "require (":
			block = true
		case block && l == ")":
			block = false
		case block || strings.HasPrefix(l, "require "):
			l = strings.TrimPrefix(l, "require ")
			// Every requirement is "// indirect": no package of the
			// directory's module imports them.
			if l == "" || strings.HasPrefix(l, "//") {
				continue
			}
			f := strings.Fields(l)
			if len(f) >= 2 {
				out = append(out, f[0]+" "+f[1])
			}
		}
	}
	sort.Strings(out)
	return out
}

// Need makes the packages of importPaths (and what they import) available
// to FS, fetching their modules when the directory fetches and no module
// in it provides them. It returns an *Error for a package that cannot be
// imported: its fetch failed, or it (or a package it imports) needs cgo or
// assembly.
func (d *Dir) Need(ctx context.Context, importPaths ...string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	var missing []string
	for _, p := range importPaths {
		if d.pkgs[p] == nil {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if err := d.prepare(); err != nil {
		return err
	}
	pkgs, err := d.list(ctx, missing)
	if err != nil {
		return err
	}
	byPath := map[string]*Package{}
	for _, p := range pkgs {
		byPath[p.ImportPath] = p
	}
	// A package no module provides: go get it, once, and list again.
	var get []string
	for _, p := range missing {
		if q := byPath[p]; q == nil || (q.Error != nil && notProvided(q.Error.Err)) {
			get = append(get, p)
		}
	}
	if len(get) > 0 {
		if !d.fetch {
			return &Error{Package: get[0], Reason: "no module required by " + filepath.Join(d.dir, "go.mod") + " provides it (go get " + get[0] + " there)"}
		}
		for _, p := range get {
			if _, err := d.goCmd(ctx, "get", p); err != nil {
				return &Error{Package: p, Reason: fetchReason(err)}
			}
		}
		if pkgs, err = d.list(ctx, missing); err != nil {
			return err
		}
	}
	byPath = map[string]*Package{}
	for _, p := range pkgs {
		byPath[p.ImportPath] = p
	}
	// Each asked package, then what it needs.
	for _, asked := range missing {
		if err := d.check(asked, byPath); err != nil {
			return err
		}
	}
	for _, p := range pkgs {
		d.pkgs[p.ImportPath] = p
		if !p.Standard {
			d.fs.add(p)
		}
	}
	return nil
}

// check refuses a package that needs what the interpreter cannot give, or
// that imports such a package.
func (d *Dir) check(asked string, byPath map[string]*Package) error {
	seen := map[string]bool{}
	var walk func(path string, via []string) error
	walk = func(path string, via []string) error {
		if seen[path] {
			return nil
		}
		seen[path] = true
		p := byPath[path]
		if p == nil {
			return nil
		}
		where := ""
		if len(via) > 0 {
			where = " (imported by " + strings.Join(via, " ← ") + ")"
		}
		if p.Standard {
			return nil
		}
		if p.Error != nil {
			if f := cgoFile(p); f != "" {
				return &Error{Package: asked, Reason: fmt.Sprintf("package %s needs cgo (import \"C\" in %s)%s, which the interpreter cannot run", path, f, where)}
			}
			return &Error{Package: asked, Reason: proxyURL.ReplaceAllString(firstLine(p.Error.Err), "the module proxy answered ")}
		}
		if len(p.SFiles) > 0 {
			return &Error{Package: asked, Reason: fmt.Sprintf("package %s is partly written in assembly (%s)%s, which the interpreter cannot run", path, strings.Join(p.SFiles, ", "), where)}
		}
		for _, imp := range p.Imports {
			if imp == "C" {
				return &Error{Package: asked, Reason: fmt.Sprintf("package %s needs cgo%s, which the interpreter cannot run", path, where)}
			}
			if err := walk(imp, append(via, path)); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(asked, nil)
}

// cgoFile is a file of p that build constraints left out and that imports
// "C", or "".
func cgoFile(p *Package) string {
	for _, f := range p.IgnoredGoFiles {
		data, err := os.ReadFile(filepath.Join(p.Dir, f))
		if err == nil && bytes.Contains(data, []byte("import \"C\"")) {
			return f
		}
	}
	return ""
}

// list runs go list on paths and their dependencies.
func (d *Dir) list(ctx context.Context, paths []string) ([]*Package, error) {
	out, err := d.goCmd(ctx, append([]string{"list", "-e", "-deps", "-tags", "purego",
		"-json=ImportPath,Name,Dir,Standard,GoFiles,SFiles,IgnoredGoFiles,Imports,Module,Error,DepsErrors"}, paths...)...)
	if err != nil {
		return nil, &Error{Package: paths[0], Reason: fetchReason(err)}
	}
	var pkgs []*Package
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		p := new(Package)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list: %w", err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

// notProvided reports whether go list's error says that no module of the
// build list provides the package.
func notProvided(msg string) bool {
	return strings.Contains(msg, "no required module provides package") ||
		strings.Contains(msg, "cannot find module providing package") ||
		strings.Contains(msg, "is not in std")
}

// goCmd runs the go command in the directory: without cgo, without a
// workspace, with the installed toolchain, modules added to go.mod as
// needed. Its error holds the command's standard error.
func (d *Dir) goCmd(ctx context.Context, args ...string) (string, error) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		goCmd = filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goCmd); err != nil {
			return "", errors.New("the go command is not installed: fetching a module needs it")
		}
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, goCmd, args...)
	cmd.Dir = d.dir
	env := append(os.Environ(), "CGO_ENABLED=0", "GOWORK=off", "GOTOOLCHAIN=local")
	if d.fetch {
		env = append(env, "GOFLAGS=-mod=mod")
	}
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return string(out), errors.New(msg)
	}
	return string(out), nil
}

// fetchReason says why a go command that fetches failed, in a line.
func fetchReason(err error) string {
	msg := err.Error()
	for _, offline := range []string{"dial tcp", "no such host", "connection refused", "network is unreachable",
		"i/o timeout", "TLS handshake timeout", "GOPROXY=off", "GOFLAGS=-mod=vendor"} {
		if strings.Contains(msg, offline) {
			return "the module cannot be fetched: no network (or no module proxy) here: " + lastLine(msg)
		}
	}
	// "reading https://…/@v/list: 404 Not Found": the proxy's answer,
	// without its address.
	return proxyURL.ReplaceAllString(lastLine(msg), "the module proxy answered ")
}

var proxyURL = regexp.MustCompile(`reading https?://\S+: `)

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// lastLine is the go command's error without its "go: " prefix; the last
// line says what failed, the lines before say what it was doing.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	l := strings.TrimSpace(lines[len(lines)-1])
	return strings.TrimPrefix(l, "go: ")
}

// sourceFS is a GOPATH of the listed packages: src/PATH is a package's
// directory holding only the files a build takes.
type sourceFS struct {
	mu   sync.Mutex
	pkgs map[string]*Package
}

func (f *sourceFS) add(p *Package) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pkgs[p.ImportPath] = p
}

func (f *sourceFS) reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pkgs = map[string]*Package{}
}

func (f *sourceFS) Open(name string) (fs.File, error) {
	// The interpreter joins paths with the OS's separator.
	name = filepath.ToSlash(name)
	rest, ok := strings.CutPrefix(name, "src/")
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	f.mu.Lock()
	p := f.pkgs[rest]
	var file string
	if p == nil {
		dir, base := path.Split(rest)
		if q := f.pkgs[strings.TrimSuffix(dir, "/")]; q != nil {
			for _, g := range q.GoFiles {
				if g == base {
					p, file = q, g
				}
			}
		}
	}
	f.mu.Unlock()
	if p == nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	if file != "" {
		return os.Open(filepath.Join(p.Dir, file))
	}
	return &pkgDir{p: p}, nil
}

// pkgDir is a package's directory: its Go files only.
type pkgDir struct {
	p    *Package
	read bool
}

func (d *pkgDir) Stat() (fs.FileInfo, error) { return os.Stat(d.p.Dir) }
func (d *pkgDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.p.Dir, Err: errors.New("is a directory")}
}
func (d *pkgDir) Close() error { return nil }

func (d *pkgDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if d.read {
		if n > 0 {
			return nil, io.EOF
		}
		return nil, nil
	}
	d.read = true
	var out []fs.DirEntry
	for _, g := range d.p.GoFiles {
		fi, err := os.Stat(filepath.Join(d.p.Dir, g))
		if err != nil {
			return nil, err
		}
		out = append(out, fs.FileInfoToDirEntry(fi))
	}
	return out, nil
}
