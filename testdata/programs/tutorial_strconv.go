// strconv: Atoi and Itoa, ParseInt in other bases and bit sizes with range
// errors, ParseFloat, ParseBool, FormatInt, Quote and Unquote, and
// AppendInt.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("abc")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45) + "!")

	h, _ := strconv.ParseInt("ff", 16, 64)
	b, _ := strconv.ParseInt("-101", 2, 8)
	o, _ := strconv.ParseInt("0o17", 0, 64)
	fmt.Println(h, b, o)
	v, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)

	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f * 2)
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	bl, err := strconv.ParseBool("TRUE")
	fmt.Println(bl, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)

	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(7, 8))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("é"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 42, 10)
	buf = strconv.AppendBool(append(buf, ' '), false)
	fmt.Println(string(buf))
}
