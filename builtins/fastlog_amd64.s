//go:build !purego

#include "textflag.h"

// logsAVX2 and the measures' first passes (entropyAVX2, klAVX2, jsAVX2):
// logsGo, entropyGo, klGo and jsGo (fastlog.go, kernels.go) four entries at
// a time with AVX2 and FMA, giving the same bits. Go declarations in
// fastlog_amd64.go.
//
// The logarithm (LOG4) is logsGo's method, operation for operation:
//
//	x = 2^e · z             z ∈ [0.75, 1.5), e an integer
//	k = the cell of z       bits 44…51 of bits(x) − bits(0.75): 256 cells
//	invC, L                 logInvC[k], logNegLnInvC[k] (logtable.go)
//	r = z·invC − 1          fused, one rounding
//	P = q1 + r²·(q2 + r²·q3),  q1 = r·⅓ − ½, q2 = r·⅕ − ¼, q3 = r·⅐ − ⅙ (fused)
//	a = e·ln2Hi (exact), hi = a + L, lo = (a − hi) + L (exact)
//	ln x = hi + (r + (r²·P + (e·ln2Lo + lo)))   (the last two multiply-adds fused)
//
// Every floating-point operation is the Go code's, with the same operands,
// each rounded once: VMULPD, VADDPD, VSUBPD, VDIVPD are lane-wise IEEE
// operations like the Go compiler's MULSD, ADDSD, SUBSD, DIVSD, and each
// VFMADD/VFMSUB is one math.FMA of the Go code. So each lane computes
// exactly what the Go code computes, and the tests check that bit for bit.
//
// Why this way (timed on the project's machine): two VGATHERQPD a vector
// (1/c and L) where the previous method needed three (c, 1/c, ln c), and
// fused multiply-adds for r and the polynomial, about 25 vector operations
// for four logarithms against 37.
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
// Inputs that are not positive normal numbers give wrong numbers but never
// a fault: k is always within the tables.

// Each constant is four copies, a 256-bit memory operand.
#define CONST4(name, bits) DATA name<>+0(SB)/8, $bits; DATA name<>+8(SB)/8, $bits; DATA name<>+16(SB)/8, $bits; DATA name<>+24(SB)/8, $bits; GLOBL name<>(SB), RODATA|NOPTR, $32

CONST4(offsetBits, 0x3fe8000000000000) // bits(0.75)
CONST4(expMask, 0xfff0000000000000)    // sign and exponent field
CONST4(cellMask, 0x00000000000000ff)
CONST4(expMagic, 0x4330000000000800)   // bits(2⁵² + 2048)
CONST4(one, 0x3ff0000000000000)        // 1.0
CONST4(half, 0x3fe0000000000000)       // 0.5
CONST4(third, 0x3fd5555555555555)      // 1/3
CONST4(fifth, 0x3fc999999999999a)      // 1/5
CONST4(seventh, 0x3fc2492492492492)    // 1/7
CONST4(mhalf, 0xbfe0000000000000)      // −1/2
CONST4(mquarter, 0xbfd0000000000000)   // −1/4
CONST4(msixth, 0xbfc5555555555555)     // −1/6
CONST4(ln2hi, 0x3fe62e42fee00000)      // ln2Hi
CONST4(ln2lo, 0x3dea39ef35793c76)      // ln2Lo
CONST4(minNormal, 0x0010000000000000)  // the smallest positive normal float64
CONST4(maxFloat, 0x7fefffffffffffff)   // the largest finite float64
CONST4(posInf, 0x7ff0000000000000)
CONST4(negInf, 0xfff0000000000000)

// lanes is {0, 1, 2, 3}: n > lanes is the mask of the first n lanes.
DATA lanes<>+0(SB)/8, $0
DATA lanes<>+8(SB)/8, $1
DATA lanes<>+16(SB)/8, $2
DATA lanes<>+24(SB)/8, $3
GLOBL lanes<>(SB), RODATA|NOPTR, $32

