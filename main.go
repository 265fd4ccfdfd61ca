// Command divergo is an interactive workbench for information theory: a Go
// session with entropy, cross-entropy, KL, Jensen–Shannon and their
// relatives preloaded.
//
//	divergo              the interactive REPL (when standard input is a terminal)
//	divergo FILE         run the cells of FILE ("-": standard input)
//	divergo < FILE       run the cells read from standard input
//	divergo -e INPUT …   run each INPUT as one cell, in order
//	divergo kernel …     the Jupyter kernel and its installer (divergo kernel --help)
//
// Without a terminal, divergo prints what the REPL prints, without prompts:
// results on standard output, errors (with their position) on standard
// error, and exits with status 1 at the first error. See `divergo --help`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/divergo/divergo/gorun"
	"github.com/divergo/divergo/query"
	"github.com/divergo/divergo/repl"
	"github.com/divergo/divergo/session"
	"github.com/divergo/divergo/worker"
)

const usage = `divergo — entropy, KL, Jensen–Shannon and friends in a Go session.

Usage:
  divergo              the interactive REPL (standard input is a terminal)
  divergo FILE         run the cells of FILE ("-" reads standard input)
  divergo < FILE       run the cells piped on standard input
  divergo -e INPUT     run INPUT as one cell; repeat -e for more, run in order
  divergo kernel …     the Jupyter kernel and its installer (divergo kernel --help)
  divergo run F.go A…  run the Go program in F.go with arguments A…, as go run does
  divergo grade …      grade a class's worksheet notebooks (divergo grade --help)
  divergo sql install URL [SCHEMA]
                       install the measures (kl, js, …) as aggregates into a
                       PostgreSQL database, in SCHEMA (default divergo); again replaces them

Flags:
  -e INPUT     a cell to run (repeatable)
  --db DB      the SQL engine and database: FILE (SQLite, created if missing;
               default: SQLite in memory), duckdb: (DuckDB in memory; builds
               with -tags duckdb), duckdb:FILE, or postgres://… (a server)
  --memory-limit SIZE
               the most memory the session may use (4GiB, 512MiB…); default:
               DIVERGO_MEMORY_LIMIT, else the smaller of 4 GiB and half the machine's
  --max-depth N
               the most nested calls of functions declared in cells before a
               cell stops with "stack overflow" (default 100000, or DIVERGO_MAX_DEPTH);
               -1: no limit (calls cost less; a runaway recursion then ends
               the session's worker process, and the session is restored)
  -h, --help   this text

A cell is Go (builtins such as KL, Entropy and JS are in scope without
imports) or a command: .help lists the commands, .doc NAME (or NAME?) shows
the documentation of a builtin or package member, .quit leaves. In a FILE
and on standard input, lines gather into a cell until its Go is complete;
blank lines belong to the cell. From a "// %%" marker line on, a cell runs
from one marker to the next, whole, as a notebook cell does.

Without a terminal, divergo prints what the REPL prints, without prompts:
results on standard output, errors with their position on standard error.
The exit status is 1 at the first error (the cells after it do not run),
n when a cell calls os.Exit(n), 0 otherwise, 2 for a usage error.

The session runs in a worker process of its own: a cell that overflows
the stack, writes a map from two goroutines or passes the memory limit
ends the worker, not divergo. The cell's error says what happened, and
the earlier cells are re-run silently to restore the session.

In the REPL: Tab completes, the up arrow and Ctrl-R search the history (a
multi-line cell comes back whole), Ctrl-C abandons the cell being typed or
interrupts the running one (variables are kept), Ctrl-D quits.

Environment:
  DIVERGO_HISTORY   the REPL's history file (default
                    $XDG_DATA_HOME/divergo/history, else
                    ~/.local/share/divergo/history)
  DIVERGO_PLOT_DIR  where figures are written as PNG files (default
                    ./divergo-plots; .plots DIR changes it)
  NO_COLOR          if set and not empty, errors are not coloured
  DIVERGO_MEMORY_LIMIT  the default of --memory-limit
  DIVERGO_MAX_DEPTH     the default of --max-depth
`

// cells is the repeatable -e flag.
type cells []string

func (c *cells) String() string     { return strings.Join(*c, "\n") }
func (c *cells) Set(s string) error { *c = append(*c, s); return nil }

