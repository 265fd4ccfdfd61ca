package kernel

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Spec is the content of a kernel.json file.
type Spec struct {
	Argv          []string          `json:"argv"`
	DisplayName   string            `json:"display_name"`
	Language      string            `json:"language"`
	InterruptMode string            `json:"interrupt_mode"`
	Env           map[string]string `json:"env,omitempty"`
	Metadata      map[string]any    `json:"metadata,omitempty"`
}

// InstallOptions say where and under which name to install the kernelspec.
type InstallOptions struct {
	User        bool   // ~/.local/share/jupyter (or $JUPYTER_DATA_DIR)
	SysPrefix   bool   // sys.prefix: $VIRTUAL_ENV or $CONDA_PREFIX, else /usr/local
	Prefix      string // DIR/share/jupyter
	Name        string // default "divergo"
	DisplayName string // default "Go (divergo)"
	Executable  string // the divergo binary; default: this program
}

// DefaultName is the kernelspec's default name, the one divergo's notebooks use.
const DefaultName = "divergo"

// KernelsDir is the kernels directory the options select.
func (o InstallOptions) KernelsDir() (string, error) {
	n := 0
	for _, b := range []bool{o.User, o.SysPrefix, o.Prefix != ""} {
		if b {
			n++
		}
	}
	if n > 1 {
		return "", errors.New("choose one of --user, --sys-prefix and --prefix")
	}
	switch {
	case o.Prefix != "":
		return filepath.Join(o.Prefix, "share", "jupyter", "kernels"), nil
	case o.SysPrefix:
		for _, v := range []string{"VIRTUAL_ENV", "CONDA_PREFIX"} {
			if p := os.Getenv(v); p != "" {
				return filepath.Join(p, "share", "jupyter", "kernels"), nil
			}
		}
		return filepath.Join("/usr", "local", "share", "jupyter", "kernels"), nil
	case o.User:
		if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
			return filepath.Join(d, "kernels"), nil
		}
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		if runtime.GOOS == "darwin" {
			return filepath.Join(home, "Library", "Jupyter", "kernels"), nil
		}
		if x := os.Getenv("XDG_DATA_HOME"); x != "" {
			return filepath.Join(x, "jupyter", "kernels"), nil
		}
		return filepath.Join(home, ".local", "share", "jupyter", "kernels"), nil
	}
	// Jupyter's default for a system-wide install.
	return filepath.Join("/usr", "local", "share", "jupyter", "kernels"), nil
}

// Install writes DIR/NAME/kernel.json and the logos (logo-32x32.png,
// logo-64x64.png) and returns the directory written.
func Install(o InstallOptions) (string, error) {
	if o.Name == "" {
		o.Name = DefaultName
	}
	if strings.ContainsAny(o.Name, `/\`) || o.Name == "." || o.Name == ".." {
		return "", fmt.Errorf("bad kernel name %q", o.Name)
	}
	if o.DisplayName == "" {
		o.DisplayName = "Go (divergo)"
	}
	exe := o.Executable
	if exe == "" {
		var err error
		if exe, err = os.Executable(); err != nil {
			return "", err
		}
	}
	exe, err := filepath.Abs(exe)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(exe); err == nil {
		exe = r
	}
	dir, err := o.KernelsDir()
	if err != nil {
		return "", err
	}
	dir = filepath.Join(dir, o.Name)
	spec := Spec{
		Argv:          []string{exe, "kernel", "{connection_file}"},
		DisplayName:   o.DisplayName,
		Language:      "go",
		InterruptMode: "message",
	}
	b, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "kernel.json"), append(b, '\n'), 0o644); err != nil {
		return "", err
	}
	for _, size := range []int{32, 64} {
		name := fmt.Sprintf("logo-%dx%d.png", size, size)
		if err := os.WriteFile(filepath.Join(dir, name), logoPNG(size), 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
}