// LOG4 replaces the four float64s in Y0 by their logarithms, using Y1 … Y7,
// R8 = &logInvC, R9 = &logNegLnInvC and Y15, all ones (SETUP). Go's operand
// order is the reverse of Intel's: "VSUBPD A, B, C" is C = B − A;
// "VFMADD213PD A, B, C" is C = B·C + A; "VFMADD231PD A, B, C" is
// C = B·A + C; a gather is "VGATHERQPD mask, address(index*8), dest",
// loading the lanes whose mask is all ones, and clearing the mask.
#define LOG4 \
	VPSUBQ      offsetBits<>(SB), Y0, Y1;      /* Y1 = t = bits(x) − bits(0.75) */ \
	VPSRLQ      $44, Y1, Y2; \
	VPAND       cellMask<>(SB), Y2, Y2;        /* Y2 = k, the cell */ \
	VMOVDQU     Y15, Y3;                       /* all-lanes mask (a move: no execution unit) */ \
	VPXOR       Y4, Y4, Y4;                    /* (no dependence on Y4's old value) */ \
	VGATHERQPD  Y3, (R8)(Y2*8), Y4;            /* Y4 = invC */ \
	VMOVDQU     Y15, Y3; \
	VPXOR       Y5, Y5, Y5; \
	VGATHERQPD  Y3, (R9)(Y2*8), Y5;            /* Y5 = L */ \
	VPAND       expMask<>(SB), Y1, Y2;         /* Y2 = e<<52 */ \
	VPSUBQ      Y2, Y0, Y0;                    /* Y0 = z = x/2^e */ \
	VPSRLQ      $52, Y1, Y1;                   /* Y1 = e mod 4096 */ \
	VPXOR       expMagic<>(SB), Y1, Y1;        /* Y1 = 2⁵² + 2048 + e */ \
	VSUBPD      expMagic<>(SB), Y1, Y1;        /* Y1 = ef = e, exactly */ \
	VFMSUB213PD one<>(SB), Y4, Y0;             /* Y0 = r = invC·z − 1 */ \
	VMULPD      Y0, Y0, Y2;                    /* Y2 = r² */ \
	VMOVUPD     third<>(SB), Y3; \
	VFMADD213PD mhalf<>(SB), Y0, Y3;           /* Y3 = q1 = r·⅓ − ½ */ \
	VMOVUPD     fifth<>(SB), Y4; \
	VFMADD213PD mquarter<>(SB), Y0, Y4;        /* Y4 = q2 = r·⅕ − ¼ */ \
	VMOVUPD     seventh<>(SB), Y6; \
	VFMADD213PD msixth<>(SB), Y0, Y6;          /* Y6 = q3 = r·⅐ − ⅙ */ \
	VFMADD213PD Y4, Y2, Y6;                    /* Y6 = r²·q3 + q2 */ \
	VFMADD213PD Y3, Y2, Y6;                    /* Y6 = P = r²·Y6 + q1 */ \
	VMULPD      ln2hi<>(SB), Y1, Y4;           /* Y4 = a = e·ln2Hi, exact */ \
	VADDPD      Y5, Y4, Y7;                    /* Y7 = hi = a + L */ \
	VSUBPD      Y7, Y4, Y4;                    /* Y4 = a − hi */ \
	VADDPD      Y5, Y4, Y4;                    /* Y4 = lo = (a − hi) + L */ \
	VFMADD231PD ln2lo<>(SB), Y1, Y4;           /* Y4 = e·ln2Lo + lo */ \
	VFMADD231PD Y6, Y2, Y4;                    /* Y4 = r²·P + Y4 */ \
	VADDPD      Y4, Y0, Y0;                    /* Y0 = r + Y4 */ \
	VADDPD      Y0, Y7, Y0                     /* Y0 = hi + Y0 = ln x */

#define SETUP \
	LEAQ     ·logInvC(SB), R8; \
	LEAQ     ·logNegLnInvC(SB), R9; \
	VPCMPEQQ Y15, Y15, Y15

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

// The last one to three entries are loaded and stored one by one, with 1.0
// in the other lanes, not with VMASKMOVPD: the callers have just written
// them, and a masked load cannot take them from the store buffer but waits
// for them to reach the cache (measured: 13 ns for a call on one to three
// entries, 33 ns with VMASKMOVPD). The VEX loads of X registers clear the
// rest of the Y register. VMOVQ, not MOVQ: an SSE (non-VEX) instruction
// while the upper halves of the Y registers are in use costs a state
// transition (measured: 170 ns).
tail:
	VMOVSD       (SI), X0                     // lane 0
	CMPQ         CX, $2
	JB           tailLoaded
	VMOVHPD      8(SI), X0, X0                // lane 1
	JE           tailLoaded
	VMOVSD       16(SI), X1
	VINSERTF128  $1, X1, Y0, Y0               // lane 2
