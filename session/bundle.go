package session

import (
	"github.com/divergo/divergo/builtins"
	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session/render"
)

// tableBundle returns the bundle of a value that is a table, or that would
// print as a long text (see longValueText). The table holds only the rows
// and columns it shows (see tableOf), so that showing a value of 10⁶
// elements costs what showing 20 does; when the cell is
// interrupted meanwhile, the bundle is empty and the cell's error says so
// (see renderStopped).
func (s *Session) tableBundle(v any) (*display.Data, bool) {
	switch b := v.(type) {
	case builtins.Breakdown:
		return render.BreakdownBundle(b, s.opts.Digits), true
	case *builtins.Breakdown:
		if b != nil {
			return render.BreakdownBundle(*b, s.opts.Digits), true
		}
	}
	stopped := s.stopCheck()
	t, err := render.TableOf(stopped, v)
	if err != nil {
		s.renderStopped = true
		return &display.Data{Data: display.MIMEMap{display.MIMETypeText: ""}}, true
	}
	if t == nil {
		text, long, err := render.LongValueText(stopped, v)
		if err != nil {
			s.renderStopped = true
			return &display.Data{Data: display.MIMEMap{display.MIMETypeText: ""}}, true
		}
		if long {
			return &display.Data{Data: display.MIMEMap{display.MIMETypeText: text}}, true
		}
		return nil, false
	}
	t.Digits = s.opts.Digits
	d := t.Render()
	return &d, true
}

// stopCheck returns the function the rendering loops call to learn whether
// the running cell was interrupted.
func (s *Session) stopCheck() func() bool {
	ctx := s.cellCtx
	if ctx == nil {
		return func() bool { return false }
	}
	return func() bool { return ctx.Err() != nil }
}
