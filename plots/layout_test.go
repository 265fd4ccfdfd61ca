package plots

import (
	"bytes"
	"image"
	"image/png"
	"testing"
)

// saturatedRuns are the runs [x0, x1) of row y whose pixels are coloured
// (not white, grey or black): the heat maps and their colour bars.
func saturatedRuns(img image.Image, y int) [][2]int {
	var runs [][2]int
	b := img.Bounds()
	start := -1
	for x := b.Min.X; x <= b.Max.X; x++ {
		in := false
		if x < b.Max.X {
			r, g, bl, _ := img.At(x, y).RGBA()
			in = (max(r, g, bl)>>8)-(min(r, g, bl)>>8) > 60
		}
		switch {
		case in && start < 0:
			start = x
		case !in && start >= 0:
			runs = append(runs, [2]int{start, x})
			start = -1
		}
	}
	return runs
}

// widestWhiteGap is the widest run of columns in [x0, x1) that are white
// over the rows of the maps (15% to 75% of the height).
func widestWhiteGap(img image.Image, x0, x1 int) int {
	h := img.Bounds().Dy()
	white := func(x int) bool {
		for y := h * 15 / 100; y < h*75/100; y++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r>>8 < 240 || g>>8 < 240 || b>>8 < 240 {
				return false
			}
		}
		return true
	}
	widest, run := 0, 0
	for x := x0; x < x1; x++ {
		if white(x) {
			run++
			widest = max(widest, run)
		} else {
			run = 0
		}
	}
	return widest
}

// TestKLAsymmetryColourBars looks at the PNG: each map's colour bar is
// whole, inside the image, with room on its right for its ticks and
// label, and clear of the map beside it. (Before: the right bar was one
// pixel wide at the image's edge, and the left bar stood 1 px from the
// right map's axis label, with at most 12 display px of white anywhere
// between them.)
func TestKLAsymmetryColourBars(t *testing.T) {
	for _, n := range []int{40, 120} {
		b, err := KLAsymmetry(n).PNG()
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		w, h := img.Bounds().Dx(), img.Bounds().Dy()
		// A quarter down, through the upper part of both maps and bars:
		// the left map (one run or more), the left bar (the last run in
		// the left half), the right map (the first in the right half), the
		// right bar (the last).
		all := saturatedRuns(img, h/4)
		var runs [][2]int // left bar, right map, right bar
		for i, r := range all {
			if r[0] < w/2 && (i+1 == len(all) || all[i+1][0] >= w/2) {
				runs = append(runs, r)
			}
			if r[0] >= w/2 && (i == 0 || all[i-1][0] < w/2) {
				runs = append(runs, r)
			}
		}
		if len(all) < 4 || len(runs) != 2 || all[len(all)-1] == runs[1] {
			t.Fatalf("n = %d: coloured runs %v in row %d, want the maps and two bars", n, all, h/4)
		}
		runs = [][2]int{all[0], runs[0], runs[1], all[len(all)-1]}
		dp := PixelDensity // pixels per display pixel
		for i, r := range [][2]int{runs[1], runs[3]} {
			if r[1]-r[0] < 12*dp {
				t.Errorf("n = %d: colour bar %d is %d px wide (%v), want at least %d", n, i+1, r[1]-r[0], r, 12*dp)
			}
		}
		if edge := w - runs[3][1]; edge < 30*dp {
			t.Errorf("n = %d: the right colour bar ends %d px from the image's edge: no room for its ticks and label", n, edge)
		}
	edge:
		for x := w - 6*dp; x < w; x++ {
			for y := 0; y < h*80/100; y++ {
				if r, g, b, _ := img.At(x, y).RGBA(); r>>8 < 200 || g>>8 < 200 || b>>8 < 200 {
					t.Errorf("n = %d: ink at (%d, %d), in the image's last %d columns: clipped at the edge", n, x, y, 6*dp)
					break edge
				}
			}
		}
		if gap := widestWhiteGap(img, runs[1][1], runs[2][0]); gap < 20*dp {
			t.Errorf("n = %d: between the left colour bar and the right map, at most %d px of white: the bar's labels crowd the next panel", n, gap)
		}
	}
}

// TestKLTermsTickAtZero: the y axis of KLTerms has a labelled tick at 0,
// an infinite term or not (gonum's default ticks gave -0.175, -0.075,
// 0.025 for KLTerms(p, [0.5 0.5 0])).
func TestKLTermsTickAtZero(t *testing.T) {
	for _, c := range [][2][]float64{
		{{0.2, 0.5, 0.3}, {0.5, 0.5, 0}},
		{{0.1, 0.2, 0.3, 0.4}, {0.4, 0.3, 0.3, 0}},
		{pz, qz},
		{p3, q3},
		{{0.9, 0.1}, {0.1, 0.9}},
	} {
		f := KLTerms(c[0], c[1])
		y := f.Plot.Y
		var labels []string
		zero := false
		for _, tk := range y.Tick.Marker.Ticks(y.Min, y.Max) {
			if tk.Label != "" {
				labels = append(labels, tk.Label)
				zero = zero || tk.Value == 0 && tk.Label == "0"
			}
		}
		if !zero {
			t.Errorf("KLTerms(%v, %v): y ticks %v in [%g, %g], none at 0", c[0], c[1], labels, y.Min, y.Max)
		}
		if len(labels) < 3 || len(labels) > 8 {
			t.Errorf("KLTerms(%v, %v): %d labelled y ticks %v", c[0], c[1], len(labels), labels)
		}
	}
}

func TestNiceTicks(t *testing.T) {
	for _, c := range []struct {
		min, max float64
		want     []string
	}{
		{-0.19, 0.04, []string{"-0.15", "-0.10", "-0.05", "0"}},
		{0, 4.6, []string{"0", "1", "2", "3", "4"}},
		{-1.7, 1.7, []string{"-1", "0", "1"}},
		{0.3, 0.7, []string{"0.3", "0.4", "0.5", "0.6", "0.7"}},
	} {
		var got []string
		for _, tk := range (niceTicks{}).Ticks(c.min, c.max) {
			if tk.Label != "" {
				got = append(got, tk.Label)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("[%g, %g]: %v, want %v", c.min, c.max, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("[%g, %g]: %v, want %v", c.min, c.max, got, c.want)
				break
			}
		}
	}
}
