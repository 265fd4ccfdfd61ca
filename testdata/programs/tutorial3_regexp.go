package main

import (
	"fmt"
	"regexp"
	"strings"
)

var logLine = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}) (\w+) \[(\w+)\] (.*)$`)

type Entry struct {
	Date, Level, Module, Msg string
}

func (e Entry) String() string {
	return fmt.Sprintf("%s|%-5s|%s|%s", e.Date, e.Level, e.Module, e.Msg)
}

func main() {
	logs := `2024-01-02 INFO [db] connected
2024-01-02 WARN [http] slow request 1200ms
garbage line
2024-01-03 ERROR [db] timeout after 30s
2024-01-03 INFO [http] served 42 requests`
	var entries []Entry
	levels := map[string]int{}
	for _, l := range strings.Split(logs, "\n") {
		m := logLine.FindStringSubmatch(l)
		if m == nil {
			fmt.Printf("skip %q\n", l)
			continue
		}
		e := Entry{m[1], m[2], m[3], m[4]}
		entries = append(entries, e)
		levels[e.Level]++
	}
	for _, e := range entries {
		fmt.Println(e)
	}
	fmt.Println(levels)
	num := regexp.MustCompile(`\d+`)
	fmt.Println(num.FindAllString(logs, -1))
	fmt.Println(num.ReplaceAllStringFunc("a1b22c333", func(s string) string { return fmt.Sprint(len(s)) }))
	email := regexp.MustCompile(`(?i)^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)
	for _, s := range []string{"A@B.co", "bad@", "x.y@z.org"} {
		fmt.Print(email.MatchString(s), " ")
	}
	fmt.Println()
	kv := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w+)`)
	for _, m := range kv.FindAllStringSubmatch("a=1 b=two c=3", -1) {
		fmt.Print(m[kv.SubexpIndex("key")], "->", m[2], " ")
	}
	fmt.Println(kv.SubexpNames())
	fmt.Println(kv.ReplaceAllString("x=1 y=2", "$val=$key"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"), num.FindStringIndex("abc123"))
}