tailLoaded:
	VMOVQ        CX, X9
	VPBROADCASTQ X9, Y9
	VPCMPGTQ     lanes<>(SB), Y9, Y9          // lane j: CX > j
	VMOVUPD      one<>(SB), Y10
	VBLENDVPD    Y9, Y0, Y10, Y0              // Y0 = mask ? x : 1
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

// The kernels: one pass over a block of p (and q), keeping per lane j the
// sums of the entries i ≡ j (mod 4), the sum of the terms (each added by a
// fused multiply-add, as dotLanes), and the smallest and largest entry and
// argument of the logarithm, from which they tell at the end whether the
// block had only what they handle: entries within [0, limit], and
// logarithms of positive normal numbers or of 1 where the entry is 0 (a
// term 0·ln 1 = +0 changes no sum). Otherwise (a bad entry, an infinite
// term, a ratio that under- or overflows) they return ok = false and the
// Go code does the block. A NaN entry makes its sum NaN, which says so.
//
// The last one to three entries (the end of the whole input) are copied
// into zeroed 32-byte buffers on the stack and go through the loop's body
// once more: an entry 0 adds nothing to any sum. (A store-forwarding stall
// once a call, against a masked load or a body of its own.)

// COPYTAIL copies the CX (1 to 3) entries at src to the 32 bytes at
// dst(SP), zeroed first (Y0 must be zero), and points src there.
#define COPYTAIL(src, dst) \
	VMOVUPD Y0, dst(SP); \
	MOVQ    0(src), AX; \
	MOVQ    AX, dst(SP); \
	CMPQ    CX, $2; \
	JB      3(PC); \
	MOVQ    8(src), AX; \
	MOVQ    AX, dst+8(SP); \
	CMPQ    CX, $3; \
	JB      3(PC); \
	MOVQ    16(src), AX; \
	MOVQ    AX, dst+16(SP); \
	LEAQ    dst(SP), src

// HSUM leaves (s₀ + s₁) + (s₂ + s₃) of the lanes of Y in the low lane of X0.
#define HSUM(Y, X) \
	VEXTRACTF128 $1, Y, X1;                    /* X1 = {s₂, s₃} */ \
	VHADDPD      X1, X, X0;                    /* X0 = {s₀ + s₁, s₂ + s₃} */ \
	VPERMILPD    $1, X0, X1; \
	VADDSD       X1, X0, X0

// OKMASK ANDs into Y1 the lanes where min ≥ lo and max ≤ hi (ordered:
// false for NaN).
#define OKMASK(min, lo, max, hi) \
	VCMPPD $0x1d, lo, min, Y2;                 /* GE_OQ */ \
	VANDPD Y2, Y1, Y1; \
	VCMPPD $0x12, hi, max, Y2;                 /* LE_OQ */ \
	VANDPD Y2, Y1, Y1

// Entropy: Y8 Σ x·ln u, Y9 Σ x, Y10 max x, Y11 min u, u = x, or 1 where
// x = +0 (by an OR of 1's bits: cheaper than a blend; an entry −0 gets −1,
// whose min says not ok, and the Go code does that block).
#define ENTROPYBODY \
	VMOVUPD     (SI), Y0;                      /* x */ \
	VADDPD      Y0, Y9, Y9; \
	VMAXPD      Y0, Y10, Y10; \
	VXORPD      Y1, Y1, Y1; \
	VCMPPD      $0, Y1, Y0, Y1;                /* x == 0 */ \
	VANDPD      one<>(SB), Y1, Y1; \
	VORPD       Y1, Y0, Y0;                    /* u = x | (x == 0 ? 1 : 0): 1 for +0, −1 for −0 */ \
	VMINPD      Y0, Y11, Y11; \
	LOG4; \
	VFMADD231PD (SI), Y0, Y8                   /* += x·ln u */

// func entropyAVX2(p []float64, limit float64) (terms, sp float64, ok bool)
TEXT ·entropyAVX2(SB), NOSPLIT, $32-49
	MOVQ    p_base+0(FP), SI
	MOVQ    p_len+8(FP), CX
	SETUP
	VXORPD  Y8, Y8, Y8
	VXORPD  Y9, Y9, Y9
	VMOVUPD negInf<>(SB), Y10
	VMOVUPD posInf<>(SB), Y11
	CMPQ    CX, $4
	JB      etail

