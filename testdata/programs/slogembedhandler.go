package main

// A slog handler of the program that only embeds slog.Handler, overrides
// Handle and passes the record on, given a value of a named basic type
// (Code): the program never reads a slog.Value, so slog's own handler
// writes the Code as Go's does (it was refused, as sloghandlerplain's
// handler that reads the values is). Its promoted methods (Enabled,
// WithAttrs, WithGroup) are written out for the interpreter: the program
// stopped in reflect ("StructOf does not support methods of embedded
// interfaces") when nothing else of it was lowered.

import (
	"context"
	"fmt"
	"log/slog"
	"os"
)

type Code int

type counting struct {
	slog.Handler
}

var handled int

func (h counting) Handle(ctx context.Context, r slog.Record) error {
	handled++
	fmt.Println("handling:", r.Message, r.NumAttrs(), r.Level)
	return h.Handler.Handle(ctx, r)
}

func main() {
	base := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	logger := slog.New(counting{base})
	logger.Info("hello", "code", Code(3), "n", 4)
	logger.Debug("hidden")
	logger.With("k", "v").Warn("with", "c", Code(5))
	slog.New(counting{slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})}).Error("json", "code", Code(7))
	fmt.Println("handled", handled)
}
