package session

// This file implements sqlite3's shell settings beyond .mode: .nullvalue,
// .maxrows, .show, .separator, .width, .once; and .import, .indexes and
// .dump.

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/query"
)

func init() {
	addCommand(&command{name: "nullvalue", args: "TEXT", summary: "how NULL shows in SQL results (sqlite3's .nullvalue; alone: back to empty)", record: true, run: (*Session).cmdNullValue})
	addCommand(&command{name: "maxrows", args: "N", summary: "rows of a SQL result shown before its middle is left out (0: all)", record: true, run: (*Session).cmdMaxRows})
	addCommand(&command{name: "show", summary: "the current settings (mode, headers, nullvalue, maxrows, digits, timer, output, separators, width)", run: (*Session).cmdShow})
}

func (s *Session) cmdNullValue(ctx context.Context, c *call) (*display.Data, error) {
	s.sqlNull = strings.Trim(c.args, `"'`)
	return nil, nil
}

func (s *Session) cmdMaxRows(ctx context.Context, c *call) (*display.Data, error) {
	n, err := strconv.Atoi(c.args)
	if err != nil || n < 0 {
		return nil, &Error{Msg: "usage: " + c.prefix + "maxrows N (0 for every row)"}
	}
	if n == 0 {
		n = -1
	}
	s.sqlMaxRows = n
	return nil, nil
}

func (s *Session) cmdShow(ctx context.Context, c *call) (*display.Data, error) {
	mode := s.sqlMode
	if mode == "" {
		mode = "table"
	}
	onOff := func(b bool) string {
		if b {
			return "on"
		}
		return "off"
	}
	maxRows := "default (" + strconv.Itoa(display.DefaultMaxRows) + ")"
	switch {
	case s.sqlMaxRows < 0:
		maxRows = "all"
	case s.sqlMaxRows > 0:
		maxRows = strconv.Itoa(s.sqlMaxRows)
	}
	output := "stdout"
	if s.sqlOut != nil {
		output = s.sqlOut.Name()
		if s.sqlOnce {
			output += " (once)"
		}
	}
	colSep, rowSep := s.separators()
	width := ""
	for i, w := range s.sqlWidths {
		if i > 0 {
			width += " "
		}
		width += strconv.Itoa(w)
	}
	digits := "0 (Go's shortest form)"
	if s.opts.Digits > 0 {
		digits = strconv.Itoa(s.opts.Digits)
	}
	rows := [][2]string{
		{"mode", mode}, {"headers", onOff(!s.sqlNoHeaders)}, {"nullvalue", fmt.Sprintf("%q", s.sqlNull)},
		{"maxrows", maxRows}, {"digits", digits}, {"timer", onOff(s.timer)}, {"output", output},
		{"colseparator", strconv.Quote(colSep)}, {"rowseparator", strconv.Quote(rowSep)}, {"width", width},
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.TrimRight(fmt.Sprintf("%12s: %s", r[0], r[1]), " ") + "\n")
	}
	return text(strings.TrimSuffix(b.String(), "\n")), nil
}

// sqlShell holds the settings of sqlite3's .separator, .width and .once.
type sqlShell struct {
	sqlSep, sqlRowSep string   // .separator COL ROW; "" for the mode's own (| or , or tab; \n)
	sqlWidths         []int    // .width: column widths of .mode column and box
	sqlOnce           bool     // .once: sqlOut takes the next output only
	sqlOnceRestore    *os.File // the .output file to go back to after .once's output
}

func init() {
	addCommand(&command{name: "separator", args: "COL [ROW]", record: true, run: (*Session).cmdSeparator,
		summary: "the separator between columns (and rows) in .mode list and csv, and of the fields .import reads (\\t for a tab); alone: the mode's own"})
	addCommand(&command{name: "once", args: "FILE", run: (*Session).cmdOnce,
		summary: "send the next SQL result (or .dump, .schema, .tables, .indexes) to FILE, then back to the screen"})
	addCommand(&command{name: "indexes", aliases: []string{"indices"}, args: "[TABLE]", run: (*Session).cmdIndexes,
		summary: "the indexes of the database, or of TABLE (a LIKE pattern: drift%)"})
	addCommand(&command{name: "dump", args: "[TABLE]", run: (*Session).cmdDump,
		summary: "SQL that recreates the tables and their rows (or TABLE's, a LIKE pattern), as sqlite3's .dump; .once FILE first to keep it"})
	addCommand(&command{name: "width", args: "N…", record: true, run: (*Session).cmdWidth,
		summary: "widths of the columns in .mode column, box and table: at least N characters, longer cells wrap; -N right-aligns; 0 fits; alone: all fit"})
}

