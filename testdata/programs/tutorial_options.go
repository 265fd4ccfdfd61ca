// Functional options and a builder: a Server configured by option
// functions with defaults, a fluent builder whose methods return the
// pointer for chaining, and a validation error from Build.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tags    []string
}

type Option func(*Server)

func WithPort(p int) Option { return func(s *Server) { s.port = p } }

func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }

func WithTags(tags ...string) Option {
	return func(s *Server) { s.tags = append(s.tags, tags...) }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *Server) String() string {
	return fmt.Sprintf("%s:%d timeout=%v tags=%v", s.host, s.port, s.timeout, s.tags)
}

type QueryBuilder struct {
	table string
	where []string
	limit int
}

func From(t string) *QueryBuilder { return &QueryBuilder{table: t} }

func (q *QueryBuilder) Where(c string) *QueryBuilder { q.where = append(q.where, c); return q }

func (q *QueryBuilder) Limit(n int) *QueryBuilder { q.limit = n; return q }

func (q *QueryBuilder) Build() (string, error) {
	if q.table == "" {
		return "", errors.New("no table")
	}
	s := "SELECT * FROM " + q.table
	if len(q.where) > 0 {
		s += " WHERE " + strings.Join(q.where, " AND ")
	}
	if q.limit > 0 {
		s += fmt.Sprintf(" LIMIT %d", q.limit)
	}
	return s, nil
}

func main() {
	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.org", WithPort(8443), WithTimeout(5*time.Second), WithTags("a", "b"), WithTags("c")))
	opts := []Option{WithPort(1)}
	opts = append(opts, WithPort(2))
	fmt.Println(NewServer("h", opts...).port)

	fmt.Println(From("users").Where("age > 18").Where("active").Limit(10).Build())
	fmt.Println(From("").Build())
}
