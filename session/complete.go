package session

import (
	"context"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/symbols"
	"github.com/divergo/divergo/session/symbols/std"
)

// predeclared are Go's predeclared identifiers (min, max and clear are the
// session's own).
var predeclared = []string{
	"any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64",
	"int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32",
	"uint64", "uintptr", "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex",
	"copy", "delete", "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover",
}

const builtinsPath = "github.com/divergo/divergo/builtins"

// Complete returns completions of the word before cursor (a byte offset
// into text, the cell typed so far): the offset where that word starts and
// the words that may replace text[start:cursor], sorted and without
// duplicates. It completes Go keywords and predeclared names, the builtins,
// the packages in scope and their members, names declared by earlier cells
// and earlier in this one, fields and methods of variables (evaluating
// only identifiers and selectors, never calling a function), command names
// after a leading . (: or % in notebooks), and file names after .read and
// .write. While a cell runs it offers only what does not depend on the
// session's state.
func (s *Session) Complete(text string, cursor int) (start int, candidates []string) {
	cursor = max(0, min(cursor, len(text)))
	for cursor > 0 && cursor < len(text) && !utf8.RuneStart(text[cursor]) {
		cursor--
	}
	defer func() {
		if recover() != nil { // never let completion take the front end down
			start, candidates = cursor, nil
		}
	}()
	locked := s.mu.TryLock()
	if locked {
		defer s.mu.Unlock()
	}
	before := text[:cursor]

	// Commands: the first word of the cell.
	lead := len(before) - len(strings.TrimLeftFunc(before, unicode.IsSpace))
	if t := before[lead:]; len(t) > 0 && (t[0] == '.' || t[0] == ':' || t[0] == '%') && !strings.ContainsRune(before, '\n') {
		p := t[0]
		if sp := strings.IndexFunc(t, unicode.IsSpace); sp < 0 {
			if len(t) > 1 && !cells.IsLetter(t[1]) {
				return cursor, nil
			}
			var out []string
			for _, n := range sortedCommandNames(s.opts.Frontend) {
				if strings.HasPrefix(n, t[1:]) {
					out = append(out, string(p)+n)
				}
			}
			return lead, out
		} else {
			name := t[1:sp]
			argStart := lead + sp
			switch name {
			case "import", "output", "once": // sqlite3's quoted arguments (splitArgs)
				return completeFile(before, argStart, true)
			case "read", "write", "open", "save", "cd", "save-plot":
				return completeFile(before, argStart, false)
			case "doc", "type":
				st, c := s.completeGo(before[argStart:], locked)
				return argStart + st, c
			}
			return cursor, nil
		}
	}
	if cells.SQLLike(before) {
		return s.completeSQL(before, locked)
	}
	return s.completeGo(before, locked)
}

// completeGo completes the Go identifier before the end of text.
func (s *Session) completeGo(text string, locked bool) (int, []string) {
	cursor := len(text)
	if inLiteralOrComment(text) {
		return cursor, nil
	}
	start := cursor
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		start -= n
	}
	word := text[start:cursor]
	if word != "" {
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsDigit(r) {
			return cursor, nil
		}
	}
	var names []string
	if start > 0 && text[start-1] == '.' {
		names = s.members(text[:start-1], locked)
	} else {
		if word == "" {
			return cursor, nil
		}
		names = s.topLevelNames(text, locked)
	}
	return start, filterPrefix(names, word)
}

