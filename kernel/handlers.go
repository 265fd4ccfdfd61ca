package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// cellOutput publishes what a running cell shows on iopub. Stream text
// is coalesced a little: it is published coalesceDelay after the first
// unpublished write, before any other output, at the end of the cell, or
// when streamLimit bytes have gathered.
type cellOutput struct {
	k      *Kernel
	parent *Message
	silent bool

	mu    sync.Mutex
	name  string          // the stream buffered: "stdout" or "stderr"
	buf   strings.Builder // its text not yet published
	timer *time.Timer     // publishes buf; nil when buf is empty
}

const (
	coalesceDelay = 20 * time.Millisecond
	streamLimit   = 64 << 10
)

func (o *cellOutput) stream(name, text string) {
	if o.silent || text == "" {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.buf.Len() > 0 && o.name != name {
		o.flushLocked()
	}
	o.name = name
	o.buf.WriteString(text)
	if o.buf.Len() >= streamLimit {
		o.flushLocked()
		return
	}
	if o.timer == nil {
		o.timer = time.AfterFunc(coalesceDelay, o.flush)
	}
}

// flush publishes the buffered stream text.
func (o *cellOutput) flush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
}

func (o *cellOutput) flushLocked() {
	if o.timer != nil {
		o.timer.Stop()
		o.timer = nil
	}
	if o.buf.Len() == 0 {
		return
	}
	o.k.publish("stream", o.parent, map[string]any{"name": o.name, "text": o.buf.String()})
	o.buf.Reset()
}

