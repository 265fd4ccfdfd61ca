package builtins_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"testing"

	. "github.com/divergo/divergo/builtins"
)

// scipyScript computes, for each case read as JSON on stdin, the measures
// with SciPy's own functions, and writes them as JSON.
const scipyScript = `
import json, sys
import numpy as np
from scipy import stats, special
from scipy.spatial import distance

out = []
for c in json.load(sys.stdin):
    p, q = np.array(c["p"]), np.array(c["q"])
    r = {}
    r["H(P)"] = stats.entropy(p)
    r["H(P) bits"] = stats.entropy(p, base=2)
    r["KL(P||Q)"] = stats.entropy(p, q)
    r["KL(Q||P) bits"] = stats.entropy(q, p, base=2)
    r["H(P,Q)"] = -np.sum(special.xlogy(p, q))
    r["JS distance"] = distance.jensenshannon(p, q)
    r["JS distance bits"] = distance.jensenshannon(p, q, base=2)
    r["Jeffreys"] = np.sum(special.rel_entr(p, q) + special.rel_entr(q, p))
    r["Hellinger"] = np.sqrt(max(0.0, 1 - np.sum(np.sqrt(p * q))))
    r["TV"] = 0.5 * np.sum(np.abs(p - q))
    cp, cq = np.array(c["countsP"]), np.array(c["countsQ"])
    r["KL counts"] = stats.entropy(cp, cq)
    r["H counts bits"] = stats.entropy(cp, base=2)
    j = np.array(c["joint"])
    px, py = j.sum(axis=1), j.sum(axis=0)
    r["MI"] = np.sum(special.rel_entr(j, np.outer(px, py)))
    r["H(X,Y)"] = stats.entropy(j.ravel())
    r["h(b)"] = stats.entropy([c["b"], 1 - c["b"]])
    r["NLL"] = -np.mean(np.log(q[np.array(c["obs"])]))
    out.append({k: (None if np.isinf(v) else float(v)) for k, v in r.items()})
json.dump(out, sys.stdout)
`

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

// TestAgainstScipy draws fresh random inputs (the seed is logged), has SciPy
// compute the measures in the same test, and compares to relative 1e-11.
func TestAgainstScipy(t *testing.T) {
	python := requireScipy(t)
	r := newRand(t)
	type input struct {
		P       []float64   `json:"p"`
		Q2      []float64   `json:"q"`
		CountsP []float64   `json:"countsP"`
		CountsQ []float64   `json:"countsQ"`
		Joint   [][]float64 `json:"joint"`
		B       float64     `json:"b"`
		Obs     []int       `json:"obs"`
	}
	var cases []input
	for k := range 60 {
		n := 1 + r.IntN(12)
		if k%6 == 0 {
			n = 1 + r.IntN(5000)
		}
		zeros := k%3 == 0
		c := input{P: randomDist(r, n, zeros), Q2: randomDist(r, n, zeros), B: r.Float64()}
		c.CountsP, c.CountsQ = make([]float64, n), make([]float64, n)
		for i := range n {
			c.CountsP[i], c.CountsQ[i] = float64(r.IntN(30)), float64(1+r.IntN(30))
		}
		c.CountsP[0]++
		rows, cols := 1+r.IntN(5), 1+r.IntN(5)
		flat := randomDist(r, rows*cols, zeros)
		for i := range rows {
			c.Joint = append(c.Joint, flat[i*cols:(i+1)*cols])
		}
		for range 1 + r.IntN(50) {
			c.Obs = append(c.Obs, r.IntN(n))
		}
		cases = append(cases, c)
	}
	in, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "-c", scipyScript)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("SciPy script: %v\n%s", err, stderr.String())
	}
	var want []map[string]*float64
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	compared := 0
	for k, c := range cases {
		p, q := c.P, c.Q2
		got := map[string]float64{
			"H(P)":             Entropy(p),
			"H(P) bits":        Entropy(p, Bits),
			"KL(P||Q)":         KL(p, q),
			"KL(Q||P) bits":    KL(q, p, Bits),
			"H(P,Q)":           CrossEntropy(p, q),
			"JS distance":      JSDistance(p, q),
			"JS distance bits": JSDistance(p, q, Bits),
			"Jeffreys":         Jeffreys(p, q),
			"Hellinger":        Hellinger(p, q),
			"TV":               TotalVariation(p, q),
			"KL counts":        KL(c.CountsP, c.CountsQ, Counts),
			"H counts bits":    Entropy(c.CountsP, Counts, Bits),
			"MI":               MutualInformation(c.Joint),
			"H(X,Y)":           JointEntropy(c.Joint),
			"h(b)":             BinaryEntropy(c.B),
			"NLL":              NLL(q, c.Obs),
		}
		for name, g := range got {
			wp, ok := want[k][name]
			if !ok {
				t.Fatalf("SciPy gave no %q", name)
			}
			w := math.Inf(1)
			if wp != nil {
				w = *wp
			}
			// Relative 1e-11; values that are 0 in exact arithmetic come out
			// as rounding noise in SciPy, so an absolute 1e-14 floor.
			if !(g == w || math.Abs(g-w) <= 1e-11*math.Abs(w) || math.Abs(g-w) <= 1e-14) {
				t.Errorf("case %d (n = %d): %s = %.17g, SciPy %.17g", k, len(p), name, g, w)
			}
			compared++
		}
	}
	t.Logf("%d values compared with SciPy", compared)
}
