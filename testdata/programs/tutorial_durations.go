// time.Duration in ordinary code: constants times a count, durations in a
// struct printed with %v and %+v, a slice of durations summed and sorted,
// conversion to seconds, and a fixed time.Time in a struct.
package main

import (
	"fmt"
	"slices"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
	Start   time.Time
}

func main() {
	retries := 3
	backoff := time.Duration(retries) * 250 * time.Millisecond
	fmt.Println(backoff, 2*time.Second, time.Minute+time.Second/2)
	j := Job{"sync", 90 * time.Second, time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
	fmt.Println(j)
	fmt.Printf("%+v\n", j)
	fmt.Printf("%v %d %s\n", j.Timeout, j.Timeout, j.Timeout)
	ds := []time.Duration{3 * time.Second, 500 * time.Millisecond, time.Hour}
	var total time.Duration
	for _, d := range ds {
		total += d
	}
	slices.Sort(ds)
	fmt.Println(ds, total, total.Seconds())
	deadline := j.Start.Add(j.Timeout)
	fmt.Println(deadline.Format(time.TimeOnly), deadline.Sub(j.Start) == j.Timeout)
	m := map[string]time.Duration{"a": time.Millisecond}
	fmt.Println(m, []time.Month{time.March, time.May}, time.Saturday)
}
