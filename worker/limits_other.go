//go:build !linux

package worker

// totalMemory is 0 (unknown) where the system is not Linux: the default
// limit is then MaxDefaultMemoryLimit.
func totalMemory() int64 { return 0 }

// limitAddressSpace does nothing here: the Go runtime's soft limit
// (debug.SetMemoryLimit) is the limit.
func limitAddressSpace(int64) {}

// watchMemory does nothing here (no /proc to read).
func watchMemory(*proc, int64) {}
