//go:build !purego

#include "textflag.h"

// logsAVX2 and sumWLogsAVX2: logsGo and sumWLogsGo (fastlog.go) four
// entries at a time with AVX2, giving the same bits. Go declarations in
// fastlog_amd64.go.
//
// Method: the table method of logsGo, operation for operation,
//
//	x = 2^e · z             z ∈ [0.75, 1.5), e an integer
//	k = the cell of z       bits 44…51 of bits(x) − bits(0.75): 256 cells
//	c, invC, logC           logTable[k]: the centre of the cell, 1/c, ln c
//	r = (z − c)·invC        z − c is exact; |r| ≤ 1/512, or 1/256 next to 1
//	P = r²·((−1/2 + r·⅓) + r²·((−1/4 + r·⅕) + r²·(−1/6 + r·⅐)))
//	ln x = (e·ln2Hi + logC) + (r + (P + e·ln2Lo))
//
// P is the Taylor series of ln(1 + r) − r to r⁷ (truncation error below
// 2⁻⁵⁹·|r|); the error of the whole is about one ulp (fastlog.go; the tests
// measure it against 160-bit math/big). Every floating-point operation is
// the Go code's, with the same operands in the same order, each rounded
// once (VMULPD, VADDPD, VSUBPD are lane-wise IEEE operations, like the Go
// compiler's MULSD, ADDSD, SUBSD on amd64), so each lane computes exactly
// what logsGo computes, and both paths give the same bits: the results do
// not depend on the processor, and the tests check that bit for bit. The one
// fused multiply-add, e·ln2Hi + logC, fuses an exact product (ln2Hi has 32
// trailing zero bits, |e| ≤ 1024), so it rounds as the Go code's two
// operations do. A fused r = z·invC − 1 or a fused P would be a little more
// accurate, but would give other last bits than the Go path.
//
// Why this way (timed on the project's machine, 256 entries a call): this
// takes about 1.7 ns an entry against 3.7 for logsGo. The three VGATHERQPD
// are a third of it (the same loop with plain loads in their place is 1.5×
// faster); computing c from z's bits instead of loading it costs as much as
// its gather. math.Log's table-free method needs a VDIVPD (s = f/(2 + f))
// and a longer polynomial, and would not give logsGo's bits. Fused
// multiply-adds throughout (r = z·invC − 1 rounded once, with a table of
// ln(1/invC); P by FMA; two gathers) made a version 1.5× faster and a little
// more accurate, but it differs from logsGo in the last bit of a quarter of
// the results: the measures' results would depend on the processor.
//
// sumWLogsAVX2 multiplies each logarithm by its weight and adds it to its
// lane's partial sum as soon as it has it, rather than storing it for a
// separate dot product (15% faster than logsAVX2 then the Go loop). Its
// partial sums, their order and the tail's are sumWLogsGo's.
//
// Integer steps, per 64-bit lane (AVX2 has no 64-bit arithmetic shift and
// no int64 → float64 conversion, hence the detour for e):
//
//	t  = bits(x) − bits(0.75)         e = t >> 52 (arithmetic); k = (t >> 44) & 255
//	z  = bits(x) − (t & 0xfff0…0)     subtracts e from the exponent field
//	ef = float64 with bits 0x4330000000000800 ^ (t >>> 52), minus 2⁵² + 2048:
//	     t >>> 52 is e mod 4096, and flipping its bit 11 adds 2048 (mod 4096),
//	     giving e + 2048 ∈ [1026, 3072] in the low mantissa bits of 2⁵² + 0.
//
// logTable is an array of {c, invC, logC}, 24 bytes each, so the gathers
// load at 0, 8 and 16 bytes from logTable + 24·k, with index 3k and scale 8.
//
// Inputs that are not positive normal numbers give wrong numbers but never
// a fault: k is always within the table.

// Each constant is four copies, a 256-bit memory operand.
#define CONST4(name, bits) DATA name<>+0(SB)/8, $bits; DATA name<>+8(SB)/8, $bits; DATA name<>+16(SB)/8, $bits; DATA name<>+24(SB)/8, $bits; GLOBL name<>(SB), RODATA|NOPTR, $32

CONST4(offsetBits, 0x3fe8000000000000) // bits(0.75)
CONST4(expMask, 0xfff0000000000000)    // sign and exponent field
CONST4(cellMask, 0x00000000000000ff)
CONST4(expMagic, 0x4330000000000800)   // bits(2⁵² + 2048)
CONST4(one, 0x3ff0000000000000)        // 1.0
CONST4(third, 0x3fd5555555555555)      // 1/3
CONST4(fifth, 0x3fc999999999999a)      // 1/5
CONST4(seventh, 0x3fc2492492492492)    // 1/7
CONST4(mhalf, 0xbfe0000000000000)      // −1/2
CONST4(mquarter, 0xbfd0000000000000)   // −1/4
CONST4(msixth, 0xbfc5555555555555)     // −1/6
CONST4(ln2hi, 0x3fe62e42fee00000)      // ln2Hi
CONST4(ln2lo, 0x3dea39ef35793c76)      // ln2Lo

