// time with fixed dates only: time.Date, formatting with layouts, Parse,
// Add/Sub/AddDate, Duration arithmetic and printing, weekday, truncation,
// comparisons and Unix seconds.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 21, 30, 15, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format(time.RFC3339), t.Format("2006-01-02 15:04"), t.Format("Jan 2, 2006 at 3:04pm"))

	next := t.Add(3 * time.Hour)
	fmt.Println(next.Format(time.DateTime), next.Month())
	fmt.Println(t.AddDate(0, 1, 1).Format(time.DateOnly))

	p, err := time.Parse("2006-01-02", "2024-12-25")
	fmt.Println(p, err)
	fmt.Println(p.Sub(t), p.Sub(t).Hours())
	fmt.Println(p.After(t), p.Before(t), p.Equal(p))

	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)

	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	dd, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, dd.Seconds())
	fmt.Println(time.Duration(1500) * time.Millisecond)

	fmt.Println(t.Unix(), time.Unix(0, 0).UTC())
	fmt.Println(t.Truncate(24 * time.Hour).Format(time.Kitchen))
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc))
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
}
