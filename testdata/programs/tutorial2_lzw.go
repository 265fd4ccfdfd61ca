// LZW compression: a dictionary map[string]int grown while encoding, codes
// emitted as []int, decoding that rebuilds the dictionary (including the
// KwKwK case), and the compression ratio against 8 bits per input byte
// with codes of bits.Len width.
package main

import (
	"fmt"
	"math/bits"
)

func compress(s string) []int {
	dict := make(map[string]int, 256)
	for i := range 256 {
		dict[string(rune(i))] = i
	}
	w := ""
	var out []int
	for i := 0; i < len(s); i++ {
		c := string(s[i])
		if _, ok := dict[w+c]; ok {
			w += c
			continue
		}
		out = append(out, dict[w])
		dict[w+c] = len(dict)
		w = c
	}
	if w != "" {
		out = append(out, dict[w])
	}
	return out
}

func decompress(codes []int) (string, error) {
	dict := make(map[int]string, 256)
	for i := range 256 {
		dict[i] = string(rune(i))
	}
	if len(codes) == 0 {
		return "", nil
	}
	w := dict[codes[0]]
	out := []byte(w)
	for _, k := range codes[1:] {
		var entry string
		switch {
		case k < len(dict):
			entry = dict[k]
		case k == len(dict):
			entry = w + w[:1]
		default:
			return "", fmt.Errorf("bad code %d", k)
		}
		out = append(out, entry...)
		dict[len(dict)] = w + entry[:1]
		w = entry
	}
	return string(out), nil
}

func main() {
	inputs := []string{"TOBEORNOTTOBEORTOBEORNOT", "abababababababab", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "xyz"}
	for _, in := range inputs {
		codes := compress(in)
		back, err := decompress(codes)
		maxCode := 0
		for _, c := range codes {
			maxCode = max(maxCode, c)
		}
		width := bits.Len(uint(maxCode))
		fmt.Printf("%q\n  codes %v\n  ok=%v err=%v %d codes x %d bits = %d vs %d bits\n",
			in, codes, back == in, err, len(codes), width, len(codes)*width, 8*len(in))
	}
	_, err := decompress([]int{65, 400})
	fmt.Println(err)
}
