package cells

import (
	"go/ast"
	"strings"
)

// A FileCell is a cell of a file and the line it starts on (1-based).
type FileCell struct {
	Text string
	Line int
}

// Marker is a line that starts a cell in a file that has them (the
// "percent" format of jupytext and of editors' Go notebooks).
const Marker = "// %%"

// IsMarker reports whether line is a marker line.
func IsMarker(line string) bool { return isMarker(line) }

func isMarker(line string) bool {
	line = strings.TrimSpace(line)
	return line == Marker || strings.HasPrefix(line, Marker+" ")
}

// SplitCells splits the text of a file of cells, as .read runs it
// (`divergo FILE` reads the file as a stream, repl.Batch.RunReader: it
// gathers lines into a cell until the Go is complete, as the terminal
// does, and from the first marker line on runs each marked cell whole):
//
//   - A file with marker lines ("// %%") has one cell between each marker
//     and the next, run whole.
//   - Otherwise lines accumulate until the cell is complete Go (IsComplete)
//     or invalid; a command is one line. Blank and comment lines before a
//     cell belong to it (a doc comment stays with its function).
//
// A first line starting "#!" is skipped. Cells that are only blank lines
// and comments are dropped.
func SplitCells(src string) []FileCell {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	lines := strings.Split(src, "\n")
	if len(lines) > 0 && strings.HasPrefix(lines[0], "#!") {
		lines[0] = ""
	}
	var cells []FileCell
	emit := func(ls []string, first int) {
		// Leading and trailing blank lines are layout.
		for len(ls) > 0 && strings.TrimSpace(ls[0]) == "" {
			ls, first = ls[1:], first+1
		}
		for len(ls) > 0 && strings.TrimSpace(ls[len(ls)-1]) == "" {
			ls = ls[:len(ls)-1]
		}
		if onlyComments(ls) {
			return
		}
		cells = append(cells, FileCell{Text: strings.Join(ls, "\n"), Line: first})
	}
	marked := false
	for _, l := range lines {
		if isMarker(l) {
			marked = true
			break
		}
	}
	if marked {
		start := 0
		for i, l := range lines {
			if isMarker(l) {
				emit(lines[start:i], start+1)
				start = i + 1
			}
		}
		emit(lines[start:], start+1)
		return cells
	}
	start := 0
	for i, l := range lines {
		buf := lines[start : i+1]
		if onlyComments(buf) {
			continue
		}
		if onlyComments(buf[:len(buf)-1]) {
			if _, _, _, ok := CommandText(l); ok {
				emit([]string{l}, i+1)
				start = i + 1
				continue
			}
		}
		if IsComplete(strings.Join(buf, "\n")) != Incomplete {
			emit(buf, start+1)
			start = i + 1
		}
	}
	emit(lines[start:], start+1)
	return cells
}

// onlyComments reports whether lines hold nothing but blanks and // comments.
func onlyComments(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t != "" && !strings.HasPrefix(t, "//") {
			return false
		}
	}
	return true
}

// JoinCells writes cells as a file that runs back as they did: one after
// the other when SplitCells finds the same cells, or cells that show the
// same (see splitsSafely); else each after a marker line.
func JoinCells(cells []string) string {
	var kept []string
	for _, c := range cells {
		c = strings.Trim(strings.ReplaceAll(c, "\r\n", "\n"), "\n")
		if strings.TrimSpace(c) != "" {
			kept = append(kept, c)
		}
	}
	whole := true
	for _, c := range kept {
		if !splitsSafely(c) {
			whole = false
			break
		}
	}
	var b strings.Builder
	for i, c := range kept {
		if !whole {
			b.WriteString(Marker + "\n")
		} else if i > 0 && strings.Contains(c, "\n") || i > 0 && strings.Contains(kept[i-1], "\n") {
			b.WriteString("\n")
		}
		b.WriteString(c + "\n")
	}
	return b.String()
}

// splitsSafely reports whether a cell, split by SplitCells, shows what it
// showed whole: each part but the last ends with a declaration or a
// statement that shows nothing (not an expression statement, whose value
// a cell of its own would show).
func splitsSafely(cell string) bool {
	parts := SplitCells(cell)
	if len(parts) == 0 {
		return false
	}
	if strings.Join(strings.Fields(joinTexts(parts)), " ") != strings.Join(strings.Fields(cell), " ") {
		return false // comments or layout the split would lose
	}
	for _, p := range parts[:len(parts)-1] {
		if _, _, _, ok := CommandText(p.Text); ok {
			return false
		}
		pc, err := Parse(p.Text)
		if err != nil || len(pc.Chunks) == 0 {
			return false
		}
		if _, ok := pc.Chunks[len(pc.Chunks)-1].Stmt.(*ast.ExprStmt); ok {
			return false
		}
	}
	return true
}

func joinTexts(parts []FileCell) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.Text + "\n")
	}
	return b.String()
}
