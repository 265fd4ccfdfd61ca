package render

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/divergo/divergo/builtins"
	"github.com/divergo/divergo/display"
)

// Values that are tables — a slice of structs, a map, a matrix, a slice of
// slices, a builtins breakdown, a long slice of numbers — are shown as a
// display.Table: tablewriter text for text/plain, with HTML and Markdown
// (and JSON) for notebooks. Small slices of numbers stay inline.

// inlineMax is the longest slice of scalars shown inline, as Go prints it.
const inlineMax = display.DefaultMaxRows

// matrix is what gonum's mat.Matrix offers to read a matrix.
type matrix interface {
	Dims() (r, c int)
	At(i, j int) float64
}

// BreakdownBundle shows a breakdown as its table and worked formula, with
// the formula in LaTeX for notebooks.
func BreakdownBundle(b builtins.Breakdown, digits int) *display.Data {
	t := display.NewTable("outcome", "p", "q", "term", "share")
	switch b.Func {
	case "Entropy":
		t.Columns = []string{"outcome", "p", "term", "share"}
	case "JS":
		t.Columns = []string{"outcome", "p", "q", "m", "term", "share"}
	}
	t.Digits = digits
	t.Title = fmt.Sprintf("%s in %s = %s", b.Measure, b.Unit, display.FormatFloat(b.Total, digits))
	for _, r := range b.Rows {
		share := math.Round(r.Share*1e4) / 1e4 // as Breakdown.String shows it
		var outcome any = r.Outcome
		if b.Labels != nil {
			outcome = b.OutcomeName(r.Outcome)
		}
		switch b.Func {
		case "Entropy":
			t.Append(outcome, r.P, r.Term, share)
		case "JS":
			t.Append(outcome, r.P, r.Q, (r.P+r.Q)/2, r.Term, share)
		default:
			t.Append(outcome, r.P, r.Q, r.Term, share)
		}
	}
	latex := "$$" + b.LaTeX() + "$$"
	d := t.Render()
	d.Data[display.MIMETypeText] = strings.TrimSuffix(t.Text(), "\n") + "\n" + b.Formula()
	d.Data[display.MIMETypeHTML] = t.HTML() + "<p>" + latex + "</p>\n"
	d.Data[display.MIMETypeMarkdown] = t.Markdown() + "\n" + latex + "\n"
	d.Data[display.MIMETypeLatex] = latex
	return &d
}

// ErrStopped is the error of a rendering stopped by an interrupt.
var ErrStopped = errors.New("interrupted")

// TableOf returns a table for a value that is one, or nil. The table holds
// the rows it shows and the count of the others (display.Table.Omitted):
// the first and last elements of a slice, array, matrix or grid, and of a
// map the entries with the smallest and largest keys, found in one pass
// without sorting. Wide grids and matrices keep their first and last
// columns (maxColumns). Long loops call stopped now and then and give up
// with errStopped when it says so.
func TableOf(stopped func() bool, v any) (*display.Table, error) {
	if v == nil {
		return nil, nil
	}
	if m, ok := v.(matrix); ok {
		return matrixTable(m), nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Map:
		if rv.Len() == 0 {
			return nil, nil
		}
		return mapTable(stopped, rv)
	case reflect.Slice, reflect.Array:
		if rv.Len() == 0 {
			return nil, nil
		}
		et := rv.Type().Elem()
		if st := structType(et); st != nil {
			t := structColumns(st)
			sampleRows(t, rv.Len(), func(i int) []any { return structRow(rv.Index(i), st) })
			return t, nil
		}
		switch et.Kind() {
		case reflect.Slice, reflect.Array:
			if isScalar(et.Elem()) {
				return gridTable(stopped, rv)
			}
		}
		if isScalar(et) && rv.Len() > inlineMax {
			t := display.NewTable("index", "value")
			sampleRows(t, rv.Len(), func(i int) []any { return []any{i, cellValue(rv.Index(i))} })
			return t, nil
		}
	}
	return nil, nil
}

// sampleRows fills t with the rows it shows of n rows, made by row(i).
func sampleRows(t *display.Table, n int, row func(i int) []any) {
	nh, nt := display.Shown(n, t.MaxRows)
	t.Rows = make([][]any, 0, nh+nt)
	for i := 0; i < nh; i++ {
		t.Rows = append(t.Rows, row(i))
	}
	for i := n - nt; i < n; i++ {
		t.Rows = append(t.Rows, row(i))
	}
	if nh+nt < n {
		t.Omitted, t.Head = n-nh-nt, nh
	}
}

