package session

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/divergo/divergo/display"
)

// Shell commands and gophernotes' magics.
//
// A cell that starts with $ runs the rest of the cell as a command of the
// system's shell (sh -c), as gophernotes does: `$ls -l` or `$ head data.csv`.
// Its output streams into the cell's output as it comes; a non-zero exit
// status is the cell's error; interrupting the cell kills the command.
// .cd DIR (%cd in notebooks) changes the session's working directory;
// %go111module is accepted for gophernotes notebooks and does nothing.

// shellLine returns the command line of a $ cell or of GoNB's !cmd (a
// line starting with ! that is not Go, see shellBang), and whether it is
// !*cmd, which runs in the session's temporary directory.
func (s *Session) shellLine(cell string) (line string, tmp, ok bool) {
	t := strings.TrimLeftFunc(cell, unicode.IsSpace)
	switch {
	case strings.HasPrefix(t, "$"):
		return strings.TrimSpace(t[1:]), false, true
	case strings.HasPrefix(t, "!*"):
		return strings.TrimSpace(t[2:]), true, true
	case strings.HasPrefix(t, "!"):
		first, _, _ := strings.Cut(t, "\n")
		if s.shellBang(strings.TrimSpace(first)) {
			return strings.TrimSpace(t[1:]), false, true
		}
	}
	return "", false, false
}

// shellQuote quotes a word for sh.
func shellQuote(w string) string { return "'" + strings.ReplaceAll(w, "'", `'\''`) + "'" }

// runShell runs a $ or ! line, or a %%sh cell, with shell ("sh" or "bash").
func (s *Session) runShell(ctx context.Context, line string, out Output, shell string) (*display.Data, error) {
	if strings.TrimSpace(line) == "" {
		return nil, &Error{Msg: "usage: $COMMAND ARGS (a command of the system's shell)"}
	}
	if shell != "sh" && shell != "bash" {
		return nil, &Error{Msg: fmt.Sprintf("%%%%script %s: only sh and bash are supported", shell)}
	}
	cmd := exec.CommandContext(ctx, shell, "-c", line)
	cmd.Stdout = outputWriter{out.Stdout}
	cmd.Stderr = outputWriter{out.Stderr}
	cmd.Stdin = nil
	// An interrupt ends the command and everything it started (its process
	// group, where the system has them), and Run does not wait for a
	// background child that keeps the output open.
	killGroup(cmd)
	cmd.WaitDelay = 500 * time.Millisecond
	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, &Error{Msg: "interrupted"}
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return nil, &Error{Msg: fmt.Sprintf("$%s: exit status %d", firstLineOf(line), exit.ExitCode())}
	case err != nil:
		return nil, &Error{Msg: fmt.Sprintf("$%s: %v", firstLineOf(line), err)}
	}
	return nil, nil
}

// outputWriter sends a command's output to a stream of the cell's output.
type outputWriter struct{ emit func(string) }

func (w outputWriter) Write(p []byte) (int, error) {
	w.emit(string(p))
	return len(p), nil
}

func init() {
	addCommand(&command{name: "cd", args: "[DIR]", summary: "change the working directory (alone: to the home directory); shows the new one", run: (*Session).cmdCd})
	addCommand(&command{name: "go111module", args: "[on|off]", where: notebookOnly,
		summary: "accepted for gophernotes notebooks; modules need no setting here", run: (*Session).cmdGo111module})
}

func (s *Session) cmdCd(ctx context.Context, c *call) (*display.Data, error) {
	dir := c.args
	if dir == "" || dir == "~" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, &Error{Msg: "cd: " + err.Error()}
		}
		dir = home
	} else if strings.HasPrefix(dir, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, dir[2:])
		}
	}
	if err := os.Chdir(dir); err != nil {
		return nil, &Error{Msg: "cd: " + strings.TrimPrefix(err.Error(), "chdir ")}
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, &Error{Msg: "cd: " + err.Error()}
	}
	return text(wd), nil
}

func (s *Session) cmdGo111module(ctx context.Context, c *call) (*display.Data, error) {
	return text("go111module: nothing to set: divergo's interpreter needs no module mode"), nil
}
