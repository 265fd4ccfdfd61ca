package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/divergo/divergo/kernel"
	"github.com/divergo/divergo/session"
	"github.com/divergo/divergo/worker"
)

const kernelUsage = `Usage:
  divergo kernel CONNECTION_FILE
        run the Jupyter kernel (Jupyter starts it so, from its kernelspec)
  divergo kernel install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--display-name TEXT]
        write DIR/share/jupyter/kernels/NAME/kernel.json (default NAME: divergo;
        --user: ~/.local/share/jupyter, or $JUPYTER_DATA_DIR if set;
        default DIR: /usr/local)
`

// kernelCommand runs `divergo kernel …`; args follow "kernel".
func kernelCommand(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, kernelUsage)
		return 2
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Print(kernelUsage)
		return 0
	case "install":
		return kernelInstall(args[1:])
	}
	if len(args) != 1 {
		return usageError("divergo kernel takes one CONNECTION_FILE")
	}
	info, err := kernel.ReadConnectionFile(args[0])
	if err != nil {
		return fatal(err)
	}
	k, err := kernel.New(info, kernel.Options{
		Session: session.Options{Database: database, MaxDepth: maxDepth},
		// The session runs in a supervised worker process: a cell that
		// overflows the stack or exhausts memory ends the worker, not the
		// kernel, and the session is restored.
		NewSession: func(o session.Options) (kernel.Session, error) {
			return worker.New(worker.Options{Session: o, MemoryLimit: memoryLimit})
		},
	})
	if err != nil {
		return fatal(err)
	}
	if err := k.Start(); err != nil {
		return fatal(err)
	}
	kernel.WatchParent(k.Close) // leave when Jupyter is gone, as ipykernel does
	// SIGINT interrupts the running cell, as interrupt_request does.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	go func() {
		for range sigs {
			k.Interrupt()
		}
	}()
	k.Wait()
	return 0
}

func kernelInstall(args []string) int {
	fs := flag.NewFlagSet("divergo kernel install", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o kernel.InstallOptions
	fs.BoolVar(&o.User, "user", false, "install for the current user")
	fs.BoolVar(&o.SysPrefix, "sys-prefix", false, "install into the Python environment's prefix")
	fs.StringVar(&o.Prefix, "prefix", "", "install into DIR/share/jupyter/kernels")
	fs.StringVar(&o.Name, "name", kernel.DefaultName, "the kernelspec's name")
	fs.StringVar(&o.DisplayName, "display-name", "", "the name shown in Jupyter")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Print(kernelUsage)
			return 0
		}
		return usageError(err.Error())
	}
	if fs.NArg() > 0 {
		return usageError(fmt.Sprintf("divergo kernel install: unexpected %q", fs.Arg(0)))
	}
	dir, err := kernel.Install(o)
	if err != nil {
		return fatal(err)
	}
	fmt.Printf("Installed kernelspec %s in %s\n", o.Name, dir)
	return 0
}
