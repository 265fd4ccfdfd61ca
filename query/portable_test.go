package query

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/divergo/divergo/builtins"
)

// close12 compares to relative 1e-12, with an absolute floor for values
// near 0 (JS and Hellinger of near-equal distributions).
func close12(got, want float64) bool {
	if math.IsInf(want, 0) || math.IsInf(got, 0) {
		return got == want
	}
	return math.Abs(got-want) <= 1e-12*math.Max(1e-3, math.Abs(want))
}

// The portable expressions agree with our aggregates on random groups,
// with zeros on either side, in every unit.
func TestPortableSQLAgreesWithAggregates(t *testing.T) {
	db := openTest(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 11))
	groups := map[string][2][]float64{}
	for g := range 40 {
		n := 1 + r.IntN(30)
		p, q := make([]float64, n), make([]float64, n)
		for i := range n {
			p[i], q[i] = r.ExpFloat64(), r.ExpFloat64()
			if g%2 == 0 && r.IntN(4) == 0 {
				p[i] = 0
			}
			if g%3 == 0 && r.IntN(4) == 0 {
				q[i] = 0
			}
			if g%7 == 0 {
				q[i] = p[i] // identical: KL 0, Jeffreys 0, Hellinger 0
			}
		}
		p[0]++
		q[n-1]++
		if g%7 == 0 {
			q[0] = p[0]
		}
		groups[fmt.Sprintf("g%02d", g)] = [2][]float64{builtins.Normalize(p), builtins.Normalize(q)}
	}
	load(t, db, "t", groups)
	ctx := context.Background()
	for _, m := range PortableMeasures {
		for _, u := range []builtins.Unit{builtins.Nats, builtins.Bits, builtins.Hartleys} {
			expr, err := PortableSQL(m, "p", "q", u)
			if m == "psi" || m == "hellinger" || m == "tv" {
				if u != builtins.Nats {
					if err == nil {
						t.Errorf("%s in %v: no error", m, u)
					}
					continue
				}
			}
			if err != nil {
				t.Fatalf("%s in %v: %v", m, u, err)
			}
			ours := fmt.Sprintf("%s(p, q, '%v')", m, u)
			if m == "entropy" {
				ours = fmt.Sprintf("entropy(p, '%v')", u)
			} else if m == "psi" || m == "hellinger" || m == "tv" {
				ours = m + "(p, q)"
			}
			tab, err := db.Query(ctx, "SELECT g, "+expr+", "+ours+" FROM t GROUP BY g ORDER BY g")
			if err != nil {
				t.Fatalf("%s: %v", expr, err)
			}
			for _, row := range tab.Rows {
				got, ok1 := row[1].(float64)
				want, ok2 := row[2].(float64)
				if !ok1 || !ok2 || !close12(got, want) {
					t.Errorf("group %v: %s = %v, %s = %v", row[0], expr, row[1], ours, row[2])
				}
			}
		}
	}
	// NULL rows are skipped and an empty group is NULL, as for ours.
	expr, _ := PortableSQL("kl", "p", "q", builtins.Nats)
	if got := one(t, db, "WITH d(p, q) AS (VALUES (0.5, 0.5), (NULL, 0.2), (0.3, NULL), (0.5, 0.5)) SELECT "+expr+" FROM d"); got != 0.0 {
		t.Errorf("NULL rows: %v", got)
	}
	if got := one(t, db, "SELECT "+expr+" FROM t WHERE 0"); got != nil {
		t.Errorf("empty group: %v", got)
	}
}