// lanes is {0, 1, 2, 3}: n > lanes is the mask of the first n lanes.
DATA lanes<>+0(SB)/8, $0
DATA lanes<>+8(SB)/8, $1
DATA lanes<>+16(SB)/8, $2
DATA lanes<>+24(SB)/8, $3
GLOBL lanes<>(SB), RODATA|NOPTR, $32

// Registers kept through the loops:
//
//	R8   &logTable
//	Y15  offsetBits   Y14 expMask   Y13 cellMask   Y12 expMagic   Y11 one
//	Y10  the four partial sums (sumWLogsAVX2)   Y9 the tail's lane mask
#define SETUP \
	LEAQ    ·logTable(SB), R8; \
	VMOVDQU offsetBits<>(SB), Y15; \
	VMOVDQU expMask<>(SB), Y14; \
	VMOVDQU cellMask<>(SB), Y13; \
	VMOVDQU expMagic<>(SB), Y12; \
	VMOVUPD one<>(SB), Y11

// LOG4 replaces the four float64s in Y0 by their logarithms. It uses
// Y1 … Y8 and keeps the registers above. Go's operand order is the reverse
// of Intel's: "VSUBPD A, B, C" is C = B − A, "VFMADD231PD A, B, C" is
// C = B·A + C, and a gather is "VGATHERQPD mask, address(index*8), dest".
// A gather loads the lanes whose mask is all ones, and clears the mask.
#define LOG4 \
	VPSUBQ      Y15, Y0, Y1;                   /* Y1 = t = bits(x) − bits(0.75) */ \
	VPSRLQ      $44, Y1, Y2; \
	VPAND       Y13, Y2, Y2;                   /* Y2 = k, the cell */ \
	VPADDQ      Y2, Y2, Y3; \
	VPADDQ      Y3, Y2, Y2;                    /* Y2 = 3k: logTable[k] is at 8·3k */ \
	VPCMPEQQ    Y3, Y3, Y3;                    /* all-lanes mask */ \
	VPXOR       Y4, Y4, Y4;                    /* (no dependence on Y4's old value) */ \
	VGATHERQPD  Y3, (R8)(Y2*8), Y4;            /* Y4 = c */ \
	VPCMPEQQ    Y3, Y3, Y3; \
	VPXOR       Y5, Y5, Y5; \
	VGATHERQPD  Y3, 8(R8)(Y2*8), Y5;           /* Y5 = invC */ \
	VPCMPEQQ    Y3, Y3, Y3; \
	VPXOR       Y6, Y6, Y6; \
	VGATHERQPD  Y3, 16(R8)(Y2*8), Y6;          /* Y6 = logC */ \
	VPAND       Y14, Y1, Y2;                   /* Y2 = e<<52 */ \
	VPSUBQ      Y2, Y0, Y0;                    /* Y0 = z = x/2^e */ \
	VPSRLQ      $52, Y1, Y1;                   /* Y1 = e mod 4096 */ \
	VPXOR       Y12, Y1, Y1;                   /* Y1 = 2⁵² + 2048 + e */ \
	VSUBPD      Y12, Y1, Y1;                   /* Y1 = ef = e, exactly */ \
	VSUBPD      Y4, Y0, Y0;                    /* Y0 = z − c, exact */ \
	VMULPD      Y5, Y0, Y0;                    /* Y0 = r = (z − c)·invC */ \
	VMULPD      Y0, Y0, Y5;                    /* Y5 = r² */ \
	VMULPD      third<>(SB), Y0, Y7; \
	VADDPD      mhalf<>(SB), Y7, Y7;           /* Y7 = −1/2 + r·⅓ */ \
	VMULPD      fifth<>(SB), Y0, Y8; \
	VADDPD      mquarter<>(SB), Y8, Y8;        /* Y8 = −1/4 + r·⅕ */ \
	VMULPD      seventh<>(SB), Y0, Y4; \
	VADDPD      msixth<>(SB), Y4, Y4;          /* Y4 = −1/6 + r·⅐ */ \
	VMULPD      Y5, Y4, Y4; \
	VADDPD      Y8, Y4, Y4;                    /* Y4 = Y8 + r²·Y4 */ \
	VMULPD      Y5, Y4, Y4; \
	VADDPD      Y7, Y4, Y4;                    /* Y4 = Y7 + r²·Y4 */ \
	VMULPD      Y5, Y4, Y4;                    /* Y4 = P = r²·Y4 */ \
	VMULPD      ln2lo<>(SB), Y1, Y2; \
	VADDPD      Y2, Y4, Y4;                    /* Y4 = P + e·ln2Lo */ \
	VADDPD      Y4, Y0, Y4;                    /* Y4 = r + (P + e·ln2Lo) */ \
	VFMADD231PD ln2hi<>(SB), Y1, Y6;           /* Y6 = e·ln2Hi + logC, exact product */ \
	VADDPD      Y4, Y6, Y0                     /* Y0 = ln x */