// splitArgs splits a dot command's arguments as sqlite3 does: at spaces,
// with "double quotes" (backslash escapes: \t, \n, \", \\ …) and 'single
// quotes' (taken as written) around arguments that hold spaces.
func splitArgs(s string) (args []string, err error) {
	i := 0
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		if i == len(s) {
			return args, nil
		}
		switch q := s[i]; q {
		case '"', '\'':
			j := i + 1
			for j < len(s) && s[j] != q {
				if q == '"' && s[j] == '\\' && j+1 < len(s) {
					j++
				}
				j++
			}
			if j >= len(s) {
				return nil, fmt.Errorf("%c without its closing %c: %s", q, q, s[i:])
			}
			a := s[i+1 : j]
			if q == '"' {
				a = unescape(a)
			}
			args = append(args, a)
			i = j + 1
		default:
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
				j++
			}
			args = append(args, s[i:j])
			i = j
		}
	}
}

// unescape resolves C's backslash escapes, as sqlite3 does in its
// arguments: \t \n \r \\ \" \' \a \b \f \v and octal \NNN.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch c = s[i]; c {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			n, k := 0, 0
			for ; k < 3 && i+k < len(s) && '0' <= s[i+k] && s[i+k] <= '7'; k++ {
				n = n*8 + int(s[i+k]-'0')
			}
			b.WriteByte(byte(n))
			i += k - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// separators are the column and row separators of the current mode, as
// .separator set them or the mode's own.
func (s *Session) separators() (col, row string) {
	col, row = s.sqlSep, s.sqlRowSep
	if col == "" {
		switch s.sqlMode {
		case "csv":
			col = ","
		case "tabs":
			col = "\t"
		default:
			col = "|"
		}
	}
	if row == "" {
		row = "\n"
	}
	return col, row
}

func (s *Session) cmdSeparator(ctx context.Context, c *call) (*display.Data, error) {
	args, err := splitArgs(c.args)
	if err == nil && len(args) > 2 {
		err = fmt.Errorf("too many arguments")
	}
	if err == nil && len(args) > 0 && args[0] == "" {
		err = fmt.Errorf("the column separator is empty")
	}
	if err != nil {
		return nil, &Error{Msg: "separator: " + err.Error() + "; usage: " + c.prefix + `separator COL [ROW], e.g. ";" or "\t"`}
	}
	switch len(args) {
	case 0:
		col, row := s.separators()
		return text(fmt.Sprintf("separator: %s %s", strconv.Quote(col), strconv.Quote(row))), nil
	case 1:
		s.sqlSep = unescape(args[0])
	case 2:
		s.sqlSep, s.sqlRowSep = unescape(args[0]), unescape(args[1])
	}
	return nil, nil
}

func (s *Session) cmdWidth(ctx context.Context, c *call) (*display.Data, error) {
	var w []int
	for _, f := range strings.Fields(c.args) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, &Error{Msg: fmt.Sprintf("width: %q is not a number; usage: %swidth N… (one per column; 0 fits the column, -N right-aligns)", f, c.prefix)}
		}
		w = append(w, n)
	}
	s.sqlWidths = w
	return nil, nil
}

func (s *Session) cmdOnce(ctx context.Context, c *call) (*display.Data, error) {
	args, err := splitArgs(c.args)
	if err == nil && len(args) != 1 {
		err = fmt.Errorf("one file name (in quotes when it holds spaces)")
	}
	if err != nil {
		return nil, &Error{Msg: "once: " + err.Error() + "; usage: " + c.prefix + "once FILE"}
	}
	f, err := os.Create(args[0])
	if err != nil {
		return nil, &Error{Msg: "once: " + err.Error()}
	}
	if s.sqlOnce { // a second .once replaces the first
		s.sqlOut.Close()
	} else {
		s.sqlOnceRestore = s.sqlOut
	}
	s.sqlOut, s.sqlOnce = f, true
	return nil, nil
}

// outputDone ends .once's output: the output goes back to the screen, or
// to the .output file there was before.
func (s *Session) outputDone() {
	if !s.sqlOnce {
		return
	}
	s.sqlOut.Close()
	s.sqlOut, s.sqlOnce, s.sqlOnceRestore = s.sqlOnceRestore, false, nil
}

// closeOutput closes the files of .output and .once.
func (s *Session) closeOutput() {
	if s.sqlOut != nil {
		s.sqlOut.Close()
	}
	if s.sqlOnceRestore != nil {
		s.sqlOnceRestore.Close()
	}
	s.sqlOut, s.sqlOnce, s.sqlOnceRestore = nil, false, nil
}

// toOutput sends a dot command's listing (.schema, .dump …) where .output
// and .once say, as sqlite3 does: to their file, or (returned) to the
// screen.
func (s *Session) toOutput(d *display.Data) (*display.Data, error) {
	if s.sqlOut == nil {
		return d, nil
	}
	defer s.outputDone()
	if d != nil {
		if _, err := fmt.Fprintln(s.sqlOut, d.Data[display.MIMETypeText]); err != nil {
			return nil, &Error{Msg: "output: " + err.Error()}
		}
	}
	return nil, nil
}

func (s *Session) cmdIndexes(ctx context.Context, c *call) (*display.Data, error) {
	args, err := splitArgs(c.args)
	if err != nil || len(args) > 1 {
		return nil, &Error{Msg: "usage: " + c.prefix + "indexes [TABLE]"}
	}
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	pattern := ""
	if len(args) == 1 {
		pattern = args[0]
	}
	names, err := query.Indexes(ctx, db, pattern)
	if err != nil {
		return nil, &Error{Msg: "indexes: " + cleanSQLMessage(err.Error())}
	}
	if len(names) == 0 {
		if pattern != "" {
			return s.toOutput(text("no indexes on " + pattern))
		}
		return s.toOutput(text("no indexes"))
	}
	return s.toOutput(text(strings.Join(names, "  ")))
}

