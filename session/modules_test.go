package session

import (
	"os"
	"testing"
)

// TestMain gives the tests a directory of fetched modules of their own
// (DIVERGO_MODULES), so that a transcript's imports and .get do not touch
// the user's; the module cache stays the machine's.
func TestMain(m *testing.M) {
	if os.Getenv("DIVERGO_MODULES") == "" {
		dir, err := os.MkdirTemp("", "divergo-modules-")
		if err == nil {
			os.Setenv("DIVERGO_MODULES", dir)
			code := m.Run()
			os.RemoveAll(dir)
			os.Exit(code)
		}
	}
	os.Exit(m.Run())
}
