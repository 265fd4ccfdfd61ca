// Checksums by hand and from the library: a table-driven CRC-32 (IEEE,
// reflected polynomial 0xEDB88320) checked against hash/crc32, Adler-32
// checked against hash/adler32, FNV-1a against hash/fnv, and a parity byte;
// all printed in hex with %08x.
package main

import (
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
)

var table [256]uint32

func init() {
	for i := range table {
		c := uint32(i)
		for range 8 {
			if c&1 == 1 {
				c = c>>1 ^ 0xEDB88320
			} else {
				c >>= 1
			}
		}
		table[i] = c
	}
}

func crc(data []byte) uint32 {
	c := ^uint32(0)
	for _, b := range data {
		c = table[byte(c)^b] ^ c>>8
	}
	return ^c
}

func adler(data []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, x := range data {
		a = (a + uint32(x)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func fnv1a(data []byte) uint32 {
	h := uint32(2166136261)
	for _, x := range data {
		h ^= uint32(x)
		h *= 16777619
	}
	return h
}

func main() {
	for _, s := range []string{"", "a", "The quick brown fox jumps over the lazy dog", "123456789"} {
		d := []byte(s)
		f := fnv.New32a()
		f.Write(d)
		fmt.Printf("%-45q crc %08x %v adler %08x %v fnv %08x %v\n", s,
			crc(d), crc(d) == crc32.ChecksumIEEE(d),
			adler(d), adler(d) == adler32.Checksum(d),
			fnv1a(d), fnv1a(d) == f.Sum32())
	}
	msg := []byte("hello")
	var parity byte
	for _, b := range msg {
		parity ^= b
	}
	fmt.Printf("parity %02x %08b\n", parity, parity)
	corrupt := []byte("hellp")
	fmt.Println("crc detects:", crc(msg) != crc(corrupt))
	fmt.Printf("table[1]=%08x table[255]=%08x\n", table[1], table[255])
}
