//go:build !purego

package builtins

import "golang.org/x/sys/cpu"

// useAVX2 selects the assembly in fastlog_amd64.s for logs and the first
// passes of Entropy, KL and JS, which give the same bits as the Go code,
// several times faster (and, with useAVX512, Entropy's eight lanes wide). It is decided once, from the processor; the tests
// also set it, to run both paths on one machine. Build with -tags purego
// for the Go path only.
var useAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// logsAVX2 is logsGo for processors with AVX2 and FMA.
//
//go:noescape
func logsAVX2(x []float64)

// entropyAVX2 is entropyGo for processors with AVX2 and FMA, on blocks it
// can do alone; ok = false leaves the block to entropyGo.
//
//go:noescape
func entropyAVX2(p []float64, limit float64) (terms, sp float64, ok bool)

// klAVX2 is klGo for processors with AVX2 and FMA, for len(q) ≥ len(p), on
// blocks it can do alone; ok = false leaves the block to klGo.
//
//go:noescape
func klAVX2(p, q []float64, limit float64) (terms, sp, sq float64, ok bool)

// jsAVX2 is jsGo for processors with AVX2 and FMA, for len(q) ≥ len(p), on
// blocks it can do alone; ok = false leaves the block to jsGo.
//
//go:noescape
func jsAVX2(p, q []float64, limit float64) (terms, sp, sq float64, ok bool)

// useAVX512 selects entropyAVX512 over entropyAVX2 where the processor (and
// the operating system) have AVX-512F and DQ: the same bits, the logarithm
// eight lanes wide.
var useAVX512 = useAVX2 && cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// entropyAVX512 is entropyAVX2 with the logarithm eight lanes wide.
//
//go:noescape
func entropyAVX512(p []float64, limit float64) (terms, sp float64, ok bool)
