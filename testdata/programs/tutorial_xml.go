// encoding/xml: struct tags with attributes, nested elements and
// chardata, MarshalIndent, Unmarshal of a document into structs, and a
// syntax error.
package main

import (
	"encoding/xml"
	"fmt"
)

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Price   float64  `xml:"price,omitempty"`
	Note    string   `xml:",comment"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Books   []Book   `xml:"book"`
}

func main() {
	b := Book{ID: "b1", Title: "Go & You", Authors: []string{"Ann", "Bo"}, Price: 12.5, Note: " first "}
	out, err := xml.MarshalIndent(b, "", "  ")
	fmt.Println(string(out), err)

	doc := `<library>
  <book id="x1"><title>One</title><authors><author>A</author></authors></book>
  <book id="x2"><title>Two</title><price>3.5</price></book>
</library>`
	var lib Library
	err = xml.Unmarshal([]byte(doc), &lib)
	fmt.Println(err, len(lib.Books))
	for _, bk := range lib.Books {
		fmt.Printf("%s %q %v %.1f\n", bk.ID, bk.Title, bk.Authors, bk.Price)
	}
	err = xml.Unmarshal([]byte("<library><book>"), &lib)
	fmt.Println(err)
	raw, _ := xml.Marshal(struct {
		XMLName xml.Name `xml:"p"`
		Text    string   `xml:",chardata"`
	}{Text: "a < b"})
	fmt.Println(string(raw))
}
