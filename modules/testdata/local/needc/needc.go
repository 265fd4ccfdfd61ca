package needc

// #include <stdlib.h>
import "C"

func Free() {}
