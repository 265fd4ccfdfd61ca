// Package notebooks holds divergo's notebooks: one per seed blog, a drift
// check over data/drift.csv, the display API for gophernotes users, and the
// worksheets under worksheets/ with their answer keys (README.md lists them).
// The notebooks themselves are the .ipynb files; this package writes the
// drift data set (WriteDrift, run by `go generate ./notebooks`), and its
// tests execute every notebook through the installed divergo kernel.
//
// To re-execute the notebooks and save their fresh outputs:
//
//	go test ./notebooks -run TestNotebooks -update
package notebooks

//go:generate go run ./data/gendrift data/drift.csv