// other publishes a message that is not stream text, after the buffered
// stream text.
func (o *cellOutput) other(msgType string, content any) {
	if o.silent {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	o.k.publish(msgType, o.parent, content)
}

func (o *cellOutput) Stdout(text string) { o.stream("stdout", text) }
func (o *cellOutput) Stderr(text string) { o.stream("stderr", text) }

func (o *cellOutput) Display(d display.Data) {
	o.other("display_data", bundle(d, nil))
}

func (o *cellOutput) Update(id string, d display.Data) {
	c := bundle(d, nil)
	c["transient"].(map[string]any)["display_id"] = id
	o.other("update_display_data", c)
}

func (o *cellOutput) Clear(wait bool) {
	o.other("clear_output", map[string]any{"wait": wait})
}

// bundle is the content of a display_data or execute_result message.
// []byte values (image/png, …) are base64 by encoding/json, as Jupyter
// wants them.
func bundle(d display.Data, extra map[string]any) map[string]any {
	data := map[string]any{}
	for k, v := range d.Data {
		data[k] = v
	}
	meta := map[string]any{}
	for k, v := range d.Metadata {
		meta[k] = v
	}
	transient := map[string]any{}
	for k, v := range d.Transient {
		transient[k] = v
	}
	c := map[string]any{"data": data, "metadata": meta, "transient": transient}
	for k, v := range extra {
		c[k] = v
	}
	return c
}

func (k *Kernel) execute(r *request) {
	var c struct {
		Code         string            `json:"code"`
		Silent       bool              `json:"silent"`
		StoreHistory *bool             `json:"store_history"`
		StopOnError  *bool             `json:"stop_on_error"`
		AllowStdin   *bool             `json:"allow_stdin"`
		UserExprs    map[string]string `json:"user_expressions"`
	}
	if err := json.Unmarshal(r.msg.Content, &c); err != nil {
		r.reply("execute_reply", map[string]any{"status": "error", "ename": "BadRequest", "evalue": err.Error(), "traceback": []string{err.Error()}, "execution_count": k.count()})
		return
	}
	store := !c.Silent && (c.StoreHistory == nil || *c.StoreHistory)
	stopOnError := c.StopOnError == nil || *c.StopOnError

	k.mu.Lock()
	if store {
		k.execCount++
	}
	n := k.execCount
	ctx, cancel := context.WithCancel(k.ctx)
	k.running = cancel
	k.mu.Unlock()
	defer func() {
		k.mu.Lock()
		k.running = nil
		k.mu.Unlock()
		cancel()
	}()

	if !c.Silent {
		k.publish("execute_input", r.msg, map[string]any{"code": c.Code, "execution_count": n})
	}
	out := &cellOutput{k: k, parent: r.msg, silent: c.Silent}
	k.beginInput(r, c.AllowStdin == nil || *c.AllowStdin, ctx, out)
	res, err := k.evalSafely(ctx, c.Code, out)
	k.endInput()
	out.flush()
	var shown string
	payload := []any{}
	if err == nil && res != nil && !c.Silent && len(res.Data) > 0 {
		if page, _ := res.Metadata[session.MetaPage].(bool); page {
			// Documentation (KL?, %doc KL) goes to the front end's pager.
			payload = append(payload, map[string]any{"source": "page", "data": bundle(*res, nil)["data"], "start": 0})
		} else {
			k.publish("execute_result", r.msg, bundle(*res, map[string]any{"execution_count": n}))
			if s, ok := res.Data["text/plain"].(string); ok {
				shown = s
			}
		}
	}
	if store {
		k.mu.Lock()
		k.history = append(k.history, historyEntry{line: n, input: c.Code, output: shown})
		k.mu.Unlock()
	}
	if err != nil {
		ename, evalue, tb := errorFields(err, ctx)
		content := map[string]any{"ename": ename, "evalue": evalue, "traceback": tb}
		if !c.Silent {
			k.publish("error", r.msg, content)
		}
		content["status"] = "error"
		content["execution_count"] = n
		content["user_expressions"] = map[string]any{}
		// stop_on_error aborts the execute requests already queued when
		// this reply leaves, not those the client sends after seeing it.
		var aborted []*Message
		if stopOnError {
			aborted = k.takeQueuedExecutes()
		}
		r.reply("execute_reply", content)
		for _, m := range aborted {
			a := &request{k: k, sock: k.shell, mu: &k.shellMu, msg: m}
			k.publishStatus("busy", m)
			a.reply("execute_reply", map[string]any{"status": "aborted", "execution_count": k.count()})
			k.publishStatus("idle", m)
		}
		return
	}
	r.reply("execute_reply", map[string]any{"status": "ok", "execution_count": n, "user_expressions": k.userExpressions(ctx, c.UserExprs), "payload": payload})
}

// userExpressions evaluates the execute_request's user_expressions after
// its cell, each as a cell of its own whose output is dropped: name →
// its result bundle (status ok, data, metadata) or its error (status
// error, ename, evalue, traceback).
func (k *Kernel) userExpressions(ctx context.Context, exprs map[string]string) map[string]any {
	out := map[string]any{}
	for name, code := range exprs {
		res, err := k.evalSafely(ctx, code, discard{})
		if err != nil {
			ename, evalue, tb := errorFields(err, ctx)
			out[name] = map[string]any{"status": "error", "ename": ename, "evalue": evalue, "traceback": tb}
			continue
		}
		d := display.Data{Data: display.MIMEMap{display.MIMETypeText: ""}}
		if res != nil {
			d = *res
		}
		b := bundle(d, nil)
		out[name] = map[string]any{"status": "ok", "data": b["data"], "metadata": b["metadata"]}
	}
	return out
}

// discard is the output of a user expression: nothing of it is shown.
type discard struct{}

func (discard) Stdout(string)               {}
func (discard) Stderr(string)               {}
func (discard) Display(display.Data)        {}
func (discard) Update(string, display.Data) {}
func (discard) Clear(bool)                  {}

// evalSafely runs a cell; a panic escaping the session is its error.
func (k *Kernel) evalSafely(ctx context.Context, code string, out session.Output) (res *display.Data, err error) {
	defer func() {
		if e := recover(); e != nil {
			k.log.Printf("panic in a cell: %v", e)
			res, err = nil, &panicError{e}
		}
	}()
	return k.sess.Eval(ctx, code, out)
}

type panicError struct{ v any }

func (p *panicError) Error() string { return "panic: " + strings.TrimSpace(sprint(p.v)) }

func sprint(v any) string {
	switch v := v.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return fmt.Sprint(v)
}

// errorFields are the ename, evalue and traceback of a cell's error.
func errorFields(err error, ctx context.Context) (ename, evalue string, traceback []string) {
	msg := err.Error()
	var se *session.Error
	switch {
	case ctx.Err() != nil && (errors.Is(err, context.Canceled) || strings.Contains(msg, "interrupted")):
		ename = "Interrupted"
	case errors.As(err, &se):
		ename = "Error"
	case errors.Is(err, session.ErrQuit):
		ename = "Quit"
	default:
		ename = "Error"
	}
	lines := strings.Split(strings.TrimRight(msg, "\n"), "\n")
	evalue = lines[0]
	return ename, evalue, lines
}

// takeQueuedExecutes removes the execute requests waiting in the shell
// queue and returns them; other requests stay queued, in order. It runs on
// the shell worker, so nothing else drains the queue meanwhile.
func (k *Kernel) takeQueuedExecutes() []*Message {
	var execs, keep []*Message
	for len(k.shellQueue) > 0 {
		m := <-k.shellQueue
		if m.Header.MsgType == "execute_request" {
			execs = append(execs, m)
		} else {
			keep = append(keep, m)
		}
	}
	for _, m := range keep {
		select {
		case k.shellQueue <- m:
		default:
			k.log.Printf("shell queue full: %s dropped", m.Header.MsgType)
		}
	}
	return execs
}

func (k *Kernel) count() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.execCount
}

