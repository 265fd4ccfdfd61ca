// Hashing and encoding: crypto/sha256 of a string in one call and through
// a hash.Hash in pieces, md5, hex encoding and decoding, and base64 standard,
// URL and raw encodings with a decode error.
package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
)

func main() {
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x\n", sum)
	fmt.Println(hex.EncodeToString(sum[:4]), len(sum))

	h := sha256.New()
	h.Write([]byte("hello "))
	io.WriteString(h, "world\n")
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(h.Size(), h.BlockSize())

	fmt.Printf("%x\n", md5.Sum([]byte("abc")))

	raw, err := hex.DecodeString("476f21")
	fmt.Println(string(raw), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)

	data := "abc123!?$*&()'-=@~"
	std := base64.StdEncoding.EncodeToString([]byte(data))
	url := base64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(std)
	fmt.Println(url)
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("a")))
	dec, err := base64.StdEncoding.DecodeString(std)
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Println(hex.Dump([]byte("Go gophers!")))
}
