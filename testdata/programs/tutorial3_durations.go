package main

import (
	"fmt"
	"time"
)

type Task struct {
	Name string
	Took time.Duration
}

func main() {
	tasks := []Task{
		{"parse", 1500 * time.Microsecond},
		{"fetch", 2*time.Second + 300*time.Millisecond},
		{"idle", 0},
		{"long", 90 * time.Minute},
		{"tiny", 42 * time.Nanosecond},
	}
	var total time.Duration
	for _, t := range tasks {
		total += t.Took
		fmt.Printf("%-6s %10v %8.3fs %d\n", t.Name, t.Took, t.Took.Seconds(), t.Took.Milliseconds())
	}
	fmt.Println("total:", total, total.Round(time.Second), total.Truncate(time.Minute))
	fmt.Println(tasks[1])
	fmt.Printf("%+v\n", tasks[3])
	fmt.Printf("%v %s %d\n", tasks[0].Took, tasks[0].Took, tasks[0].Took)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Hours(), d.Minutes())
	_, err = time.ParseDuration("3 weeks")
	fmt.Println(err)
	t0 := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t1 := t0.Add(45 * time.Minute)
	fmt.Println(t1, t1.Weekday(), t1.YearDay(), t1.Sub(t0))
	fmt.Println(t1.Format("2006-01-02 15:04 Mon"), t1.Format(time.RFC3339))
	m := map[string]time.Duration{"a": time.Second, "b": time.Millisecond}
	fmt.Println(m)
	fmt.Println([]time.Duration{1, 1000, 1e6, 1e9})
	fmt.Println(time.Duration(1<<63 - 1))
	type pair struct {
		D time.Duration
		M time.Month
	}
	fmt.Println(pair{time.Hour, time.March}, []any{time.Minute, time.May})
}
