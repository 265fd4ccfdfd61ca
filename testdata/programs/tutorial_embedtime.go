// Embedding types of the standard library: a struct embedding time.Time
// gets its methods (Year, Format, Add, Sub), a struct embedding sync.Mutex
// locks itself, and one embedding *strings.Builder writes through it.
// (fmt.Println of the Event itself stops the interpreter: README, "Loud".)
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Event struct {
	time.Time
	Name string
}

type SafeList struct {
	sync.Mutex
	items []string
}

func (l *SafeList) Add(s string) {
	l.Lock()
	defer l.Unlock()
	l.items = append(l.items, s)
}

type Doc struct {
	*strings.Builder
	title string
}

func main() {
	ev := Event{time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), "launch"}
	fmt.Println(ev.Year(), ev.Weekday(), ev.Name)
	fmt.Println(ev.Format(time.DateOnly))
	later := Event{ev.Add(time.Hour), "after"}
	fmt.Println(later.After(ev.Time), later.Sub(ev.Time))

	var l SafeList
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Add(fmt.Sprint(i))
		}()
	}
	wg.Wait()
	fmt.Println(len(l.items))

	d := Doc{&strings.Builder{}, "t"}
	d.WriteString("hello ")
	d.WriteString(d.title)
	fmt.Println(d.String(), d.Len())
}
