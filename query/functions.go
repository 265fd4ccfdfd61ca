package query

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/divergo/divergo/builtins"
	"modernc.org/sqlite"
)

// The SQL functions. Every measure of two distributions is an aggregate over
// rows (one row per outcome, a column per distribution), usable as a window
// function too:
//
//	entropy(p)  cross_entropy(p, q)  kl(p, q)  js(p, q)  js_distance(p, q)
//	jeffreys(p, q)  psi(p, q)  hellinger(p, q)  tv(p, q)
//
// Rule for the columns: they are probabilities, each ≥ 0 and ≤ 1, summing to
// 1 over the group within builtins.SumTolerance (1e-9); otherwise the query
// fails and says so. The *_counts variants (kl_counts(p, q), …) take
// non-negative counts or weights and divide each column by its own total, as
// builtins' Counts option does. A last argument 'nats' (the default), 'bits'
// or 'hartleys' sets the unit of the information measures (psi, hellinger
// and tv have none). Rows where any argument is NULL are skipped, as SQL
// aggregates skip NULLs; a group with no row left gives NULL. A negative or
// non-numeric value is an error naming the function and the value. +Inf (KL
// of a distribution with an outcome the other lacks) is returned as SQLite's
// infinity, not NULL.
//
// An aggregate keeps its group's values (16 bytes a row, in chunks, so that
// a million rows are not copied as a slice grows) and computes the result
// with package builtins, so that SQL and Go give the same bits. As a window
// function it also keeps running sums, brought up to date only when a frame
// of more than exactFrame rows asks for them, so that such a frame costs O(1)
// a row instead of O(frame) (all measures on
// probabilities; on counts all but js_counts, js_distance_counts and
// tv_counts, which always recompute): with totals C = Σc and D = Σd,
//
//	KL       = (1/C)·Σ c·ln(c/d) + ln(D/C)
//	H        = ln C − (1/C)·Σ c·ln c
//	H(P, Q)  = ln D − (1/C)·Σ c·ln d
//	J = PSI  = (1/C)·Σ c·ln(c/d) − (1/D)·Σ d·ln(c/d)
//	BC       = Σ √(c·d) / √(C·D)
//
// The same functions also take two JSON arrays, as scalars do:
// kl('[0.2,0.5,0.3]', '[0.3,0.4,0.3]'). A query over a table whose rows each
// hold a pair of arrays uses the *_json scalars instead (kl_json(a, b) per
// row); the aggregate refuses a second row of arrays. information_content(p)
// and binary_entropy(p) are scalars.

// measure is one SQL aggregate: its name and how its terms add up.
type measure struct {
	name   string
	args   int  // distributions: 1 (entropy) or 2
	unit   bool // takes a unit argument
	counts bool // the *_counts variant
	// builtin computes the measure of whole arrays (JSON arguments, and the
	// variants that keep their rows).
	builtin func(p, q []float64, opts ...builtins.Option) (float64, error)
	kind    kind
}

type kind int

const (
	kindEntropy kind = iota
	kindCross
	kindKL
	kindJS
	kindJSDistance
	kindJeffreys
	kindHellinger
	kindTV
)

func measures() []measure {
	base := []measure{
		{name: "entropy", args: 1, unit: true, kind: kindEntropy,
			builtin: func(p, _ []float64, o ...builtins.Option) (float64, error) { return builtins.TryEntropy(p, o...) }},
		{name: "cross_entropy", args: 2, unit: true, kind: kindCross, builtin: builtins.TryCrossEntropy},
		{name: "kl", args: 2, unit: true, kind: kindKL, builtin: builtins.TryKL},
		{name: "js", args: 2, unit: true, kind: kindJS, builtin: builtins.TryJS},
		{name: "js_distance", args: 2, unit: true, kind: kindJSDistance, builtin: builtins.TryJSDistance},
		{name: "jeffreys", args: 2, unit: true, kind: kindJeffreys, builtin: builtins.TryJeffreys},
		{name: "psi", args: 2, kind: kindJeffreys, builtin: builtins.TryPSI},
		{name: "hellinger", args: 2, kind: kindHellinger, builtin: builtins.TryHellinger},
		{name: "tv", args: 2, kind: kindTV, builtin: builtins.TryTotalVariation},
	}
	all := base
	for _, m := range base {
		c := m
		c.name += "_counts"
		c.counts = true
		all = append(all, c)
	}
	return all
}

