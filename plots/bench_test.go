package plots

import "testing"

// Rendering each figure (built once) to PNG and to SVG. Goal on the
// project's machine: ≤ 30 ms for PNG, ≤ 5 ms for SVG.
//
//	go test ./plots -run '^$' -bench .
func BenchmarkRender(b *testing.B) {
	for _, c := range cases {
		if !c.golden && c.name != "from-plot" {
			continue
		}
		f, err := c.make()
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name+"/png", func(b *testing.B) {
			for b.Loop() {
				if _, err := f.PNG(); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/svg", func(b *testing.B) {
			for b.Loop() {
				if _, err := f.SVG(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Building a figure: the computation before any rendering.
func BenchmarkBuild(b *testing.B) {
	for _, c := range cases {
		if !c.golden {
			continue
		}
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := c.make(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
