package kernel

// This file implements standard input for cells: what fmt.Scan*, a
// bufio.Reader or Scanner on os.Stdin, or os.Stdin.Read ask for, the kernel
// asks the client for with an input_request on the stdin socket (to the
// identity of the execute_request, with it as parent), and the client's
// input_reply answers, one line at a time. A client that sent the
// execute_request with allow_stdin false (nbclient, a silent request) has
// no one to ask: the cell reads end of file, with a note on its standard
// error. An interrupt ends a wait for input.

import (
	"context"
	"encoding/json"
	"io"
	"sync"

	"github.com/go-zeromq/zmq4"
)

// stdinState is the running cell's access to the client's input.
type stdinState struct {
	mu      sync.Mutex
	req     *request        // the running execute_request; nil between cells
	allow   bool            // its allow_stdin
	ctx     context.Context // the running cell's context
	out     *cellOutput
	noted   bool          // the allow_stdin note was written for this cell
	rest    []byte        // the part of the last line a short Read left
	replies chan *Message // input_reply messages from the stdin socket
}

// kernelStdin is the session's standard input in the kernel.
type kernelStdin struct{ k *Kernel }

// Read asks the client for a line of input and returns it with its
// newline; io.EOF when no client can answer.
func (r *kernelStdin) Read(p []byte) (int, error) {
	k := r.k
	if k == nil {
		return 0, io.EOF
	}
	st := &k.input
	st.mu.Lock()
	req, allow, ctx, out := st.req, st.allow, st.ctx, st.out
	if len(st.rest) > 0 {
		n := copy(p, st.rest)
		st.rest = st.rest[n:]
		st.mu.Unlock()
		return n, nil
	}
	if req == nil {
		st.mu.Unlock()
		return 0, io.EOF
	}
	if !allow {
		noted := st.noted
		st.noted = true
		st.mu.Unlock()
		if !noted && out != nil {
			out.Stderr("standard input: this client sends no input (allow_stdin is false), so the cell reads end of file\n")
		}
		return 0, io.EOF
	}
	st.mu.Unlock()
	// Drop a stale reply (to an input_request of an interrupted cell).
	for len(st.replies) > 0 {
		<-st.replies
	}
	if out != nil {
		out.flush() // what the cell printed (its prompt) shows first
	}
	frames, err := k.signer.encode(req.msg.Identities, k.header("input_request"), req.msg.RawHeader, nil,
		map[string]any{"prompt": "", "password": false})
	if err != nil {
		return 0, err
	}
	k.stdinMu.Lock()
	err = k.stdin.Send(zmq4.NewMsgFrom(frames...))
	k.stdinMu.Unlock()
	if err != nil {
		return 0, io.EOF
	}
	select {
	case m := <-st.replies:
		var c struct {
			Value string `json:"value"`
		}
		json.Unmarshal(m.Content, &c)
		line := []byte(c.Value + "\n")
		// The worker reads with a large buffer; a direct session may not.
		n := copy(p, line)
		if n < len(line) {
			st.mu.Lock()
			st.rest = append(st.rest, line[n:]...)
			st.mu.Unlock()
		}
		return n, nil
	case <-ctx.Done():
		return 0, io.EOF
	case <-k.ctx.Done():
		return 0, io.EOF
	}
}

// beginInput opens standard input to the execute request r.
func (k *Kernel) beginInput(r *request, allow bool, ctx context.Context, out *cellOutput) {
	k.input.mu.Lock()
	defer k.input.mu.Unlock()
	k.input.req, k.input.allow, k.input.ctx, k.input.out, k.input.noted = r, allow, ctx, out, false
}

// endInput closes standard input when the cell ends.
func (k *Kernel) endInput() {
	k.input.mu.Lock()
	defer k.input.mu.Unlock()
	k.input.req, k.input.ctx, k.input.out = nil, nil, nil
}

// stdinReply passes an input_reply from the stdin socket to the waiting
// reader (a reply nobody waits for is dropped).
func (k *Kernel) stdinReply(m *Message) {
	if m.Header.MsgType != "input_reply" {
		k.log.Printf("stdin: unexpected %s ignored", m.Header.MsgType)
		return
	}
	select {
	case k.input.replies <- m:
	default:
	}
}
