// Package kernel is divergo's Jupyter kernel: the messaging protocol
// (version 5.3) over ZeroMQ (github.com/go-zeromq/zmq4, pure Go), its
// handlers over a session.Session, and the kernelspec installer.
//
// The kernel binds the shell (ROUTER), control (ROUTER), stdin (ROUTER),
// iopub (PUB) and heartbeat (REP, echo) sockets exactly as the connection
// file says. Every message is signed with HMAC-SHA256 over its header,
// parent header, metadata and content; a message whose signature is
// missing or wrong is dropped and logged to standard error, and the kernel
// keeps serving.
//
// Shell requests are handled in order on one goroutine (so a cell runs
// there); control requests on another, so that interrupt_request and
// shutdown_request are served while a cell runs. An interrupt cancels the
// running cell's context: the session stops it and keeps every variable.
// A panic in a handler is recovered and logged.
package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"os/user"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-zeromq/zmq4"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// Options configure a Kernel.
type Options struct {
	// Session configures the kernel's session; its Frontend is always
	// session.Notebook.
	Session session.Options
	// NewSession starts the kernel's session; nil runs session.New in the
	// kernel's own process (divergo kernel passes worker.New: a session in
	// a supervised worker process that no cell can take down).
	NewSession func(session.Options) (Session, error)
	// Log receives the kernel's own log lines (dropped messages, recovered
	// panics); nil means standard error.
	Log io.Writer
}

// Session is what the kernel needs of a session: a *session.Session, or a
// *worker.Supervisor in front of one.
type Session interface {
	Eval(ctx context.Context, cell string, out session.Output) (*display.Data, error)
	Complete(text string, cursor int) (start int, candidates []string)
	Doc(name string) (string, error)
}

// Kernel is one running Jupyter kernel.
type Kernel struct {
	info   ConnectionInfo
	signer signer
	sess   Session
	log    *log.Logger
	id     string // the kernel's session id, in every header it sends
	user   string

	ctx  context.Context
	stop context.CancelFunc

	shell, control, stdin, iopub, hb zmq4.Socket
	shellMu, controlMu, iopubMu      sync.Mutex
	stdinMu                          sync.Mutex

	input stdinState // the running cell's standard input (stdin.go)

	shellQueue chan *Message
	wg         sync.WaitGroup

	mu        sync.Mutex
	running   context.CancelFunc // cancels the running cell; nil between cells
	execCount int
	history   []historyEntry
	restart   bool
	closing   bool // a shutdown_request was answered
	done      chan struct{}
	closeOnce sync.Once

	beforeDispatch atomic.Pointer[func(*Message)] // set by tests: runs before each handler
}

type historyEntry struct {
	line          int
	input, output string
}

// New returns a kernel for the connection info, with a fresh session.
// Start binds its sockets.
func New(info ConnectionInfo, opts Options) (*Kernel, error) {
	opts.Session.Frontend = session.Notebook
	newSession := opts.NewSession
	if newSession == nil {
		newSession = func(o session.Options) (Session, error) { return session.New(o) }
	}
	// The session's standard input asks the client (stdin.go).
	in := &kernelStdin{}
	opts.Session.Stdin = in
	s, err := newSession(opts.Session)
	if err != nil {
		return nil, err
	}
	w := opts.Log
	if w == nil {
		w = os.Stderr
	}
	username := "divergo"
	if u, err := user.Current(); err == nil && u.Username != "" {
		username = u.Username
	}
	ctx, stop := context.WithCancel(context.Background())
	k := &Kernel{
		info:       info,
		signer:     signer{key: []byte(info.Key)},
		sess:       s,
		log:        log.New(w, "divergo kernel: ", log.LstdFlags),
		id:         newID(),
		user:       username,
		ctx:        ctx,
		stop:       stop,
		shellQueue: make(chan *Message, 1024),
		done:       make(chan struct{}),
	}
	k.input.replies = make(chan *Message, 1)
	in.k = k
	return k, nil
}

// iopubHWM is the most messages iopub queues for its subscribers.
const iopubHWM = 10000

