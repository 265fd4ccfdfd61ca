// Command gendrift writes notebooks/data/drift.csv, the data set of the
// drift notebook (see notebooks.WriteDrift), to the file its argument names:
//
//	go generate ./notebooks     # runs: go run ./data/gendrift data/drift.csv
package main

import (
	"fmt"
	"os"

	"github.com/divergo/divergo/notebooks"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gendrift FILE.csv")
		os.Exit(2)
	}
	f, err := os.Create(os.Args[1])
	if err == nil {
		err = notebooks.WriteDrift(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendrift:", err)
		os.Exit(1)
	}
}
