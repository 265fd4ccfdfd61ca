package gorun

import (
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strings"

	"github.com/divergo/divergo/session/check"
)

// lowerAsserts rewrites the program's assertions to interface types and
// its type switches with interface cases into calls of helpers declared
// after it (check.InterfaceAsserts), and type-checks the result, which the
// refusals and the other lowerings then judge. A program it does not
// change, or whose rewrite Go's checker would reject (a bug of divergo's,
// reported on standard error when DIVERGO_SHOW_LOWERED is set), is
// returned as it was.
func lowerAsserts(name string, src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info) {
	if f == nil || info == nil {
		return src, f, info
	}
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	text := func(from, to token.Pos) string { return string(src[tf(from):tf(to)]) }
	spans, decls := check.InterfaceAsserts(f, info, fileTypeName(f), text, "__gorunrt")
	if len(spans) == 0 {
		return src, f, info
	}
	return rewriteChecked(name, "interface assertions", src, f, info, spans, decls, true)
}

// rewriteChecked applies a pre-pass's spans to src, appends decls after
// the program (and the helpers' import, with rt), and type-checks the
// result, which the refusals and the other lowerings then judge. Spans
// that overlap, or a rewrite Go's checker would reject (a bug of
// divergo's, reported on standard error when DIVERGO_SHOW_LOWERED is
// set), leave the program as it was.
func rewriteChecked(name, what string, src []byte, f *ast.File, info *types.Info, spans []check.Span, decls []string, rt bool) ([]byte, *ast.File, *types.Info) {
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	sort.SliceStable(spans, func(a, b int) bool { return spans[a].Pos < spans[b].Pos })
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if tf(sp.Pos) < last {
			return src, f, info // overlapping rewrites: left to the refusals
		}
		b.Write(src[last:tf(sp.Pos)])
		b.WriteString(sp.Text)
		last = tf(sp.End)
	}
	b.Write(src[last:])
	for _, d := range decls {
		b.WriteString("\n\n" + d)
	}
	out := b.String()
	if rt {
		at := tf(f.Name.End())
		out = out[:at] + "; import __gorunrt \"" + rtPath + "\"" + out[at:]
	}
	msgs, info2, f2 := compileErrors(name, []byte(out))
	if len(msgs) > 0 || info2 == nil {
		if os.Getenv("DIVERGO_SHOW_LOWERED") != "" {
			os.Stderr.WriteString("divergo run: the lowering of " + what + " failed:\n" + strings.Join(msgs, "\n") + "\n" + out + "\n")
		}
		return src, f, info
	}
	return []byte(out), f2, info2
}

// rtImporter gives Go's checker the helpers' package, as the lowered
// program sees it (runtimeSymbols), besides the importer's packages.
type rtImporter struct{ types.Importer }

var rtPackage = func() *types.Package {
	pkg := types.NewPackage(rtPath, "rt")
	str := types.Typ[types.String]
	v := func(name string, t types.Type) *types.Var { return types.NewParam(token.NoPos, pkg, name, t) }
	params := types.NewTuple(v("x", types.NewInterfaceType(nil, nil)), v("static", str), v("concrete", str), v("target", str), v("methods", types.NewSlice(str)))
	results := types.NewTuple(v("", types.Universe.Lookup("error").Type()))
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, "AssertionFailed", types.NewSignatureType(nil, nil, nil, params, results, true)))
	native := types.NewTuple(v("x", types.NewInterfaceType(nil, nil)), v("target", str), v("methods", types.NewSlice(str)))
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, "NativeAssert", types.NewSignatureType(nil, nil, nil, native, nil, true)))
	has := types.NewTuple(v("x", types.NewInterfaceType(nil, nil)), v("pairs", types.NewSlice(types.NewInterfaceType(nil, nil))))
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, "NativeHas", types.NewSignatureType(nil, nil, nil, has, types.NewTuple(v("", types.Typ[types.Bool])), true)))
	errT := types.Universe.Lookup("error").Type()
	children := types.NewTuple(v("e", errT))
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, "ErrorChildren", types.NewSignatureType(nil, nil, nil, children, types.NewTuple(v("", types.NewSlice(errT))), false)))
	pkg.MarkComplete()
	return pkg
}()

func (r rtImporter) Import(path string) (*types.Package, error) {
	if path == rtPath {
		return rtPackage, nil
	}
	return r.Importer.Import(path)
}

func (r rtImporter) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	if path == rtPath {
		return rtPackage, nil
	}
	if from, ok := r.Importer.(types.ImporterFrom); ok {
		return from.ImportFrom(path, dir, mode)
	}
	return r.Importer.Import(path)
}
