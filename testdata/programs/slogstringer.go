package main

// divergo run refuses: slog.Logger.Info of Temp: Go's slog calls Temp's String method

import (
	"fmt"
	"log/slog"
	"os"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return e.Key + " not found" }

func main() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Info("reading", "temp", Temp(21.5))
	var err error = NotFound{"cfg"}
	log.Error("failed", "err", err)
}
