package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

func main() {
	var p Point
	var name string
	n, err := fmt.Sscan("home (3,4)", &name, &p)
	fmt.Println(n, err, name, p.X, p.Y)
	var q Point
	_, err = fmt.Fscan(strings.NewReader("(7,8)"), &q)
	fmt.Println(err, q.X+q.Y)
}
