package main

import (
	"fmt"
	"os"
	"strconv"
)

type Config struct {
	Port  int
	Debug bool
}

func parse(args []string) (Config, error) {
	var c Config
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "-port":
			i++
			if i >= len(args) {
				return c, fmt.Errorf("-port needs a value")
			}
			p, err := strconv.Atoi(args[i])
			if err != nil {
				return c, fmt.Errorf("bad port: %w", err)
			}
			c.Port = p
		case "-debug":
			c.Debug = true
		default:
			return c, fmt.Errorf("unknown flag %q", args[i])
		}
	}
	return c, nil
}

func main() {
	defer fmt.Println("never printed: os.Exit skips defers")
	for _, args := range [][]string{{"-port", "80", "-debug"}, {"-port"}, {"-port", "x"}, {"-v"}} {
		c, err := parse(args)
		if err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			fmt.Println("failed:", args)
			continue
		}
		fmt.Printf("%+v\n", c)
	}
	fmt.Println("exiting with 3")
	os.Exit(3)
}
