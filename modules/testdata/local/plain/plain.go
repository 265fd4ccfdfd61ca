package plain

import "example.com/local/needc"

// F uses needc.
func F() { needc.Free() }
