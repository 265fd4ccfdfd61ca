package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

func (k Kind) String() string {
	return [...]string{"NUM", "OP", "(", ")", "EOF"}[k]
}

type Token struct {
	Kind Kind
	Text string
}

func (t Token) String() string { return fmt.Sprintf("%v:%q", t.Kind, t.Text) }

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func (p *parser) expr(minPrec int) float64 {
	lhs := p.atom()
	for {
		t := p.peek()
		if t.Kind != OP || prec[t.Text] < minPrec {
			return lhs
		}
		p.next()
		next := prec[t.Text] + 1
		if t.Text == "^" {
			next = prec[t.Text]
		}
		rhs := p.expr(next)
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "^":
			r := 1.0
			for i := 0; i < int(rhs); i++ {
				r *= lhs
			}
			lhs = r
		}
	}
}

func (p *parser) atom() float64 {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return v
	case LPAREN:
		v := p.expr(1)
		if p.next().Kind != RPAREN {
			panic("missing )")
		}
		return v
	case OP:
		if t.Text == "-" {
			return -p.atom()
		}
	}
	panic(fmt.Sprintf("unexpected %v", t))
}

func eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", s, r)
		}
	}()
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v = p.expr(1)
	if p.peek().Kind != EOF {
		return v, fmt.Errorf("trailing %v", p.peek())
	}
	return v, nil
}

func main() {
	toks, _ := lex("3 + 4*(2 - 1)")
	fmt.Println(toks)
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "1 / 0", "2 * (3", "1.2.3 + 1", "7 $ 2", "1 2"} {
		v, err := eval(s)
		fmt.Printf("%-12s = %v, %v\n", s, v, err)
	}
}
