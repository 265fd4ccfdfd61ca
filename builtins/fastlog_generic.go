//go:build !amd64 || purego

package builtins

// Without the assembly of fastlog_amd64.s, logs and sumWLogs are always the
// Go code.

const useAVX2 = false

func logsAVX2(x []float64) { panic("builtins: no assembly logarithm on this platform") }

func sumWLogsAVX2(w, r []float64) float64 {
	panic("builtins: no assembly logarithm on this platform")
}
