package query

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/divergo/divergo/display"
)

// FromGo makes a Go value the table name, materialised in one transaction
// (see bulkLoad). The value may be
//
//   - a slice of structs (or of pointers to structs): a column per exported
//     field, named as the field;
//   - a map from strings to numbers or strings: columns key and value, sorted
//     by key;
//   - a map from strings to slices of equal length (parallel slices): a
//     column per key, in sorted order;
//   - a slice of numbers or strings: columns i (from 0) and value;
//   - a slice of slices of numbers: columns c0, c1, …;
//   - a *display.Table, such as a Query result.
//
// Numbers become REAL (integers INTEGER), strings TEXT, bools INTEGER 0/1,
// nil pointers NULL. A table that FromGo made before is replaced; any other
// existing table of that name is left alone and is an error.
func (d *DB) FromGo(ctx context.Context, name string, v any) (rows int, err error) {
	cols, defs, data, err := goTable(ctx, name, v, d.tableColumns, d.made, nil)
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
	if _, err := tx.ExecContext(ctx, "DROP TABLE IF EXISTS "+quoteIdent(name)); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, "CREATE TABLE "+quoteIdent(name)+" ("+strings.Join(defs, ", ")+")"); err != nil {
		return 0, err
	}
	next, flat := 0, make([]any, 0, 1024*len(cols))
	src := &rowSource{cols: len(cols), next: func() []any {
		flat = flat[:0]
		for ; next < len(data) && len(flat) < cap(flat); next++ {
			flat = append(flat, data[next]...)
		}
		return flat
	}}
	if err := bulkLoad(ctx, tx, name, src); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	if d.made == nil {
		d.made = map[string]bool{}
	}
	d.made[strings.ToLower(name)] = true
	return len(data), nil
}

// tabulate turns a value into columns, SQL types and rows of SQL values.
// goTable makes a Go value the rows of a table name of an engine (FromGo of
// SQLite, DuckDB and PostgreSQL): the column names, their definitions with
// the engine's names for REAL, INTEGER and TEXT (typeNames; nil keeps
// SQLite's, whose columns take any value, so that the types are not
// settled), and the rows. columns gives an existing table's columns (nil
// when there is none); one that made does not hold is left alone and is
// an error.
func goTable(ctx context.Context, name string, v any, columns func(context.Context, string) ([]string, error), made map[string]bool, typeNames map[string]string) (cols, defs []string, rows [][]any, err error) {
	if name == "" {
		return nil, nil, nil, fmt.Errorf("SQLTable needs a table name")
	}
	cols, types, rows, err := tabulate(v)
	if err != nil {
		return nil, nil, nil, err
	}
	if existing, err := columns(ctx, name); err != nil {
		return nil, nil, nil, err
	} else if existing != nil && !made[strings.ToLower(name)] {
		return nil, nil, nil, fmt.Errorf("table %s exists and was not made by SQLTable; DROP it first or choose another name", name)
	}
	if typeNames != nil {
		types, rows = settleTypes(types, rows)
	}
	defs = make([]string, len(cols))
	for j, c := range cols {
		t := types[j]
		if typeNames != nil {
			t = typeNames[t]
		}
		defs[j] = quoteIdent(c) + " " + t
	}
	return cols, defs, rows, nil
}

