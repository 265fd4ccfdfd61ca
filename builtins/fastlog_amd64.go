//go:build !purego

package builtins

import "golang.org/x/sys/cpu"

// useAVX2 selects the assembly in fastlog_amd64.s for logs and sumWLogs,
// which gives the same bits as the Go code, three to four times faster. It
// is decided once, from the processor; the tests also set it, to run both
// paths on one machine. Build with -tags purego for the Go path only.
var useAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// logsAVX2 is logsGo for processors with AVX2 and FMA. It reads logTable,
// an array of logEntry: three float64s, 24 bytes.
//
//go:noescape
func logsAVX2(x []float64)

// sumWLogsAVX2 is sumWLogsGo for processors with AVX2 and FMA, for
// len(w) == len(r). It leaves r as it was.
//
//go:noescape
func sumWLogsAVX2(w, r []float64) float64
