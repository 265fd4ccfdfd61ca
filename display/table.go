package display

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultMaxRows is how many rows a table shows before it shows only its
// head and tail.
const DefaultMaxRows = 20

// Table is a table of named columns and rows of cells. A cell is a float64,
// an int (any integer type), a string, a bool, nil (shown empty) or any other
// value (shown with fmt.Sprint). The same table serves SQL results, Go values
// shown as tables and builtins breakdowns.
//
// Floats print in Go's shortest form (strconv 'g', -1) unless Digits is
// positive, in which case they print with Digits significant digits.
// The renderings of a table longer than MaxRows (DefaultMaxRows when zero;
// negative for no limit) — text, Markdown, HTML and Render's bundle, JSON
// included — show its first and last rows and a line "… N rows omitted …",
// and cost time in proportion to the rows shown, not to the table's length;
// the CSV and JSON methods hold every row.
//
// A table made only to be shown need not hold every row: one that holds
// the first Head rows and the last rows of a longer table, with Omitted > 0
// rows left out between them, shows as that longer table would (a Sampler
// makes one from rows that arrive one at a time; Shown says which rows to
// keep of a table whose rows can be indexed). Len counts the rows left out;
// Column, CSV and JSON hold only the rows kept (JSON says how many are not).
type Table struct {
	Title   string   // optional caption
	Columns []string // column names, shown as given
	Rows    [][]any  // cells; a row shorter than Columns is padded with nil
	Digits  int      // significant digits of floats; 0 for the shortest form
	MaxRows int      // rows shown before eliding the middle; 0 for DefaultMaxRows, <0 for all
	Omitted int      // rows left out after the first Head rows (see above); 0 when Rows holds every row
	Head    int      // with Omitted > 0: how many of Rows come before the rows left out
	Null    string   // how a nil cell (SQL's NULL) shows; "" by default
	// Widths are sqlite3's .width, for Text and ColumnText: column j is at
	// least |Widths[j]| characters wide, and its cells longer than that
	// wrap onto more lines at that width; a negative width right-aligns
	// the column. 0, or a column past the end, fits the column to its
	// cells.
	Widths []int
}

// fixedWidth is column j's width from Widths (0: none) and whether it is
// right-aligned.
func (t *Table) fixedWidth(j int) (w int, right bool) {
	if j < len(t.Widths) {
		if w = t.Widths[j]; w < 0 {
			return -w, true
		}
	}
	return w, false
}

// fit wraps the cells of a row that are longer than their column's fixed
// width onto more lines ("\n" between them).
func (t *Table) fit(cells []string) []string {
	for j, c := range cells {
		w, _ := t.fixedWidth(j)
		if w == 0 || utf8.RuneCountInString(c) <= w {
			continue
		}
		var b strings.Builder
		for i, line := range strings.Split(c, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			r := []rune(line)
			for len(r) > w {
				b.WriteString(string(r[:w]) + "\n")
				r = r[w:]
			}
			b.WriteString(string(r))
		}
		cells[j] = b.String()
	}
	return cells
}

// padHeader widens the header cells to their columns' fixed widths, on
// the side away from the column's alignment.
func (t *Table) padHeader(h []string, right []bool) []string {
	for j, c := range h {
		w, _ := t.fixedWidth(j)
		if pad := w - utf8.RuneCountInString(c); pad > 0 {
			if right != nil && right[j] {
				h[j] = strings.Repeat(" ", pad) + c
			} else {
				h[j] = c + strings.Repeat(" ", pad)
			}
		}
	}
	return h
}

// NewTable returns a table with the given column names.
func NewTable(columns ...string) *Table { return &Table{Columns: columns} }

// Append adds one row.
func (t *Table) Append(cells ...any) *Table {
	t.Rows = append(t.Rows, cells)
	return t
}