eloop:
	ENTROPYBODY
	ADDQ    $32, SI
	SUBQ    $4, CX
	CMPQ    CX, $4
	JAE     eloop

etail:
	TESTQ   CX, CX
	JZ      edone
	VXORPD  Y0, Y0, Y0
	COPYTAIL(SI, 0)
	ENTROPYBODY

edone:
	VCMPPD       $0x07, Y9, Y9, Y1             // ORD: Σ x is not NaN
	VBROADCASTSD limit+24(FP), Y3
	OKMASK(Y11, minNormal<>(SB), Y10, Y3)
	VMOVMSKPD    Y1, AX
	CMPQ         AX, $15
	SETEQ        ok+48(FP)
	HSUM(Y8, X8)
	VMOVSD       X0, terms+32(FP)
	HSUM(Y9, X9)
	VMOVSD       X0, sp+40(FP)
	VZEROUPPER
	RET

// KL: Y8 Σ x·ln u, Y9 Σ x, Y10 Σ y, Y11 min(x, y), Y12 max(x, y), Y13 min u,
// Y14 max u, u = x/y, or 1 where x = 0.
#define KLBODY \
	VMOVUPD     (SI), Y0;                      /* x */ \
	VMOVUPD     (DI), Y1;                      /* y */ \
	VADDPD      Y0, Y9, Y9; \
	VADDPD      Y1, Y10, Y10; \
	VMINPD      Y1, Y0, Y2; \
	VMINPD      Y2, Y11, Y11; \
	VMAXPD      Y1, Y0, Y2; \
	VMAXPD      Y2, Y12, Y12; \
	VDIVPD      Y1, Y0, Y1;                    /* x/y */ \
	VXORPD      Y2, Y2, Y2; \
	VCMPPD      $0, Y2, Y0, Y2;                /* x == 0 */ \
	VBLENDVPD   Y2, one<>(SB), Y1, Y0;         /* u */ \
	VMINPD      Y0, Y13, Y13; \
	VMAXPD      Y0, Y14, Y14; \
	LOG4; \
	VFMADD231PD (SI), Y0, Y8                   /* += x·ln u */

// func klAVX2(p, q []float64, limit float64) (terms, sp, sq float64, ok bool)
TEXT ·klAVX2(SB), NOSPLIT, $64-81
	MOVQ    p_base+0(FP), SI
	MOVQ    q_base+24(FP), DI
	MOVQ    p_len+8(FP), CX
	SETUP
	VXORPD  Y8, Y8, Y8
	VXORPD  Y9, Y9, Y9
	VXORPD  Y10, Y10, Y10
	VMOVUPD posInf<>(SB), Y11
	VMOVUPD negInf<>(SB), Y12
	VMOVUPD posInf<>(SB), Y13
	VMOVUPD negInf<>(SB), Y14
	CMPQ    CX, $4
	JB      ktail

kloop:
	KLBODY
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX
	CMPQ    CX, $4
	JAE     kloop

ktail:
	TESTQ   CX, CX
	JZ      kdone
	VXORPD  Y0, Y0, Y0
	COPYTAIL(SI, 0)
	COPYTAIL(DI, 32)
	KLBODY

kdone:
	VCMPPD       $0x07, Y10, Y9, Y1            // ORD: neither Σ x nor Σ y is NaN
	VBROADCASTSD limit+48(FP), Y3
	VXORPD       Y4, Y4, Y4
	OKMASK(Y11, Y4, Y12, Y3)
	OKMASK(Y13, minNormal<>(SB), Y14, maxFloat<>(SB))
	VMOVMSKPD    Y1, AX
	CMPQ         AX, $15
	SETEQ        ok+80(FP)
	HSUM(Y8, X8)
	VMOVSD       X0, terms+56(FP)
	HSUM(Y9, X9)
	VMOVSD       X0, sp+64(FP)
	HSUM(Y10, X10)
	VMOVSD       X0, sq+72(FP)
	VZEROUPPER
	RET

