package main

// divergo run refuses: context.WithValue with a key of type traceKey while keys of type userKey are given to context too

import (
	"context"
	"fmt"
)

type userKey struct{}
type traceKey struct{}

func main() {
	ctx := context.WithValue(context.Background(), userKey{}, "alice")
	ctx = context.WithValue(ctx, traceKey{}, "t")
	fmt.Println(ctx.Value(userKey{}), ctx.Value(traceKey{}))
}
