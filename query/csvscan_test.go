package query

import (
	"bytes"
	"encoding/csv"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// FuzzCSVScanner: csvScanner reads what encoding/csv reads (the records,
// or an error for the same inputs), on the seeds and on what the fuzzer
// makes of them (go test -fuzz FuzzCSVScanner ./query).
func FuzzCSVScanner(f *testing.F) {
	for _, s := range []string{
		"feature,bin,p,q\nage,0,0.2,0.3\n",
		"a,b\r\n1,2\r\n",
		"a,b\n\n\n1,2",
		`a,"b,c",d` + "\n",
		`"a ""quoted"" word",2` + "\n",
		"\"two\nlines\",x\ny,z\n",
		`a,b"c` + "\n",
		`"a"b,c` + "\n",
		`"open` + "\n",
		",,\n,\n",
		`"",""` + "\n",
		"x," + strings.Repeat("9", 70000) + "\n1,2\n",
		`"x",` + "\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		want, werr := readAllCSV(in)
		s := newCSVReader(strings.NewReader(in))
		var got [][]string
		var gerr error
		for {
			rec, err := s.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				gerr = err
				break
			}
			got = append(got, rec)
		}
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("%q: encoding/csv %v, csvScanner %v", in, werr, gerr)
		}
		if werr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\nencoding/csv %q\ncsvScanner   %q", in, want, got)
		}
	})
}

func readAllCSV(in string) ([][]string, error) {
	r := csv.NewReader(strings.NewReader(in))
	r.FieldsPerRecord = -1
	var out [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
}

// BenchmarkCSVRead: reading and converting the drift CSV of
// BenchmarkImportCSV (a million rows), without SQLite: csvScanner with the
// conversions of readBatches, beside encoding/csv with strconv.ParseFloat.
func BenchmarkCSVRead(b *testing.B) {
	file := filepath.Join(b.TempDir(), "drift.csv")
	writeDriftCSV(b, file, benchRows/1000, 1000, rand.New(rand.NewPCG(3, 4)))
	data, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("scanner", func(b *testing.B) {
		for range b.N {
			s := newCSVReader(bytes.NewReader(data))
			s.ReadFields()
			texts := map[string]string{}
			var sink float64
			for {
				f, err := s.ReadFields()
				if err != nil {
					break
				}
				if _, ok := texts[string(f[0])]; !ok {
					texts[string(f[0])] = string(f[0])
				}
				for _, x := range f[1:] {
					v, _ := parseNumberBytes(x)
					sink += v
				}
			}
		}
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	b.Run("encoding-csv", func(b *testing.B) {
		for range b.N {
			r := csv.NewReader(bytes.NewReader(data))
			r.ReuseRecord = true
			r.Read()
			var sink float64
			for {
				rec, err := r.Read()
				if err != nil {
					break
				}
				_ = strings.Clone(rec[0])
				for _, x := range rec[1:] {
					v, _ := strconv.ParseFloat(x, 64)
					sink += v
				}
			}
		}
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
}
