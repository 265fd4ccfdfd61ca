package main

import (
	"context"
	"fmt"
)

type userKey struct{}

func main() {
	ctx := context.WithValue(context.Background(), userKey{}, "alice")
	fmt.Println(ctx.Value(userKey{}), ctx.Value("x"))
}