func tabulate(v any) (cols, types []string, rows [][]any, err error) {
	if t, ok := v.(*display.Table); ok && t != nil {
		return tableColumns(t)
	}
	if t, ok := v.(display.Table); ok {
		return tableColumns(&t)
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return nil, nil, nil, fmt.Errorf("SQLTable: nil is not a table")
	}
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		et := rv.Type().Elem()
		for et.Kind() == reflect.Pointer {
			et = et.Elem()
		}
		switch {
		case et.Kind() == reflect.Struct:
			return structRows(rv, et)
		case scalar(et):
			cols, types = []string{"i", "value"}, []string{"INTEGER", sqlType(et)}
			for i := 0; i < rv.Len(); i++ {
				rows = append(rows, []any{int64(i), sqlValue(rv.Index(i))})
			}
			return cols, types, rows, nil
		case (et.Kind() == reflect.Slice || et.Kind() == reflect.Array) && scalar(et.Elem()):
			width := 0
			for i := 0; i < rv.Len(); i++ {
				width = max(width, rv.Index(i).Len())
			}
			for j := 0; j < width; j++ {
				cols, types = append(cols, fmt.Sprintf("c%d", j)), append(types, sqlType(et.Elem()))
			}
			for i := 0; i < rv.Len(); i++ {
				r := make([]any, width)
				for j := 0; j < rv.Index(i).Len(); j++ {
					r[j] = sqlValue(rv.Index(i).Index(j))
				}
				rows = append(rows, r)
			}
			return cols, types, rows, nil
		}
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			break
		}
		keys := rv.MapKeys()
		sort.Slice(keys, func(a, b int) bool { return keys[a].String() < keys[b].String() })
		vt := rv.Type().Elem()
		if scalar(vt) && !(vt.Kind() == reflect.Interface && holdsSlices(rv, keys)) {
			cols, types = []string{"key", "value"}, []string{"TEXT", sqlType(vt)}
			for _, k := range keys {
				rows = append(rows, []any{k.String(), sqlValue(rv.MapIndex(k))})
			}
			return cols, types, rows, nil
		}
		// Parallel slices: map[string][]T, or map[string]any holding slices.
		n := -1
		var slices []reflect.Value
		for _, k := range keys {
			s := rv.MapIndex(k)
			for s.Kind() == reflect.Interface {
				s = s.Elem()
			}
			if s.Kind() != reflect.Slice && s.Kind() != reflect.Array || !scalar(s.Type().Elem()) {
				return nil, nil, nil, fmt.Errorf("SQLTable: %q is a %s, not a slice of numbers or strings", k.String(), s.Type())
			}
			if n >= 0 && s.Len() != n {
				return nil, nil, nil, fmt.Errorf("SQLTable: column %q has %d values, %q has %d: parallel slices must have one length", keys[0].String(), n, k.String(), s.Len())
			}
			n = s.Len()
			cols, types = append(cols, k.String()), append(types, sqlType(s.Type().Elem()))
			slices = append(slices, s)
		}
		for i := 0; i < max(n, 0); i++ {
			r := make([]any, len(slices))
			for j, s := range slices {
				r[j] = sqlValue(s.Index(i))
			}
			rows = append(rows, r)
		}
		return cols, types, rows, nil
	}
	return nil, nil, nil, fmt.Errorf("SQLTable: a %T is not a table: pass a slice of structs, a map, parallel slices (map[string][]float64) or a Query result", v)
}

func tableColumns(t *display.Table) (cols, types []string, rows [][]any, err error) {
	cols = append(cols, t.Columns...)
	types = make([]string, len(cols))
	for j := range cols {
		types[j] = "" // no declared type: SQLite keeps each value's own
	}
	for _, r := range t.Rows {
		row := make([]any, len(cols))
		copy(row, r)
		rows = append(rows, row)
	}
	return cols, types, rows, nil
}

func structRows(rv reflect.Value, st reflect.Type) (cols, types []string, rows [][]any, err error) {
	var fields []int
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		if !f.IsExported() || !scalar(f.Type) && !(f.Type.Kind() == reflect.Pointer && scalar(f.Type.Elem())) {
			continue
		}
		fields = append(fields, i)
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		cols, types = append(cols, f.Name), append(types, sqlType(ft))
	}
	if len(fields) == 0 {
		return nil, nil, nil, fmt.Errorf("SQLTable: %s has no exported field of a number, string or bool type", st)
	}
	for i := 0; i < rv.Len(); i++ {
		e := rv.Index(i)
		for e.Kind() == reflect.Pointer {
			if e.IsNil() {
				break
			}
			e = e.Elem()
		}
		r := make([]any, len(fields))
		if e.Kind() == reflect.Struct {
			for j, f := range fields {
				r[j] = sqlValue(e.Field(f))
			}
		}
		rows = append(rows, r)
	}
	return cols, types, rows, nil
}

// holdsSlices reports whether a map[string]any holds slices (parallel
// slices) rather than single values.
func holdsSlices(m reflect.Value, keys []reflect.Value) bool {
	for _, k := range keys {
		v := m.MapIndex(k)
		for v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
		if (v.Kind() == reflect.Slice || v.Kind() == reflect.Array) && v.Type().Elem().Kind() != reflect.Uint8 {
			return true
		}
	}
	return false
}

func scalar(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	case reflect.Interface:
		return true // each value decides
	}
	return false
}

func sqlType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		return "REAL"
	case reflect.String:
		return "TEXT"
	case reflect.Interface:
		return ""
	}
	return "INTEGER"
}

func sqlValue(v reflect.Value) any {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			return int64(1)
		}
		return int64(0)
	case reflect.String:
		return v.String()
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return int64(v.Uint())
	}
	return fmt.Sprint(v.Interface())
}
