package worker

// This file implements the messages between a Supervisor and its worker:
// requests go to the worker on its standard input, events come back on its
// standard output, both as encoding/gob streams.

import (
	"encoding/gob"
	"encoding/json"
	"errors"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// Request kinds, from the supervisor to the worker.
const (
	reqStart     = "start"     // the first request: Options
	reqEval      = "eval"      // Cell
	reqInterrupt = "interrupt" // cancel the running cell
	reqInput     = "input"     // Input (EOF: no more), the answer to an evRead
	reqComplete  = "complete"  // Text, Cursor
	reqDoc       = "doc"       // Name
)

// Event kinds, from the worker to the supervisor.
const (
	evReady    = "ready"    // the session started (Err if it did not)
	evStdout   = "stdout"   // Text
	evStderr   = "stderr"   // Text
	evDisplay  = "display"  // Data
	evUpdate   = "update"   // ID, Data
	evClear    = "clear"    // Wait
	evRead     = "read"     // the cell reads standard input: answer with reqInput
	evDone     = "done"     // the cell ended: Data (the result, if Has), Err
	evComplete = "complete" // Start, Candidates
	evDoc      = "doc"      // Text, Err
)

// request is one message to the worker.
type request struct {
	Kind    string
	Options options
	Cell    string
	Text    string
	Cursor  int
	Name    string
	Input   []byte
	EOF     bool
}

// options are the session.Options that cross the process boundary (Stdin
// stays with the supervisor: the worker asks for input with evRead).
type options struct {
	Digits       int
	Frontend     session.Frontend
	Database     string
	SVG          bool
	InlineImages string
	HasStdin     bool
	MaxDepth     int
	MaxOutput    int
	MemoryLimit  int64
}

// event is one message from the worker.
type event struct {
	Kind       string
	Text       string
	ID         string
	Wait       bool
	Has        bool
	Data       display.Data
	Err        *wireError
	Start      int
	Candidates []string
}

// wireError is a cell's error as it crosses the process boundary.
type wireError struct {
	Kind                string // "cell" (*session.Error), "quit", "exit", "plain"
	Msg                 string
	File, Source        string
	Line, Col, ExitCode int
	Ran                 bool // session.Error's Ran
}

func init() {
	// The dynamic types a display bundle's values take (see package
	// display): text and SVG as string, images and PDF as []byte, JSON as
	// map[string]any (with []any and numbers inside).
	gob.Register(map[string]any{})
	gob.Register([]any{})
}

// toWire converts a cell's error for the wire.
func toWire(err error) *wireError {
	if err == nil {
		return nil
	}
	var se *session.Error
	var ee *session.ExitError
	switch {
	case errors.Is(err, session.ErrQuit):
		return &wireError{Kind: "quit", Msg: err.Error()}
	case errors.As(err, &ee):
		return &wireError{Kind: "exit", Msg: err.Error(), ExitCode: ee.Code}
	case errors.As(err, &se) && error(se) == err:
		return &wireError{Kind: "cell", Msg: se.Msg, File: se.File, Source: se.Source, Line: se.Line, Col: se.Col, Ran: se.Ran}
	}
	return &wireError{Kind: "plain", Msg: err.Error()}
}

// fromWire is the error the supervisor returns for w.
func fromWire(w *wireError) error {
	if w == nil {
		return nil
	}
	switch w.Kind {
	case "quit":
		return session.ErrQuit
	case "exit":
		return &session.ExitError{Code: w.ExitCode}
	case "cell":
		return &session.Error{Msg: w.Msg, File: w.File, Source: w.Source, Line: w.Line, Col: w.Col, Ran: w.Ran}
	}
	return &session.Error{Msg: w.Msg}
}

// wireData returns d with every value of a type gob does not know (a JSON
// bundle built from structs, say) replaced by its JSON form decoded into
// maps, slices, strings, numbers and booleans.
func wireData(d display.Data) display.Data {
	return display.Data{Data: wireMap(d.Data), Metadata: wireMap(d.Metadata), Transient: wireMap(d.Transient)}
}

func wireMap(m display.MIMEMap) display.MIMEMap {
	if m == nil {
		return nil
	}
	out := make(display.MIMEMap, len(m))
	for k, v := range m {
		out[k] = wireValue(v)
	}
	return out
}

func wireValue(v any) any {
	switch v := v.(type) {
	case nil, string, []byte, bool, int, int64, float64:
		return v
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = wireValue(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = wireValue(x)
		}
		return out
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	var x any
	if json.Unmarshal(b, &x) != nil {
		return nil
	}
	return x
}