// structType is the struct type of a slice element (struct or pointer to
// struct) with at least one exported field, or nil.
func structType(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).IsExported() {
			return t
		}
	}
	return nil
}

// fieldName is a struct field's name as declared: the interpreter gives
// the unexported fields of a cell's struct types an "X" prefix ("count"
// becomes "Xcount") in their reflect type, which has no name.
func fieldName(t reflect.Type, f reflect.StructField) string {
	if t.Name() == "" && len(f.Name) > 1 && f.Name[0] == 'X' && unicode.IsLower(rune(f.Name[1])) {
		return f.Name[1:]
	}
	return f.Name
}

func isScalar(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.String:
		return true
	}
	return false
}

// cellValue is a table cell for a value: numbers as numbers (a named
// numeric type without a String method as its underlying number), others
// as they are.
func cellValue(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	if v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer && v.IsNil() {
		if v.IsNil() {
			return nil
		}
		if v.Kind() == reflect.Interface {
			return cellValue(v.Elem())
		}
	}
	if !v.CanInterface() {
		return fmt.Sprint(v)
	}
	x := v.Interface()
	if _, ok := x.(fmt.Stringer); ok {
		return x
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint()
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	}
	return x
}

// structColumns is a table whose columns are the exported fields of st.
func structColumns(st reflect.Type) *display.Table {
	t := &display.Table{}
	for i := 0; i < st.NumField(); i++ {
		if f := st.Field(i); f.IsExported() {
			t.Columns = append(t.Columns, fieldName(st, f))
		}
	}
	return t
}

// structRow is the row of a struct (or pointer to one) under the columns
// of structColumns: its exported fields; empty cells for a nil pointer.
func structRow(e reflect.Value, st reflect.Type) []any {
	for e.Kind() == reflect.Interface || e.Kind() == reflect.Pointer {
		if e.IsNil() {
			break
		}
		e = e.Elem()
	}
	var row []any
	for i := 0; i < st.NumField(); i++ {
		if st.Field(i).IsExported() {
			var c any
			if e.Kind() == reflect.Struct {
				c = cellValue(e.Field(i))
			}
			row = append(row, c)
		}
	}
	return row
}

// mapEntry is an entry of a map being shown, with its key's sort key.
type mapEntry struct {
	k, v reflect.Value
	key  sortKey
}

// mapTable shows a map ordered by key, as fmt prints it.
func mapTable(stopped func() bool, rv reflect.Value) (*display.Table, error) {
	lo, hi, err := mapEntries(stopped, rv, 0)
	if err != nil {
		return nil, err
	}
	entries := append(lo, hi...)
	var t *display.Table
	var row func(e mapEntry) []any
	if st := structType(rv.Type().Elem()); st != nil {
		t = structColumns(st)
		t.Columns = append([]string{"key"}, t.Columns...)
		row = func(e mapEntry) []any { return append([]any{cellValue(e.k)}, structRow(e.v, st)...) }
	} else {
		t = display.NewTable("key", "value")
		row = func(e mapEntry) []any { return []any{cellValue(e.k), cellValue(e.v)} }
	}
	for _, e := range entries {
		t.Rows = append(t.Rows, row(e))
	}
	if n := rv.Len(); len(entries) < n {
		t.Omitted, t.Head = n-len(entries), len(lo)
	}
	return t, nil
}

// mapEntries returns the entries of a map that a table with that MaxRows
// shows, in the order of their keys: all of them, or lo, those with the
// smallest keys, and hi, those with the largest, found in one pass
// without sorting the others.
func mapEntries(stopped func() bool, rv reflect.Value, maxRows int) (lo, hi []mapEntry, err error) {
	kt, vt := rv.Type().Key(), rv.Type().Elem()
	n := rv.Len()
	nh, nt := display.Shown(n, maxRows)
	all := nh+nt >= n
	k := reflect.New(kt).Elem()
	it := rv.MapRange()
	for seq := 0; it.Next(); seq++ {
		if seq&1023 == 1023 && stopped() {
			return nil, nil, ErrStopped
		}
		k.SetIterKey(it)
		key := keyOf(k, seq)
		inLo := all || len(lo) < nh || key.less(lo[len(lo)-1].key)
		inHi := !all && (len(hi) < nt || hi[0].key.less(key))
		if !inLo && !inHi {
			continue
		}
		e := mapEntry{reflect.New(kt).Elem(), reflect.New(vt).Elem(), key}
		e.k.Set(k)
		e.v.SetIterValue(it)
		if inLo {
			lo = insertEntry(lo, e)
			if !all && len(lo) > nh {
				lo = lo[:nh]
			}
		}
		if inHi {
			hi = insertEntry(hi, e)
			if len(hi) > nt {
				hi = hi[1:]
			}
		}
	}
	// With more entries than shown, the nh smallest and nt largest are
	// distinct entries: sort keys tie only with the same seq.
	return lo, hi, nil
}