func (s *Session) cmdDump(ctx context.Context, c *call) (*display.Data, error) {
	args, err := splitArgs(c.args)
	if err != nil || len(args) > 1 {
		return nil, &Error{Msg: "usage: " + c.prefix + "dump [TABLE]"}
	}
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	pattern := ""
	if len(args) == 1 {
		pattern = args[0]
	}
	if s.sqlOut != nil {
		defer s.outputDone()
		if err := query.Dump(ctx, db, pattern, s.sqlOut); err != nil {
			return nil, &Error{Msg: "dump: " + cleanSQLMessage(err.Error())}
		}
		return nil, nil
	}
	var b strings.Builder
	if err := query.Dump(ctx, db, pattern, &b); err != nil {
		return nil, &Error{Msg: "dump: " + cleanSQLMessage(err.Error())}
	}
	return text(strings.TrimSuffix(b.String(), "\n")), nil
}

func (s *Session) cmdImport(ctx context.Context, c *call) (*display.Data, error) {
	usage := "usage: " + c.prefix + `import [--csv] FILE TABLE (a FILE with spaces in quotes: "my file.csv")`
	args, err := splitArgs(c.args)
	if err != nil {
		return nil, &Error{Msg: "import: " + err.Error() + "; " + usage}
	}
	var opt query.CSVOptions
	var pos []string
	for _, a := range args {
		switch {
		case a == "--csv":
			opt.Sep = ','
		case strings.HasPrefix(a, "-") && len(a) > 1:
			return nil, &Error{Msg: "import: unknown option " + a + " (--csv reads commas whatever .separator says); " + usage}
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) != 2 {
		return nil, &Error{Msg: usage}
	}
	file, table := pos[0], pos[1]
	if opt.Sep == 0 {
		col, row := s.sqlSep, s.sqlRowSep
		if col == "" && s.sqlMode == "tabs" {
			col = "\t"
		}
		if row != "" && row != "\n" && row != "\r\n" {
			return nil, &Error{Msg: fmt.Sprintf("import: reads lines; the row separator %s is for output (.separator %s to keep the column separator alone)", strconv.Quote(row), strconv.Quote(col))}
		}
		if len(col) > 1 {
			return nil, &Error{Msg: fmt.Sprintf("import: the separator %s is more than one character: .import takes one (, ; \\t |)", strconv.Quote(col))}
		}
		if col != "" {
			opt.Sep = col[0]
		}
	}
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	existed := false
	if names, err := db.Tables(ctx); err == nil {
		for _, n := range names {
			existed = existed || strings.EqualFold(n, table)
		}
	}
	n, err := db.ImportCSVWith(ctx, file, table, opt)
	if err != nil {
		return nil, &Error{Msg: "import: " + err.Error()}
	}
	var notes []string
	if existed {
		if t, err := db.Query(ctx, `SELECT count(*) FROM "`+strings.ReplaceAll(table, `"`, `""`)+`"`); err == nil && len(t.Rows) == 1 && len(t.Rows[0]) == 1 {
			notes = append(notes, fmt.Sprintf("now %v", t.Rows[0][0]))
		}
	}
	if opt.Sep == 0 {
		if sep, err := query.SniffSeparator(file); err == nil && sep != ',' {
			notes = append(notes, "fields separated by "+strconv.QuoteRune(rune(sep)))
		}
	}
	note := ""
	if len(notes) > 0 {
		note = " (" + strings.Join(notes, "; ") + ")"
	}
	if existed {
		return text(fmt.Sprintf("appended %s to %s%s", plural(n, "row"), table, note)), nil
	}
	return text(fmt.Sprintf("%s imported into %s%s", plural(n, "row"), table, note)), nil
}

// listMode is sqlite3's .mode list, tabs and csv with .separator's
// separators: the cells between column separators, each row ended by the
// row separator; csv quotes a cell that holds a separator, a quote or a
// line break.
func (s *Session) listMode(t *display.Table, csv bool) string {
	col, row := s.separators()
	var b strings.Builder
	cell := func(v string) string {
		if csv && (strings.Contains(v, col) || strings.Contains(v, row) || strings.ContainsAny(v, "\"\r\n")) {
			return `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
		}
		return v
	}
	line := func(cells []string) {
		for j, c := range cells {
			if j > 0 {
				b.WriteString(col)
			}
			b.WriteString(cell(c))
		}
		b.WriteString(row)
	}
	if !s.sqlNoHeaders {
		line(t.Columns)
	}
	for _, r := range t.Rows {
		cells := make([]string, len(t.Columns))
		for j := range cells {
			if j < len(r) {
				cells[j] = t.Cell(r[j])
			} else {
				cells[j] = t.Null
			}
		}
		line(cells)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
