package main

// divergo run refuses: slog.Logger.Info of User: Go's slog prints User's unexported field pass by its name

import (
	"log/slog"
	"os"
)

type User struct {
	ID   int
	pass string
}

func main() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Info("login", "user", User{7, "pw"})
}
