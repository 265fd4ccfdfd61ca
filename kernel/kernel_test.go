package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	_ "image/png"

	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// freePorts returns n distinct free TCP ports on 127.0.0.1.
func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// testConnection writes a connection file and returns its info.
func testConnection(t *testing.T) (ConnectionInfo, string) {
	p := freePorts(t, 5)
	info := ConnectionInfo{
		Transport: "tcp", IP: "127.0.0.1",
		ShellPort: p[0], ControlPort: p[1], StdinPort: p[2], IOPubPort: p[3], HBPort: p[4],
		SignatureScheme: "hmac-sha256", Key: newID(),
	}
	b, _ := json.Marshal(info)
	file := filepath.Join(t.TempDir(), "kernel-test.json")
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return info, file
}

// client is a minimal Jupyter client over zmq4.
type client struct {
	t       *testing.T
	signer  signer
	session string
	shell   zmq4.Socket
	control zmq4.Socket
	iopub   zmq4.Socket
	hb      zmq4.Socket

	mu      sync.Mutex
	pub     []*Message // iopub messages received
	pubCond *sync.Cond
	replies chan *Message // shell and control replies
}

func startKernel(t *testing.T) (*Kernel, *client) {
	t.Helper()
	info, file := testConnection(t)
	got, err := ReadConnectionFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got != info {
		t.Fatalf("ReadConnectionFile = %+v, want %+v", got, info)
	}
	start := time.Now()
	k, err := New(got, Options{Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(k.Close)
	c := dial(t, info)
	// Wait for the iopub subscription to take effect: send kernel_info
	// until its status message arrives (ZeroMQ's slow joiner).
	deadline := time.Now().Add(10 * time.Second)
	for {
		id := c.send(c.shell, "kernel_info_request", map[string]any{})
		rep := c.reply(id)
		if c.waitStatus(id, "idle", 200*time.Millisecond) {
			t.Logf("start to first kernel_info reply (with iopub): %v (reply %s)", time.Since(start), rep.Header.MsgType)
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no iopub status after 10 s")
		}
	}
	return k, c
}

type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func dial(t *testing.T, info ConnectionInfo) *client {
	ctx, cancel := context.WithCancel(context.Background())
	id := newID()
	// Dial again every 5 ms, for 10 s at most, until the kernel listens
	// (zmq4's default is every 250 ms, 10 times), so that start-up times
	// are measured finely.
	retry, retries := zmq4.WithDialerRetry(5*time.Millisecond), zmq4.WithDialerMaxRetries(2000)
	c := &client{
		t:       t,
		signer:  signer{key: []byte(info.Key)},
		session: id,
		shell:   zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity(id)), retry, retries),
		control: zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity(id)), retry, retries),
		iopub:   zmq4.NewSub(ctx, retry, retries),
		hb:      zmq4.NewReq(ctx, retry, retries),
		replies: make(chan *Message, 100),
	}
	c.pubCond = sync.NewCond(&c.mu)
	for _, s := range []struct {
		s    zmq4.Socket
		port int
	}{{c.shell, info.ShellPort}, {c.control, info.ControlPort}, {c.iopub, info.IOPubPort}, {c.hb, info.HBPort}} {
		if err := s.s.Dial(info.endpoint(s.port)); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		c.shell.Close()
		c.control.Close()
		c.iopub.Close()
		c.hb.Close()
	})
	go c.read(c.shell, false)
	go c.read(c.control, false)
	go c.read(c.iopub, true)
	return c
}

func (c *client) read(s zmq4.Socket, pub bool) {
	for {
		raw, err := s.Recv()
		if err != nil {
			return
		}
		m, err := c.signer.decode(raw.Frames)
		if err != nil {
			c.t.Errorf("client: bad message from the kernel: %v", err)
			continue
		}
		if pub {
			c.mu.Lock()
			c.pub = append(c.pub, m)
			c.pubCond.Broadcast()
			c.mu.Unlock()
		} else {
			c.replies <- m
		}
	}
}