// JS: Y8 Σ x·ln ux + y·ln uy (the x term first), Y9 Σ x, Y10 Σ y,
// Y11 min(x, y), Y12 max(x, y), Y13 min(ux, uy), with m = (x + y)·½,
// ux = x/m or 1 where x = 0, uy = y/m or 1 where y = 0 (both ≤ 2); Y14
// holds uy through the first logarithm.
#define JSBODY \
	VMOVUPD     (SI), Y0;                      /* x */ \
	VMOVUPD     (DI), Y1;                      /* y */ \
	VADDPD      Y0, Y9, Y9; \
	VADDPD      Y1, Y10, Y10; \
	VMINPD      Y1, Y0, Y2; \
	VMINPD      Y2, Y11, Y11; \
	VMAXPD      Y1, Y0, Y2; \
	VMAXPD      Y2, Y12, Y12; \
	VADDPD      Y1, Y0, Y2; \
	VMULPD      half<>(SB), Y2, Y2;            /* m */ \
	VDIVPD      Y2, Y0, Y3;                    /* x/m */ \
	VDIVPD      Y2, Y1, Y14;                   /* y/m */ \
	VXORPD      Y4, Y4, Y4; \
	VCMPPD      $0, Y4, Y0, Y5;                /* x == 0 */ \
	VBLENDVPD   Y5, one<>(SB), Y3, Y0;         /* ux */ \
	VCMPPD      $0, Y4, Y1, Y5;                /* y == 0 */ \
	VBLENDVPD   Y5, one<>(SB), Y14, Y14;       /* uy */ \
	VMINPD      Y0, Y13, Y13; \
	VMINPD      Y14, Y13, Y13; \
	LOG4; \
	VFMADD231PD (SI), Y0, Y8;                  /* += x·ln ux */ \
	VMOVAPD     Y14, Y0; \
	LOG4; \
	VFMADD231PD (DI), Y0, Y8                   /* += y·ln uy */

// func jsAVX2(p, q []float64, limit float64) (terms, sp, sq float64, ok bool)
TEXT ·jsAVX2(SB), NOSPLIT, $64-81
	MOVQ    p_base+0(FP), SI
	MOVQ    q_base+24(FP), DI
	MOVQ    p_len+8(FP), CX
	SETUP
	VXORPD  Y8, Y8, Y8
	VXORPD  Y9, Y9, Y9
	VXORPD  Y10, Y10, Y10
	VMOVUPD posInf<>(SB), Y11
	VMOVUPD negInf<>(SB), Y12
	VMOVUPD posInf<>(SB), Y13
	CMPQ    CX, $4
	JB      jtail

jloop:
	JSBODY
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX
	CMPQ    CX, $4
	JAE     jloop

jtail:
	TESTQ   CX, CX
	JZ      jdone
	VXORPD  Y0, Y0, Y0
	COPYTAIL(SI, 0)
	COPYTAIL(DI, 32)
	JSBODY

jdone:
	VCMPPD       $0x07, Y10, Y9, Y1            // ORD: neither Σ x nor Σ y is NaN
	VBROADCASTSD limit+48(FP), Y3
	VXORPD       Y4, Y4, Y4
	OKMASK(Y11, Y4, Y12, Y3)
	VMOVUPD      posInf<>(SB), Y14
	OKMASK(Y13, minNormal<>(SB), Y13, Y14)
	VMOVMSKPD    Y1, AX
	CMPQ         AX, $15
	SETEQ        ok+80(FP)
	HSUM(Y8, X8)
	VMOVSD       X0, terms+56(FP)
	HSUM(Y9, X9)
	VMOVSD       X0, sp+64(FP)
	HSUM(Y10, X10)
	VMOVSD       X0, sq+72(FP)
	VZEROUPPER
	RET

