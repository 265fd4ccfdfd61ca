package main

// Comparisons and map keys of values in interfaces that the interpreter
// runs as Go does: basic values in an any, errors made by errors.New and
// fmt.Errorf, a switch on an any with value cases (lowered: the
// interpreter's own switch panicked converting the any to the case's type),
// and values of the program's types without methods whose underlying type
// no other stored value shares.

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var ErrEmpty = errors.New("empty")

type ParseError struct {
	Line int
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: bad", e.Line) }

func parse(s string) error {
	switch {
	case s == "":
		return ErrEmpty
	case strings.HasPrefix(s, "!"):
		return &ParseError{Line: len(s)}
	case s == "eof":
		return io.EOF
	case s == "wrap":
		return fmt.Errorf("reading: %w", ErrEmpty)
	}
	return nil
}

type Point struct{ X, Y int }

type Weight float32

func same(a, b any) bool { return a == b }

func describe(v any) string {
	switch v {
	case nil:
		return "nil"
	case 0, 1:
		return "small int"
	case "yes", "y":
		return "yes"
	case 2.5:
		return "two and a half"
	case Point{1, 2}:
		return "the point"
	case Weight(7):
		return "weight seven"
	case true:
		return "true"
	}
	return fmt.Sprint("other ", v)
}

func classify(v any) (out []string) {
outer:
	switch w := v; w {
	case 10:
		out = append(out, "ten")
		if v == 10 {
			break outer
		}
		fallthrough
	case 20:
		out = append(out, "twenty")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, s := range []string{"", "!!", "eof", "wrap", "ok"} {
		err := parse(s)
		fmt.Println(err == ErrEmpty, errors.Is(err, ErrEmpty), err == io.EOF, err != nil)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("parse error at", pe.Line)
		}
	}
	fmt.Println(same(3, 3), same(3, 3.0), same("a", "a"), same(Point{1, 2}, Point{1, 2}), same(Point{1, 2}, Point{2, 1}))
	fmt.Println(same(Weight(2), Weight(2)), same(nil, nil), same(3, nil))
	for _, v := range []any{nil, 0, 1, "y", 2.5, Point{1, 2}, Weight(7), true, int64(1), "no"} {
		fmt.Println(describe(v))
	}
	fmt.Println(classify(10), classify(20), classify(30))
	switch x := any(1.5); x {
	case 1:
		fmt.Println("one")
	}

	counts := map[any]int{}
	for _, k := range []any{1, "a", 1, 2.5, "a", Point{0, 1}, Point{0, 1}, Weight(3)} {
		counts[k]++
	}
	fmt.Println(len(counts), counts[1], counts["a"], counts[Point{0, 1}], counts[Weight(3)])
	delete(counts, "a")
	_, ok := counts["a"]
	fmt.Println(len(counts), ok)

	lit := map[any]string{1: "one", "two": "2", Point{3, 3}: "p"}
	fmt.Println(lit[1], lit["two"], lit[Point{3, 3}], len(lit))

	record := map[string]any{"name": "ada", "age": 36, "tags": nil}
	fmt.Println(record["name"] == "ada", record["age"] == 36, record["tags"] == nil, record["missing"] == nil)

	names := map[error]string{io.EOF: "end of file", ErrEmpty: "empty"}
	names[io.ErrUnexpectedEOF] = "cut short"
	fmt.Println(names[ErrEmpty], names[io.EOF], names[io.ErrUnexpectedEOF], len(names))

	var x any = "go"
	switch x {
	case "go", "rust":
		fmt.Println("a language")
	}
	switch y := 42; x {
	case y:
		fmt.Println("forty-two")
	default:
		fmt.Println("not", y)
	}
}
