package worker

import (
	"math"
	"testing"
)

// FuzzParseSize: --memory-limit and DIVERGO_MEMORY_LIMIT come from the
// user. ParseSize never panics; a size it accepts is at least 64 MiB, and
// its FormatSize form parses back to within the rounding of one decimal.
func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"4GiB", "512m", "1.5G", "1073741824", "2 GB", "", "-1G", "4XB", "1e3G", "0x10G", "9999999999T", ".5g", "1..5G"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseSize(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("ParseSize(%q): empty error", s)
			}
			return
		}
		if n < 64<<20 {
			t.Fatalf("ParseSize(%q) = %d, under 64 MiB", s, n)
		}
		back, err := ParseSize(FormatSize(n))
		if err != nil {
			t.Fatalf("ParseSize(FormatSize(%d) = %q): %v", n, FormatSize(n), err)
		}
		if d := math.Abs(float64(back-n)) / float64(n); d > 0.05 {
			t.Fatalf("ParseSize(FormatSize(%d) = %q) = %d", n, FormatSize(n), back)
		}
	})
}
