package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"
)

// ProtocolVersion is the Jupyter messaging protocol version the kernel
// declares in every header.
const ProtocolVersion = "5.3"

// delimiter separates the routing identities from the message frames.
const delimiter = "<IDS|MSG>"

// ConnectionInfo is the content of a Jupyter connection file.
type ConnectionInfo struct {
	Transport       string `json:"transport"`
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	ControlPort     int    `json:"control_port"`
	StdinPort       int    `json:"stdin_port"`
	IOPubPort       int    `json:"iopub_port"`
	HBPort          int    `json:"hb_port"`
	SignatureScheme string `json:"signature_scheme"`
	Key             string `json:"key"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// ReadConnectionFile reads and checks a connection file.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	var c ConnectionInfo
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("connection file %s: %v", path, err)
	}
	if c.Transport == "" {
		c.Transport = "tcp"
	}
	if c.IP == "" {
		c.IP = "127.0.0.1"
	}
	if c.Transport != "tcp" && c.Transport != "ipc" {
		return c, fmt.Errorf("connection file %s: unsupported transport %q", path, c.Transport)
	}
	if c.SignatureScheme != "" && c.SignatureScheme != "hmac-sha256" {
		return c, fmt.Errorf("connection file %s: unsupported signature scheme %q", path, c.SignatureScheme)
	}
	return c, nil
}

// endpoint is the ZeroMQ address of one of the kernel's sockets.
func (c ConnectionInfo) endpoint(port int) string {
	if c.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", c.IP, port)
	}
	return fmt.Sprintf("tcp://%s:%d", c.IP, port)
}

// Header is a message header.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one message of the protocol, decoded.
type Message struct {
	Identities [][]byte
	Header     Header
	RawHeader  json.RawMessage // the header as received, echoed as parent_header
	Parent     json.RawMessage
	Metadata   map[string]any
	Content    json.RawMessage
	Buffers    [][]byte
}

var errSignature = errors.New("bad or missing signature")

// signer signs and verifies messages with HMAC-SHA256; a nil key signs
// nothing and accepts every message (as the protocol says for an empty key).
type signer struct{ key []byte }

func (s signer) sign(frames ...[]byte) []byte {
	if len(s.key) == 0 {
		return []byte{}
	}
	m := hmac.New(sha256.New, s.key)
	for _, f := range frames {
		m.Write(f)
	}
	sum := m.Sum(nil)
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	return out
}

func (s signer) verify(sig []byte, frames ...[]byte) bool {
	if len(s.key) == 0 {
		return true
	}
	want := s.sign(frames...)
	return hmac.Equal(bytes.ToLower(sig), want)
}

// decode splits ZeroMQ frames into a Message, checking the signature.
func (s signer) decode(frames [][]byte) (*Message, error) {
	i := 0
	for i < len(frames) && string(frames[i]) != delimiter {
		i++
	}
	if i == len(frames) {
		return nil, errors.New("no <IDS|MSG> delimiter")
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, fmt.Errorf("%d frames after the delimiter, want at least 5", len(rest))
	}
	if !s.verify(rest[0], rest[1], rest[2], rest[3], rest[4]) {
		return nil, errSignature
	}
	m := &Message{Identities: frames[:i], Buffers: rest[5:]}
	if err := json.Unmarshal(rest[1], &m.Header); err != nil {
		return nil, fmt.Errorf("header: %v", err)
	}
	m.RawHeader = json.RawMessage(rest[1])
	m.Parent = json.RawMessage(rest[2])
	if len(bytes.TrimSpace(rest[3])) > 0 {
		if err := json.Unmarshal(rest[3], &m.Metadata); err != nil {
			return nil, fmt.Errorf("metadata: %v", err)
		}
	}
	m.Content = json.RawMessage(rest[4])
	if len(bytes.TrimSpace(m.Content)) == 0 {
		m.Content = json.RawMessage("{}")
	}
	if !json.Valid(m.Content) {
		return nil, errors.New("content is not valid JSON")
	}
	return m, nil
}

// encode makes the frames of a message: identities, delimiter, signature,
// header, parent header, metadata, content.
func (s signer) encode(ids [][]byte, h Header, parent json.RawMessage, metadata map[string]any, content any) ([][]byte, error) {
	hb, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	if len(parent) == 0 {
		parent = json.RawMessage("{}")
	}
	if metadata == nil {
		metadata = map[string]any{}
	}
	mb, err := json.Marshal(metadata)
	if err != nil {
		return nil, err
	}
	cb, err := json.Marshal(content)
	if err != nil {
		return nil, err
	}
	frames := make([][]byte, 0, len(ids)+6)
	frames = append(frames, ids...)
	frames = append(frames, []byte(delimiter), s.sign(hb, parent, mb, cb), hb, parent, mb, cb)
	return frames, nil
}

// newID returns a random UUID (version 4) string.
func newID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// now is the time in a header's date format (ISO 8601, UTC, microseconds).
func now() string {
	return time.Now().UTC().Format("2006-01-02T15:04:05.000000Z")
}
