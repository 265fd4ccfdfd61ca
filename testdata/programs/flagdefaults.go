package main

// The flag package's usage text for flags whose Value is a type of the
// program: Go leaves out "(default …)" where the String of the type's zero
// value equals the default; the interpreter printed "(default 0)" for
// every such flag (its wrapper's zero value said "").

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type count int

func (c *count) String() string { return strconv.Itoa(int(*c)) }
func (c *count) Set(s string) error {
	n, err := strconv.Atoi(s)
	*c = count(n)
	return err
}

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

type set map[string]bool

func (s set) String() string {
	var keys []string
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "{" + strings.Join(keys, " ") + "}"
}
func (s set) Set(v string) error { s[v] = true; return nil }

type level struct{ n int }

func (l *level) String() string {
	if l.n == 0 {
		return "quiet"
	}
	return "level" + strconv.Itoa(l.n)
}
func (l *level) Set(s string) error { l.n = len(s); return nil }

type words struct{ n *int }

func (w words) String() string {
	if w.n == nil {
		return "none"
	}
	return strconv.Itoa(*w.n)
}
func (w words) Set(s string) error { *w.n = len(strings.Fields(s)); return nil }

func newWords(p *int) flag.Value { return words{p} }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var c, d count
	d = 3
	var items list
	tags := set{}
	marked := set{"x": true}
	var lv, loud level
	loud.n = 2
	fs.Var(&c, "verbosity", "how loud")
	fs.Var(&d, "depth", "how `deep`")
	fs.Var(&items, "item", "an item (repeatable)")
	fs.Var(tags, "tag", "a tag")
	fs.Var(marked, "mark", "a mark")
	fs.Var(&lv, "level", "the level")
	fs.Var(&loud, "loud", "the loud level")
	var nw, nw2 int
	fs.Var(newWords(&nw), "words", "count the words")
	var fv flag.Value = words{&nw2}
	fs.Var(fv, "words2", "count the words again")
	fs.Int("n", 0, "a plain int")
	fs.Int("m", 5, "another int")
	fs.PrintDefaults()

	fmt.Println("-- parse")
	err := fs.Parse([]string{"-verbosity", "2", "-item", "a", "-item", "b", "-tag", "t1", "-level", "xyz", "-words", "a b c", "rest"})
	fmt.Println(err, c, items, tags, lv.n, fs.Args(), nw)
	fs.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value, f.DefValue) })
	p, ok := fs.Lookup("verbosity").Value.(*count)
	fmt.Println(ok, *p == c)
	_, ok = fs.Lookup("tag").Value.(*count)
	fmt.Println(ok)
	fmt.Println(fs.Set("depth", "7"), d)

	fmt.Println("-- help")
	err = fs.Parse([]string{"-h"})
	fmt.Println(err)
	fmt.Println("-- unknown")
	err = fs.Parse([]string{"-nope"})
	fmt.Println(err)
}
