package session

import (
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

// tableBundle returns the bundle of a value that is a table.
func (s *Session) tableBundle(v any) (*display.Data, bool) {
	switch b := v.(type) {
	case builtins.Breakdown:
		return s.breakdownBundle(b), true
	case *builtins.Breakdown:
		if b != nil {
			return s.breakdownBundle(*b), true
		}
	}
	t := tableOf(v)
	if t == nil {
		return nil, false
	}
	t.Digits = s.opts.Digits
	d := t.Render()
	return &d, true
}

// breakdownBundle shows a breakdown as its table and worked formula, with
// the formula in LaTeX for notebooks.
func (s *Session) breakdownBundle(b builtins.Breakdown) *display.Data {
	t := display.NewTable("outcome", "p", "q", "term", "share")
	switch b.Func {
	case "Entropy":
		t.Columns = []string{"outcome", "p", "term", "share"}
	case "JS":
		t.Columns = []string{"outcome", "p", "q", "m", "term", "share"}
	}
	t.Digits = s.opts.Digits
	t.Title = fmt.Sprintf("%s in %s = %s", b.Measure, b.Unit, display.FormatFloat(b.Total, s.opts.Digits))
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

// tableOf returns a table for a value that is one, or nil.
func tableOf(v any) *display.Table {
	if v == nil {
		return nil
	}
	if m, ok := v.(matrix); ok {
		return matrixTable(m)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Map:
		if rv.Len() == 0 {
			return nil
		}
		return mapTable(rv)
	case reflect.Slice, reflect.Array:
		if rv.Len() == 0 {
			return nil
		}
		et := rv.Type().Elem()
		if st := structType(et); st != nil {
			return structTable(rv, st)
		}
		switch et.Kind() {
		case reflect.Slice, reflect.Array:
			if isScalar(et.Elem()) {
				return gridTable(rv)
			}
		}
		if isScalar(et) && rv.Len() > inlineMax {
			t := display.NewTable("index", "value")
			for i := 0; i < rv.Len(); i++ {
				t.Append(i, cellValue(rv.Index(i)))
			}
			return t
		}
	}
	return nil
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

func structTable(rv reflect.Value, st reflect.Type) *display.Table {
	var idx []int
	t := &display.Table{}
	for i := 0; i < st.NumField(); i++ {
		if f := st.Field(i); f.IsExported() {
			idx = append(idx, i)
			t.Columns = append(t.Columns, fieldName(st, f))
		}
	}
	for i := 0; i < rv.Len(); i++ {
		e := rv.Index(i)
		for e.Kind() == reflect.Interface || e.Kind() == reflect.Pointer {
			if e.IsNil() {
				break
			}
			e = e.Elem()
		}
		row := make([]any, len(idx))
		if e.Kind() == reflect.Struct {
			for j, k := range idx {
				row[j] = cellValue(e.Field(k))
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func mapTable(rv reflect.Value) *display.Table {
	keys := rv.MapKeys()
	sortValues(keys)
	vt := rv.Type().Elem()
	if st := structType(vt); st != nil {
		vals := reflect.MakeSlice(reflect.SliceOf(vt), 0, len(keys))
		for _, k := range keys {
			vals = reflect.Append(vals, rv.MapIndex(k))
		}
		t := structTable(vals, st)
		t.Columns = append([]string{"key"}, t.Columns...)
		for i, k := range keys {
			t.Rows[i] = append([]any{cellValue(k)}, t.Rows[i]...)
		}
		return t
	}
	t := display.NewTable("key", "value")
	for _, k := range keys {
		t.Append(cellValue(k), cellValue(rv.MapIndex(k)))
	}
	return t
}

// sortValues sorts map keys as fmt prints them: numbers by value, strings
// and the rest by their text.
func sortValues(keys []reflect.Value) {
	less := func(a, b reflect.Value) bool {
		switch a.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return a.Int() < b.Int()
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			return a.Uint() < b.Uint()
		case reflect.Float32, reflect.Float64:
			x, y := a.Float(), b.Float()
			return x < y || math.IsNaN(x) && !math.IsNaN(y)
		case reflect.String:
			return a.String() < b.String()
		case reflect.Bool:
			return !a.Bool() && b.Bool()
		}
		return fmt.Sprint(a) < fmt.Sprint(b)
	}
	sort.SliceStable(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
}

// gridTable is a slice of slices (rows of possibly different lengths).
func gridTable(rv reflect.Value) *display.Table {
	w := 0
	for i := 0; i < rv.Len(); i++ {
		w = max(w, rv.Index(i).Len())
	}
	if w == 0 {
		return nil
	}
	t := &display.Table{Columns: indexColumns(w)}
	for i := 0; i < rv.Len(); i++ {
		r := rv.Index(i)
		row := make([]any, w+1)
		row[0] = i
		for j := 0; j < r.Len(); j++ {
			row[j+1] = cellValue(r.Index(j))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func matrixTable(m matrix) *display.Table {
	r, c := m.Dims()
	if r == 0 || c == 0 {
		return nil
	}
	t := &display.Table{Columns: indexColumns(c)}
	for i := 0; i < r; i++ {
		row := make([]any, c+1)
		row[0] = i
		for j := 0; j < c; j++ {
			row[j+1] = m.At(i, j)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// indexColumns are the columns of a grid: the row index, then 0..n-1.
func indexColumns(n int) []string {
	cols := make([]string, n+1)
	for j := 1; j <= n; j++ {
		cols[j] = strconv.Itoa(j - 1)
	}
	return cols
}
