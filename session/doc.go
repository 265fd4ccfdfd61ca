package session

// A cell flows one way through stages, each a package under session/ that
// imports nothing of package session, which runs them in turn (Eval) and
// keeps the API of the front ends (Session, New, Options, the command
// table, completion, documentation, SQL cells):
//
//   - cells: split a file into cells, classify a cell (command, shell line,
//     cell magic, SQL or Go), answer IsComplete, parse Go into chunks.
//   - check: type-check a Go cell against the session's declarations; a
//     cell Go rejects stops here and changes nothing.
//   - lower: rewrite the cell for yaegi, one named pass per workaround
//     (lower.Passes; the passes that need the interpreter's state — top-level
//     defines from generic calls, the recursion counter's calls — are still
//     in eval.go and depth.go).
//   - run: watch the running cell (recursion depth, deadlock, os.Exit and
//     log.Fatal, yaegi's kept ASTs).
//   - render: show values as tables and short texts.
//
// How a cell runs, and the interpreter's traps it works around
// (yaegi v0.16.1; see DESIGN.md, "The interpreter, as it really is"):
//
//   - The cell is scanned and split at top-level semicolons into chunks
//     (declarations: import, func, method, type, var, const; statements).
//     Consecutive chunks of one kind form a piece; yaegi gets each piece as
//     one source, preceded by the cell's earlier text blanked, so that
//     yaegi's lines and columns are the cell's. Every piece compiles before
//     any runs (except before a definition from a generic call, below).
//   - The trailing expression is compiled as __divergoShow(expr), an
//     interpreted function that passes every value to the native
//     __divergo.Show; a lone value of a type declared in a cell is first
//     tested against display's renderer interfaces inside the interpreter
//     (reflection cannot see its methods) and shown as the bundle its
//     methods build (session.go, showValue). A void call fails to compile that way and
//     is compiled again as a plain statement: nothing runs twice. fmt's
//     Print family and Write methods are run as statements (their output
//     has already appeared). A lone nil, or a nil last of several values, is
//     dropped. A direct call of a measure (measureUnits) gets its unit.
//   - `for i := range n`: rewritten to a three-clause loop when n is visibly
//     an integer (literal, len, cap, conversion); otherwise, if yaegi fails
//     to compile the piece, ranged over __divergo.RangeInt(n) (0..n-1; the
//     indices of a slice; a clear message for functions, maps, strings).
//     The loop variable is then an int whatever n's type.
//   - min and max are generic functions of the prelude (literal arguments
//     are moved after the others, since yaegi infers the type from the
//     first; all-literal calls with a float become float64); clear is
//     native. `x := genericCall()` at top level, which yaegi cannot type,
//     runs as Show(genericCall()) and then `x := Stashed(0).(T)` with the
//     value's dynamic type.
//   - `go f(a, b)` becomes a block that evaluates f, a and b and starts a
//     goroutine that recovers a panic and hands it to the session: it is the
//     error of the running cell, or is written to standard error at the
//     start of the next one. time.AfterFunc's callbacks recover a panic
//     too, reported at the start of the next cell.
//   - Redefining a type with a different definition is refused before
//     anything runs (yaegi silently keeps the first one, #1410). Functions
//     and variables can be redefined with new types.
//   - Inputs that overflow yaegi's stack (a fatal error, unrecoverable) are
//     refused first: a function's name used as a type in its signature, a
//     type that contains itself by value.
//   - Compile panics (yaegi's "nil type") become errors; "definition loop"
//     and "incomplete type" messages become "undefined: name" when the front
//     end finds the unresolved name. yaegi's "1:28: panic: f(...)" lines on
//     standard error are filtered out; Go's standard logger, which yaegi
//     uses for internal errors, is sent to io.Discard by New.
//   - Interrupts use ExecuteWithContext: Eval returns at once; interpreted
//     loops stop at their next step; a native call that blocks keeps its
//     goroutine until it returns.
//
// Around the cells (commands.go, complete.go, docs.go, render/, cells/):
//
//   - Commands: one table (addCommand) for both front ends. In the Terminal
//     front end a cell whose first line starts with .name or :name is a
//     command, in the Notebook front end %name; NAME? is .doc NAME. Each
//     command says where it works. .quit returns ErrQuit.
//   - Files of cells (.read, .write, divergo FILE): SplitCells and JoinCells
//     (package cells). Lines accumulate until the Go is complete; a file
//     with "// %%" lines has one cell between markers, which .write uses
//     when a cell would not run back the same split at its complete lines.
//   - Completion evaluates only identifiers and selectors of declared
//     variables (through a copy: func() any { t := x.y; return &t }()), and
//     for a call takes the function's result type without calling it.
//   - Documentation is docs.json.gz, generated from the Go sources of the
//     packages in scope by internal/docgen and embedded.
//   - Results that are tables (slices of structs, maps, matrices, slices of
//     slices, long slices of numbers, builtins breakdowns) become a
//     display.Table bundle: text, HTML, Markdown, JSON (LaTeX too for a
//     breakdown's formula).
//   - yaegi keeps every compiled cell's AST (Interpreter.roots, read only by
//     its debugger): run.ReleaseRoots drops it after each cell.
//
// Known limits: .type and .vars name a cell's struct types only when the
// value's type is exactly the declared one; String methods of types declared in cells are not used
// when results are shown (yaegi's reflection of interpreted methods is
// unreliable; values print with fmt.Sprint of their native form);
// declarations run in the cell's order, so a function cannot call one
// declared after an intervening statement in the same cell; a runtime
// error forgets the names of every statement of its run of statements,
// those before the failing one included (package check); Go's "[5] with
// length 3" is missing from an index out of range. A cell Go rejects is
// refused by the type checker (package check) and changes nothing; where
// the checker cannot judge (a name of unknown type, a package it cannot
// import) the cell runs unchecked. Loop variables are per iteration (Go
// 1.22) by a rewrite (lower.Passes.LoopVars).