func main() {
	if len(os.Args) > 1 && os.Args[1] == worker.WorkerArg {
		os.Exit(worker.Main())
	}
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fs := flag.NewFlagSet("divergo", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var inputs cells
	fs.Var(&inputs, "e", "a cell to run (repeatable)")
	fs.StringVar(&database, "db", "", "the SQL database file")
	memory := fs.String("memory-limit", "", "the session's memory limit")
	fs.IntVar(&maxDepth, "max-depth", 0, "the most nested calls of cell functions")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Print(usage)
			return 0
		}
		return usageError(err.Error())
	}
	if *memory != "" {
		n, err := worker.ParseSize(*memory)
		if err != nil {
			return usageError("--memory-limit: " + err.Error())
		}
		memoryLimit = n
	}
	rest := fs.Args()
	if len(rest) > 0 && rest[0] == "kernel" {
		return kernelCommand(rest[1:])
	}
	if len(rest) > 0 && rest[0] == "run" {
		if len(rest) < 2 {
			return usageError("divergo run takes a FILE.go (and its arguments)")
		}
		return gorun.Run(rest[1], rest[2:])
	}
	if len(rest) > 0 && rest[0] == "grade" {
		return gradeCommand(rest[1:])
	}
	if len(rest) > 0 && rest[0] == "sql" {
		return sqlCommand(rest[1:])
	}
	switch {
	case len(rest) > 1:
		return usageError(fmt.Sprintf("one FILE at a time (got %d)", len(rest)))
	case len(rest) == 1 && len(inputs) > 0:
		return usageError("-e and FILE cannot be used together")
	}

	ctx := context.Background()
	if len(inputs) > 0 {
		s, err := newSession(os.Stdin)
		if err != nil {
			return fatal(err)
		}
		defer s.Close()
		b := &repl.Batch{Session: s, Stdout: os.Stdout, Stderr: os.Stderr}
		return b.RunCells(ctx, inputs)
	}
	if len(rest) == 1 {
		name := rest[0]
		src, stdin := io.Reader(os.Stdin), io.Reader(nil)
		if name == "-" {
			name = "stdin"
		} else {
			f, err := os.Open(name)
			if err != nil {
				return fatal(err)
			}
			defer f.Close()
			src, stdin = f, os.Stdin
		}
		s, err := newSession(stdin)
		if err != nil {
			return fatal(err)
		}
		defer s.Close()
		b := &repl.Batch{Session: s, Stdout: os.Stdout, Stderr: os.Stderr}
		return b.RunReader(ctx, src, name)
	}
	if !repl.IsTerminal(os.Stdin) {
		s, err := newSession(nil)
		if err != nil {
			return fatal(err)
		}
		defer s.Close()
		b := &repl.Batch{Session: s, Stdout: os.Stdout, Stderr: os.Stderr}
		return b.RunReader(ctx, os.Stdin, "stdin")
	}
	return interactive(ctx)
}

func interactive(ctx context.Context) int {
	// Ctrl-C while a cell runs (the terminal is in its normal mode then)
	// interrupts the cell; at the prompt, readline reads it as a key.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)

	fmt.Print(repl.Banner)
	opts := sessionOptions(nil)
	opts.MaxOutput = 0 // the default cap: a cell printing without end stays interruptible
	if repl.IsTerminal(os.Stdout) {
		opts.InlineImages = repl.InlineProtocol(os.Getenv)
	}
	s, err := worker.New(worker.Options{Session: opts, MemoryLimit: memoryLimit})
	if err != nil {
		return fatal(err)
	}
	defer s.Close()
	r := &repl.REPL{
		Session:    s,
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Color:      repl.UseColor(os.Stdout),
		Interrupts: sigs,
	}
	hist, entries, err := repl.OpenHistory(repl.HistoryPath())
	if err != nil {
		fmt.Fprintf(os.Stderr, "divergo: no history this time: %v\n", err)
	} else {
		defer hist.Close()
		r.History = hist
	}
	ed, err := repl.NewReadline(entries, r.Complete)
	if err != nil {
		return fatal(err)
	}
	defer ed.Close()
	r.Editor = ed
	if err := r.Run(ctx); err != nil {
		return fatal(err)
	}
	return 0
}

// The flags that configure every session: --db, the file of the
// session's SQL database; --memory-limit (0: worker.DefaultMemoryLimit);
// --max-depth (0: DIVERGO_MAX_DEPTH, else session.DefaultMaxDepth).
var (
	database    string
	memoryLimit int64
	maxDepth    int
)

// newSession starts a session in a supervised worker process, so that no
// cell can take divergo down (package worker).
// These runs stop at the first error, so a crashed worker is not restored
// (its replay would only repeat the earlier cells' effects).
func newSession(stdin io.Reader) (*worker.Supervisor, error) {
	return worker.New(worker.Options{Session: sessionOptions(stdin), MemoryLimit: memoryLimit, NoRestore: true})
}

// sessionOptions are the options of the REPL's session (stdin nil) and of
// the runs without prompts, which print all a cell prints, as `go run`
// would (the REPL caps a cell's output to stay responsive).
func sessionOptions(stdin io.Reader) session.Options {
	return session.Options{Frontend: session.Terminal, Stdin: stdin, Database: database, MaxDepth: maxDepth, MaxOutput: -1}
}

func usageError(msg string) int {
	fmt.Fprintf(os.Stderr, "divergo: %s\nRun 'divergo --help' for usage.\n", msg)
	return 2
}

func fatal(err error) int {
	fmt.Fprintf(os.Stderr, "divergo: %v\n", err)
	return 1
}

// sqlCommand is `divergo sql install URL [SCHEMA]`.
func sqlCommand(args []string) int {
	if len(args) < 2 || len(args) > 3 || args[0] != "install" || !query.IsPostgresURL(args[1]) {
		return usageError("usage: divergo sql install postgres://… [SCHEMA]")
	}
	schema := query.DefaultPostgresSchema
	if len(args) == 3 {
		schema = args[2]
	}
	if err := query.InstallPostgres(context.Background(), args[1], schema); err != nil {
		return fatal(err)
	}
	fmt.Printf("the measures are installed in schema %s of %s\n", schema, query.RedactURL(args[1]))
	return 0
}