// Start binds the kernel's sockets and starts serving them.
func (k *Kernel) Start() error {
	k.shell = zmq4.NewRouter(k.ctx)
	k.control = zmq4.NewRouter(k.ctx)
	k.stdin = zmq4.NewRouter(k.ctx)
	k.iopub = zmq4.NewPub(k.ctx)
	k.hb = zmq4.NewRep(k.ctx)
	// zmq4's PUB queue is unbounded by default; bound it as libzmq does
	// (its messages are dropped when a subscriber stops reading).
	if err := k.iopub.SetOption(zmq4.OptionHWM, iopubHWM); err != nil {
		k.log.Printf("iopub high-water mark: %v", err)
	}
	binds := []struct {
		s    zmq4.Socket
		port int
		name string
	}{
		{k.hb, k.info.HBPort, "heartbeat"},
		{k.iopub, k.info.IOPubPort, "iopub"},
		{k.control, k.info.ControlPort, "control"},
		{k.stdin, k.info.StdinPort, "stdin"},
		{k.shell, k.info.ShellPort, "shell"},
	}
	for _, b := range binds {
		if err := b.s.Listen(k.info.endpoint(b.port)); err != nil {
			k.Close()
			return fmt.Errorf("binding %s socket on %s: %v", b.name, k.info.endpoint(b.port), err)
		}
	}
	k.wg.Add(5)
	go k.heartbeat()
	go k.serve(k.stdin, "stdin", k.stdinReply)
	go k.serve(k.control, "control", k.handleControl)
	go k.serve(k.shell, "shell", func(m *Message) {
		select {
		case k.shellQueue <- m:
		case <-k.ctx.Done():
		}
	})
	go k.shellWorker()
	k.publishStatus("starting", nil)
	return nil
}

// Wait blocks until the kernel is shut down (shutdown_request or Close).
// It reports whether a restart was asked for.
func (k *Kernel) Wait() (restart bool) {
	<-k.done
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.restart
}

// Close stops the kernel: cancels the running cell and closes the sockets.
func (k *Kernel) Close() {
	k.closeOnce.Do(func() {
		k.Interrupt()
		k.stop()
		for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
			if s != nil {
				s.Close()
			}
		}
		close(k.done)
	})
}

// Interrupt cancels the running cell, if any; its variables are kept.
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.running != nil {
		k.running()
	}
}

// Run runs a kernel for the connection file until it is shut down.
func Run(connectionFile string, opts Options) error {
	info, err := ReadConnectionFile(connectionFile)
	if err != nil {
		return err
	}
	k, err := New(info, opts)
	if err != nil {
		return err
	}
	if err := k.Start(); err != nil {
		return err
	}
	k.Wait()
	return nil
}

func (k *Kernel) heartbeat() {
	defer k.wg.Done()
	for {
		msg, err := k.hb.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			continue
		}
		if err := k.hb.Send(msg); err != nil && k.ctx.Err() != nil {
			return
		}
	}
}

// serve reads messages from a socket, decodes and checks them, and hands
// them to handle.
func (k *Kernel) serve(s zmq4.Socket, name string, handle func(*Message)) {
	defer k.wg.Done()
	for {
		raw, err := s.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			k.log.Printf("%s: receive: %v", name, err)
			continue
		}
		m, err := k.signer.decode(raw.Frames)
		if err != nil {
			k.log.Printf("%s: message dropped: %v", name, err)
			continue
		}
		handle(m)
	}
}

func (k *Kernel) shellWorker() {
	defer k.wg.Done()
	for {
		select {
		case m := <-k.shellQueue:
			k.dispatch(k.shell, &k.shellMu, m)
			k.closeIfAsked()
		case <-k.ctx.Done():
			return
		}
	}
}

func (k *Kernel) handleControl(m *Message) {
	k.dispatch(k.control, &k.controlMu, m)
	k.closeIfAsked()
}

// closeIfAsked closes the kernel after a shutdown_request has been
// answered (and its idle status published).
func (k *Kernel) closeIfAsked() {
	k.mu.Lock()
	closing := k.closing
	k.mu.Unlock()
	if closing {
		k.Close()
	}
}

// request is a message being handled, with the socket to reply on.
type request struct {
	k    *Kernel
	sock zmq4.Socket
	mu   *sync.Mutex
	msg  *Message
}