// exactFrame is the largest window frame recomputed exactly with builtins at
// each row; larger frames use the running sums.
const exactFrame = 4096

// runningSums reports whether the measure has running sums: JS and TV of
// counts need the totals before the first term.
func (m measure) runningSums() bool {
	return !m.keepsRows()
}

// keepsRows reports whether the measure has no running sums.
func (m measure) keepsRows() bool {
	return m.counts && (m.kind == kindJS || m.kind == kindJSDistance || m.kind == kindTV)
}

// register adds the functions to every connection the sqlite driver opens.
func register() error {
	for _, m := range measures() {
		m := m
		err := sqlite.RegisterFunction(m.name, &sqlite.FunctionImpl{
			NArgs:         -1,
			Deterministic: true,
			VolatileArgs:  true, // no text argument outlives its call
			MakeAggregate: func(sqlite.FunctionContext) (sqlite.AggregateFunction, error) {
				return &aggregate{m: m}, nil
			},
		})
		if err != nil {
			return err
		}
		err = sqlite.RegisterFunction(m.name+"_json", &sqlite.FunctionImpl{
			NArgs:         -1,
			Deterministic: true,
			VolatileArgs:  true, // no text argument outlives its call
			Scalar: func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
				return jsonScalar(m, m.name+"_json", args)
			},
		})
		if err != nil {
			return err
		}
	}
	scalars := map[string]func(float64, ...builtins.Option) (float64, error){
		"information_content": builtins.TryInformationContent,
		"binary_entropy":      builtins.TryBinaryEntropy,
	}
	for name, f := range scalars {
		name, f := name, f
		err := sqlite.RegisterFunction(name, &sqlite.FunctionImpl{
			NArgs:         -1,
			Deterministic: true,
			VolatileArgs:  true, // no text argument outlives its call
			Scalar: func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
				if len(args) < 1 || len(args) > 2 {
					return nil, fmt.Errorf("%s takes a probability and an optional unit, not %d arguments", name, len(args))
				}
				if args[0] == nil {
					return nil, nil
				}
				p, err := number(name, "p", args[0])
				if err != nil {
					return nil, err
				}
				u, err := unitArg(name, args[1:])
				if err != nil {
					return nil, err
				}
				v, err := f(p, u)
				return v, sqlError(name, err)
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// aggregate is one group's (or window's) running state.
type aggregate struct {
	m    measure
	unit builtins.Unit
	rows int // rows counted (NULL rows are skipped)

	// Running state for long window frames: totals and the measure's sums,
	// compensated, over the rows first ≤ i < summed.
	sp, sq, t1, t2 sum
	inf            int // rows whose term is +Inf (a count, so that a window can remove them)
	summed         int

	// The rows, as a queue for windows: rows first ≤ i < p.n.
	p, q       column
	first      int
	calls      int       // WindowValue calls: more than one means a window
	pbuf, qbuf []float64 // the frame's values, when they span chunks

	// JSON arrays, when the arguments are arrays rather than numbers.
	json   bool
	jp, jq []float64
}

// sum is a Neumaier compensated sum that can also take terms away (for
// windows).
type sum struct{ s, c float64 }

func (a *sum) add(x float64) {
	t := a.s + x
	if math.Abs(a.s) >= math.Abs(x) {
		a.c += (a.s - t) + x
	} else {
		a.c += (x - t) + a.s
	}
	a.s = t
}

func (a *sum) value() float64 { return a.s + a.c }

func (a *aggregate) Step(_ *sqlite.FunctionContext, args []driver.Value) error {
	return a.step(args, +1)
}

func (a *aggregate) WindowInverse(_ *sqlite.FunctionContext, args []driver.Value) error {
	return a.step(args, -1)
}

// step adds (sign +1) or removes (sign −1, a row leaving a window) a row.
func (a *aggregate) step(args []driver.Value, sign float64) error {
	m := &a.m
	if len(args) != m.args && !(m.unit && len(args) == m.args+1) {
		return fmt.Errorf("%s takes %s, not %d arguments", m.name, m.signature(), len(args))
	}
	if m.unit && len(args) == m.args+1 {
		u, err := unitArg(m.name, args[m.args:])
		if err != nil {
			return err
		}
		a.unit = u
	}
	vals := args[:m.args]
	for _, v := range vals {
		if v == nil {
			return nil
		}
	}
	if _, ok := vals[0].(float64); !ok {
		if _, ok := jsonText(vals[0]); ok {
			return a.stepJSON(vals, sign)
		}
	}
	if a.json {
		return fmt.Errorf("%s: a group mixes JSON arrays and numbers", m.name)
	}
	if sign < 0 {
		// A window removes its oldest row, which was checked and kept.
		a.rows--
		if a.first < a.summed {
			p, q := a.row(a.first)
			a.addTerms(p, q, -1)
		}
		a.first++
		a.summed = max(a.summed, a.first)
		a.p.free(a.first)
		a.q.free(a.first)
		return nil
	}
	// The common case, a valid float, inline; value checks the rest.
	p, ok := vals[0].(float64)
	if !ok || !a.valid(p) {
		var err error
		if p, err = a.value("p", vals[0]); err != nil {
			return err
		}
	}
	q := 0.0
	if m.args == 2 {
		if q, ok = vals[1].(float64); !ok || !a.valid(q) {
			var err error
			if q, err = a.value("q", vals[1]); err != nil {
				return err
			}
		}
	}
	a.rows++
	a.p.add(p)
	if m.args == 2 {
		a.q.add(q)
	}
	return nil
}

// addTerms adds (sign +1) or removes (sign −1) a row's terms to the running
// sums.
func (a *aggregate) addTerms(p, q, sign float64) {
	a.sp.add(sign * p)
	a.sq.add(sign * q)
	t1, t2, inf := a.terms(p, q)
	if inf {
		a.inf += int(sign)
		return
	}
	a.t1.add(sign * t1)
	a.t2.add(sign * t2)
}

// row returns row i's values (q is 0 for a measure of one distribution).
func (a *aggregate) row(i int) (p, q float64) {
	p = a.p.at(i)
	if a.m.args == 2 {
		q = a.q.at(i)
	}
	return p, q
}

// column is a queue of float64 values in chunks: appending copies nothing
// once a chunk is full, and a window frees the chunks its frame has left.
type column struct {
	chunks [][]float64 // chunk k holds values k·chunkSize ≤ i < (k+1)·chunkSize
	cur    []float64   // the last chunk, where values are added
	n      int         // values added
}

const chunkSize = 1 << 14

func (c *column) add(x float64) {
	if len(c.cur) == cap(c.cur) {
		c.grow()
	}
	c.cur = append(c.cur, x)
	c.chunks[len(c.chunks)-1] = c.cur
	c.n++
}

// grow makes room in cur: the first chunk grows as a slice does, for small
// groups, up to chunkSize; then each chunk is allocated whole.
func (c *column) grow() {
	switch {
	case len(c.chunks) == 0:
		c.cur = make([]float64, 0, 16)
		c.chunks = append(c.chunks, c.cur)
	case len(c.chunks) == 1 && cap(c.cur) < chunkSize:
		c.cur = append(make([]float64, 0, min(chunkSize, 4*cap(c.cur))), c.cur...)
		c.chunks[0] = c.cur
	default:
		c.cur = make([]float64, 0, chunkSize)
		c.chunks = append(c.chunks, c.cur)
	}
}

func (c *column) at(i int) float64 { return c.chunks[i/chunkSize][i%chunkSize] }

// free drops the chunks wholly before value i.
func (c *column) free(i int) {
	if k := i/chunkSize - 1; k >= 0 && k < len(c.chunks) && c.chunks[k] != nil {
		c.chunks[k] = nil
	}
}

// from returns the values i ≥ from as one slice: a chunk's own when they lie
// in one, else copied into buf (grown as needed).
func (c *column) from(from int, buf *[]float64) []float64 {
	if from >= c.n {
		return nil
	}
	k, last := from/chunkSize, (c.n-1)/chunkSize
	if k == last {
		return c.chunks[k][from%chunkSize:]
	}
	b := (*buf)[:0]
	if cap(b) < c.n-from {
		b = make([]float64, 0, c.n-from)
	}
	b = append(b, c.chunks[k][from%chunkSize:]...)
	for k++; k <= last; k++ {
		b = append(b, c.chunks[k]...)
	}
	*buf = b
	return b
}

// terms returns a row's contribution to the one-pass sums, or inf when its
// term is +Inf. For counts the terms are those of the raw counts (see the
// formulas at the top of the file).
func (a *aggregate) terms(p, q float64) (t1, t2 float64, inf bool) {
	switch a.m.kind {
	case kindEntropy:
		if p > 0 {
			t1 = p * math.Log(p)
		}
	case kindCross:
		switch {
		case p == 0:
		case q == 0:
			return 0, 0, true
		default:
			t1 = p * math.Log(q)
		}
	case kindKL:
		switch {
		case p == 0:
		case q == 0:
			return 0, 0, true
		default:
			t1 = p * math.Log(p/q)
		}
	case kindJS, kindJSDistance:
		m := (p + q) / 2
		if p > 0 {
			t1 += p * math.Log(p/m)
		}
		if q > 0 {
			t1 += q * math.Log(q/m)
		}
	case kindJeffreys:
		switch {
		case p == q:
		case p == 0 || q == 0:
			return 0, 0, true
		default:
			l := math.Log(p / q)
			t1, t2 = p*l, q*l
		}
	case kindHellinger:
		t1 = math.Sqrt(p * q)
	case kindTV:
		t1 = math.Abs(p - q)
	}
	return t1, t2, false
}

// valid reports whether a float argument passes value's checks.
func (a *aggregate) valid(x float64) bool {
	return x >= 0 && (x <= 1+builtins.SumTolerance || a.m.counts && x <= math.MaxFloat64)
}

// value reads one numeric argument and checks it.
func (a *aggregate) value(arg string, v driver.Value) (float64, error) {
	x, err := number(a.m.name, arg, v)
	if err != nil {
		return 0, err
	}
	switch {
	case x < 0:
		return 0, fmt.Errorf("%s: %s = %s is negative", a.m.name, arg, formatNumber(x))
	case math.IsInf(x, 0):
		return 0, fmt.Errorf("%s: %s = %s is infinite", a.m.name, arg, formatNumber(x))
	case x > 1+builtins.SumTolerance && !a.m.counts:
		return 0, fmt.Errorf("%s: %s = %s is greater than 1; %s_counts(…) takes counts", a.m.name, arg, formatNumber(x), a.m.name)
	}
	return x, nil
}

func (a *aggregate) WindowValue(_ *sqlite.FunctionContext) (driver.Value, error) {
	m := a.m
	if a.json {
		v, err := m.builtin(a.jp, a.jq, a.options()...)
		return v, sqlError(m.name, err)
	}
	if a.rows <= 0 {
		return nil, nil
	}
	a.calls++
	if m.keepsRows() || a.calls == 1 || a.p.n-a.first <= exactFrame {
		return a.exact()
	}
	for ; a.summed < a.p.n; a.summed++ {
		p, q := a.row(a.summed)
		a.addTerms(p, q, +1)
	}
	sp, sq := a.sp.value(), a.sq.value()
	if err := a.checkTotals(sp, sq); err != nil {
		return nil, err
	}
	if a.inf > 0 {
		return math.Inf(1), nil
	}
	t1, t2 := a.t1.value(), a.t2.value()
	var nats float64
	if !m.counts {
		switch m.kind {
		case kindEntropy, kindCross:
			nats = -t1
		case kindKL, kindTV:
			nats = t1
		case kindJS, kindJSDistance:
			nats = math.Min(t1/2, math.Ln2)
		case kindJeffreys:
			nats = t1 - t2
		case kindHellinger:
			nats = math.Sqrt(math.Max(0, 1-t1))
		}
	} else {
		switch m.kind {
		case kindEntropy:
			nats = math.Log(sp) - t1/sp
		case kindCross:
			nats = math.Log(sq) - t1/sp
		case kindKL:
			nats = t1/sp + math.Log(sq/sp)
		case kindJeffreys:
			nats = t1/sp - t2/sq
		case kindHellinger:
			nats = math.Sqrt(math.Max(0, 1-t1/math.Sqrt(sp*sq)))
		}
	}
	switch m.kind {
	case kindTV:
		return nats / 2, nil
	case kindHellinger:
		return nats, nil
	}
	v := math.Max(0, nats) // ≥ 0 in exact arithmetic
	if m.unit {
		v = builtins.ConvertUnit(v, builtins.Nats, a.unit)
	}
	if m.kind == kindJSDistance {
		v = math.Sqrt(v) // √(JS in the unit), as scipy's jensenshannon(…, base=2)
	}
	return v, nil
}

// exact computes the measure of the rows with builtins; when they fail, the
// SQL rule's own check of the totals gives the message.
func (a *aggregate) exact() (driver.Value, error) {
	m := a.m
	p := a.p.from(a.first, &a.pbuf)
	var q []float64
	if m.args == 2 {
		q = a.q.from(a.first, &a.qbuf)
	}
	v, err := m.builtin(p, q, a.options()...)
	if err != nil {
		// The SQL rule's message, where it applies, names the *_counts
		// variant; builtins checks the same sums with the same tolerance.
		if err := a.checkTotals(exactSum(p), exactSum(q)); err != nil {
			return nil, err
		}
	}
	return v, sqlError(m.name, err)
}

func exactSum(x []float64) float64 {
	var s sum
	for _, v := range x {
		s.add(v)
	}
	return s.value()
}

func (a *aggregate) Final(*sqlite.FunctionContext) {}

// checkTotals applies the rule for the columns' sums.
func (a *aggregate) checkTotals(sp, sq float64) error {
	m := a.m
	cols := []struct {
		name string
		sum  float64
	}{{"p", sp}, {"q", sq}}[:m.args]
	for _, c := range cols {
		if m.counts {
			if c.sum <= 0 {
				return fmt.Errorf("%s: %s has no positive count in the group", m.name, c.name)
			}
			continue
		}
		if math.Abs(c.sum-1) > builtins.SumTolerance {
			return fmt.Errorf("%s: %s sums to %s over the group's %d rows, not 1 (tolerance %g); %s_counts(…) normalises counts",
				m.name, c.name, formatNumber(c.sum), a.rows, builtins.SumTolerance, m.name)
		}
	}
	return nil
}

func (a *aggregate) options() []builtins.Option {
	var o []builtins.Option
	if a.m.unit {
		o = append(o, a.unit)
	}
	if a.m.counts {
		o = append(o, builtins.Counts)
	}
	return o
}

// stepJSON takes a row whose arguments are JSON arrays.
func (a *aggregate) stepJSON(vals []driver.Value, sign float64) error {
	m := a.m
	if sign < 0 {
		return fmt.Errorf("%s over JSON arrays is not a window function", m.name)
	}
	if a.json || a.rows > 0 {
		return fmt.Errorf("%s: more than one row of JSON arrays; use %s_json(…) for one value per row", m.name, m.name)
	}
	arrays, err := jsonArrays(m.name, vals)
	if err != nil {
		return err
	}
	a.json = true
	a.jp = arrays[0]
	if m.args == 2 {
		a.jq = arrays[1]
	}
	return nil
}

// jsonScalar computes a measure of JSON arrays: kl_json('[…]', '[…]' [, unit]).
func jsonScalar(m measure, name string, args []driver.Value) (driver.Value, error) {
	if len(args) != m.args && !(m.unit && len(args) == m.args+1) {
		return nil, fmt.Errorf("%s takes %s, not %d arguments", name, m.signature(), len(args))
	}
	for _, v := range args[:m.args] {
		if v == nil {
			return nil, nil
		}
	}
	arrays, err := jsonArrays(name, args[:m.args])
	if err != nil {
		return nil, err
	}
	var opts []builtins.Option
	if m.unit {
		u, err := unitArg(name, args[m.args:])
		if err != nil {
			return nil, err
		}
		opts = append(opts, u)
	}
	if m.counts {
		opts = append(opts, builtins.Counts)
	}
	var q []float64
	if m.args == 2 {
		q = arrays[1]
	}
	v, err := m.builtin(arrays[0], q, opts...)
	return v, sqlError(name, err)
}

func jsonArrays(name string, vals []driver.Value) ([][]float64, error) {
	out := make([][]float64, len(vals))
	for i, v := range vals {
		s, ok := jsonText(v)
		if !ok {
			return nil, fmt.Errorf("%s: argument %d is not a JSON array of numbers", name, i+1)
		}
		if err := json.Unmarshal([]byte(s), &out[i]); err != nil {
			return nil, fmt.Errorf("%s: argument %d is not a JSON array of numbers: %v", name, i+1, err)
		}
	}
	return out, nil
}

// jsonText returns a text argument that looks like a JSON array.
func jsonText(v driver.Value) (string, bool) {
	var s string
	switch t := v.(type) {
	case string:
		s = t
	case []byte:
		s = string(t)
	default:
		return "", false
	}
	s = strings.TrimSpace(s)
	return s, strings.HasPrefix(s, "[")
}

func (m measure) signature() string {
	d := "(p)"
	if m.args == 2 {
		d = "(p, q)"
	}
	if m.unit {
		return d + " and an optional unit 'nats', 'bits' or 'hartleys'"
	}
	return d
}

// number reads a numeric SQL value.
func number(fn, arg string, v driver.Value) (float64, error) {
	switch t := v.(type) {
	case float64:
		return t, nil
	case int64:
		return float64(t), nil
	case bool:
		if t {
			return 1, nil
		}
		return 0, nil
	case string:
		return 0, fmt.Errorf("%s: %s = '%s' is not a number", fn, arg, t)
	case []byte:
		return 0, fmt.Errorf("%s: %s = x'%x' is not a number", fn, arg, t)
	}
	return 0, fmt.Errorf("%s: %s = %v is not a number", fn, arg, v)
}

// unitArg reads the optional unit argument.
func unitArg(fn string, args []driver.Value) (builtins.Unit, error) {
	if len(args) == 0 {
		return builtins.Nats, nil
	}
	s, _ := args[0].(string)
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "nats", "nat":
		return builtins.Nats, nil
	case "bits", "bit":
		return builtins.Bits, nil
	case "hartleys", "hartley":
		return builtins.Hartleys, nil
	}
	return 0, fmt.Errorf("%s: unknown unit %v; use 'nats', 'bits' or 'hartleys'", fn, sqlLiteral(args[0]))
}

func sqlLiteral(v driver.Value) string {
	if s, ok := v.(string); ok {
		return "'" + s + "'"
	}
	return fmt.Sprint(v)
}

// sqlError makes a builtins error an SQL one named after the SQL function.
func sqlError(name string, err error) error {
	if err == nil {
		return nil
	}
	if ie, ok := err.(*builtins.InputError); ok {
		c := *ie
		c.Func = name
		return &c
	}
	return err
}

func formatNumber(x float64) string {
	return strings.TrimSuffix(fmt.Sprintf("%.12g", x), ".")
}
