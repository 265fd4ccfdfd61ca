package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

type wordCount struct {
	Word  string
	Count int
}

func (w wordCount) String() string {
	return fmt.Sprintf("%-12s %3d %s", w.Word, w.Count, strings.Repeat("*", w.Count))
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	var list []wordCount
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	fmt.Println("total words:", total, "distinct:", len(list))
	for i, wc := range list {
		if i == 6 {
			break
		}
		fmt.Println(wc)
	}
	fmt.Printf("%v\n", list[:3])
	fmt.Printf("%+v\n", list[0])
	fmt.Printf("%s|%q\n", list[1], list[2].Word)
}
