package display

// A Sampler keeps, of rows that arrive one at a time, only those a table
// shows — the first and the last — and counts the others, so that a
// query of 10⁶ rows is shown holding 20 of them. Its zero value keeps what
// a table of DefaultMaxRows shows.
type Sampler struct {
	// MaxRows is the table's MaxRows: 0 for DefaultMaxRows, negative to
	// keep every row. Set it before the first Add.
	MaxRows int

	head [][]any
	tail [][]any // the last rows, a ring once full
	next int     // where the next row goes in the full ring
	n    int     // rows added
}

// Add adds the next row. The sampler keeps the row (it must not be changed
// afterwards) or drops it; a row it kept and has now dropped comes back as
// recycled, for the caller to fill again (recycled is nil otherwise).
func (s *Sampler) Add(row []any) (recycled []any) {
	s.n++
	// The head and tail of a table of more rows than any: once they are
	// full, every row goes to the tail's ring.
	nh, nt := Shown(int(^uint(0)>>1), s.MaxRows)
	switch {
	case len(s.head) < nh:
		s.head = append(s.head, row)
	case len(s.tail) < nt:
		s.tail = append(s.tail, row)
	case nt == 0:
		recycled = row
	default:
		recycled = s.tail[s.next]
		s.tail[s.next] = row
		s.next = (s.next + 1) % nt
	}
	return recycled
}

// Len returns the number of rows added.
func (s *Sampler) Len() int { return s.n }

// Table returns the table of the rows added: every row, or the first and
// last with the count of those left out between them (Table.Omitted). Its
// MaxRows is the sampler's, or 0 when the sampler kept every row.
func (s *Sampler) Table(columns ...string) *Table {
	t := &Table{Columns: columns, MaxRows: max(s.MaxRows, 0)}
	rows := make([][]any, 0, len(s.head)+len(s.tail))
	rows = append(rows, s.head...)
	rows = append(rows, s.tail[s.next:]...)
	rows = append(rows, s.tail[:s.next]...)
	t.Rows = rows
	if kept := len(rows); kept < s.n {
		t.Omitted, t.Head = s.n-kept, len(s.head)
	}
	return t
}
