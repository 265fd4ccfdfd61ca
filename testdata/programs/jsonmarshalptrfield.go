package main

// Behind a pointer, encoding/json can take a struct field's address and
// calls its type's MarshalJSON method with a pointer receiver.
// divergo run refuses: json.Marshal of *Outer: Go calls the MarshalJSON method (its receiver a pointer) of the Secret field S

import (
	"encoding/json"
	"fmt"
)

type Secret struct{ V string }

func (s *Secret) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

type Outer struct {
	S Secret
	N int
}

func main() {
	o := Outer{Secret{"pw"}, 1}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&o)
	fmt.Println(string(b), err)
}
