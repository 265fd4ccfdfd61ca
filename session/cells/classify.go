package cells

import (
	"strings"
	"unicode"

	"github.com/divergo/divergo/query"
)

// CommandText splits a command cell: its prefix character, name and
// arguments. A command is a prefix (., : or %) and a letter; "NAME?" is
// returned as the doc command with NAME as its argument.
func CommandText(cell string) (prefix byte, name, args string, ok bool) {
	t := strings.TrimLeftFunc(cell, unicode.IsSpace)
	if len(t) >= 2 && (t[0] == '.' || t[0] == ':' || t[0] == '%') && IsLetter(t[1]) {
		end := strings.IndexFunc(t, unicode.IsSpace)
		if end < 0 {
			end = len(t)
		}
		return t[0], t[1:end], strings.TrimSpace(t[end:]), true
	}
	if n, ok := DocQuery(t); ok {
		return '?', "doc", n, true
	}
	return 0, "", "", false
}

func IsLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// DocQuery recognises "NAME?" and "pkg.Name?" (and "NAME??"), and
// IPython's "?NAME" and "??NAME".
func DocQuery(t string) (string, bool) {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "?") && !strings.HasSuffix(t, "?") {
		t = strings.TrimLeft(t, "?") + t[:len(t)-len(strings.TrimLeft(t, "?"))]
	}
	name := strings.TrimRight(t, "?")
	if name == t || len(t)-len(name) > 2 || name == "" {
		return "", false
	}
	for _, part := range strings.Split(name, ".") {
		if part == "" {
			return "", false
		}
		for i, r := range part {
			if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
				return "", false
			}
		}
	}
	return name, true
}

// ShellCell returns the command line of a $ cell (for IsComplete).
func ShellCell(cell string) (string, bool) {
	t := strings.TrimLeftFunc(cell, unicode.IsSpace)
	if !strings.HasPrefix(t, "$") {
		return "", false
	}
	return strings.TrimSpace(t[1:]), true
}

var sqlKeywords = map[string]bool{
	"SELECT": true, "WITH": true, "VALUES": true, "CREATE": true, "INSERT": true, "UPDATE": true,
	"DELETE": true, "DROP": true, "ALTER": true, "PRAGMA": true, "EXPLAIN": true, "ATTACH": true,
	"DETACH": true, "REPLACE": true, "BEGIN": true, "COMMIT": true, "END": true, "ROLLBACK": true,
	"SAVEPOINT": true, "RELEASE": true, "ANALYZE": true, "VACUUM": true, "REINDEX": true,
}

// sqlMagic starts a cell that is SQL whatever it looks like.
const sqlMagic = "%%sql"

// IsSQL reports whether a cell is SQL rather than Go.
func IsSQL(cell string) bool {
	t := strings.TrimLeftFunc(cell, unicode.IsSpace)
	if strings.HasPrefix(t, sqlMagic) {
		return true
	}
	end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(t)
	}
	word := t[:end]
	if !sqlKeywords[strings.ToUpper(word)] {
		// SELEC * FROM t; is mistyped SQL, not Go: the engine says where.
		if !nearKeyword(word) || end == len(t) || !strings.HasSuffix(strings.TrimSpace(t), ";") {
			return false
		}
		_, err := Parse(cell)
		return err != nil
	}
	if word == strings.ToUpper(word) && end < len(t) && (t[end] == ' ' || t[end] == '(' || t[end] == '\n' || t[end] == '\t') &&
		strings.HasSuffix(strings.TrimSpace(t), ";") {
		return true
	}
	if word == strings.ToUpper(word) && strings.TrimSpace(t[end:]) == ";" {
		return true // COMMIT; BEGIN; VACUUM; (in Go, an unused name)
	}
	_, err := Parse(cell)
	return err != nil && !err.EOF
}

// SQLComplete is the completeness of a SQL cell: complete when its last
// statement ends with ';' outside quotes and comments. A %%sql cell is a
// notebook cell: always whole.
func SQLComplete(cell string) Completeness {
	if strings.HasPrefix(strings.TrimLeftFunc(cell, unicode.IsSpace), sqlMagic) || query.Complete(cell) {
		return Complete
	}
	return Incomplete
}

// SQLText returns the SQL of a cell, without a %%sql first line, and the
// byte offset where it starts in the cell.
func SQLText(cell string) (string, int) {
	t := strings.TrimLeftFunc(cell, unicode.IsSpace)
	off := len(cell) - len(t)
	if strings.HasPrefix(t, sqlMagic) {
		nl := strings.IndexByte(t, '\n')
		if nl < 0 {
			return "", len(cell)
		}
		return t[nl+1:], off + nl + 1
	}
	return cell, 0
}

// nearKeyword reports whether an upper-case word is a SQL keyword with one
// letter missing, added, changed or two swapped (SELEC, SLECT, SELETC).
func nearKeyword(w string) bool {
	if len(w) < 4 || w != strings.ToUpper(w) {
		return false
	}
	for k := range sqlKeywords {
		if len(k) >= 4 && editDistance1(w, k) {
			return true
		}
	}
	return false
}

// editDistance1 reports whether a and b differ by one edit or one swap of
// neighbours.
func editDistance1(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := len(a), len(b)
	switch {
	case la == lb:
		diff := []int{}
		for i := range a {
			if a[i] != b[i] {
				diff = append(diff, i)
			}
		}
		if len(diff) == 1 {
			return true
		}
		return len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
	case la == lb+1:
		a, b = b, a
		fallthrough
	case lb == la+1:
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				return a[i:] == b[i+1:]
			}
		}
		return true
	}
	return false
}

// CellMagic recognises a cell with GoNB's %% line (the lines after it are
// main's body, those before it declarations) or whose first line is a cell
// magic %%writefile FILE, %%sh, %%bash, %%script SHELL (not %%sql, which
// IsSQL handles). For %%, name is "" and body is the whole cell rewritten
// as a program cell: the %% line becomes "func main() {", so that lines
// keep their numbers in errors.
func CellMagic(cell string) (name, args, body string, ok bool) {
	t := strings.TrimLeftFunc(cell, unicode.IsSpace)
	if strings.HasPrefix(t, sqlMagic) {
		return "", "", "", false
	}
	if strings.HasPrefix(t, "%%") {
		first, rest, _ := strings.Cut(t, "\n")
		first = strings.TrimSpace(first[2:])
		name, args, _ = strings.Cut(first, " ")
		if name != "" && IsLetter(name[0]) {
			return name, strings.TrimSpace(args), rest, true
		}
	}
	lines := strings.SplitAfter(cell, "\n")
	for i, l := range lines {
		lt := strings.TrimSpace(l)
		if lt != "%%" && !strings.HasPrefix(lt, "%% ") {
			continue
		}
		args = strings.TrimSpace(lt[2:])
		var b strings.Builder
		b.WriteString("package main; ")
		for _, d := range lines[:i] {
			b.WriteString(d)
		}
		b.WriteString("func main() {\n")
		for _, d := range lines[i+1:] {
			b.WriteString(d)
		}
		b.WriteString("\n}")
		return "", args, b.String(), true
	}
	return "", "", "", false
}

// SQLLike reports whether a cell being typed is SQL: its first word is an
// upper-case SQL keyword, or its first line %%sql.
func SQLLike(cell string) bool {
	t := strings.TrimSpace(cell)
	if strings.HasPrefix(t, sqlMagic) {
		return true
	}
	end := strings.IndexFunc(t, func(r rune) bool { return !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z') })
	if end < 0 {
		end = len(t)
	}
	w := t[:end]
	return w != "" && w == strings.ToUpper(w) && sqlKeywords[w]
}