// insertEntry inserts e into es, kept in ascending order of key.
func insertEntry(es []mapEntry, e mapEntry) []mapEntry {
	i := sort.Search(len(es), func(i int) bool { return e.key.less(es[i].key) })
	es = append(es, mapEntry{})
	copy(es[i+1:], es[i:])
	es[i] = e
	return es
}

// sortKey orders map keys as fmt prints them: numbers by value (NaN
// first), strings and bools as Go compares them, other keys by their text;
// keys that tie are ordered by seq, the order they were read in.
type sortKey struct {
	class int // 0 signed, 1 unsigned, 2 float, 3 string or text, 4 bool
	i     int64
	u     uint64
	f     float64
	s     string
	seq   int
}

func keyOf(v reflect.Value, seq int) sortKey {
	k := sortKey{seq: seq}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		k.class, k.i = 0, v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		k.class, k.u = 1, v.Uint()
	case reflect.Float32, reflect.Float64:
		k.class, k.f = 2, v.Float()
	case reflect.String:
		k.class, k.s = 3, v.String()
	case reflect.Bool:
		k.class = 4
		if v.Bool() {
			k.i = 1
		}
	default:
		k.class, k.s = 3, fmt.Sprint(v)
	}
	return k
}

func (a sortKey) less(b sortKey) bool {
	switch a.class {
	case 0, 4:
		if a.i != b.i {
			return a.i < b.i
		}
	case 1:
		if a.u != b.u {
			return a.u < b.u
		}
	case 2:
		x, y := a.f, b.f
		if x < y || math.IsNaN(x) && !math.IsNaN(y) {
			return true
		}
		if y < x || math.IsNaN(y) && !math.IsNaN(x) {
			return false
		}
	case 3:
		if a.s != b.s {
			return a.s < b.s
		}
	}
	return a.seq < b.seq
}

// maxColumns is how many columns of a grid or matrix a table shows: the
// first and last maxColumns/2, with a column "…" between them.
const maxColumns = display.DefaultMaxRows

// gridColumns returns the columns of a grid or matrix w wide and the
// indices of those shown (-1 for the "…" column).
func gridColumns(w int) (cols []string, shown []int) {
	nh, nt := display.Shown(w, maxColumns)
	cols = []string{""}
	for j := 0; j < nh; j++ {
		shown = append(shown, j)
	}
	if nh+nt < w {
		shown = append(shown, -1)
	}
	for j := w - nt; j < w; j++ {
		shown = append(shown, j)
	}
	for _, j := range shown {
		if j < 0 {
			cols = append(cols, "…")
		} else {
			cols = append(cols, strconv.Itoa(j))
		}
	}
	return cols, shown
}

// gridTable is a slice of slices (rows of possibly different lengths).
func gridTable(stopped func() bool, rv reflect.Value) (*display.Table, error) {
	w := 0
	for i := 0; i < rv.Len(); i++ {
		if i&4095 == 4095 && stopped() {
			return nil, ErrStopped
		}
		w = max(w, rv.Index(i).Len())
	}
	if w == 0 {
		return nil, nil
	}
	cols, shown := gridColumns(w)
	t := &display.Table{Columns: cols}
	sampleRows(t, rv.Len(), func(i int) []any {
		r := rv.Index(i)
		row := make([]any, len(shown)+1)
		row[0] = i
		for k, j := range shown {
			switch {
			case j < 0:
				row[k+1] = "…"
			case j < r.Len():
				row[k+1] = cellValue(r.Index(j))
			}
		}
		return row
	})
	return t, nil
}

func matrixTable(m matrix) *display.Table {
	r, c := m.Dims()
	if r == 0 || c == 0 {
		return nil
	}
	cols, shown := gridColumns(c)
	t := &display.Table{Columns: cols}
	sampleRows(t, r, func(i int) []any {
		row := make([]any, len(shown)+1)
		row[0] = i
		for k, j := range shown {
			if j < 0 {
				row[k+1] = "…"
			} else {
				row[k+1] = m.At(i, j)
			}
		}
		return row
	})
	return t
}
