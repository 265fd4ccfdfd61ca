package builtins

import (
	"math/big"
)

// bigLn returns ln x for x > 0 to the precision of x, for the accuracy tests:
// math/big has no logarithm. With x = m·2^e and m ∈ [½, 1),
//
//	ln x = e·ln 2 + ln m,   ln m = 2·atanh(s),  s = (m − 1)/(m + 1),
//	atanh(s) = s + s³/3 + s⁵/5 + …
//
// and ln 2 = 2·atanh(1/3). |s| ≤ 1/3, so each term gains at least 3 bits.
func bigLn(x *big.Float) *big.Float {
	prec := x.Prec() + 32
	m := new(big.Float).SetPrec(prec)
	e := x.MantExp(m) // x = m · 2^e, m ∈ [½, 1)
	ln := atanh2(ratioMinusOne(m, prec), prec)
	if e != 0 {
		third := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), big.NewFloat(3).SetPrec(prec))
		ln2 := atanh2(third, prec)
		ln.Add(ln, new(big.Float).SetPrec(prec).Mul(ln2, new(big.Float).SetPrec(prec).SetInt64(int64(e))))
	}
	return ln.SetPrec(x.Prec())
}

// ratioMinusOne returns (m − 1)/(m + 1).
func ratioMinusOne(m *big.Float, prec uint) *big.Float {
	one := new(big.Float).SetPrec(prec).SetInt64(1)
	num := new(big.Float).SetPrec(prec).Sub(m, one)
	den := new(big.Float).SetPrec(prec).Add(m, one)
	return num.Quo(num, den)
}

// atanh2 returns 2·atanh(s) by its series, to precision prec.
func atanh2(s *big.Float, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec).Set(s)
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	pow := new(big.Float).SetPrec(prec).Set(s)
	term := new(big.Float).SetPrec(prec)
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, s2)
		term.Quo(pow, new(big.Float).SetPrec(prec).SetInt64(k))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -int(prec) {
			break
		}
		sum.Add(sum, term)
	}
	return sum.Mul(sum, big.NewFloat(2))
}
