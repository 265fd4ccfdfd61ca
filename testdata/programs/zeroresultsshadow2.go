// A review of this stop's lowerings (helper-29, n1.go): divergo run
// failed or printed otherwise before the fix.
package main

import (
	"fmt"
	"net/url"
)

func clean(url *url.URL) (out url.URL, err error) {
	out = *url
	out.Fragment = ""
	return
}

func main() {
	u, _ := url.Parse("http://x.com/a#frag")
	c, err := clean(u)
	fmt.Println(c.String(), err)
}
