package main

// divergo run refuses: context.WithValue with a key of type traceKey while keys of type reqIDKey are given to context too

import (
	"context"
	"fmt"
)

type userKey struct{}
type reqIDKey int
type traceKey int

type ctxKey string

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, reqIDKey(0), "req-42")
	ctx = context.WithValue(ctx, traceKey(0), "trace-9")
	ctx = context.WithValue(ctx, ctxKey("user"), "alice")
	fmt.Println(ctx.Value(reqIDKey(0)), ctx.Value(traceKey(0)))
	fmt.Println(ctx.Value("user"), ctx.Value(ctxKey("user")))
	fmt.Println(ctx.Value(0))
}