func (c *client) sendRaw(s zmq4.Socket, frames [][]byte) {
	if err := s.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatal(err)
	}
}

// send sends a request and returns its msg_id.
func (c *client) send(s zmq4.Socket, msgType string, content any) string {
	h := Header{MsgID: newID(), Session: c.session, Username: "test", Date: now(), MsgType: msgType, Version: ProtocolVersion}
	frames, err := c.signer.encode(nil, h, nil, nil, content)
	if err != nil {
		c.t.Fatal(err)
	}
	c.sendRaw(s, frames)
	return h.MsgID
}

func parentID(m *Message) string {
	var h Header
	json.Unmarshal(m.Parent, &h)
	return h.MsgID
}

// reply waits for the reply to request id (10 s at most).
func (c *client) reply(id string) *Message {
	c.t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case m := <-c.replies:
			if parentID(m) == id {
				if m.Header.Version != ProtocolVersion {
					c.t.Errorf("reply version %q", m.Header.Version)
				}
				return m
			}
			c.t.Logf("skipping reply %s to another request", m.Header.MsgType)
		case <-timeout:
			c.t.Fatalf("no reply to %s after 10 s", id)
		}
	}
}

// waitStatus reports whether iopub carried status state for request id
// within d.
func (c *client) waitStatus(id, state string, d time.Duration) bool {
	deadline := time.Now().Add(d)
	timer := time.AfterFunc(d, func() { c.mu.Lock(); c.pubCond.Broadcast(); c.mu.Unlock() })
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		for _, m := range c.pub {
			if m.Header.MsgType == "status" && parentID(m) == id {
				var s struct {
					State string `json:"execution_state"`
				}
				json.Unmarshal(m.Content, &s)
				if s.State == state {
					return true
				}
			}
		}
		if time.Now().After(deadline) {
			return false
		}
		c.pubCond.Wait()
	}
}

