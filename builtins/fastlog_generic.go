//go:build !amd64 || purego

package builtins

// Without the assembly of fastlog_amd64.s, logs and the measures' first
// passes are always the Go code.

const useAVX2 = false

func logsAVX2(x []float64) { panic("builtins: no assembly logarithm on this platform") }

func entropyAVX2(p []float64, limit float64) (terms, sp float64, ok bool) {
	panic("builtins: no assembly on this platform")
}

func klAVX2(p, q []float64, limit float64) (terms, sp, sq float64, ok bool) {
	panic("builtins: no assembly on this platform")
}

func jsAVX2(p, q []float64, limit float64) (terms, sp, sq float64, ok bool) {
	panic("builtins: no assembly on this platform")
}

const useAVX512 = false

func entropyAVX512(p []float64, limit float64) (terms, sp float64, ok bool) {
	panic("builtins: no assembly on this platform")
}
