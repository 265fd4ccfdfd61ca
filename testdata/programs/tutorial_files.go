// Files in a temporary directory: os.MkdirTemp, WriteFile and ReadFile,
// appending with OpenFile, reading lines back with bufio, os.Stat, listing
// with os.ReadDir, filepath.Join/Ext/Base, a missing file's error, and
// cleaning up with RemoveAll.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "tutorial-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	p := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(p, []byte("first\nsecond\n"), 0o644); err != nil {
		panic(err)
	}
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		panic(err)
	}
	fmt.Fprintf(f, "third %d\n", 3)
	f.Close()

	b, _ := os.ReadFile(p)
	fmt.Printf("%q\n", b)
	in, _ := os.Open(p)
	sc := bufio.NewScanner(in)
	for n := 1; sc.Scan(); n++ {
		fmt.Println(n, sc.Text())
	}
	in.Close()

	info, _ := os.Stat(p)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().Perm())
	os.WriteFile(filepath.Join(dir, "b.csv"), nil, 0o600)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), filepath.Ext(e.Name()))
	}
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), filepath.Base(p))
	var walked []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		walked = append(walked, rel)
		return nil
	})
	fmt.Println(walked)
}
