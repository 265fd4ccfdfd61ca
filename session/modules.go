package session

// This file implements imports of packages the session does not carry:
// `import "github.com/montanaflynn/stats"` fetches the module with the go
// command (package modules; the session's module directory is the
// user's, DIVERGO_MODULES or the cache directory), the type checker reads
// the package's export data from there, and the interpreter runs its
// source (its SourcecodeFilesystem is the directory's FS). `.get
// MODULE@VERSION` (`%go get MODULE@VERSION` in notebooks) pins a version.

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"time"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/modules"
	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/check"
	"github.com/divergo/divergo/session/symbols"
	"github.com/divergo/divergo/session/symbols/std"
)

func init() {
	addCommand(&command{name: "get", aliases: []string{"go"}, args: "[MODULE[@VERSION]]",
		summary: "fetch a module (any pure-Go one) for import, or pin its version (%go get … in notebooks)", run: (*Session).cmdGet})
}

// Carried reports whether the session has a symbol table for an import
// path (the standard library's, its own packages' and their aliases):
// other packages come from modules.
func Carried(path string) bool {
	base := path[strings.LastIndexByte(path, '/')+1:]
	if _, ok := std.Symbols[path+"/"+base]; ok {
		return true
	}
	if _, ok := symbols.Symbols[path+"/"+base]; ok {
		return true
	}
	_, alias := importAliases[path]
	return alias || path == rtPath || path == "github.com/gopherdata/gophernotes/display"
}

// fetchImports makes the packages a cell imports from modules available to
// the checker and the interpreter, fetching them when needed; a package
// that cannot be imported fails the cell at its import, changing nothing.
func (s *Session) fetchImports(ctx context.Context, pc *cells.Parsed) error {
	type want struct {
		path string
		off  int
	}
	var wants []want
	for i, c := range pc.Chunks {
		d, ok := c.Decl.(*ast.GenDecl)
		if !ok || d.Tok != token.IMPORT {
			continue
		}
		for _, sp := range d.Specs {
			is := sp.(*ast.ImportSpec)
			path, _ := importName(is)
			if modules.Remote(path) && !Carried(path) {
				wants = append(wants, want{path, pc.Off(i, is.Path.Pos())})
			}
		}
	}
	if len(wants) == 0 {
		return nil
	}
	if s.mods == nil {
		return errorAt(pc.Src, wants[0].off, "cannot import "+wants[0].path+": "+s.modsErr.Error())
	}
	for _, w := range wants {
		if s.mods.Fetched(w.path) {
			continue
		}
		start := time.Now()
		err := s.mods.Need(ctx, w.path)
		var me *modules.Error
		if errors.As(err, &me) {
			return errorAt(pc.Src, w.off, me.Error())
		}
		if err != nil {
			return errorAt(pc.Src, w.off, "cannot import "+w.path+": "+err.Error())
		}
		if d := time.Since(start); d > 2*time.Second {
			s.emit(func(o Output) { o.Stderr(fmt.Sprintf("fetched %s in %.1fs\n", w.path, d.Seconds())) })
		}
		check.UseModules(s.mods.Path(), w.path)
	}
	return nil
}

// cmdGet is .get MODULE[@VERSION] (and %go get …): go get in the
// session's module directory.
func (s *Session) cmdGet(ctx context.Context, c *call) (*display.Data, error) {
	args := strings.Fields(c.args)
	if c.name == "go" {
		if len(args) == 0 || args[0] != "get" {
			return nil, &Error{Msg: "usage: " + c.prefix + "go get MODULE[@VERSION] (only go get is a command here)"}
		}
		args = args[1:]
	}
	if len(args) > 1 {
		return nil, &Error{Msg: "usage: " + c.prefix + "get MODULE[@VERSION]"}
	}
	if s.mods == nil {
		return nil, &Error{Msg: "get: " + s.modsErr.Error()}
	}
	if len(args) == 0 {
		req := s.mods.Required()
		if len(req) == 0 {
			return text("no module fetched yet (in " + s.mods.Path() + ")"), nil
		}
		return text(strings.Join(req, "\n")), nil
	}
	spec := args[0]
	mod, _, _ := strings.Cut(spec, "@")
	imported := false
	for _, path := range s.imports {
		if path == mod || strings.HasPrefix(path, mod+"/") {
			imported = true
		}
	}
	got, err := s.mods.Get(ctx, spec)
	if err != nil {
		return nil, &Error{Msg: err.Error()}
	}
	msg := "using " + got
	if imported {
		msg += " (already imported: " + c.prefix + "reset, then import it again, to use this version)"
	}
	return text(msg), nil
}

// importsHelp is .help's paragraph on what a cell can import.
func (s *Session) importsHelp() string {
	p := s.prefix()
	return "\nImports: the standard library (" + std.GoVersion + "; all but embed, os/exec, plugin, syscall,\n" +
		"unsafe, and unique and weak, whose API is all generic); gonum's stat, floats,\n" +
		"mat and plot packages; divergo's builtins, plots and display. Any other pure-Go\n" +
		"package is fetched with the go command when a cell imports it (import\n" +
		"\"github.com/montanaflynn/stats\") and runs from its source: " + p + "get MODULE@VERSION\n" +
		"pins a version, " + p + "get alone lists the fetched modules. Packages that need cgo\n" +
		"or assembly cannot be imported.\n"
}

// importPaths are the paths of the packages a cell imports.
func importPaths(pc *cells.Parsed) []string {
	var paths []string
	for _, c := range pc.Chunks {
		if d, ok := c.Decl.(*ast.GenDecl); ok && d.Tok == token.IMPORT {
			for _, sp := range d.Specs {
				path, _ := importName(sp.(*ast.ImportSpec))
				paths = append(paths, path)
			}
		}
	}
	return paths
}
