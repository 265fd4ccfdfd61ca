package query

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// requireScipy returns the path of Debian's python3 with SciPy. The test may
// skip without it only outside CI.
func requireScipy(t *testing.T) string {
	t.Helper()
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import scipy").Run(); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("needs %s with SciPy (Debian's python3-scipy): %v", python, err)
		}
		t.Fatalf("CI must have %s with SciPy (Debian's python3-scipy): %v", python, err)
	}
	return python
}

const scipyDrift = `
import csv, sys
from collections import OrderedDict
from scipy.stats import entropy
from scipy.spatial.distance import jensenshannon
groups = OrderedDict()
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        p, q = groups.setdefault(row["feature"], ([], []))
        p.append(float(row["p"]))
        q.append(float(row["q"]))
for feature, (p, q) in groups.items():
    print(feature, repr(float(entropy(p, q))), repr(float(jensenshannon(p, q) ** 2)))
`

// The "done when": a freshly generated drift CSV, imported and
// grouped in SQL, gives SciPy's KL and JS for every feature.
func TestDriftCSVAgainstScipy(t *testing.T) {
	python := requireScipy(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 2026))
	dir := t.TempDir()
	file := filepath.Join(dir, "drift.csv")
	features := 8 + r.IntN(9)
	writeDriftCSV(t, file, features, 2+r.IntN(200), r)

	db := openTest(t)
	ctx := context.Background()
	if _, err := db.ImportCSV(ctx, file, "t"); err != nil {
		t.Fatal(err)
	}
	tab, err := db.Query(ctx, "SELECT feature, kl(p, q), js(p, q) FROM t GROUP BY feature")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]float64{}
	for _, row := range tab.Rows {
		got[row[0].(string)] = [2]float64{row[1].(float64), row[2].(float64)}
	}

	out, err := exec.Command(python, "-c", scipyDrift, file).Output()
	if err != nil {
		t.Fatalf("SciPy: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != features || len(got) != features {
		t.Fatalf("%d features; SQL gave %d, SciPy %d", features, len(got), len(lines))
	}
	infinite := 0
	for _, line := range lines {
		f := strings.Fields(line)
		kl, err1 := strconv.ParseFloat(f[1], 64)
		js, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("SciPy printed %q", line)
		}
		g, ok := got[f[0]]
		if !ok {
			t.Errorf("feature %s: missing from SQL", f[0])
			continue
		}
		if math.IsInf(kl, 1) {
			infinite++
		}
		for i, want := range []float64{kl, js} {
			if g[i] != want && !(math.Abs(g[i]-want) <= 1e-11*math.Abs(want)) {
				t.Errorf("feature %s: %s = %v in SQL, %v in SciPy", f[0], []string{"kl", "js"}[i], g[i], want)
			}
		}
	}
	t.Logf("%d features (%d with KL = +Inf) agree with SciPy", features, infinite)
}
