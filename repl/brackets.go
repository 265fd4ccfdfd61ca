package repl

// brackets follows the brackets of a cell being read line by line, outside
// strings, runes and comments, so that a reader asks session.IsComplete
// (which parses the whole cell) only where the cell can end: with every
// bracket closed and no raw string or block comment open. A cell of 20,000
// lines (a pasted data literal) then costs one parse, not 20,000.
type brackets struct {
	depth   int
	raw     bool // inside a raw string
	comment bool // inside a block comment
}

// line feeds one line of the cell.
func (b *brackets) line(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case b.raw:
			if c == '`' {
				b.raw = false
			}
		case b.comment:
			if c == '*' && i+1 < len(s) && s[i+1] == '/' {
				b.comment = false
				i++
			}
		case c == '`':
			b.raw = true
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			return
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			b.comment = true
			i++
		case c == '"' || c == '\'':
			// An interpreted string or rune ends on its line.
			for i++; i < len(s) && s[i] != c; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		case c == '(' || c == '[' || c == '{':
			b.depth++
		case c == ')' || c == ']' || c == '}':
			b.depth--
		}
	}
}

// open reports whether the cell cannot end here.
func (b *brackets) open() bool { return b.depth > 0 || b.raw || b.comment }