// FormatFloat formats x as tables and results do: Go's shortest form when
// digits <= 0, else digits significant digits.
func FormatFloat(x float64, digits int) string {
	if digits <= 0 {
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return strconv.FormatFloat(x, 'g', digits, 64)
}

// Cell formats one cell as text.
func (t *Table) Cell(v any) string {
	switch x := v.(type) {
	case nil:
		return t.Null
	case string:
		return x
	case float64:
		return FormatFloat(x, t.Digits)
	case float32:
		if t.Digits <= 0 {
			return strconv.FormatFloat(float64(x), 'g', -1, 32)
		}
		return FormatFloat(float64(x), t.Digits)
	case fmt.Stringer:
		return x.String()
	case error:
		return x.Error()
	}
	return fmt.Sprint(v)
}

func isNumber(v any) bool {
	switch v.(type) {
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr, float32, float64:
		return true
	}
	return false
}

// numeric reports, for each of w columns, whether every non-nil cell of
// the rows shown is a number (and at least one is): such columns are
// right-aligned.
func (t *Table) numeric(w int, rows ...[][]any) []bool {
	n := make([]bool, w)
	for j := range n {
		seen := false
		ok := true
	rows:
		for _, rs := range rows {
			for _, r := range rs {
				if j < len(r) && r[j] != nil {
					seen = true
					if !isNumber(r[j]) {
						ok = false
						break rows
					}
				}
			}
		}
		n[j] = seen && ok
	}
	return n
}

// width is the number of columns of the given rows: at least
// len(t.Columns).
func (t *Table) width(rows ...[][]any) int {
	w := len(t.Columns)
	for _, rs := range rows {
		for _, r := range rs {
			w = max(w, len(r))
		}
	}
	return w
}

func (t *Table) header(w int) []string {
	h := make([]string, w)
	copy(h, t.Columns)
	return h
}

func (t *Table) row(r []any, w int) []string {
	s := make([]string, w)
	for j := range s {
		if j < len(r) {
			s[j] = t.Cell(r[j])
		}
	}
	return s
}

// Shown returns how many first and last rows a table of n rows shows when
// its MaxRows is maxRows: head+tail == n when it shows every row, else
// the n-head-tail rows between them are left out.
func Shown(n, maxRows int) (head, tail int) {
	limit := maxRows
	if limit == 0 {
		limit = DefaultMaxRows
	}
	if limit < 0 || n <= limit {
		return n, 0
	}
	head = (limit + 1) / 2
	return head, limit - head
}

// shown returns the head and tail rows to show and how many rows are left
// out between them.
func (t *Table) shown() (head, tail [][]any, omitted int) {
	if t.Omitted > 0 {
		h := min(max(t.Head, 0), len(t.Rows))
		return t.Rows[:h], t.Rows[h:], t.Omitted
	}
	nh, nt := Shown(len(t.Rows), t.MaxRows)
	if nh+nt == len(t.Rows) {
		return t.Rows, nil, 0
	}
	return t.Rows[:nh], t.Rows[len(t.Rows)-nt:], len(t.Rows) - nh - nt
}

func omittedLine(n int) string {
	if n == 1 {
		return "… 1 row omitted …"
	}
	return fmt.Sprintf("… %d rows omitted …", n)
}

// Text renders the table as a box-drawn text table (tablewriter), with a
// title line above it and the omission line below it when there are any.
func (t *Table) Text() string {
	var buf bytes.Buffer
	if t.Title != "" {
		buf.WriteString(t.Title + "\n")
	}
	head, tail, omitted := t.shown()
	w := t.width(head, tail)
	if w == 0 {
		buf.WriteString("(empty table)\n")
		return buf.String()
	}
	align := make([]tw.Align, w)
	right := t.numeric(w, head, tail)
	for j := range right {
		if _, r := t.fixedWidth(j); r {
			right[j] = true
		}
		if right[j] {
			align[j] = tw.AlignRight
		} else {
			align[j] = tw.AlignLeft
		}
	}
	tbl := tablewriter.NewTable(&buf,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: align}),
		tablewriter.WithHeaderAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: align}),
	)
	tbl.Header(anyStrings(t.padHeader(t.header(w), right))...)
	for _, r := range head {
		tbl.Append(anyStrings(t.fit(t.row(r, w)))...)
	}
	if omitted > 0 {
		dots := make([]string, w)
		for j := range dots {
			dots[j] = "…"
		}
		tbl.Append(anyStrings(dots)...)
		for _, r := range tail {
			tbl.Append(anyStrings(t.fit(t.row(r, w)))...)
		}
	}
	if err := tbl.Render(); err != nil {
		return fmt.Sprintf("cannot render table: %v\n", err)
	}
	if omitted > 0 {
		buf.WriteString(omittedLine(omitted) + "\n")
	}
	return buf.String()
}

