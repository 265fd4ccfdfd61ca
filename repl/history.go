package repl

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// HistoryLimit is the number of cells the REPL remembers.
const HistoryLimit = 1000

// HistoryPath is where the REPL keeps its history: $DIVERGO_HISTORY if set,
// else $XDG_DATA_HOME/divergo/history, else ~/.local/share/divergo/history.
// It returns "" when no home directory is known.
func HistoryPath() string {
	if p := os.Getenv("DIVERGO_HISTORY"); p != "" {
		return p
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "divergo", "history")
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, ".local", "share", "divergo", "history")
}

// History is the history file: one line per cell, with the cell's line
// breaks and backslashes escaped (EncodeEntry), so that a multi-line cell
// comes back whole. Each cell is appended with one write and synced at once:
// a crash loses nothing that was saved, and sessions running side by side
// interleave whole entries.
type History struct {
	f    *os.File
	last string // the last entry, not repeated
}

// OpenHistory opens (creating it and its directory if needed) the history
// file at path and returns it with its newest entries, oldest first, at
// most HistoryLimit of them.
func OpenHistory(path string) (*History, []string, error) {
	if path == "" {
		return nil, nil, errors.New("no history file: set DIVERGO_HISTORY or HOME")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, err
	}
	entries := ParseHistory(data)
	if len(entries) > 4*HistoryLimit {
		// Keep the file from growing without end: rewrite it with the
		// newest entries, through a temporary file and a rename.
		entries = entries[len(entries)-HistoryLimit:]
		if err := rewriteHistory(path, entries); err != nil {
			return nil, nil, err
		}
		data = nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, nil, err
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		// A line cut short (a crash of an older writer, an editor): end it,
		// so that the next entry starts on its own line.
		if _, err := f.Write([]byte{'\n'}); err != nil {
			f.Close()
			return nil, nil, err
		}
	}
	h := &History{f: f}
	if len(entries) > HistoryLimit {
		entries = entries[len(entries)-HistoryLimit:]
	}
	if len(entries) > 0 {
		h.last = entries[len(entries)-1]
	}
	return h, entries, nil
}

// ParseHistory decodes the entries of a history file's contents.
func ParseHistory(data []byte) []string {
	var entries []string
	for _, line := range bytes.Split(data, []byte{'\n'}) {
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		entries = append(entries, DecodeEntry(string(line)))
	}
	return entries
}

func rewriteHistory(path string, entries []string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".history-*")
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(EncodeEntry(e) + "\n")
	}
	_, err = tmp.WriteString(b.String())
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// Add appends a cell to the file and syncs it. Blank cells and a repeat of
// the previous entry are not saved.
func (h *History) Add(cell string) error {
	if h == nil || strings.TrimSpace(cell) == "" || cell == h.last {
		return nil
	}
	h.last = cell
	if _, err := h.f.WriteString(EncodeEntry(cell) + "\n"); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	if err := h.f.Sync(); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	return nil
}

// Close closes the file.
func (h *History) Close() error {
	if h == nil {
		return nil
	}
	return h.f.Close()
}

// EncodeEntry is a cell as one line of the history file: a backslash
// becomes `\\`, a line break `\n`, a carriage return `\r`.
func EncodeEntry(cell string) string {
	if !strings.ContainsAny(cell, "\\\n\r") {
		return cell
	}
	var b strings.Builder
	for i := 0; i < len(cell); i++ {
		switch c := cell[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// DecodeEntry undoes EncodeEntry. A backslash before any other character
// (a file edited by hand) is kept as it is.
func DecodeEntry(line string) string {
	if !strings.Contains(line, `\`) {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '\\' && i+1 < len(line) {
			switch line[i+1] {
			case '\\':
				b.WriteByte('\\')
				i++
				continue
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case 'r':
				b.WriteByte('\r')
				i++
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}
