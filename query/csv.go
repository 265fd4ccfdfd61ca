package query

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unsafe"
)

// CSVOptions are the choices of an import.
type CSVOptions struct {
	// Sep separates the fields: ',', ';', '\t', '|' …; 0 sniffs it from the
	// header line (SniffSeparator), as DuckDB's read_csv does.
	Sep byte
}

// separator returns the options' separator, sniffed from the file's header
// line when none is set.
func (o CSVOptions) separator(file string) (byte, error) {
	if o.Sep != 0 {
		if o.Sep == '"' || o.Sep == '\n' || o.Sep == '\r' {
			return 0, fmt.Errorf("%q cannot separate fields", o.Sep)
		}
		return o.Sep, nil
	}
	return SniffSeparator(file)
}

// SniffSeparator returns the field separator of a CSV file: of ',', ';',
// '\t' and '|', the one its first line holds most often outside quotes (a
// comma when it holds none of them, or as many commas as any other).
func SniffSeparator(file string) (byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	line, err := bufio.NewReaderSize(f, 1<<16).ReadSlice('\n')
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return 0, err
	}
	return sniffLine(line), nil
}

func sniffLine(line []byte) byte {
	counts := map[byte]int{}
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t' || c == '|'):
			counts[c]++
		}
	}
	best := byte(',')
	for _, c := range []byte{';', '\t', '|'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// ImportCSV is ImportCSVWith with the separator sniffed.
func (d *DB) ImportCSV(ctx context.Context, file, table string) (rows int, err error) {
	return d.ImportCSVWith(ctx, file, table, CSVOptions{})
}

// ImportCSVWith loads a CSV file with a header row into a table, in one
// transaction: a file with a bad line is rejected whole, with the line
// number, and nothing of it is kept. Fields may be "quoted" (holding the
// separator, doubled quotes, line breaks).
//
// Unlike sqlite3's .import, which makes every column TEXT, a column whose
// first non-empty value is a number is REAL, so that kl(p, q) and arithmetic
// work on it at once; the others are TEXT. Empty fields are NULL. A line with
// the wrong number of fields, or a value that is not a number in a REAL
// column, is an error. When the table exists, the rows are appended and the
// header must name its columns in order.
func (d *DB) ImportCSVWith(ctx context.Context, file, table string, opt CSVOptions) (rows int, err error) {
	if table == "" {
		return 0, errors.New("import needs a table name")
	}
	sep, err := opt.separator(file)
	if err != nil {
		return 0, err
	}
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	// One pass over the file: the header, then records read ahead until
	// every column has a value that gives its type, then the rest as they
	// come, checked as they are inserted. A bad line rolls the whole
	// transaction back.
	r := newCSVReaderSep(bufio.NewReaderSize(f, 1<<16), sep)
	cols, err := readHeader(file, r)
	if err != nil {
		return 0, err
	}
	var ahead [][]string
	var aheadLines []int
	untyped := len(cols)
	for untyped > 0 {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, csvError(file, err)
		}
		line, _ := r.FieldPos(0)
		if len(ahead) == typingRows {
			// A column empty this far: let a pass over the whole file type it.
			if cols, err = inspectCSV(file, sep); err != nil {
				return 0, err
			}
			untyped = 0
		}
		ahead = append(ahead, append([]string(nil), rec...))
		aheadLines = append(aheadLines, line)
		for i := range cols {
			if i < len(rec) && rec[i] != "" && cols[i].firstLine == 0 {
				cols[i].firstLine, cols[i].first = line, rec[i]
				_, err := parseNumber(rec[i])
				cols[i].numeric = err == nil
				untyped--
			}
		}
	}

	// Before the transaction: it holds the database's one connection.
	exists, err := d.tableColumns(ctx, table)
	if err != nil {
		return 0, err
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if exists == nil {
		var defs []string
		for _, c := range cols {
			defs = append(defs, quoteIdent(c.name)+" "+c.typ())
		}
		if _, err := tx.ExecContext(ctx, "CREATE TABLE "+quoteIdent(table)+" ("+strings.Join(defs, ", ")+")"); err != nil {
			return 0, err
		}
	} else if !sameNames(exists, cols) {
		return 0, fmt.Errorf("%s: the header (%s) does not match the columns of table %s (%s)", file, names(cols), table, strings.Join(exists, ", "))
	}

	// Reading and converting the records (a goroutine) overlaps with
	// inserting them (bulkLoad, on this one).
	const batch = 1024
	batches := make(chan []any, 4)
	spare := make(chan []any, 6) // value slices to reuse
	stop := make(chan struct{})
	var readErr error
	go func() {
		defer close(batches)
		readErr = readBatches(r, file, cols, ahead, aheadLines, batch, batches, spare, stop)
	}()
	defer func() {
		close(stop)
		for range batches { // let the reader finish
		}
	}()
	var last []any
	src := &rowSource{cols: len(cols), next: func() []any {
		if last != nil {
			select {
			case spare <- last[:0]:
			default:
			}
		}
		last = <-batches
		rows += len(last) / len(cols)
		return last
	}}
	if err := bulkLoad(ctx, tx, table, src); err != nil {
		return 0, err
	}
	for range batches { // a failed statement may leave batches unread
	}
	if readErr != nil { // batches is closed: readErr is set
		return 0, readErr
	}
	return rows, tx.Commit()
}

// readBatches reads the records of a CSV file (the ones read ahead first),
// checks and converts them, and sends them in slices of batch rows' values;
// a last one may be shorter. It stops at the first bad record, or when stop
// closes.
func readBatches(r *csvScanner, file string, cols []csvColumn, ahead [][]string, aheadLines []int,
	batch int, batches chan<- []any, spare <-chan []any, stop <-chan struct{}) error {
	next := func() []any {
		select {
		case a := <-spare:
			return a
		default:
			return make([]any, 0, batch*len(cols))
		}
	}
	send := func(args []any) bool {
		select {
		case batches <- args:
			return true
		case <-stop:
			return false
		}
	}
	args := next()
	// Text values repeat (a feature's name on each of its bins): one string
	// each, looked up without allocating.
	texts := map[string]string{}
	var fields [][]byte
	for k := 0; ; k++ {
		var line int
		if k < len(ahead) {
			fields, line = fields[:0], aheadLines[k]
			for _, f := range ahead[k] {
				fields = append(fields, []byte(f))
			}
			ahead[k] = nil
		} else {
			var err error
			fields, err = r.ReadFields()
			if err == io.EOF {
				break
			}
			if err != nil {
				return csvError(file, err)
			}
			line, _ = r.FieldPos(0)
		}
		if len(fields) != len(cols) {
			return fmt.Errorf("%s:%d: %d fields, but the header has %d", file, line, len(fields), len(cols))
		}
		for i := range cols {
			c := &cols[i]
			f := fields[i]
			switch {
			case len(f) == 0:
				args = append(args, nil)
			case c.numeric:
				x, err := parseNumberBytes(f)
				if err != nil {
					return fmt.Errorf("%s:%d: column %s: %q is not a number (the column is numeric: its first value, line %d, is %s)",
						file, line, c.name, f, c.firstLine, c.first)
				}
				args = append(args, x)
			default:
				t, ok := texts[string(f)]
				if !ok {
					t = string(f)
					if len(texts) < 1<<16 {
						texts[t] = t
					}
				}
				args = append(args, t)
			}
		}
		if len(args) == batch*len(cols) {
			if !send(args) {
				return nil
			}
			args = next()
		}
	}
	if len(args) > 0 {
		send(args)
	}
	return nil
}

// typingRows is how many records ImportCSV reads ahead for the columns'
// types before it reads the whole file once for them.
const typingRows = 4096

// csvColumn is a column of a CSV file as inspected.
type csvColumn struct {
	name      string
	numeric   bool
	firstLine int    // the line of its first non-empty value
	first     string // that value
}

func (c csvColumn) typ() string {
	if c.numeric {
		return "REAL"
	}
	return "TEXT"
}

// value converts one field: "" is NULL, numbers are float64 in a REAL column.
func (c csvColumn) value(field string) (any, error) {
	if field == "" {
		return nil, nil
	}
	if !c.numeric {
		return field, nil
	}
	return parseNumber(field)
}

func parseNumber(field string) (float64, error) {
	return strconv.ParseFloat(strings.TrimSpace(field), 64)
}

// parseNumberBytes is parseNumber of a field's bytes, which it does not
// keep (nor copy, unless they are not a number).
func parseNumberBytes(field []byte) (float64, error) {
	field = bytes.TrimSpace(field)
	if len(field) == 0 {
		return 0, strconv.ErrSyntax
	}
	x, err := strconv.ParseFloat(unsafe.String(&field[0], len(field)), 64)
	if err != nil {
		return 0, strconv.ErrSyntax // not the *NumError, which holds the bytes as a string
	}
	return x, nil
}

// inspectCSV reads the whole file once: the header, each column's type from
// its first non-empty value, and every line's field count and numbers.
func inspectCSV(file string, sep byte) ([]csvColumn, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return inspectCSVReader(file, f, sep)
}

func inspectCSVReader(file string, in io.Reader, sep byte) ([]csvColumn, error) {
	r := newCSVReaderSep(in, sep)
	cols, err := readHeader(file, r)
	if err != nil {
		return nil, err
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return cols, nil
		}
		if err != nil {
			return nil, csvError(file, err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(cols) {
			return nil, fmt.Errorf("%s:%d: %d fields, but the header has %d", file, line, len(rec), len(cols))
		}
		for i, field := range rec {
			c := &cols[i]
			if field == "" {
				continue
			}
			if c.firstLine == 0 {
				c.firstLine, c.first = line, field
				_, err := parseNumber(field)
				c.numeric = err == nil
				continue
			}
			if c.numeric {
				if _, err := parseNumber(field); err != nil {
					return nil, fmt.Errorf("%s:%d: column %s: %q is not a number (the column is numeric: its first value, line %d, is %s)",
						file, line, c.name, field, c.firstLine, c.first)
				}
			}
		}
	}
}

// readHeader reads the header row: the columns' names.
func readHeader(file string, r *csvScanner) ([]csvColumn, error) {
	header, err := r.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s is empty: it needs a header row", file)
	}
	if err != nil {
		return nil, csvError(file, err)
	}
	cols := make([]csvColumn, len(header))
	seen := map[string]bool{}
	for i, h := range header {
		name := strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if name == "" {
			name = fmt.Sprintf("column%d", i+1)
		}
		if seen[strings.ToLower(name)] {
			return nil, fmt.Errorf("%s:1: the header names column %q twice", file, name)
		}
		seen[strings.ToLower(name)] = true
		cols[i] = csvColumn{name: name}
	}
	return cols, nil
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d: %v", file, pe.Line, pe.Err)
	}
	return fmt.Errorf("%s: %w", file, err)
}

// tableColumns returns the column names of a table, or nil when there is no
// such table.
func (d *DB) tableColumns(ctx context.Context, table string) ([]string, error) {
	t, err := d.query(ctx, -1, "SELECT name FROM pragma_table_info(?) ORDER BY cid", table)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range t.Rows {
		out = append(out, fmt.Sprint(r[0]))
	}
	return out, nil
}

func sameNames(a []string, cols []csvColumn) bool {
	if len(a) != len(cols) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i], cols[i].name) {
			return false
		}
	}
	return true
}

func names(cols []csvColumn) string {
	var s []string
	for _, c := range cols {
		s = append(s, c.name)
	}
	return strings.Join(s, ", ")
}

// quoteIdent quotes an SQL identifier: "name", with " doubled.
func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
