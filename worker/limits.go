package worker

// This file implements the session's memory limit: a size given as
// --memory-limit or DIVERGO_MEMORY_LIMIT, the default, and the checks on
// both sides of the process boundary.

import (
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// MaxDefaultMemoryLimit caps the default memory limit.
const MaxDefaultMemoryLimit = 4 << 30

// DefaultMemoryLimit is DIVERGO_MEMORY_LIMIT if it is set and valid, else
// the smaller of 4 GiB and half of the machine's memory.
func DefaultMemoryLimit() int64 {
	if v := os.Getenv("DIVERGO_MEMORY_LIMIT"); v != "" {
		if n, err := ParseSize(v); err == nil {
			return n
		}
	}
	limit := int64(MaxDefaultMemoryLimit)
	if total := totalMemory(); total > 0 && total/2 < limit {
		limit = total / 2
	}
	return limit
}

// ParseSize reads a size in bytes: a number with an optional unit, B, K,
// KB, KiB, M, MB, MiB, G, GB, GiB, T, TB or TiB (all powers of 1024,
// case does not matter): "4GiB", "512m", "1.5G", "1073741824".
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	i := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	num, unit := t, ""
	if i >= 0 {
		num, unit = t[:i], strings.TrimSpace(t[i:])
	}
	x, err := strconv.ParseFloat(num, 64)
	if err != nil || x <= 0 || math.IsInf(x, 0) {
		return 0, fmt.Errorf("invalid size %q: want a positive number with a unit, such as 4GiB or 512MiB", s)
	}
	var scale float64
	switch strings.TrimSuffix(strings.TrimSuffix(unit, "ib"), "b") {
	case "":
		scale = 1
	case "k":
		scale = 1 << 10
	case "m":
		scale = 1 << 20
	case "g":
		scale = 1 << 30
	case "t":
		scale = 1 << 40
	default:
		return 0, fmt.Errorf("invalid size %q: unknown unit %q (use KiB, MiB, GiB or TiB)", s, unit)
	}
	if x*scale < 64<<20 {
		return 0, fmt.Errorf("invalid size %q: the session needs at least 64 MiB", s)
	}
	if x*scale > math.MaxInt64/2 {
		return 0, fmt.Errorf("invalid size %q: too large", s)
	}
	return int64(x * scale), nil
}

// FormatSize writes a size in bytes with a binary unit: "4 GiB", "1.5 GiB".
func FormatSize(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	x := float64(n)
	u := 0
	for x >= 1024 && u < len(units)-1 {
		x /= 1024
		u++
	}
	return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) + " " + units[u]
}

// applyMemoryLimit sets the worker's limits: the Go runtime's soft limit
// (the garbage collector works harder near it) and, where the system has
// one, a hard limit on address space with room for the runtime's own
// reservations, so that one huge allocation fails at once.
func applyMemoryLimit(limit int64) {
	if limit <= 0 {
		return
	}
	debug.SetMemoryLimit(limit)
	limitAddressSpace(limit + addressSpaceRoom)
}

// addressSpaceRoom is the address space a session reserves without using
// it (1.6 GB measured on Linux amd64: heap arenas, stacks, the database).
const addressSpaceRoom = 3 << 30
