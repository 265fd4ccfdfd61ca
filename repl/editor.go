package repl

import (
	"errors"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/chzyer/readline"
)

// LineReader is the line editor behind the REPL: the seam where readline
// sits and where another editor, or a test's script, can take its place.
type LineReader interface {
	// ReadLine shows prompt and returns the line typed, without its line
	// break. A line recalled from history may hold a whole multi-line cell,
	// with its line breaks. ReadLine returns ErrInterrupt on Ctrl-C (the
	// line typed so far is dropped) and io.EOF on Ctrl-D at an empty line.
	ReadLine(prompt string) (string, error)
	// AddHistory adds a whole cell, line breaks included, to the history
	// that the up arrow and Ctrl-R go through.
	AddHistory(cell string)
	// Close gives the terminal back.
	Close() error
}

// ErrInterrupt is what ReadLine returns when Ctrl-C is pressed.
var ErrInterrupt = errors.New("interrupt")

// CompleteFunc completes the line being edited: cursor is a byte offset
// into line; the candidates replace line[start:cursor].
type CompleteFunc func(line string, cursor int) (start int, candidates []string)

// newlineMark stands for a line break of a recalled multi-line cell in
// readline's buffer, which holds one line: a private-use rune nobody types,
// one column wide for readline's arithmetic, drawn as markGlyph.
const (
	newlineMark = '\uE000'
	markGlyph   = '↵'
)

// Readline is a LineReader on github.com/chzyer/readline: Emacs keys, the
// up and down arrows and Ctrl-R through the history, Tab completion.
type Readline struct {
	rl *readline.Instance
}

// NewReadline starts readline on the process's terminal with the given
// history (oldest first) and completion.
func NewReadline(history []string, complete CompleteFunc) (*Readline, error) {
	cfg := &readline.Config{
		Prompt:                 Prompt,
		HistoryLimit:           HistoryLimit,
		DisableAutoSaveHistory: true, // whole cells are saved by AddHistory
		HistorySearchFold:      true,
		InterruptPrompt:        "^C",
		Painter:                markPainter{},
	}
	if complete != nil {
		cfg.AutoComplete = completer{complete}
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, err
	}
	e := &Readline{rl: rl}
	for _, h := range history {
		e.AddHistory(h)
	}
	return e, nil
}

func (e *Readline) ReadLine(prompt string) (string, error) {
	e.rl.SetPrompt(prompt)
	line, err := e.rl.Readline()
	switch {
	case errors.Is(err, readline.ErrInterrupt):
		return "", ErrInterrupt
	case errors.Is(err, io.EOF):
		return "", io.EOF
	case err != nil:
		return "", err
	}
	return fromBuffer(line), nil
}

func (e *Readline) AddHistory(cell string) {
	e.rl.SaveHistory(toBuffer(cell))
}

func (e *Readline) Close() error { return e.rl.Close() }

// toBuffer and fromBuffer convert a cell to readline's one-line buffer and
// back.
func toBuffer(cell string) string {
	cell = strings.ReplaceAll(cell, "\r\n", "\n")
	return strings.ReplaceAll(cell, "\n", string(newlineMark))
}

func fromBuffer(line string) string {
	return strings.ReplaceAll(line, string(newlineMark), "\n")
}

// markPainter draws the newline marks of a recalled cell.
type markPainter struct{}

func (markPainter) Paint(line []rune, pos int) []rune {
	for i, r := range line {
		if r == newlineMark {
			out := append([]rune(nil), line...)
			for j := i; j < len(out); j++ {
				if out[j] == newlineMark {
					out[j] = markGlyph
				}
			}
			return out
		}
	}
	return line
}

// completer adapts a CompleteFunc to readline's AutoCompleter, which
// appends a suffix to the text before the cursor: candidates that do not
// extend the word being completed are left out.
type completer struct{ f CompleteFunc }

func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	if pos < 0 || pos > len(line) {
		return nil, 0
	}
	before := fromBuffer(string(line[:pos]))
	after := fromBuffer(string(line[pos:]))
	start, cands := c.f(before+after, len(before))
	if start < 0 || start > len(before) || len(cands) == 0 {
		return nil, 0
	}
	word := before[start:]
	var out [][]rune
	seen := map[string]bool{}
	for _, cand := range cands {
		if !strings.HasPrefix(cand, word) || seen[cand] {
			continue
		}
		seen[cand] = true
		out = append(out, []rune(cand[len(word):]))
	}
	return out, utf8.RuneCountInString(word)
}

// IsTerminal reports whether f is a terminal.
func IsTerminal(f *os.File) bool {
	return f != nil && readline.IsTerminal(int(f.Fd()))
}
