// regexp: MatchString, compiling once with MustCompile, finding all matches,
// submatches and named groups, ReplaceAllString with $1 references,
// ReplaceAllStringFunc and Split.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

var dateRe = regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)

func main() {
	ok, _ := regexp.MatchString(`^p([a-z]+)ch$`, "peach")
	fmt.Println(ok)

	r := regexp.MustCompile(`p([a-z]+)ch`)
	fmt.Println(r.MatchString("punch"), r.FindString("peach punch"))
	fmt.Println(r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.FindAllStringSubmatchIndex("peach punch", -1))
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	fmt.Println(string(r.ReplaceAllFunc([]byte("a peach"), func(b []byte) []byte {
		return []byte(strings.ToUpper(string(b)))
	})))

	m := dateRe.FindStringSubmatch("due 2024-03-15 ok")
	for i, name := range dateRe.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	fmt.Println(dateRe.ReplaceAllString("2024-03-15 and 1999-12-31", "$day/$month/$year"))
	fmt.Println(dateRe.SubexpIndex("month"))

	words := regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1)
	fmt.Printf("%q\n", words)

	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	emails := regexp.MustCompile(`(?i)\b[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}\b`)
	fmt.Println(emails.FindAllString("Mail Bob@Example.com or amy.x@test.org now", -1))
	fmt.Println(r.String(), r.NumSubexp())
}