func filterPrefix(names []string, word string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if strings.HasPrefix(n, word) && !seen[n] && n != "" {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// inLiteralOrComment reports whether the end of text is inside a string,
// rune literal or comment.
func inLiteralOrComment(text string) bool {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(text))
	var sc scanner.Scanner
	sc.Init(f, []byte(text), func(token.Position, string) {}, scanner.ScanComments)
	for {
		pos, tok, lit := sc.Scan()
		if tok == token.EOF {
			return false
		}
		switch tok {
		case token.STRING, token.CHAR, token.COMMENT:
			if end := f.Offset(pos) + len(lit); end >= len(text) {
				// An unterminated literal or a // comment runs to the end.
				if tok == token.COMMENT && strings.HasPrefix(lit, "/*") && strings.HasSuffix(lit, "*/") && len(lit) >= 4 && end == len(text) {
					return false
				}
				return true
			}
		}
	}
}

// topLevelNames are the names a cell can use without a qualifier.
func (s *Session) topLevelNames(cell string, locked bool) []string {
	var names []string
	for t := token.Token(0); t < 128; t++ {
		if t.IsKeyword() {
			names = append(names, t.String())
		}
	}
	names = append(names, predeclared...)
	for k := range symbols.Symbols[builtinsPath+"/builtins"] {
		if token.IsExported(k) {
			names = append(names, k)
		}
	}
	for k := range globalDocs {
		names = append(names, k)
	}
	if locked {
		for n := range s.names {
			if !strings.HasPrefix(n, "__") {
				names = append(names, n)
			}
		}
	} else {
		for _, p := range preludeImports {
			names = append(names, p[strings.LastIndexByte(p, '/')+1:])
		}
	}
	return append(names, declaredInText(cell)...)
}

// declaredInText finds the names a cell declares so far: after var, const,
// type and func, and on the left of :=.
func declaredInText(cell string) []string {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(cell))
	var sc scanner.Scanner
	sc.Init(f, []byte(cell), func(token.Position, string) {}, 0)
	type tl struct {
		tok token.Token
		lit string
	}
	var toks []tl
	for {
		_, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		toks = append(toks, tl{tok, lit})
	}
	var out []string
	for i, t := range toks {
		switch t.tok {
		case token.IDENT:
			if i > 0 {
				switch toks[i-1].tok {
				case token.VAR, token.CONST, token.TYPE, token.FUNC:
					out = append(out, t.lit)
				}
			}
		case token.DEFINE:
			for j := i - 1; j >= 0; j-- {
				if toks[j].tok == token.IDENT {
					out = append(out, toks[j].lit)
				} else if toks[j].tok != token.COMMA {
					break
				}
			}
		}
	}
	return out
}

// members are the names after "operand.": a package's members, or the
// fields and methods of the operand's type when the operand is a chain of
// identifiers naming a variable, or a call of such a chain (the function's
// result type, found without calling it).
func (s *Session) members(before string, locked bool) []string {
	chain, call := operandChain(before)
	if chain == "" {
		return nil
	}
	parts := strings.Split(chain, ".")
	imports := map[string]string{}
	if locked {
		imports = s.imports
	} else {
		for _, p := range preludeImports {
			imports[p[strings.LastIndexByte(p, '/')+1:]] = p
		}
	}
	if len(parts) == 1 && !call {
		if path, ok := imports[parts[0]]; ok && (!locked || s.names[parts[0]] == "package") {
			return packageSymbols(path)
		}
	}
	if !locked {
		return nil
	}
	root := parts[0]
	switch {
	case s.names[root] == "var" || s.names[root] == "const" || root == "Display":
	case s.names[root] == "package" && len(parts) >= 2:
	case s.names[root] == "func" && call && len(parts) == 1:
	default:
		if !(call && len(parts) == 1 && symbols.Symbols[builtinsPath+"/builtins"][root].IsValid()) {
			return nil
		}
	}
	t, err := s.staticType(context.Background(), chain)
	if err != nil || t == nil {
		return nil
	}
	if call {
		if t.Kind() != reflect.Func || t.NumOut() == 0 {
			return nil
		}
		t = t.Out(0)
	}
	return append(typeMembers(t), s.declaredMethods(t)...)
}

// declaredMethods are the methods cells declared on a type declared in a
// cell (the interpreter's types show them to no reflection).
func (s *Session) declaredMethods(t reflect.Type) []string {
	name := strings.TrimPrefix(s.typeString(context.Background(), t), "*")
	if _, ok := s.types[name]; !ok {
		return nil
	}
	var out []string
	for k := range s.methods {
		if m, ok := strings.CutPrefix(k, name+"."); ok {
			out = append(out, m)
		}
	}
	return out
}

