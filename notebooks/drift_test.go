package notebooks

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"testing"
)

// TestDriftDataIsGenerated checks that data/drift.csv is what WriteDrift
// writes (regenerate with go generate ./notebooks).
func TestDriftDataIsGenerated(t *testing.T) {
	var b bytes.Buffer
	if err := WriteDrift(&b); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("data/drift.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), committed) {
		t.Errorf("data/drift.csv is not what WriteDrift writes; run go generate ./notebooks\ngenerated:\n%s", b.String())
	}
	features, err := readDrift("data/drift.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(features) != len(driftFeatures) {
		t.Errorf("%d features, want %d", len(features), len(driftFeatures))
	}
	for _, f := range features {
		for _, dist := range [][]float64{f.p, f.q} {
			sum := 0.0
			for _, x := range dist {
				sum += x
			}
			if sum < 1-1e-9 || sum > 1+1e-9 {
				t.Errorf("%s: shares sum to %v", f.name, sum)
			}
		}
	}
}

type driftColumn struct {
	name string
	p, q []float64
}

// readDrift reads a drift CSV (feature,bin_index,bin,p,q) into one column
// per feature, in the file's order.
func readDrift(path string) ([]driftColumn, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	var cols []driftColumn
	for i, row := range rows[1:] {
		p, err1 := strconv.ParseFloat(row[3], 64)
		q, err2 := strconv.ParseFloat(row[4], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: p %q, q %q", path, i+2, row[3], row[4])
		}
		if len(cols) == 0 || cols[len(cols)-1].name != row[0] {
			cols = append(cols, driftColumn{name: row[0]})
		}
		c := &cols[len(cols)-1]
		c.p, c.q = append(c.p, p), append(c.q, q)
	}
	return cols, nil
}
