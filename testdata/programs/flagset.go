// The program's flag set holds its own flags only: the packages divergo
// links registered theirs on the process's (testing/quick's -quickchecks
// showed in VisitAll and the usage).
package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 1, "count")
	verbose := flag.Bool("v", false, "verbose")
	flag.Parse()
	flag.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.DefValue, f.Usage) })
	fmt.Println(*n, *verbose, flag.NArg(), flag.Lookup("quickchecks") == nil)
}