// operandChain returns the identifiers-and-dots chain just before the end
// of text ("p.Title"), or the chain of a call "plot.New(…)" with call set.
func operandChain(text string) (chain string, call bool) {
	end := len(text)
	if strings.HasSuffix(text, ")") {
		depth := 0
		i := len(text) - 1
		for ; i >= 0; i-- {
			switch text[i] {
			case ')':
				depth++
			case '(':
				depth--
			}
			if depth == 0 {
				break
			}
		}
		if i <= 0 {
			return "", false
		}
		end, call = i, true
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if r != '_' && r != '.' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		start -= n
	}
	chain = text[start:end]
	if chain == "" || strings.HasPrefix(chain, ".") || strings.HasSuffix(chain, ".") || strings.Contains(chain, "..") {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(chain); unicode.IsDigit(r) {
		return "", false
	}
	return chain, call
}

// packageTables are the interpreter's symbol tables of a package.
func packageTables(path string) []map[string]reflect.Value {
	if alias, ok := importAliases[path]; ok {
		path = alias
	}
	base := path[strings.LastIndexByte(path, '/')+1:]
	if m, ok := symbols.Symbols[path+"/"+base]; ok {
		return []map[string]reflect.Value{m}
	}
	if m, ok := std.Symbols[path+"/"+base]; ok {
		return []map[string]reflect.Value{m}
	}
	var out []map[string]reflect.Value
	for _, tables := range []map[string]map[string]reflect.Value{symbols.Symbols, std.Symbols} {
		for k, m := range tables {
			if rest, ok := strings.CutPrefix(k, path+"/"); ok && !strings.Contains(rest, "/") {
				out = append(out, m)
			}
		}
	}
	return out
}

// packageSymbols are the exported members of a package, from the symbol
// tables the interpreter uses.
func packageSymbols(path string) []string {
	var out []string
	for _, m := range packageTables(path) {
		for k := range m {
			if token.IsExported(k) {
				out = append(out, k)
			}
		}
	}
	if importAliases[path] != "" || path == "github.com/divergo/divergo/display" {
		out = append(out, "ClearOutput", "UpdateDisplay", "Display")
	}
	return out
}

// typeMembers are the exported fields (promoted ones included) and methods
// of a type; for a non-pointer type, the pointer's methods too (a variable
// is addressable).
func typeMembers(t reflect.Type) []string {
	var out []string
	methods := func(t reflect.Type) {
		for i := 0; i < t.NumMethod(); i++ {
			out = append(out, t.Method(i).Name)
		}
	}
	methods(t)
	if t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface {
		methods(reflect.PointerTo(t))
	}
	st := t
	if st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	if st.Kind() == reflect.Struct {
		for _, f := range reflect.VisibleFields(st) {
			if f.IsExported() {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// completeFile completes the file name after a command (start: where the
// arguments begin, after the command's name). With quoting (the commands
// whose arguments are split as sqlite3 splits them), a name typed after a
// quote keeps it and gets the closing one, and a name with spaces gets
// double quotes.
func completeFile(before string, argStart int, quoting bool) (int, []string) {
	arg := before[argStart:]
	trimmed := strings.TrimLeftFunc(arg, unicode.IsSpace)
	start := argStart + len(arg) - len(trimmed)
	quote := ""
	if quoting && trimmed != "" && (trimmed[0] == '"' || trimmed[0] == '\'') {
		quote, trimmed = trimmed[:1], trimmed[1:]
	}
	dir, prefix := filepath.Split(trimmed)
	list := dir
	if list == "" {
		list = "."
	}
	entries, err := os.ReadDir(list)
	if err != nil {
		return len(before), nil
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if !strings.HasPrefix(n, prefix) || strings.HasPrefix(n, ".") && !strings.HasPrefix(prefix, ".") {
			continue
		}
		n = dir + n
		q := quote
		if q == "" && quoting && strings.ContainsAny(n, " \t'") {
			q = `"`
		}
		switch {
		case e.IsDir():
			n = q + n + "/"
		case q != "":
			n = q + n + q
		}
		out = append(out, n)
	}
	sort.Strings(out)
	return start, out
}