// entropyAVX512 is entropyAVX2 with the logarithm eight lanes wide (AVX-512F
// and DQ), for processors that have them: the same operations lane by lane
// (and e converted by VCVTQQ2PD, exactly, as float64(e)), and the same sums
// in the same order: the eight results are added as the low four, then the
// high four, which is what two iterations of the AVX2 loop add. Entries left
// over (fewer than eight) go through the AVX2 body.
#define LOG8 \
	VPSUBQ.BCST  offsetBits<>(SB), Z0, Z1; \
	VPSRLQ       $44, Z1, Z2; \
	VPANDQ.BCST  cellMask<>(SB), Z2, Z2; \
	KXNORB       K1, K1, K1; \
	VGATHERQPD   (R8)(Z2*8), K1, Z4; \
	KXNORB       K1, K1, K1; \
	VGATHERQPD   (R9)(Z2*8), K1, Z5; \
	VPANDQ.BCST  expMask<>(SB), Z1, Z2; \
	VPSUBQ       Z2, Z0, Z0; \
	VPSRAQ       $52, Z1, Z1; \
	VCVTQQ2PD    Z1, Z1; \
	VFMSUB213PD.BCST one<>(SB), Z4, Z0; \
	VMULPD       Z0, Z0, Z2; \
	VBROADCASTSD third<>(SB), Z3; \
	VFMADD213PD.BCST mhalf<>(SB), Z0, Z3; \
	VBROADCASTSD fifth<>(SB), Z4; \
	VFMADD213PD.BCST mquarter<>(SB), Z0, Z4; \
	VBROADCASTSD seventh<>(SB), Z6; \
	VFMADD213PD.BCST msixth<>(SB), Z0, Z6; \
	VFMADD213PD  Z4, Z2, Z6; \
	VFMADD213PD  Z3, Z2, Z6; \
	VMULPD.BCST  ln2hi<>(SB), Z1, Z4; \
	VADDPD       Z5, Z4, Z7; \
	VSUBPD       Z7, Z4, Z4; \
	VADDPD       Z5, Z4, Z4; \
	VFMADD231PD.BCST ln2lo<>(SB), Z1, Z4; \
	VFMADD231PD  Z6, Z2, Z4; \
	VADDPD       Z4, Z0, Z0; \
	VADDPD       Z0, Z7, Z0

// func entropyAVX512(p []float64, limit float64) (terms, sp float64, ok bool)
TEXT ·entropyAVX512(SB), NOSPLIT, $32-49
	MOVQ    p_base+0(FP), SI
	MOVQ    p_len+8(FP), CX
	SETUP
	VXORPD  Y8, Y8, Y8
	VXORPD  Y9, Y9, Y9
	VBROADCASTSD negInf<>(SB), Z10
	VBROADCASTSD posInf<>(SB), Z11
	VXORPD  Z12, Z12, Z12
	CMPQ    CX, $8
	JB      zfold

zloop: // eight entries at a time
	VMOVUPD     (SI), Z0                    // x
	VADDPD      (SI), Y9, Y9                // Σ x, the low four then the high four
	VADDPD      32(SI), Y9, Y9
	VMAXPD      Z0, Z10, Z10
	VCMPPD      $0, Z12, Z0, K2             // x == 0
	VORPD.BCST  one<>(SB), Z0, K2, Z0       // u: x | 1's bits where x == 0
	VMINPD      Z0, Z11, Z11
	LOG8
	VFMADD231PD (SI), Y0, Y8                // += x·ln u, the low four
	VEXTRACTF64X4 $1, Z0, Y1
	VFMADD231PD 32(SI), Y1, Y8              // then the high four
	ADDQ        $64, SI
	SUBQ        $8, CX
	CMPQ        CX, $8
	JAE         zloop

zfold: // the max and min into their low four lanes, for the AVX2 body
	VEXTRACTF64X4 $1, Z10, Y1
	VMAXPD      Y1, Y10, Y10
	VEXTRACTF64X4 $1, Z11, Y1
	VMINPD      Y1, Y11, Y11
	CMPQ        CX, $4
	JB          ztail
	ENTROPYBODY
	ADDQ        $32, SI
	SUBQ        $4, CX

ztail:
	TESTQ   CX, CX
	JZ      zdone
	VXORPD  Y0, Y0, Y0
	COPYTAIL(SI, 0)
	ENTROPYBODY

zdone:
	VCMPPD       $0x07, Y9, Y9, Y1             // ORD: Σ x is not NaN
	VBROADCASTSD limit+24(FP), Y3
	OKMASK(Y11, minNormal<>(SB), Y10, Y3)
	VMOVMSKPD    Y1, AX
	CMPQ         AX, $15
	SETEQ        ok+48(FP)
	HSUM(Y8, X8)
	VMOVSD       X0, terms+32(FP)
	HSUM(Y9, X9)
	VMOVSD       X0, sp+40(FP)
	VZEROUPPER
	RET
