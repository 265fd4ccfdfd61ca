package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
)

type ctxKey string

type level int

const (
	lowKey level = iota
	highKey
)

type ID int

type Point struct{ X, Y int }

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

var ErrNotFound = errors.New("not found")

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func lookup(ctx context.Context, k ctxKey) any { return ctx.Value(k) }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "alice")
	ctx = context.WithValue(ctx, ctxKey("trace"), "t1")
	ctx = context.WithValue(ctx, lowKey, 1)
	ctx = context.WithValue(ctx, highKey, 2)
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("trace")), ctx.Value(lowKey), ctx.Value(highKey))
	fmt.Println(lookup(ctx, ctxKey("user")))

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)

	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 1}), reflect.DeepEqual(Point{1, 2}, Point{1, 2}))

	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	log := slog.New(h)
	log.Info("hi", "id", ID(7), "p", Point{1, 2}, "n", 3, "err", ErrNotFound)
	log.With("id", ID(8)).Warn("w", slog.Int("k", 1))

	var buf bytes.Buffer
	io.WriteString(&buf, "hello ")
	c := &counter{}
	io.WriteString(c, "abc")
	io.Copy(c, strings.NewReader("xyz"))
	fmt.Println(buf.String(), c.n)

	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	var l list
	fs.Var(&l, "i", "include")
	fs.Parse([]string{"-i", "a", "-i", "b"})
	fmt.Println(l)

	err := fmt.Errorf("get: %w", ErrNotFound)
	fmt.Println(errors.Is(err, ErrNotFound))

	xs := []any{1, "a", 2.5}
	fmt.Println(Index(xs, any("a")), slices.Contains(xs, any(2.5)), slices.Index([]string{"x", "y"}, "y"))
	var p Point
	n, err := fmt.Sscan("3 4", &p.X, &p.Y)
	fmt.Println(n, err, p)
}
