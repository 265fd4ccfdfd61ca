//go:build linux && amd64

package check

import _ "embed"

// exportData is the export data of every package a cell can import without
// fetching it, for linux/amd64 (see internal/exportgen and importer.go).
//
//go:embed exportdata_linux_amd64.zip
var exportData []byte
