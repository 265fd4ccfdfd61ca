package main

// divergo run refuses: slog.Logger.Info of Secret: Go's slog logs what Secret's LogValue method gives

import (
	"log/slog"
	"os"
)

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Info("login", "token", Secret("hunter2"))
}
