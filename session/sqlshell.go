package session

// This file implements sqlite3's shell settings beyond .mode: .nullvalue,
// .maxrows and .show.

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/divergo/divergo/display"
)

func init() {
	addCommand(&command{name: "nullvalue", args: "TEXT", summary: "how NULL shows in SQL results (sqlite3's .nullvalue; alone: back to empty)", record: true, run: (*Session).cmdNullValue})
	addCommand(&command{name: "maxrows", args: "N", summary: "rows of a SQL result shown before its middle is left out (0: all)", record: true, run: (*Session).cmdMaxRows})
	addCommand(&command{name: "show", summary: "the current settings (mode, headers, nullvalue, maxrows, digits, timer, output)", run: (*Session).cmdShow})
}

func (s *Session) cmdNullValue(ctx context.Context, c *call) (*display.Data, error) {
	s.sqlNull = strings.Trim(c.args, `"'`)
	return nil, nil
}

func (s *Session) cmdMaxRows(ctx context.Context, c *call) (*display.Data, error) {
	n, err := strconv.Atoi(c.args)
	if err != nil || n < 0 {
		return nil, &Error{Msg: "usage: " + c.prefix + "maxrows N (0 for every row)"}
	}
	if n == 0 {
		n = -1
	}
	s.sqlMaxRows = n
	return nil, nil
}

func (s *Session) cmdShow(ctx context.Context, c *call) (*display.Data, error) {
	mode := s.sqlMode
	if mode == "" {
		mode = "table"
	}
	onOff := func(b bool) string {
		if b {
			return "on"
		}
		return "off"
	}
	maxRows := "default (" + strconv.Itoa(display.DefaultMaxRows) + ")"
	switch {
	case s.sqlMaxRows < 0:
		maxRows = "all"
	case s.sqlMaxRows > 0:
		maxRows = strconv.Itoa(s.sqlMaxRows)
	}
	output := "stdout"
	if s.sqlOut != nil {
		output = s.sqlOut.Name()
	}
	digits := "0 (Go's shortest form)"
	if s.opts.Digits > 0 {
		digits = strconv.Itoa(s.opts.Digits)
	}
	rows := [][2]string{
		{"mode", mode}, {"headers", onOff(!s.sqlNoHeaders)}, {"nullvalue", fmt.Sprintf("%q", s.sqlNull)},
		{"maxrows", maxRows}, {"digits", digits}, {"timer", onOff(s.timer)}, {"output", output},
	}
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%10s: %s\n", r[0], r[1])
	}
	return text(strings.TrimSuffix(b.String(), "\n")), nil
}
