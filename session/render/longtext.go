package render

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/divergo/divergo/display"
)

// A value that is not a table but would print as a long text — a []any or
// a struct holding 10⁶ elements, a string of 100 MB — shows as fmt prints
// it with each long slice, array and map cut to its first and last
// elements ("[1 2 3 … 999994 more … 9 9 9]") and each long string to its
// first and last bytes, so that it costs what it shows. Values that print
// short print exactly as fmt prints them.

const (
	// longBudget is how much a value may hold (elements of slices, arrays
	// and maps, and bytes of strings / 16) and still print in full.
	longBudget = 100_000
	// longElems is how many elements of a long slice, array or map show.
	longElems = display.DefaultMaxRows
	// longString is how many bytes of a long string show.
	LongString = 2000
	// longDepth is how deep the short form goes into nested values.
	longDepth = 8
)

// LongValueText returns the short form of v when fmt would print it long.
func LongValueText(stopped func() bool, v any) (string, bool, error) {
	if v == nil {
		return "", false, nil
	}
	n := 0
	if !holdsMore(reflect.ValueOf(v), &n, 0) {
		return "", false, nil
	}
	var b strings.Builder
	if err := shortForm(&b, stopped, reflect.ValueOf(v), 0); err != nil {
		return "", false, err
	}
	return b.String(), true, nil
}

// holdsMore reports whether v holds more than longBudget, counting into n
// and stopping as soon as it does. It follows values as fmt prints them:
// pointers only at the top.
func holdsMore(v reflect.Value, n *int, depth int) bool {
	if !v.IsValid() || depth > longDepth {
		return false
	}
	if hasFormatMethod(v) {
		return false // its own method prints it: fmt.Sprint as usual
	}
	switch v.Kind() {
	case reflect.String:
		*n += v.Len() / 16
	case reflect.Slice, reflect.Array:
		*n += v.Len()
		if *n > longBudget {
			return true
		}
		if isScalar(v.Type().Elem()) && v.Type().Elem().Kind() != reflect.String {
			return false
		}
		for i := 0; i < v.Len(); i++ {
			if holdsMore(v.Index(i), n, depth+1) {
				return true
			}
		}
	case reflect.Map:
		*n += v.Len()
		if *n > longBudget {
			return true
		}
		it := v.MapRange()
		for it.Next() {
			if holdsMore(it.Key(), n, depth+1) || holdsMore(it.Value(), n, depth+1) {
				return true
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if holdsMore(v.Field(i), n, depth+1) {
				return true
			}
		}
	case reflect.Interface:
		return holdsMore(v.Elem(), n, depth+1)
	case reflect.Pointer:
		if depth == 0 && !v.IsNil() {
			return holdsMore(v.Elem(), n, depth+1)
		}
	}
	return *n > longBudget
}

// hasFormatMethod reports whether fmt prints v with a method of its own.
func hasFormatMethod(v reflect.Value) bool {
	if !v.CanInterface() {
		return false
	}
	switch v.Interface().(type) {
	case fmt.Formatter, fmt.Stringer, error:
		return true
	}
	return false
}

// shortForm writes v as fmt's %v does, long parts cut.
func shortForm(b *strings.Builder, stopped func() bool, v reflect.Value, depth int) error {
	if stopped() {
		return ErrStopped
	}
	if !v.IsValid() {
		b.WriteString("<nil>")
		return nil
	}
	if depth > longDepth {
		b.WriteString("…")
		return nil
	}
	if hasFormatMethod(v) {
		s := fmt.Sprint(v.Interface())
		if len(s) > 2*LongString {
			s = cutString(s)
		}
		b.WriteString(s)
		return nil
	}
	switch v.Kind() {
	case reflect.String:
		b.WriteString(cutString(v.String()))
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() && depth > 0 {
			b.WriteString("[]")
			return nil
		}
		b.WriteByte('[')
		n := v.Len()
		nh, nt := display.Shown(n, longElems)
		for i := 0; i < n; i++ {
			if i == nh && nt > 0 && nh+nt < n {
				fmt.Fprintf(b, " … %d more …", n-nh-nt)
				i = n - nt - 1
				continue
			}
			if i > 0 {
				b.WriteByte(' ')
			}
			if err := shortForm(b, stopped, v.Index(i), depth+1); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case reflect.Map:
		lo, hi, err := mapEntries(stopped, v, longElems)
		if err != nil {
			return err
		}
		b.WriteString("map[")
		for i, e := range append(lo, hi...) {
			if i == len(lo) && len(lo)+len(hi) < v.Len() {
				fmt.Fprintf(b, " … %d more …", v.Len()-len(lo)-len(hi))
			}
			if i > 0 {
				b.WriteByte(' ')
			}
			if err := shortForm(b, stopped, e.k, depth+1); err != nil {
				return err
			}
			b.WriteByte(':')
			if err := shortForm(b, stopped, e.v, depth+1); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case reflect.Struct:
		b.WriteByte('{')
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			if err := shortForm(b, stopped, v.Field(i), depth+1); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case reflect.Interface:
		if v.IsNil() {
			b.WriteString("<nil>")
			return nil
		}
		return shortForm(b, stopped, v.Elem(), depth+1)
	case reflect.Pointer:
		if depth == 0 && !v.IsNil() {
			switch v.Elem().Kind() {
			case reflect.Struct, reflect.Slice, reflect.Array, reflect.Map:
				b.WriteByte('&')
				return shortForm(b, stopped, v.Elem(), depth+1)
			}
		}
		if v.IsNil() {
			b.WriteString("<nil>")
		} else {
			b.WriteString("0x" + strconv.FormatUint(uint64(v.Pointer()), 16))
		}
	default:
		if v.CanInterface() {
			fmt.Fprint(b, v.Interface())
		} else {
			fmt.Fprint(b, v) // fmt prints the value a reflect.Value holds
		}
	}
	return nil
}

// cutString is s, or for a long s its first and last bytes (whole runes)
// with how many are left out.
func cutString(s string) string {
	if len(s) <= 2*LongString {
		return s
	}
	h, t := LongString, len(s)-LongString
	for h > 0 && !utf8.RuneStart(s[h]) {
		h--
	}
	for t < len(s) && !utf8.RuneStart(s[t]) {
		t++
	}
	return fmt.Sprintf("%s … %d bytes more … %s", s[:h], t-h, s[t:])
}
