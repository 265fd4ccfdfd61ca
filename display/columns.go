package display

import (
	"fmt"
	"strconv"
	"strings"
)

// Columns of a table by name, for passing a query's result to Go code:
//
//	t := Query("SELECT p, q FROM drift WHERE feature = ?", "age")
//	KL(t.Floats("p"), t.Floats("q"))

// Column returns the cells of the named column (names compare without
// regard to case, as SQL's do), or an error naming the columns there are.
func (t *Table) Column(name string) ([]any, error) {
	j := t.columnIndex(name)
	if j < 0 {
		return nil, &ColumnError{fmt.Sprintf("no column %q; the columns are %s", name, strings.Join(t.Columns, ", "))}
	}
	out := make([]any, len(t.Rows))
	for i, r := range t.Rows {
		if j < len(r) {
			out[i] = r[j]
		}
	}
	return out, nil
}

// Floats returns the named column as numbers. It panics with a clear error
// when there is no such column or a cell is not a number (NULL included):
// in a session the panic is shown as its message alone. TryFloats returns
// the error instead.
func (t *Table) Floats(name string) []float64 {
	x, err := t.TryFloats(name)
	if err != nil {
		panic(err)
	}
	return x
}

// TryFloats is Floats returning an error instead of panicking.
func (t *Table) TryFloats(name string) ([]float64, error) {
	col, err := t.Column(name)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(col))
	for i, v := range col {
		switch x := v.(type) {
		case float64:
			out[i] = x
		case float32:
			out[i] = float64(x)
		case int64:
			out[i] = float64(x)
		case int:
			out[i] = float64(x)
		case string:
			f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
			if err != nil {
				return nil, &ColumnError{fmt.Sprintf("column %s, row %d: %q is not a number", name, i+1, x)}
			}
			out[i] = f
		case nil:
			return nil, &ColumnError{fmt.Sprintf("column %s, row %d: NULL is not a number", name, i+1)}
		default:
			return nil, &ColumnError{fmt.Sprintf("column %s, row %d: %v (%T) is not a number", name, i+1, v, v)}
		}
	}
	return out, nil
}

// Strings returns the named column as text, NULL as "". It panics when there
// is no such column.
func (t *Table) Strings(name string) []string {
	col, err := t.Column(name)
	if err != nil {
		panic(err)
	}
	out := make([]string, len(col))
	for i, v := range col {
		out[i] = t.Cell(v)
	}
	return out
}

// Len returns the number of rows, those left out of a table that holds
// only the rows it shows (Omitted) included.
func (t *Table) Len() int { return len(t.Rows) + max(t.Omitted, 0) }

func (t *Table) columnIndex(name string) int {
	for j, c := range t.Columns {
		if c == name {
			return j
		}
	}
	for j, c := range t.Columns {
		if strings.EqualFold(c, name) {
			return j
		}
	}
	return -1
}

// ColumnError is the error of Column, Floats and Strings: a missing column
// or a cell that is not a number. A session shows it as its message alone.
type ColumnError struct{ Msg string }

func (e *ColumnError) Error() string { return e.Msg }
