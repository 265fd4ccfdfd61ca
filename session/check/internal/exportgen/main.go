// Command exportgen writes the export data the type checker embeds: for
// each package a cell can import without fetching anything — every
// standard-library package outside internal/ and vendor/, and the packages
// of the session's prelude — the __.PKGDEF member of the archive the go
// command builds (`go list -export`), which holds the package's type
// information, one zip entry per import path, each an archive of that one
// member (the form go/importer reads). Go's export data is deep:
// importing a package needs its own entry only.
//
// Usage (from session/check's go:generate line):
//
//	go run ./internal/exportgen -o exportdata_linux_amd64.zip PACKAGE…
//
// The data is for the GOOS and GOARCH of the go command's environment
// (linux/amd64 here), without cgo; the entries are stored, not compressed
// (decoding the prelude took 22 ms from deflated entries, 10 ms stored);
// the entries are written in order with a fixed time, so
// that the same inputs give the same bytes.
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	out := flag.String("o", "", "the zip file to write")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: exportgen -o FILE.zip PACKAGE…")
		os.Exit(2)
	}
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "exportgen:", err)
		os.Exit(1)
	}
}

func run(out string, extra []string) error {
	std, err := goList("-f", "{{if not .Standard}}{{else}}{{.ImportPath}}{{end}}", "std")
	if err != nil {
		return err
	}
	var pkgs []string
	for _, p := range strings.Fields(std) {
		if importable(p) {
			pkgs = append(pkgs, p)
		}
	}
	pkgs = append(pkgs, extra...)
	// -trimpath: positions in export data name files relative to their
	// module ("github.com/divergo/divergo/builtins/kl.go"), not the clone's
	// directory, so that every checkout generates the same bytes.
	listing, err := goList(append([]string{"-export", "-trimpath", "-f", "{{.ImportPath}}={{.Export}}"}, pkgs...)...)
	if err != nil {
		return err
	}
	files := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(listing))
	for sc.Scan() {
		path, file, _ := strings.Cut(sc.Text(), "=")
		if file != "" {
			files[path] = file
		}
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range paths {
		def, err := pkgdef(files[p])
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p, Method: zip.Store, Modified: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		if _, err := w.Write(archive(def)); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// importable reports whether a cell may import a standard package.
func importable(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if part == "internal" || part == "vendor" {
			return false
		}
	}
	return !strings.HasPrefix(p, "cmd/")
}

func goList(args ...string) (string, error) {
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	// divergo builds without cgo (README): export data as such a build
	// sees the packages (net and os/user differ with cgo), whatever the
	// environment of the run.
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}

// archive wraps a __.PKGDEF member in an archive of its own, the form
// go/importer's gc importer reads.
func archive(def []byte) []byte {
	var b bytes.Buffer
	b.WriteString("!<arch>\n")
	fmt.Fprintf(&b, "%-16s%-12s%-6s%-6s%-8s%-10d`\n", "__.PKGDEF", "0", "0", "0", "644", len(def))
	b.Write(def)
	if len(def)%2 == 1 {
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// pkgdef returns the __.PKGDEF member of a Go archive ("!<arch>\n", then
// members each after a 60-byte header: name 16, date 12, uid 6, gid 6,
// mode 8, size 10, magic 2; a member is padded to an even length).
func pkgdef(file string) ([]byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte("!<arch>\n")) {
		return nil, errors.New("not an archive")
	}
	r := bytes.NewReader(data[8:])
	for {
		var h [60]byte
		if _, err := io.ReadFull(r, h[:]); err != nil {
			return nil, errors.New("no __.PKGDEF member")
		}
		size, err := strconv.Atoi(strings.TrimSpace(string(h[48:58])))
		if err != nil {
			return nil, fmt.Errorf("bad member size %q", h[48:58])
		}
		body := make([]byte, size)
		if _, err := io.ReadFull(r, body); err != nil {
			return nil, err
		}
		if size%2 == 1 {
			r.ReadByte()
		}
		if strings.TrimSpace(string(h[:16])) == "__.PKGDEF" {
			return body, nil
		}
	}
}
