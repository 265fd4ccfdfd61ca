//go:build !(linux && amd64)

package check

// exportData is nil where no export data is embedded: the importer asks
// the go command (see importer.go), and without it cells run unchecked.
var exportData []byte
