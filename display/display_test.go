package display

import (
	"encoding/json"
	"image"
	"image/color"
	"math"
	"strings"
	"testing"
)

func sample() *Table {
	t := NewTable("outcome", "p", "q")
	t.Append("a", 0.2, 0.3).Append("b", 0.5, nil).Append("c|x", 1e-20, 3)
	return t
}

func long() *Table {
	t := NewTable("i", "sq")
	t.MaxRows = 4
	for i := range 10 {
		t.Append(i, float64(i)*float64(i)/3)
	}
	return t
}

func check(t *testing.T, name, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestText(t *testing.T) {
	check(t, "sample", sample().Text(), `┌─────────┬───────┬─────┐
│ outcome │     p │   q │
├─────────┼───────┼─────┤
│ a       │   0.2 │ 0.3 │
│ b       │   0.5 │     │
│ c|x     │ 1e-20 │   3 │
└─────────┴───────┴─────┘
`)
	check(t, "long", long().Text(), `┌───┬────────────────────┐
│ i │                 sq │
├───┼────────────────────┤
│ 0 │                  0 │
│ 1 │ 0.3333333333333333 │
│ … │                  … │
│ 8 │ 21.333333333333332 │
│ 9 │                 27 │
└───┴────────────────────┘
… 6 rows omitted …
`)
	// Header names are not upper-cased; Digits rounds floats.
	tb := NewTable("measure", "value")
	tb.Digits = 3
	tb.Append("KL", 0.030478754035472025)
	check(t, "digits", tb.Text(), `┌─────────┬────────┐
│ measure │  value │
├─────────┼────────┤
│ KL      │ 0.0305 │
└─────────┴────────┘
`)
	check(t, "empty", (&Table{}).Text(), "(empty table)\n")
}

func TestMarkdown(t *testing.T) {
	check(t, "sample", sample().Markdown(), `| outcome | p | q |
| --- | ---: | ---: |
| a | 0.2 | 0.3 |
| b | 0.5 |  |
| c\|x | 1e-20 | 3 |
`)
	check(t, "long", long().Markdown(), `| i | sq |
| ---: | ---: |
| 0 | 0 |
| 1 | 0.3333333333333333 |
| … | … |
| 8 | 21.333333333333332 |
| 9 | 27 |

… 6 rows omitted …
`)
}

func TestCSV(t *testing.T) {
	check(t, "sample", sample().CSV(), "outcome,p,q\na,0.2,0.3\nb,0.5,\nc|x,1e-20,3\n")
	tb := NewTable("a,b", "c")
	tb.Append(`say "hi"`, 1)
	check(t, "quoting", tb.CSV(), "\"a,b\",c\n\"say \"\"hi\"\"\",1\n")
	if n := strings.Count(long().CSV(), "\n"); n != 11 {
		t.Errorf("long CSV has %d lines, want 11 (every row)", n)
	}
}

func TestHTML(t *testing.T) {
	check(t, "sample", sample().HTML(), `<table>
<thead><tr><th>outcome</th><th>p</th><th>q</th></tr></thead>
<tbody>
<tr><td>a</td><td style="text-align: right">0.2</td><td style="text-align: right">0.3</td></tr>
<tr><td>b</td><td style="text-align: right">0.5</td><td style="text-align: right"></td></tr>
<tr><td>c|x</td><td style="text-align: right">1e-20</td><td style="text-align: right">3</td></tr>
</tbody>
</table>
`)
	tb := NewTable("<b>")
	tb.Title = "T & U"
	tb.Append("<script>")
	check(t, "escape", tb.HTML(), `<table>
<caption>T &amp; U</caption>
<thead><tr><th>&lt;b&gt;</th></tr></thead>
<tbody>
<tr><td>&lt;script&gt;</td></tr>
</tbody>
</table>
`)
	if !strings.Contains(long().HTML(), `<td colspan="2" style="text-align: center">… 6 rows omitted …</td>`) {
		t.Errorf("long HTML lacks the omission row:\n%s", long().HTML())
	}
}

func TestJSON(t *testing.T) {
	tb := sample()
	tb.Append("d", math.NaN(), nil)
	b, err := json.Marshal(tb.JSON())
	if err != nil {
		t.Fatal(err)
	}
	check(t, "sample", string(b), `{"columns":["outcome","p","q"],"rows":[["a",0.2,0.3],["b",0.5,null],["c|x",1e-20,3],["d","NaN",null]]}`)
}

func TestRender(t *testing.T) {
	d := sample().Render()
	for _, k := range []string{MIMETypeText, MIMETypeHTML, MIMETypeMarkdown, MIMETypeJSON} {
		if d.Data[k] == nil {
			t.Errorf("bundle lacks %s", k)
		}
	}
	if d2, ok := Render(sample()); !ok || d2.Data[MIMETypeText] != d.Data[MIMETypeText] {
		t.Errorf("Render(table) = %v, %v", d2, ok)
	}
}

type htmler struct{}

func (htmler) HTML() string { return "<i>x</i>" }

func TestConstructors(t *testing.T) {
	cases := []struct {
		d    Data
		mime string
		val  any
		text string
	}{
		{HTML("<b>x</b>"), MIMETypeHTML, "<b>x</b>", "<b>x</b>"},
		{Markdown("*x*"), MIMETypeMarkdown, "*x*", "*x*"},
		{Latex(`\alpha`), MIMETypeLatex, `$\alpha$`, `\alpha`},
		{Math(`$\alpha$`), MIMETypeLatex, `$$\alpha$$`, `$\alpha$`},
		{SVG("<svg/>"), MIMETypeSVG, "<svg/>", "<image/svg+xml 6 bytes>"},
		{Text("hi"), MIMETypeText, "hi", "hi"},
		{Any("", "plain words"), MIMETypeText, "plain words", "plain words"},
		{Any(MIMETypeHTML, "<p>"), MIMETypeHTML, "<p>", "<p>"},
		{Auto(htmler{}), MIMETypeHTML, "<i>x</i>", "{}"},
	}
	for i, c := range cases {
		if got := c.d.Data[c.mime]; got != c.val {
			t.Errorf("%d: %s = %q, want %q", i, c.mime, got, c.val)
		}
		if got := c.d.Data[MIMETypeText]; got != c.text {
			t.Errorf("%d: text/plain = %q, want %q", i, got, c.text)
		}
	}
	p := PNG([]byte{1, 2, 3})
	if p.Data[MIMETypeText] != "<image/png 3 bytes>" {
		t.Errorf("PNG text/plain = %q", p.Data[MIMETypeText])
	}
	j := JSON(map[string]any{"a": 1})
	if j.Data[MIMETypeJSON].(map[string]any)["a"] != 1 {
		t.Errorf("JSON = %v", j)
	}
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	img.Set(0, 0, color.White)
	d := Image(img)
	if b, ok := d.Data[MIMETypePNG].([]byte); !ok || string(b[1:4]) != "PNG" {
		t.Errorf("Image gives no PNG: %v", d.Data)
	}
	if md := d.Metadata[MIMETypePNG].(MIMEMap); md["width"] != 3 || md["height"] != 2 {
		t.Errorf("Image metadata = %v", d.Metadata)
	}
	func() {
		defer func() {
			if r := recover(); r != "unsupported type, cannot render: int" {
				t.Errorf("Any(int) panicked with %v", r)
			}
		}()
		Any("", 3)
	}()
}

// JSON data reads as indented JSON in text/plain (a terminal, a plain viewer).
func TestJSONText(t *testing.T) {
	d := JSON(map[string]any{"kl": 0.5, "n": 3})
	want := "{\n  \"kl\": 0.5,\n  \"n\": 3\n}"
	if got := d.Data[MIMETypeText]; got != want {
		t.Errorf("text/plain %q, want %q", got, want)
	}
}