func (k *Kernel) isComplete(r *request) {
	var c struct {
		Code string `json:"code"`
	}
	json.Unmarshal(r.msg.Content, &c)
	status := session.IsComplete(c.Code).String()
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = nextIndent(c.Code)
	}
	r.reply("is_complete_reply", content)
}

// nextIndent is the indentation of the line after an incomplete cell:
// that of its last line that is not blank, one tab more after an opening
// {, ( or [ (gofmt's layout).
func nextIndent(code string) string {
	lines := strings.Split(code, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimRight(lines[i], " \t\r")
		if l == "" {
			continue
		}
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if strings.HasSuffix(l, "{") || strings.HasSuffix(l, "(") || strings.HasSuffix(l, "[") {
			indent += "\t"
		}
		return indent
	}
	return ""
}

// byteOffset converts a cursor in Unicode code points to a byte offset.
func byteOffset(s string, cursor int) int {
	if cursor < 0 {
		return 0
	}
	i := 0
	for n := 0; n < cursor && i < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// codePoints converts a byte offset to a cursor in Unicode code points.
func codePoints(s string, off int) int {
	off = max(0, min(off, len(s)))
	return utf8.RuneCountInString(s[:off])
}

func (k *Kernel) complete(r *request) {
	var c struct {
		Code      string `json:"code"`
		CursorPos *int   `json:"cursor_pos"`
	}
	json.Unmarshal(r.msg.Content, &c)
	cursor := utf8.RuneCountInString(c.Code)
	if c.CursorPos != nil {
		cursor = *c.CursorPos
	}
	off := byteOffset(c.Code, cursor)
	start, matches := k.sess.Complete(c.Code, off)
	if matches == nil {
		matches = []string{}
	}
	r.reply("complete_reply", map[string]any{
		"status":       "ok",
		"matches":      matches,
		"cursor_start": codePoints(c.Code, start),
		"cursor_end":   codePoints(c.Code, off),
		"metadata":     map[string]any{},
	})
}

// nameAt is the dotted identifier at or just before a byte offset.
func nameAt(code string, off int) string {
	isName := func(r rune) bool { return r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r) }
	start, end := off, off
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(code[:start])
		if !isName(r) {
			break
		}
		start -= size
	}
	for end < len(code) {
		r, size := utf8.DecodeRuneInString(code[end:])
		if !isName(r) {
			break
		}
		end += size
	}
	return strings.Trim(code[start:end], ".")
}

