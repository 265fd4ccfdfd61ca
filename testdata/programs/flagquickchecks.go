// A program importing testing/quick has its -quickchecks flag, as in Go
// (quick registers it at its start): flag.Parse accepts it, VisitAll and
// the usage show it, and quick.Check runs that many cases. divergo run
// gave the program a flag set of its own without it.
package main

import (
	"flag"
	"fmt"
	"os"
	"testing/quick"
)

func main() {
	os.Args = []string{"prog", "-quickchecks=7", "-n=2"}
	n := flag.Int("n", 1, "count")
	flag.Parse()
	flag.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.DefValue, f.Value) })
	calls := 0
	err := quick.Check(func(x int) bool { calls++; return true }, nil)
	fmt.Println(*n, calls, err)
}
