// A recursive-descent calculator: a tokenizer over runes, a parser for
// + - * / with precedence, parentheses and unary minus, evaluation with
// float64, and errors for bad input returned up the recursion.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) ([]string, error) {
	var toks []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, string(rs[i:j]))
			i = j
		case r == '+' || r == '-' || r == '*' || r == '/' || r == '(' || r == ')':
			toks = append(toks, string(r))
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return toks, nil
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == "+" || p.peek() == "-") {
		op := p.next()
		var r float64
		if r, err = p.term(); op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && (p.peek() == "*" || p.peek() == "/") {
		op := p.next()
		r, ferr := p.factor()
		if err = ferr; err != nil {
			break
		}
		if op == "*" {
			v *= r
		} else if r == 0 {
			err = errors.New("division by zero")
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	switch t := p.next(); {
	case t == "-":
		v, err := p.factor()
		return -v, err
	case t == "(":
		v, err := p.expr()
		if err == nil && p.next() != ")" {
			err = errors.New("missing )")
		}
		return v, err
	case t == "":
		return 0, errors.New("unexpected end")
	default:
		return strconv.ParseFloat(t, 64)
	}
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos < len(toks) {
		err = fmt.Errorf("trailing %q", p.peek())
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3", "7 / 0", "1 $ 2", "1.5.2", "10 - 2 - 3", "2 3"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-14s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-14s = %g\n", s, v)
	}
}