// published returns the iopub messages for request id, up to its idle
// status (waiting 10 s at most for it).
func (c *client) published(id string) []*Message {
	c.t.Helper()
	if !c.waitStatus(id, "idle", 10*time.Second) {
		c.t.Fatalf("no idle status for %s", id)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*Message
	for _, m := range c.pub {
		if parentID(m) == id {
			out = append(out, m)
		}
	}
	return out
}

func content(t *testing.T, m *Message) map[string]any {
	var c map[string]any
	if err := json.Unmarshal(m.Content, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// execute runs code and returns its reply content and iopub messages.
func (c *client) execute(code string) (map[string]any, []*Message) {
	c.t.Helper()
	id := c.send(c.shell, "execute_request", map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true})
	rep := c.reply(id)
	return content(c.t, rep), c.published(id)
}

func types(ms []*Message) []string {
	var s []string
	for _, m := range ms {
		s = append(s, m.Header.MsgType)
	}
	return s
}

func find(ms []*Message, msgType string) *Message {
	for _, m := range ms {
		if m.Header.MsgType == msgType {
			return m
		}
	}
	return nil
}

func TestKernelInfo(t *testing.T) {
	_, c := startKernel(t)
	start := time.Now()
	id := c.send(c.shell, "kernel_info_request", map[string]any{})
	rep := c.reply(id)
	t.Logf("kernel_info round trip: %v", time.Since(start))
	if rep.Header.MsgType != "kernel_info_reply" {
		t.Fatalf("reply type %q", rep.Header.MsgType)
	}
	got := content(t, rep)
	if got["status"] != "ok" || got["protocol_version"] != "5.3" || got["implementation"] != "divergo" {
		t.Errorf("kernel_info_reply = %v", got)
	}
	li, _ := got["language_info"].(map[string]any)
	want := map[string]string{"name": "go", "mimetype": "text/x-go", "file_extension": ".go", "pygments_lexer": "go", "codemirror_mode": "go"}
	for k, v := range want {
		if li[k] != v {
			t.Errorf("language_info[%s] = %v, want %v", k, li[k], v)
		}
	}
	if li["version"] == "" || got["banner"] == "" || got["help_links"] == nil {
		t.Errorf("kernel_info_reply lacks version, banner or help_links: %v", got)
	}
	// the same on control, and comm_info
	id = c.send(c.control, "kernel_info_request", map[string]any{})
	if rep := c.reply(id); rep.Header.MsgType != "kernel_info_reply" {
		t.Errorf("control: reply %q", rep.Header.MsgType)
	}
	id = c.send(c.shell, "comm_info_request", map[string]any{})
	if got := content(t, c.reply(id)); got["status"] != "ok" || fmt.Sprint(got["comms"]) != "map[]" {
		t.Errorf("comm_info_reply = %v", got)
	}
	// heartbeat echoes
	if err := c.hb.Send(zmq4.NewMsgString("ping")); err != nil {
		t.Fatal(err)
	}
	if m, err := c.hb.Recv(); err != nil || string(m.Bytes()) != "ping" {
		t.Errorf("heartbeat: %q, %v", m.Bytes(), err)
	}
}

func TestExecute(t *testing.T) {
	_, c := startKernel(t)
	start := time.Now()
	rep, pub := c.execute("1+1")
	t.Logf("execute 1+1 round trip (reply and idle): %v", time.Since(start))
	if rep["status"] != "ok" || rep["execution_count"] != 1.0 {
		t.Errorf("execute_reply = %v", rep)
	}
	want := []string{"status", "execute_input", "execute_result", "status"}
	if fmt.Sprint(types(pub)) != fmt.Sprint(want) {
		t.Errorf("iopub = %v, want %v", types(pub), want)
	}
	if m := find(pub, "execute_result"); m != nil {
		r := content(t, m)
		data, _ := r["data"].(map[string]any)
		if data["text/plain"] != "2" || r["execution_count"] != 1.0 {
			t.Errorf("execute_result = %v", r)
		}
	}
	// timing of a few more, after warm-up
	const n = 20
	start = time.Now()
	for range n {
		c.execute("1+1")
	}
	t.Logf("execute 1+1 round trip, mean of %d: %v", n, time.Since(start)/n)
}

func TestStreams(t *testing.T) {
	_, c := startKernel(t)
	rep, pub := c.execute(`fmt.Println("hello"); fmt.Fprintln(os.Stderr, "oops")`)
	if rep["status"] != "ok" {
		t.Fatalf("execute_reply = %v", rep)
	}
	var stdout, stderr string
	for _, m := range pub {
		if m.Header.MsgType == "stream" {
			s := content(t, m)
			switch s["name"] {
			case "stdout":
				stdout += s["text"].(string)
			case "stderr":
				stderr += s["text"].(string)
			}
		}
	}
	if stdout != "hello\n" || stderr != "oops\n" {
		t.Errorf("stdout %q, stderr %q; iopub %v", stdout, stderr, types(pub))
	}
	if find(pub, "execute_result") != nil {
		t.Errorf("fmt.Println showed a result: %v", types(pub))
	}
}

func TestError(t *testing.T) {
	_, c := startKernel(t)
	rep, pub := c.execute("x := undefinedName + 1")
	if rep["status"] != "error" || rep["ename"] == "" || rep["evalue"] == "" {
		t.Errorf("execute_reply = %v", rep)
	}
	tb, ok := rep["traceback"].([]any)
	if !ok || len(tb) == 0 {
		t.Errorf("traceback = %#v, want a list of strings", rep["traceback"])
	}
	for _, l := range tb {
		if _, ok := l.(string); !ok {
			t.Errorf("traceback line %#v is not a string", l)
		}
	}
	m := find(pub, "error")
	if m == nil {
		t.Fatalf("no error on iopub: %v", types(pub))
	}
	e := content(t, m)
	if !strings.Contains(fmt.Sprint(e["traceback"]), "undefined") {
		t.Errorf("error = %v", e)
	}
	// the kernel goes on
	rep, _ = c.execute("2*3")
	if rep["status"] != "ok" {
		t.Errorf("after an error: %v", rep)
	}
}

func TestBadSignature(t *testing.T) {
	_, c := startKernel(t)
	h := Header{MsgID: newID(), Session: c.session, Username: "test", Date: now(), MsgType: "kernel_info_request", Version: ProtocolVersion}
	frames, _ := c.signer.encode(nil, h, nil, nil, map[string]any{})
	// frames: delimiter, signature, header, parent, metadata, content
	bad := append([][]byte(nil), frames...)
	bad[1] = []byte(strings.Repeat("0", 64))
	c.sendRaw(c.shell, bad)
	missing := append([][]byte(nil), frames...)
	missing[1] = []byte{}
	c.sendRaw(c.shell, missing)
	c.sendRaw(c.shell, [][]byte{[]byte("garbage")})
	malformed, _ := c.signer.encode(nil, h, nil, nil, map[string]any{})
	malformed[5] = []byte("{not json")
	malformed[1] = c.signer.sign(malformed[2], malformed[3], malformed[4], malformed[5])
	c.sendRaw(c.shell, malformed)
	id := c.send(c.shell, "kernel_info_request", map[string]any{})
	rep := c.reply(id)
	if rep.Header.MsgType != "kernel_info_reply" {
		t.Errorf("reply %q", rep.Header.MsgType)
	}
	select {
	case m := <-c.replies:
		t.Errorf("a reply to a dropped message: %s to %s", m.Header.MsgType, parentID(m))
	case <-time.After(100 * time.Millisecond):
	}
	// an unknown message type is ignored, and the next request answered
	c.send(c.shell, "no_such_request", map[string]any{})
	id = c.send(c.shell, "is_complete_request", map[string]any{"code": "1"})
	if rep := c.reply(id); rep.Header.MsgType != "is_complete_reply" {
		t.Errorf("reply %q", rep.Header.MsgType)
	}
}

func TestInterrupt(t *testing.T) {
	_, c := startKernel(t)
	if rep, _ := c.execute("x := 42"); rep["status"] != "ok" {
		t.Fatalf("x := 42: %v", rep)
	}
	id := c.send(c.shell, "execute_request", map[string]any{"code": "for {}", "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true})
	if !c.waitStatus(id, "busy", 10*time.Second) {
		t.Fatal("for {} never started")
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	iid := c.send(c.control, "interrupt_request", map[string]any{})
	var gotInterrupt, gotExecute bool
	timeout := time.After(10 * time.Second)
	for !gotInterrupt || !gotExecute {
		select {
		case m := <-c.replies:
			switch parentID(m) {
			case iid:
				gotInterrupt = true
				if content(t, m)["status"] != "ok" {
					t.Errorf("interrupt_reply = %s", m.Content)
				}
			case id:
				gotExecute = true
				t.Logf("interrupt delay (request to execute_reply): %v", time.Since(start))
				r := content(t, m)
				if r["status"] != "error" {
					t.Errorf("interrupted execute_reply = %v", r)
				}
			}
		case <-timeout:
			t.Fatalf("no reply 10 s after interrupt_request (interrupt reply %v, execute reply %v)", gotInterrupt, gotExecute)
		}
	}
	rep, pub := c.execute("x")
	if m := find(pub, "execute_result"); rep["status"] != "ok" || m == nil || !strings.Contains(string(m.Content), `"text/plain":"42"`) {
		t.Errorf("x after the interrupt: %v %v", rep, types(pub))
	}
}

func TestIsComplete(t *testing.T) {
	_, c := startKernel(t)
	for code, want := range map[string]string{
		"1+1":             "complete",
		"func f() {":      "incomplete",
		"x := )":          "invalid",
		"for i := 0; i <": "incomplete",
	} {
		id := c.send(c.shell, "is_complete_request", map[string]any{"code": code})
		got := content(t, c.reply(id))
		if got["status"] != want {
			t.Errorf("is_complete(%q) = %v, want %s", code, got, want)
		}
		wantIndent := map[string]string{"func f() {": "\t", "for i := 0; i <": ""}[code]
		if want == "incomplete" && got["indent"] != wantIndent {
			t.Errorf("is_complete(%q): indent %q, want %q", code, got["indent"], wantIndent)
		}
	}
}

func TestComplete(t *testing.T) {
	_, c := startKernel(t)
	code := `s := "héllo"; Entr`
	n := len([]rune(code))
	id := c.send(c.shell, "complete_request", map[string]any{"code": code, "cursor_pos": n})
	got := content(t, c.reply(id))
	if got["status"] != "ok" || got["cursor_end"] != float64(n) || got["cursor_start"] != float64(n-4) {
		t.Errorf("complete_reply = %v (want cursor_start %d, cursor_end %d in code points)", got, n-4, n)
	}
	if !strings.Contains(fmt.Sprint(got["matches"]), "Entropy") {
		t.Errorf("matches = %v, want Entropy among them", got["matches"])
	}
}

func TestInspectHistory(t *testing.T) {
	_, c := startKernel(t)
	id := c.send(c.shell, "inspect_request", map[string]any{"code": "KL(p, q)", "cursor_pos": 1, "detail_level": 0})
	got := content(t, c.reply(id))
	data, _ := got["data"].(map[string]any)
	if got["status"] != "ok" || got["found"] != true || !strings.Contains(fmt.Sprint(data["text/plain"]), "func KL(") {
		t.Errorf("inspect_reply = %v", got)
	}
	if md := fmt.Sprint(data["text/markdown"]); !strings.HasPrefix(md, "```go\nfunc KL(") {
		t.Errorf("inspect text/markdown = %q", md)
	}
	id = c.send(c.shell, "inspect_request", map[string]any{"code": "noSuchName", "cursor_pos": 3, "detail_level": 0})
	if got := content(t, c.reply(id)); got["status"] != "ok" || got["found"] != false {
		t.Errorf("inspect of an unknown name = %v", got)
	}
	c.execute("a := 1")
	c.execute("a + 1")
	c.execute("a + 1")
	id = c.send(c.shell, "history_request", map[string]any{"hist_access_type": "tail", "n": 2, "output": true, "raw": true})
	got = content(t, c.reply(id))
	if fmt.Sprint(got["history"]) != "[[1 2 [a + 1 2]] [1 3 [a + 1 2]]]" {
		t.Errorf("history tail = %v", got["history"])
	}
	id = c.send(c.shell, "history_request", map[string]any{"hist_access_type": "search", "pattern": "a*", "unique": true, "output": false, "raw": true})
	got = content(t, c.reply(id))
	if fmt.Sprint(got["history"]) != "[[1 1 a := 1] [1 3 a + 1]]" {
		t.Errorf("history search = %v", got["history"])
	}
	id = c.send(c.shell, "history_request", map[string]any{"hist_access_type": "range", "session": 0, "start": 1, "stop": 2, "output": false, "raw": true})
	got = content(t, c.reply(id))
	if fmt.Sprint(got["history"]) != "[[1 1 a := 1]]" {
		t.Errorf("history range = %v", got["history"])
	}
}

func TestShutdown(t *testing.T) {
	k, c := startKernel(t)
	id := c.send(c.control, "shutdown_request", map[string]any{"restart": true})
	got := content(t, c.reply(id))
	if got["status"] != "ok" || got["restart"] != true {
		t.Errorf("shutdown_reply = %v", got)
	}
	done := make(chan bool)
	go func() { done <- k.Wait() }()
	select {
	case restart := <-done:
		if !restart {
			t.Error("Wait: restart = false")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("kernel still running 10 s after shutdown_request")
	}
}

func TestInstall(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", filepath.Join(dir, "data"))
	for _, tc := range []struct {
		o    InstallOptions
		want string
	}{
		{InstallOptions{Prefix: dir, Executable: "/bin/true"}, filepath.Join(dir, "share/jupyter/kernels/divergo")},
		{InstallOptions{User: true, Name: "gophernotes", DisplayName: "Go", Executable: "/bin/true"}, filepath.Join(dir, "data/kernels/gophernotes")},
	} {
		got, err := Install(tc.o)
		if err != nil || got != tc.want {
			t.Fatalf("Install(%+v) = %q, %v; want %q", tc.o, got, err, tc.want)
		}
		for _, logo := range []string{"logo-32x32.png", "logo-64x64.png"} {
			f, err := os.Open(filepath.Join(got, logo))
			if err != nil {
				t.Fatal(err)
			}
			cfg, _, err := image.DecodeConfig(f)
			f.Close()
			if err != nil || cfg.Width != cfg.Height || cfg.Width != map[string]int{"logo-32x32.png": 32, "logo-64x64.png": 64}[logo] {
				t.Errorf("%s: %v, %dx%d", logo, err, cfg.Width, cfg.Height)
			}
		}
		b, err := os.ReadFile(filepath.Join(got, "kernel.json"))
		if err != nil {
			t.Fatal(err)
		}
		var s Spec
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		if len(s.Argv) != 3 || !filepath.IsAbs(s.Argv[0]) || s.Argv[1] != "kernel" || s.Argv[2] != "{connection_file}" ||
			s.Language != "go" || s.InterruptMode != "message" || s.DisplayName == "" {
			t.Errorf("kernel.json = %s", b)
		}
	}
	if _, err := Install(InstallOptions{User: true, Prefix: dir}); err == nil {
		t.Error("--user with --prefix accepted")
	}
}

func TestLiveStreamAndDisplay(t *testing.T) {
	_, c := startKernel(t)
	rep, pub := c.execute(`fmt.Println("a"); time.Sleep(300 * time.Millisecond); fmt.Println("b")`)
	if rep["status"] != "ok" {
		t.Fatalf("execute_reply = %v", rep)
	}
	var texts []string
	for _, m := range pub {
		if m.Header.MsgType == "stream" {
			texts = append(texts, content(t, m)["text"].(string))
		}
	}
	if fmt.Sprint(texts) != fmt.Sprint([]string{"a\n", "b\n"}) {
		t.Errorf("streams %q, want a and b published separately as they came", texts)
	}

	rep, pub = c.execute(`Display(display.HTML("<b>x</b>"))`)
	m := find(pub, "display_data")
	if rep["status"] != "ok" || m == nil {
		t.Fatalf("Display: %v %v", rep, types(pub))
	}
	d := content(t, m)
	if data, _ := d["data"].(map[string]any); data["text/html"] != "<b>x</b>" {
		t.Errorf("display_data = %v", d)
	}
	if _, ok := d["metadata"].(map[string]any); !ok {
		t.Errorf("display_data metadata = %#v, want an object", d["metadata"])
	}
}

func TestStopOnError(t *testing.T) {
	_, c := startKernel(t)
	req := func(code string) string {
		return c.send(c.shell, "execute_request", map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true})
	}
	first := req(`time.Sleep(300 * time.Millisecond); panic("boom")`)
	queued := req("y := 1")
	if r := content(t, c.reply(first)); r["status"] != "error" {
		t.Errorf("panicking cell: %v", r)
	}
	if r := content(t, c.reply(queued)); r["status"] != "aborted" {
		t.Errorf("queued cell after an error: %v, want aborted", r)
	}
	// a request sent after the error's reply runs
	if rep, _ := c.execute("2+2"); rep["status"] != "ok" {
		t.Errorf("after the abort: %v", rep)
	}
}

func TestHandlerPanic(t *testing.T) {
	k, c := startKernel(t)
	hook := func(m *Message) {
		if m.Header.MsgType == "comm_info_request" {
			panic("handler bug")
		}
	}
	k.beforeDispatch.Store(&hook)
	id := c.send(c.shell, "comm_info_request", map[string]any{})
	if !c.waitStatus(id, "idle", 10*time.Second) {
		t.Fatal("no idle status after a panicking handler")
	}
	id = c.send(c.shell, "kernel_info_request", map[string]any{})
	if rep := c.reply(id); rep.Header.MsgType != "kernel_info_reply" {
		t.Errorf("after a handler panic: %s", rep.Header.MsgType)
	}
}
