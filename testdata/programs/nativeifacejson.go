// divergo run refuses: json.Marshal of io.Writer: a io.Writer may hold a *W
package main

// json.Marshal of an io.Writer holding a *W: Go {"N":3}; the interpreter
// gave json its own struct (json: unsupported type: func([]uint8) (int, error)).

import (
	"encoding/json"
	"fmt"
	"io"
)

type W struct{ N int }

func (w *W) Write(p []byte) (int, error) { w.N += len(p); return len(p), nil }

func main() {
	var iw io.Writer = &W{3}
	b, err := json.Marshal(iw)
	fmt.Println(string(b), err)
}
