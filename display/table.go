package display

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"

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
// The text, Markdown and HTML renderings of a table longer than MaxRows
// (DefaultMaxRows when zero; negative for no limit) show its first and last
// rows and a line "… N rows omitted …"; CSV and JSON always hold every row.
type Table struct {
	Title   string   // optional caption
	Columns []string // column names, shown as given
	Rows    [][]any  // cells; a row shorter than Columns is padded with nil
	Digits  int      // significant digits of floats; 0 for the shortest form
	MaxRows int      // rows shown before eliding the middle; 0 for DefaultMaxRows, <0 for all
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
		return ""
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

// numeric reports, for each column, whether every non-nil cell is a number
// (and at least one is): such columns are right-aligned.
func (t *Table) numeric() []bool {
	n := make([]bool, t.width())
	for j := range n {
		seen := false
		ok := true
		for _, r := range t.Rows {
			if j < len(r) && r[j] != nil {
				seen = true
				if !isNumber(r[j]) {
					ok = false
					break
				}
			}
		}
		n[j] = seen && ok
	}
	return n
}

func (t *Table) width() int {
	w := len(t.Columns)
	for _, r := range t.Rows {
		w = max(w, len(r))
	}
	return w
}

func (t *Table) header() []string {
	h := make([]string, t.width())
	copy(h, t.Columns)
	return h
}

func (t *Table) row(r []any) []string {
	s := make([]string, t.width())
	for j := range s {
		if j < len(r) {
			s[j] = t.Cell(r[j])
		}
	}
	return s
}

// shown returns the head and tail rows to show and how many rows are left
// out between them.
func (t *Table) shown() (head, tail [][]any, omitted int) {
	limit := t.MaxRows
	if limit == 0 {
		limit = DefaultMaxRows
	}
	if limit < 0 || len(t.Rows) <= limit {
		return t.Rows, nil, 0
	}
	nh := (limit + 1) / 2
	nt := limit - nh
	return t.Rows[:nh], t.Rows[len(t.Rows)-nt:], len(t.Rows) - limit
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
	if t.width() == 0 {
		buf.WriteString("(empty table)\n")
		return buf.String()
	}
	align := make([]tw.Align, t.width())
	for j, num := range t.numeric() {
		if num {
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
	tbl.Header(anyStrings(t.header())...)
	head, tail, omitted := t.shown()
	for _, r := range head {
		tbl.Append(anyStrings(t.row(r))...)
	}
	if omitted > 0 {
		dots := make([]string, t.width())
		for j := range dots {
			dots[j] = "…"
		}
		tbl.Append(anyStrings(dots)...)
		for _, r := range tail {
			tbl.Append(anyStrings(t.row(r))...)
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
	w := t.width()
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
	line(t.header())
	b.WriteString("|")
	for _, num := range t.numeric() {
		if num {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	b.WriteString("\n")
	head, tail, omitted := t.shown()
	for _, r := range head {
		line(t.row(r))
	}
	if omitted > 0 {
		dots := make([]string, w)
		for j := range dots {
			dots[j] = "…"
		}
		line(dots)
		for _, r := range tail {
			line(t.row(r))
		}
		b.WriteString("\n" + omittedLine(omitted) + "\n")
	}
	return b.String()
}

// CSV renders every row of the table as CSV (RFC 4180) with a header line.
func (t *Table) CSV() string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(t.header())
	for _, r := range t.Rows {
		w.Write(t.row(r))
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
	num := t.numeric()
	b.WriteString("<thead><tr>")
	for _, c := range t.header() {
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
	head, tail, omitted := t.shown()
	for _, r := range head {
		line(t.row(r))
	}
	if omitted > 0 {
		fmt.Fprintf(&b, "<tr><td colspan=\"%d\" style=\"text-align: center\">%s</td></tr>\n", t.width(), html.EscapeString(omittedLine(omitted)))
		for _, r := range tail {
			line(t.row(r))
		}
	}
	b.WriteString("</tbody>\n</table>\n")
	return b.String()
}

// JSON returns every row of the table as a JSON-ready value:
// {"columns": [names…], "rows": [[cells…]…]} (plus "title" when set).
// Numbers stay numbers (NaN and ±Inf become the strings "NaN", "+Inf",
// "-Inf", which JSON cannot hold), nil stays null, other cells become text.
func (t *Table) JSON() map[string]any {
	cols := make([]any, 0, t.width())
	for _, c := range t.header() {
		cols = append(cols, c)
	}
	rows := make([]any, 0, len(t.Rows))
	for _, r := range t.Rows {
		row := make([]any, t.width())
		for j := range row {
			if j >= len(r) {
				continue
			}
			row[j] = t.jsonCell(r[j])
		}
		rows = append(rows, row)
	}
	m := map[string]any{"columns": cols, "rows": rows}
	if t.Title != "" {
		m["title"] = t.Title
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
// text/markdown and application/json.
func (t *Table) Render() Data {
	return Data{Data: MIMEMap{
		MIMETypeText:     strings.TrimSuffix(t.Text(), "\n"),
		MIMETypeHTML:     t.HTML(),
		MIMETypeMarkdown: t.Markdown(),
		MIMETypeJSON:     t.JSON(),
	}}
}
