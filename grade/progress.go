package grade

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Bar draws a progress bar on a terminal, rewriting one line:
//
//	[##########··········] 20/40 notebooks, 4.1s  ada.ipynb
type Bar struct {
	W     io.Writer
	Width int       // of the bar, in characters; 0 means 30
	Start time.Time // when grading started; zero: at the first Update
}

// Update draws the bar for done of total notebooks, the last being s.
func (b *Bar) Update(done, total int, s *Student) {
	if b.Start.IsZero() {
		b.Start = time.Now()
	}
	w := b.Width
	if w <= 0 {
		w = 30
	}
	fill := 0
	if total > 0 {
		fill = done * w / total
	}
	name := ""
	if s != nil {
		name = s.Name
		if s.Status != "" {
			name += " (" + s.Status + ")"
		}
		if len([]rune(name)) > 40 {
			name = string([]rune(name)[:39]) + "…"
		}
	}
	fmt.Fprintf(b.W, "\r\x1b[K[%s%s] %d/%d notebooks, %.1fs  %s", strings.Repeat("#", fill), strings.Repeat("·", w-fill),
		done, total, time.Since(b.Start).Seconds(), name)
	if done == total {
		fmt.Fprint(b.W, "\r\x1b[K")
	}
}