// TAILMASK sets Y9 to the mask of the first CX lanes (CX = 1, 2 or 3).
// VMOVQ, not MOVQ: an SSE (non-VEX) instruction while the upper halves of
// the Y registers are in use costs a state transition (measured: 170 ns).
#define TAILMASK \
	VMOVQ        CX, X9; \
	VPBROADCASTQ X9, Y9; \
	VPCMPGTQ     lanes<>(SB), Y9, Y9          /* lane j: CX > j */

// The last one to three entries are loaded and stored one by one, not with
// VMASKMOVPD: the callers have just written them, and a masked load cannot
// take them from the store buffer but waits for them to reach the cache
// (measured: 13 ns for a call on one to three entries, 33 ns with
// VMASKMOVPD). The VEX loads of X registers clear the rest of the Y register.

// func logsAVX2(x []float64)
TEXT ·logsAVX2(SB), NOSPLIT, $0-24
	MOVQ x_base+0(FP), SI
	MOVQ x_len+8(FP), CX
	TESTQ CX, CX
	JZ   done
	SETUP
	CMPQ CX, $4
	JB   tail

loop: // four entries at a time
	VMOVUPD (SI), Y0
	LOG4
	VMOVUPD Y0, (SI)
	ADDQ    $32, SI
	SUBQ    $4, CX
	CMPQ    CX, $4
	JAE     loop
	TESTQ   CX, CX
	JZ      end

tail: // the last one to three entries, with 1.0 in the other lanes
	VMOVSD       (SI), X0                     // lane 0
	CMPQ         CX, $2
	JB           tailLoaded
	VMOVHPD      8(SI), X0, X0                // lane 1
	JE           tailLoaded
	VMOVSD       16(SI), X1
	VINSERTF128  $1, X1, Y0, Y0               // lane 2
tailLoaded:
	TAILMASK
	VBLENDVPD    Y9, Y0, Y11, Y0              // Y0 = mask ? x : 1
	LOG4
	VMOVSD       X0, (SI)
	CMPQ         CX, $2
	JB           end
	VMOVHPD      X0, 8(SI)
	JE           end
	VEXTRACTF128 $1, Y0, X1
	VMOVSD       X1, 16(SI)

end:
	VZEROUPPER

done:
	RET

// func sumWLogsAVX2(w, r []float64) float64
TEXT ·sumWLogsAVX2(SB), NOSPLIT, $0-56
	MOVQ   w_base+0(FP), DI
	MOVQ   r_base+24(FP), SI
	MOVQ   r_len+32(FP), CX
	VXORPD Y10, Y10, Y10                      // the partial sums s₀ … s₃, one per lane
	TESTQ  CX, CX
	JZ     sum
	SETUP
	CMPQ   CX, $4
	JB     tail

loop: // four terms at a time: lane j adds the terms i ≡ j (mod 4)
	VMOVUPD (SI), Y0
	LOG4
	VMULPD  (DI), Y0, Y0                      // w·ln r, rounded, then added, as in sumWLogsGo
	VADDPD  Y0, Y10, Y10
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX
	CMPQ    CX, $4
	JAE     loop
	TESTQ   CX, CX
	JZ      sum

tail: // the last one to three terms; the other lanes have r = 1 and w = 0, giving +0
	VMOVSD       (SI), X0                     // r, lane 0
	CMPQ         CX, $2
	JB           rLoaded
	VMOVHPD      8(SI), X0, X0                // lane 1
	JE           rLoaded
	VMOVSD       16(SI), X1
	VINSERTF128  $1, X1, Y0, Y0               // lane 2
rLoaded:
	TAILMASK
	VBLENDVPD    Y9, Y0, Y11, Y0              // Y0 = mask ? r : 1
	LOG4
	VMOVSD       (DI), X1                     // w, 0 in the other lanes
	CMPQ         CX, $2
	JB           wLoaded
	VMOVHPD      8(DI), X1, X1
	JE           wLoaded
	VMOVSD       16(DI), X2
	VINSERTF128  $1, X2, Y1, Y1
wLoaded:
	VMULPD       Y1, Y0, Y0                   // Y0 = {t₀, t₁, t₂, +0}: the terms
	VEXTRACTF128 $1, Y10, X1                  // X1 = {s₂, s₃}
	VEXTRACTF128 $1, Y0, X2                   // X2 = {t₂, +0}
	VADDSD       X0, X10, X10                 // s₀ += t₀ (this clears Y10's top half)
	VPERMILPD    $1, X0, X0                   // X0 = {t₁, t₀}
	VADDSD       X0, X10, X10                 // s₀ += t₁ (adding +0 changes nothing)
	VADDSD       X2, X10, X10                 // s₀ += t₂
	JMP          add

sum: // (s₀ + s₁) + (s₂ + s₃)
	VEXTRACTF128 $1, Y10, X1                  // X1 = {s₂, s₃}

add:
	VHADDPD      X1, X10, X0                  // X0 = {s₀ + s₁, s₂ + s₃}
	VPERMILPD    $1, X0, X1                   // X1 = {s₂ + s₃, …}
	VADDSD       X1, X0, X0
	VMOVSD       X0, ret+48(FP)
	VZEROUPPER
	RET