func (k *Kernel) inspect(r *request) {
	var c struct {
		Code      string `json:"code"`
		CursorPos *int   `json:"cursor_pos"`
	}
	json.Unmarshal(r.msg.Content, &c)
	cursor := utf8.RuneCountInString(c.Code)
	if c.CursorPos != nil {
		cursor = *c.CursorPos
	}
	name := nameAt(c.Code, byteOffset(c.Code, cursor))
	content := map[string]any{"status": "ok", "found": false, "data": map[string]any{}, "metadata": map[string]any{}}
	if name != "" {
		if doc, err := k.sess.Doc(name); err == nil && strings.TrimSpace(doc) != "" {
			content["found"] = true
			content["data"] = map[string]any{"text/plain": doc, "text/markdown": docMarkdown(doc)}
		}
	}
	r.reply("inspect_reply", content)
}

// docMarkdown renders a doc text as Markdown: a leading declaration
// paragraph (func, type, var, const, package) becomes a Go code block; the
// rest, whose examples are tab-indented, is Markdown as it is.
func docMarkdown(doc string) string {
	decl, rest, _ := strings.Cut(doc, "\n\n")
	for _, kw := range []string{"func ", "type ", "var ", "const ", "package "} {
		if strings.HasPrefix(decl, kw) {
			return "```go\n" + decl + "\n```\n\n" + rest
		}
	}
	return doc
}

// historySession is the session number of every history entry: the
// history lives as long as the kernel.
const historySession = 1

func (k *Kernel) historyRequest(r *request) {
	var c struct {
		Output  bool   `json:"output"`
		Raw     bool   `json:"raw"`
		Access  string `json:"hist_access_type"`
		Session int    `json:"session"`
		Start   int    `json:"start"`
		Stop    *int   `json:"stop"`
		N       *int   `json:"n"`
		Pattern string `json:"pattern"`
		Unique  bool   `json:"unique"`
	}
	json.Unmarshal(r.msg.Content, &c)
	k.mu.Lock()
	all := append([]historyEntry(nil), k.history...)
	k.mu.Unlock()

	var picked []historyEntry
	switch c.Access {
	case "tail":
		n := len(all)
		if c.N != nil && *c.N >= 0 {
			n = min(*c.N, len(all))
		}
		picked = all[len(all)-n:]
	case "range":
		if c.Session <= 0 || c.Session == historySession {
			for _, e := range all {
				if e.line >= c.Start && (c.Stop == nil || e.line < *c.Stop) {
					picked = append(picked, e)
				}
			}
		}
	case "search":
		pattern := c.Pattern
		if pattern == "" {
			pattern = "*"
		}
		seen := map[string]bool{}
		for i := len(all) - 1; i >= 0; i-- { // newest first, to keep the last of duplicates
			e := all[i]
			if !globMatch(pattern, e.input) {
				continue
			}
			if c.Unique {
				if seen[e.input] {
					continue
				}
				seen[e.input] = true
			}
			picked = append(picked, e)
			if c.N != nil && *c.N > 0 && len(picked) == *c.N {
				break
			}
		}
		for i, j := 0, len(picked)-1; i < j; i, j = i+1, j-1 {
			picked[i], picked[j] = picked[j], picked[i]
		}
	}
	entries := make([]any, 0, len(picked))
	for _, e := range picked {
		if c.Output {
			entries = append(entries, []any{historySession, e.line, []any{e.input, e.output}})
		} else {
			entries = append(entries, []any{historySession, e.line, e.input})
		}
	}
	r.reply("history_reply", map[string]any{"status": "ok", "history": entries})
}

// globMatch matches a glob pattern (* and ? only, as IPython's history
// search) against the whole of s, across newlines and slashes.
func globMatch(pattern, s string) bool {
	if pattern == "" {
		return s == ""
	}
	switch pattern[0] {
	case '*':
		for i := 0; i <= len(s); i++ {
			if globMatch(pattern[1:], s[i:]) {
				return true
			}
		}
		return false
	case '?':
		if s == "" {
			return false
		}
		_, size := utf8.DecodeRuneInString(s)
		return globMatch(pattern[1:], s[size:])
	}
	return s != "" && s[0] == pattern[0] && globMatch(pattern[1:], s[1:])
}
