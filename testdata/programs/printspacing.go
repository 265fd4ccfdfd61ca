// fmt's Print family puts a space between two operands only when neither
// is a string by kind: a type of yours whose underlying type is a string
// is one, with a String, Error or Format method too.
package main

import (
	"fmt"
	"log"
	"os"
)

type Suit string

func (s Suit) String() string { return map[Suit]string{"h": "♥", "s": "♠"}[s] }

type Code string

func (c Code) Error() string { return "code " + string(c) }

type Rank int

func (r Rank) String() string { return fmt.Sprintf("R%d", int(r)) }

type Tag string

func (t Tag) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "<%s>", string(t)) }

type Boom string

func (b Boom) String() string { panic("no " + string(b)) }

func main() {
	fmt.Print(Suit("h"), Suit("s"), "\n")
	fmt.Println(fmt.Sprint(Rank(1), Suit("h"), Rank(2), Rank(3)))
	fmt.Println(fmt.Sprint(Code("a"), Code("b")), fmt.Sprint(Tag("x"), 1, Tag("y")))
	fmt.Fprint(os.Stdout, Suit("h"), 7, 8, Suit("s"), "\n")
	fmt.Println(string(fmt.Append([]byte("hand: "), Suit("h"), Suit("s"))))
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Print(Suit("s"), Rank(4), Suit("h"))
	s := Suit("s")
	fmt.Println(fmt.Sprint(s, &s, s), fmt.Sprint(&s, &s))
	fmt.Println(fmt.Sprint(Boom("x"), Boom("y")))
	fmt.Println(Suit("h"), Suit("s"))
	fmt.Printf("%v%v|%5s|\n", Suit("h"), Suit("s"), Suit("h"))
}
