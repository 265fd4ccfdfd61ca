package query

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
)

// csvScanner reads CSV records as encoding/csv does with its defaults
// (RFC 4180: fields separated by commas, "quoted" fields that may hold
// commas, doubled quotes and line breaks, \r\n or \n line ends, empty lines
// skipped, a bare quote in an unquoted field an error) but hands out each
// record's fields as byte slices into its own buffer, valid until the next
// read: a line without quotes is split where it lies, with no copy and no
// allocation. ImportCSV converts the fields at once (bench/README.md: the
// reader was half of the import's time).
type csvScanner struct {
	r      *bufio.Reader
	sep    byte     // the field separator: ',' unless newCSVReaderSep says
	line   int      // the line the last record started on
	next   int      // the line the next record starts on
	fields [][]byte // the last record's fields
	buf    []byte   // a record that needed copying (quotes, long lines)
	ends   []int    // where each field of buf ends
}

func newCSVReader(r io.Reader) *csvScanner { return newCSVReaderSep(r, ',') }

// newCSVReaderSep reads records whose fields are separated by sep (';',
// '\t', '|' …) instead of commas; quotes work as in RFC 4180.
func newCSVReaderSep(r io.Reader, sep byte) *csvScanner {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 1<<16)
	}
	if sep == 0 {
		sep = ','
	}
	return &csvScanner{r: br, next: 1, sep: sep}
}

// FieldPos returns the line the last record started on (as csv.Reader's
// FieldPos(0) does; the column is not kept).
func (s *csvScanner) FieldPos(int) (line, column int) { return s.line, 1 }

// Read returns the next record as strings; io.EOF after the last.
func (s *csvScanner) Read() ([]string, error) {
	f, err := s.ReadFields()
	if err != nil {
		return nil, err
	}
	out := make([]string, len(f))
	for i, b := range f {
		out[i] = string(b)
	}
	return out, nil
}

// readLine returns the next physical line without its line end; long lines
// are gathered into buf.
func (s *csvScanner) readLine() ([]byte, error) {
	l, err := s.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		s.buf = append(s.buf[:0], l...)
		for err == bufio.ErrBufferFull {
			l, err = s.r.ReadSlice('\n')
			s.buf = append(s.buf, l...)
		}
		l = s.buf
	}
	if len(l) > 0 && err == io.EOF {
		err = nil // a last line without a line end
	}
	if err != nil {
		return nil, err
	}
	s.next++
	l = bytes.TrimSuffix(l, []byte("\n"))
	return bytes.TrimSuffix(l, []byte("\r")), nil
}

// ReadFields returns the next record's fields, valid until the next call;
// io.EOF after the last. A malformed record is a *csv.ParseError.
func (s *csvScanner) ReadFields() ([][]byte, error) {
	var l []byte
	for {
		s.line = s.next
		var err error
		if l, err = s.readLine(); err != nil {
			return nil, err
		}
		if len(l) > 0 {
			break // empty lines are skipped, as encoding/csv does
		}
	}
	s.fields = s.fields[:0]
	if bytes.IndexByte(l, '"') < 0 {
		for {
			i := bytes.IndexByte(l, s.sep)
			if i < 0 {
				s.fields = append(s.fields, l)
				return s.fields, nil
			}
			s.fields = append(s.fields, l[:i])
			l = l[i+1:]
		}
	}
	return s.quoted(l)
}

// quoted parses a record with quotes into buf, reading more lines while a
// quoted field goes on.
func (s *csvScanner) quoted(l []byte) ([][]byte, error) {
	var rec []byte
	if len(s.buf) > 0 && len(l) > 0 && &l[0] == &s.buf[0] {
		rec = append([]byte(nil), l...) // the line lives in buf, which is rebuilt below
	} else {
		rec = l
	}
	s.buf, s.ends = s.buf[:0], s.ends[:0]
	parseErr := func(line int, err error) error {
		return &csv.ParseError{StartLine: s.line, Line: line, Column: 1, Err: err}
	}
	line := s.line
	for {
		// A field starts here.
		if len(rec) == 0 || rec[0] != '"' {
			i := bytes.IndexByte(rec, s.sep)
			f := rec
			if i >= 0 {
				f = rec[:i]
			}
			if bytes.IndexByte(f, '"') >= 0 {
				return nil, parseErr(line, csv.ErrBareQuote)
			}
			s.buf = append(s.buf, f...)
			s.ends = append(s.ends, len(s.buf))
			if i < 0 {
				break
			}
			rec = rec[i+1:]
			continue
		}
		// A quoted field: to the quote not doubled, across lines.
		rec = rec[1:]
		for {
			i := bytes.IndexByte(rec, '"')
			if i < 0 {
				s.buf = append(s.buf, rec...)
				next, err := s.readLine()
				if err == io.EOF {
					return nil, parseErr(line, errors.New(`extraneous or missing " in quoted-field`))
				}
				if err != nil {
					return nil, err
				}
				line++
				s.buf = append(s.buf, '\n')
				rec = append([]byte(nil), next...)
				continue
			}
			s.buf = append(s.buf, rec[:i]...)
			rec = rec[i+1:]
			if len(rec) > 0 && rec[0] == '"' {
				s.buf = append(s.buf, '"')
				rec = rec[1:]
				continue
			}
			break
		}
		s.ends = append(s.ends, len(s.buf))
		switch {
		case len(rec) == 0:
		case rec[0] == s.sep:
			rec = rec[1:]
			continue
		default:
			return nil, parseErr(line, csv.ErrQuote)
		}
		break
	}
	start := 0
	for _, e := range s.ends {
		s.fields = append(s.fields, s.buf[start:e:e])
		start = e
	}
	return s.fields, nil
}