func anyStrings(s []string) []any {
	a := make([]any, len(s))
	for i, x := range s {
		a[i] = x
	}
	return a
}

// String is Text.
func (t *Table) String() string { return t.Text() }

func mdEscape(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// Markdown renders the table as a GitHub-flavoured Markdown table.
func (t *Table) Markdown() string {
	var b strings.Builder
	if t.Title != "" {
		b.WriteString("**" + mdEscape(t.Title) + "**\n\n")
	}
	head, tail, omitted := t.shown()
	w := t.width(head, tail)
	if w == 0 {
		b.WriteString("(empty table)\n")
		return b.String()
	}
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + mdEscape(c) + " |")
		}
		b.WriteString("\n")
	}
	line(t.header(w))
	b.WriteString("|")
	for _, num := range t.numeric(w, head, tail) {
		if num {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	b.WriteString("\n")
	for _, r := range head {
		line(t.row(r, w))
	}
	if omitted > 0 {
		dots := make([]string, w)
		for j := range dots {
			dots[j] = "…"
		}
		line(dots)
		for _, r := range tail {
			line(t.row(r, w))
		}
		b.WriteString("\n" + omittedLine(omitted) + "\n")
	}
	return b.String()
}

// CSV renders every row of the table as CSV (RFC 4180) with a header line.
func (t *Table) CSV() string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	n := t.width(t.Rows)
	w.Write(t.header(n))
	for _, r := range t.Rows {
		w.Write(t.row(r, n))
	}
	w.Flush()
	return buf.String()
}

