package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Inventory map[string]map[string]int

func (inv Inventory) Add(store, item string, n int) {
	if inv[store] == nil {
		inv[store] = map[string]int{}
	}
	inv[store][item] += n
}

func main() {
	inv := Inventory{}
	inv.Add("north", "apple", 5)
	inv.Add("north", "pear", 2)
	inv.Add("south", "apple", 1)
	inv.Add("north", "apple", 3)
	fmt.Println(inv)
	stores := slices.Sorted(maps.Keys(inv))
	for _, s := range stores {
		items := inv[s]
		keys := make([]string, 0, len(items))
		for k := range items {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s/%s=%d ", s, k, items[k])
		}
	}
	fmt.Println()
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = append(m["b"], 3)
	fmt.Println(m, len(m["zz"]))
	delete(m, "a")
	delete(m, "none")
	fmt.Println(m)
	v, ok := m["b"]
	fmt.Println(v, ok)
	counts := map[rune]int{}
	for _, r := range "abracadabra" {
		counts[r]++
	}
	fmt.Println(counts)
	type kv struct {
		K rune
		V int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].V > kvs[j].V || kvs[i].V == kvs[j].V && kvs[i].K < kvs[j].K })
	for _, e := range kvs {
		fmt.Printf("%c:%d ", e.K, e.V)
	}
	fmt.Println()
	m2 := maps.Clone(counts)
	m2['z'] = 0
	fmt.Println(len(counts), len(m2), maps.Equal(counts, m2))
	byLen := map[int][]string{}
	for _, w := range strings.Fields("go is a fun language to use and it is fast") {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, k := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Println(k, byLen[k])
	}
	fm := map[float64]string{0.5: "half", 1: "one", -1: "neg"}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	clear(m2)
	fmt.Println(len(m2), m2)
}
