// Web-ish text handling without a network: net/url parsing and building
// query strings, html.EscapeString, html/template escaping user input, and
// path/filepath-free path manipulation with package path.
package main

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
	"os"
	"path"
)

type Page struct {
	Title string
	Items []string
	Link  string
}

func main() {
	u, err := url.Parse("https://user:pw@example.com:8080/a/b%20c?q=go+lang&n=1&n=2#frag")
	fmt.Println(err, u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment)
	fmt.Println(u.User.Username(), u.Query()["n"], u.Query().Get("q"))
	v := url.Values{}
	v.Set("name", "Ann & Bo")
	v.Add("tag", "x")
	v.Add("tag", "y z")
	fmt.Println(v.Encode())
	fmt.Println(url.QueryEscape("a b/c?"), url.PathEscape("a b/c?"))
	ref, _ := url.Parse("../d?x=1")
	fmt.Println(u.ResolveReference(ref))
	_, err = url.Parse("http://[::1")
	fmt.Println(err != nil)

	fmt.Println(html.EscapeString(`<a href="x">Tom & "Jerry"</a>`), html.UnescapeString("&lt;b&gt; &amp;"))
	t := template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1>
<ul>{{range .Items}}<li>{{.}}</li>{{end}}</ul>
<a href="{{.Link}}">link</a>
`))
	t.Execute(os.Stdout, Page{"<script>alert(1)</script>", []string{"a&b", "<i>"}, "javascript:alert(1)"})
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/x/y.txt"), path.Ext("f.tar.gz"), path.Dir("/x/y/z"))
	m, _ := path.Match("*.go", "main.go")
	fmt.Println(m, path.Clean("a//b/./c/.."))
}