// dispatch handles one request between status busy and idle, recovering a
// panic of its handler.
func (k *Kernel) dispatch(sock zmq4.Socket, mu *sync.Mutex, m *Message) {
	r := &request{k: k, sock: sock, mu: mu, msg: m}
	k.publishStatus("busy", m)
	defer k.publishStatus("idle", m)
	defer func() {
		if e := recover(); e != nil {
			k.log.Printf("panic handling %s: %v\n%s", m.Header.MsgType, e, debug.Stack())
		}
	}()
	if f := k.beforeDispatch.Load(); f != nil {
		(*f)(m)
	}
	switch m.Header.MsgType {
	case "kernel_info_request":
		r.reply("kernel_info_reply", k.kernelInfo())
	case "execute_request":
		k.execute(r)
	case "is_complete_request":
		k.isComplete(r)
	case "complete_request":
		k.complete(r)
	case "inspect_request":
		k.inspect(r)
	case "history_request":
		k.historyRequest(r)
	case "comm_info_request":
		r.reply("comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	case "interrupt_request":
		k.Interrupt()
		r.reply("interrupt_reply", map[string]any{"status": "ok"})
	case "shutdown_request":
		var c struct {
			Restart bool `json:"restart"`
		}
		json.Unmarshal(m.Content, &c)
		r.reply("shutdown_reply", map[string]any{"status": "ok", "restart": c.Restart})
		k.mu.Lock()
		k.restart = c.Restart
		k.closing = true
		k.mu.Unlock()
	default:
		k.log.Printf("unknown message type %q ignored", m.Header.MsgType)
	}
}

// header makes a header of a message the kernel sends.
func (k *Kernel) header(msgType string) Header {
	return Header{MsgID: newID(), Session: k.id, Username: k.user, Date: now(), MsgType: msgType, Version: ProtocolVersion}
}

// reply sends a reply to the request's sender.
func (r *request) reply(msgType string, content any) {
	frames, err := r.k.signer.encode(r.msg.Identities, r.k.header(msgType), r.msg.RawHeader, nil, content)
	if err != nil {
		r.k.log.Printf("encoding %s: %v", msgType, err)
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.sock.Send(zmq4.NewMsgFrom(frames...)); err != nil && r.k.ctx.Err() == nil {
		r.k.log.Printf("sending %s: %v", msgType, err)
	}
}

// publish sends a message on iopub, with parent as its parent (nil: none).
func (k *Kernel) publish(msgType string, parent *Message, content any) {
	var ph json.RawMessage
	if parent != nil {
		ph = parent.RawHeader
	}
	topic := []byte("kernel." + k.id + "." + msgType)
	frames, err := k.signer.encode([][]byte{topic}, k.header(msgType), ph, nil, content)
	if err != nil {
		k.log.Printf("encoding %s: %v", msgType, err)
		return
	}
	k.iopubMu.Lock()
	defer k.iopubMu.Unlock()
	if err := k.iopub.Send(zmq4.NewMsgFrom(frames...)); err != nil && k.ctx.Err() == nil {
		k.log.Printf("publishing %s: %v", msgType, err)
	}
}

func (k *Kernel) publishStatus(state string, parent *Message) {
	k.publish("status", parent, map[string]any{"execution_state": state})
}

// Banner is the kernel's banner in kernel_info_reply.
const Banner = "divergo — entropy, KL, Jensen–Shannon and friends in a Go session (Jupyter kernel)"

func (k *Kernel) kernelInfo() map[string]any {
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       ProtocolVersion,
		"implementation":         "divergo",
		"implementation_version": "0.1",
		"language_info": map[string]any{
			"name":               "go",
			"version":            strings.TrimPrefix(runtime.Version(), "go"),
			"mimetype":           "text/x-go",
			"file_extension":     ".go",
			"pygments_lexer":     "go",
			"codemirror_mode":    "go",
			"nbconvert_exporter": "script",
		},
		"banner": Banner,
		"help_links": []map[string]string{
			{"text": "Go", "url": "https://go.dev/doc/"},
			{"text": "divergo", "url": "https://github.com/divergo/divergo"},
		},
	}
}
