// divergo run refuses: slog.Logger.Info of Code while H, declared in the program, is a slog.Handler
package main

// A value of a named basic type of the program given to slog, whose
// Handler is the program's: Go's slog gives Handle a Value of Kind Any
// holding the main.Code (the handler's type switch finds a Code); the
// interpreter gave slog the plain int, and Handle got Kind Int64 and an
// int64, silently ("c Int64 3", "int64 3" for Go's "c Any 3", "code 3").

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

type Code int

type Secs time.Duration

type H struct{}

func (H) Enabled(context.Context, slog.Level) bool { return true }
func (h H) Handle(_ context.Context, r slog.Record) error {
	r.Attrs(func(a slog.Attr) bool {
		fmt.Println(a.Key, a.Value.Kind(), a.Value)
		switch v := a.Value.Any().(type) {
		case Code:
			fmt.Println("code", int(v))
		case int64:
			fmt.Println("int64", v)
		default:
			fmt.Println("other")
		}
		return true
	})
	return nil
}
func (h H) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h H) WithGroup(string) slog.Handler      { return h }

func main() {
	l := slog.New(H{})
	l.Info("m", "c", Code(3), "n", 4)
	l.Info("m", slog.Any("c", Code(5)))
}