// HTML renders the table as an HTML <table>.
func (t *Table) HTML() string {
	var b strings.Builder
	b.WriteString("<table>\n")
	if t.Title != "" {
		b.WriteString("<caption>" + html.EscapeString(t.Title) + "</caption>\n")
	}
	head, tail, omitted := t.shown()
	w := t.width(head, tail)
	num := t.numeric(w, head, tail)
	b.WriteString("<thead><tr>")
	for _, c := range t.header(w) {
		b.WriteString("<th>" + html.EscapeString(c) + "</th>")
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	line := func(cells []string) {
		b.WriteString("<tr>")
		for j, c := range cells {
			if num[j] {
				b.WriteString(`<td style="text-align: right">` + html.EscapeString(c) + "</td>")
			} else {
				b.WriteString("<td>" + html.EscapeString(c) + "</td>")
			}
		}
		b.WriteString("</tr>\n")
	}
	for _, r := range head {
		line(t.row(r, w))
	}
	if omitted > 0 {
		fmt.Fprintf(&b, "<tr><td colspan=\"%d\" style=\"text-align: center\">%s</td></tr>\n", w, html.EscapeString(omittedLine(omitted)))
		for _, r := range tail {
			line(t.row(r, w))
		}
	}
	b.WriteString("</tbody>\n</table>\n")
	return b.String()
}

// JSON returns every row of the table as a JSON-ready value:
// {"columns": [names…], "rows": [[cells…]…]} (plus "title" when set).
// Numbers stay numbers (NaN and ±Inf become the strings "NaN", "+Inf",
// "-Inf", which JSON cannot hold), nil stays null, other cells become text.
// A table that holds only some of its rows (Omitted > 0) adds "omitted",
// the number of rows left out, and "head", the number of rows before them.
func (t *Table) JSON() map[string]any {
	if t.Omitted > 0 {
		return t.json(t.Rows[:min(max(t.Head, 0), len(t.Rows))], t.Rows[min(max(t.Head, 0), len(t.Rows)):], t.Omitted)
	}
	return t.json(t.Rows, nil, 0)
}

// json is the JSON of the head and tail rows, with omitted rows between.
func (t *Table) json(head, tail [][]any, omitted int) map[string]any {
	w := t.width(head, tail)
	cols := make([]any, 0, w)
	for _, c := range t.header(w) {
		cols = append(cols, c)
	}
	rows := make([]any, 0, len(head)+len(tail))
	for _, rs := range [][][]any{head, tail} {
		for _, r := range rs {
			row := make([]any, w)
			for j := range row {
				if j >= len(r) {
					continue
				}
				row[j] = t.jsonCell(r[j])
			}
			rows = append(rows, row)
		}
	}
	m := map[string]any{"columns": cols, "rows": rows}
	if t.Title != "" {
		m["title"] = t.Title
	}
	if omitted > 0 {
		m["omitted"] = omitted
		m["head"] = len(head)
	}
	return m
}

func (t *Table) jsonCell(v any) any {
	switch x := v.(type) {
	case nil, bool, string, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return x
	case float32:
		return t.jsonCell(float64(x))
	case float64:
		switch {
		case math.IsNaN(x):
			return "NaN"
		case math.IsInf(x, 1):
			return "+Inf"
		case math.IsInf(x, -1):
			return "-Inf"
		}
		return x
	}
	return t.Cell(v)
}

// Render returns the table's bundle: text/plain (Text), text/html,
// text/markdown and application/json. Like the text, the JSON of a table
// longer than MaxRows holds the rows shown, with "omitted" and "head" as
// JSON says.
func (t *Table) Render() Data {
	head, tail, omitted := t.shown()
	return Data{Data: MIMEMap{
		MIMETypeText:     strings.TrimSuffix(t.Text(), "\n"),
		MIMETypeHTML:     t.HTML(),
		MIMETypeMarkdown: t.Markdown(),
		MIMETypeJSON:     t.json(head, tail, omitted),
	}}
}

// ColumnText renders the table as sqlite3's .mode column: the column names,
// a line of dashes under each, and the cells in aligned columns (numbers on
// the right), two spaces apart, with the omission line when rows are left
// out.
func (t *Table) ColumnText() string {
	head, tail, omitted := t.shown()
	w := t.width(head, tail)
	num := t.numeric(w, head, tail)
	hdr := t.header(w)
	widths := make([]int, w)
	for j, h := range hdr {
		fw, right := t.fixedWidth(j)
		widths[j] = max(fw, utf8.RuneCountInString(h))
		if right {
			num[j] = true
		}
	}
	var rows [][]string
	for _, r := range append(append([][]any(nil), head...), tail...) {
		cells := t.fit(t.row(r, w))
		for j, c := range cells {
			for _, l := range strings.Split(c, "\n") {
				widths[j] = max(widths[j], utf8.RuneCountInString(l))
			}
		}
		rows = append(rows, cells)
	}
	var out strings.Builder
	line := func(cells []string, right []bool) {
		var b strings.Builder
		defer func() { out.WriteString(strings.TrimRight(b.String(), " ") + "\n") }()
		for j, c := range cells {
			pad := strings.Repeat(" ", widths[j]-utf8.RuneCountInString(c))
			if j > 0 {
				b.WriteString("  ")
			}
			switch {
			case right != nil && right[j]:
				b.WriteString(pad + c)
			case j < len(cells)-1:
				b.WriteString(c + pad)
			default:
				b.WriteString(c)
			}
		}
	}
	// lines prints a row whose cells may have wrapped onto several lines.
	lines := func(cells []string, right []bool) {
		split := make([][]string, len(cells))
		n := 1
		for j, c := range cells {
			split[j] = strings.Split(c, "\n")
			n = max(n, len(split[j]))
		}
		for i := 0; i < n; i++ {
			l := make([]string, len(cells))
			for j := range cells {
				if i < len(split[j]) {
					l[j] = split[j][i]
				}
			}
			line(l, right)
		}
	}
	lines(hdr, nil)
	dashes := make([]string, w)
	for j := range dashes {
		dashes[j] = strings.Repeat("-", widths[j])
	}
	line(dashes, nil)
	for i, r := range rows {
		if omitted > 0 && i == len(head) {
			out.WriteString(omittedLine(omitted) + "\n")
		}
		lines(r, num)
	}
	return strings.TrimSuffix(out.String(), "\n")
}
