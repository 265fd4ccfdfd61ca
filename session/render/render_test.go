package render

import (
	"reflect"
	"testing"
)

// A map longer than a table shows keeps the entries of its smallest and
// largest keys, in order, as sorting them all would.
func TestMapEntries(t *testing.T) {
	m := map[float64]string{}
	for i := range 1000 {
		m[float64((i*37)%1000)-500] = ""
	}
	lo, hi, err := mapEntries(func() bool { return false }, reflect.ValueOf(m), 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []float64
	for _, e := range append(lo, hi...) {
		got = append(got, e.k.Float())
	}
	want := []float64{-500, -499, -498, -497, -496, -495, -494, -493, -492, -491, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keys shown: %v, want %v", got, want)
	}
}
