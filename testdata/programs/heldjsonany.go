// divergo run refuses: json.Marshal of a value of type any while an Order holding values of Money
package main

// A struct whose field has a MarshalJSON method, marshalled through an
// any: Go {"Total":"$5"}, the interpreter {"Total":5}.

import (
	"encoding/json"
	"fmt"
)

type Money int

func (m Money) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("\"$%d\"", int(m))), nil }

type Order struct{ Total Money }

func main() {
	var v any = Order{5}
	b, _ := json.Marshal(v)
	fmt.Println(string(b))
}