// The portable expressions give SciPy's values on the reference vectors.
func TestPortableSQLReferenceVectors(t *testing.T) {
	data, err := os.ReadFile("../testdata/reference-vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Pairs []struct {
			ID     string
			P, Q   []float64
			Values map[string]map[string]string
		}
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	db := openTest(t)
	ctx := context.Background()
	checked := 0
	for _, pair := range ref.Pairs {
		mustExec(t, db, "DROP TABLE IF EXISTS d")
		if _, err := db.FromGo(ctx, "d", map[string][]float64{"p": pair.P, "q": pair.Q}); err != nil {
			t.Fatal(err)
		}
		for key, byUnit := range pair.Values {
			var measure, p, q string
			switch {
			case key == "H(P)":
				measure, p, q = "entropy", "p", "q"
			case key == "H(Q)":
				measure, p, q = "entropy", "q", "p"
			case strings.HasPrefix(key, "H(P,Q)"):
				measure, p, q = "cross_entropy", "p", "q"
			case strings.HasPrefix(key, "H(Q,P)"):
				measure, p, q = "cross_entropy", "q", "p"
			case key == "KL(P||Q)":
				measure, p, q = "kl", "p", "q"
			case key == "KL(Q||P)":
				measure, p, q = "kl", "q", "p"
			case strings.HasPrefix(key, "JSD(P,Q)"):
				measure, p, q = "js", "p", "q"
			case strings.HasPrefix(key, "JS distance"):
				measure, p, q = "js_distance", "p", "q"
			case strings.HasPrefix(key, "Jeffreys"):
				measure, p, q = "jeffreys", "p", "q"
			default:
				continue
			}
			for unitName, s := range byUnit {
				u := builtins.Nats
				if unitName == "bits" {
					u = builtins.Bits
				}
				want := math.Inf(1)
				if s != "+Inf" {
					if want, err = strconv.ParseFloat(s, 64); err != nil {
						t.Fatalf("%s %s: %v", pair.ID, key, err)
					}
				}
				expr, err := PortableSQL(measure, p, q, u)
				if err != nil {
					t.Fatal(err)
				}
				got, _ := one(t, db, "SELECT "+expr+" FROM d").(float64)
				ok := got == want
				if !math.IsInf(want, 0) {
					ok = math.Abs(got-want) <= 1e-11*math.Abs(want) || want == 0 && math.Abs(got) < 1e-15
				}
				if !ok {
					t.Errorf("%s: %s in %s = %v, SciPy %s", pair.ID, key, unitName, got, s)
				}
				checked++
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d reference values checked", checked)
	}
}

func TestPortableSQLDialects(t *testing.T) {
	got, err := PortableSQL("kl", "p", "q", builtins.Bits)
	if want := "SUM(CASE WHEN p = 0 THEN 0.0 WHEN q = 0 THEN 1e999 ELSE p * LN(p / q) END) / 0.6931471805599453"; err != nil || got != want {
		t.Errorf("kl in bits:\n got %s (%v)\nwant %s", got, err, want)
	}
	for d, inf := range map[Dialect]string{PostgreSQL: "'Infinity'::float8", DuckDB: "'inf'::DOUBLE"} {
		e, err := d.PortableSQL("cross_entropy", "a", "b", builtins.Nats)
		if err != nil || !strings.Contains(e, "THEN "+inf+" ") {
			t.Errorf("%s: %s (%v)", d.Name, e, err)
		}
	}
	for _, bad := range [][2]string{{"kullback", "p"}, {"kl", ""}} {
		if _, err := PortableSQL(bad[0], bad[1], "q", builtins.Nats); err == nil {
			t.Errorf("PortableSQL(%q, %q): no error", bad[0], bad[1])
		}
	}
}

// A map[string]any of slices is parallel slices, not keys and values.
func TestFromGoParallelAny(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	if _, err := db.FromGo(ctx, "m", map[string]any{"p": []float64{0.5, 0.5}, "name": []string{"a", "b"}}); err != nil {
		t.Fatal(err)
	}
	if got := one(t, db, "SELECT group_concat(name || ':' || p) FROM m"); got != "a:0.5,b:0.5" {
		t.Errorf("got %v", got)
	}
	if _, err := db.FromGo(ctx, "kv", map[string]any{"a": 1.5, "b": "x"}); err != nil {
		t.Fatal(err)
	}
	if got := one(t, db, "SELECT group_concat(key || '=' || value) FROM kv"); got != "a=1.5,b=x" {
		t.Errorf("got %v", got)
	}
}
