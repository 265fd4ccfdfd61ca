#!/usr/bin/python3
"""Differential test of `divergo run` against the Go toolchain (issue 11).

Run from the repository root:

    /usr/bin/python3 bench/differential.py [DIR…]

Each Go program in the corpus — by default the interpreter's own test
programs that state their output (the `_test` folder of the yaegi module in
the module cache, files with an `// Output:` comment) and testdata/programs —
is built with `go build` and run twice (a program whose two runs differ is
nondeterministic and counted apart), then run with `divergo run`, 10 s each.
Each program falls in one class:

  not Go        go build rejects it (the interpreter's tests of errors)
  nondeterministic  its two go runs differ
  identical     same exit status, same standard output, and the same standard
                error (for a panic, the same first line)
  refused       divergo run refuses it with a message naming why (Go's checker
                or the interpreter), exit status 1, while Go runs it
  different     anything else: a silently wrong value, a hang, a crash

Goal: no program "different"; ≥ 95% identical among the deterministic Go
programs. The list of programs per class goes to /tmp/differential.txt.
Nothing here is a test: the counts go, unedited, into bench/README.md.
"""
import concurrent.futures
import datetime
import glob
import os
import re
import subprocess
import sys
import tempfile

TIMEOUT = 10


def run(cmd, cwd=None):
    try:
        r = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""


def first_line(b):
    # The address of a value Go prints by its type, (main.T) 0xc000012345,
    # differs from run to run: masked.
    return re.sub(rb"0x[0-9a-f]+", b"0x...", b.split(b"\n", 1)[0])


def classify(path, divergo, tmp):
    exe = os.path.join(tmp, os.path.basename(path) + ".bin")
    # In the repository, so that programs may import its packages.
    b = subprocess.run(["go", "build", "-o", exe, path], capture_output=True)
    if b.returncode != 0:
        return "not Go", ""
    go1 = run([exe])
    go2 = run([exe])
    os.remove(exe)
    if go1 != go2 and not (go1[0] == go2[0] == 2 and go1[1] == go2[1] and first_line(go1[2]) == first_line(go2[2])):
        return "nondeterministic", ""
    dv = run([divergo, "run", path], cwd=tmp)
    if dv[0] == go1[0] and dv[1] == go1[1]:
        if dv[2] == go1[2] or (go1[0] == 2 and first_line(dv[2]) == first_line(go1[2])):
            return "identical", ""
    # A refusal comes before the program runs: exit 1, nothing written to
    # standard output, the message first. (A program whose own exit
    # status is 1 is told apart by that.)
    named = b"divergo run:" in dv[2] or dv[2].startswith(b"# command-line-arguments")
    first = dv[2].startswith(b"divergo run: ") and dv[1] == b""
    if dv[0] == 1 and (named and go1[0] != 1 or first):
        return "refused", first_line(dv[2].split(b"\n", 1)[-1] if dv[2].startswith(b"#") else dv[2]).decode(errors="replace")[:160]
    why = "exit %s (go: %s)" % (dv[0], go1[0])
    if dv[1] != go1[1]:
        why += "; stdout differs"
    if first_line(dv[2]) != first_line(go1[2]):
        why += "; stderr: %r vs %r" % (first_line(dv[2])[:80], first_line(go1[2])[:80])
    return "different", why


def main():
    # The interpreter's module must be in the module cache before its
    # _test folder is listed (a fresh machine has not fetched it yet).
    subprocess.run(["go", "mod", "download", "github.com/traefik/yaegi"], check=True)
    gomodcache = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True).stdout.strip()
    dirs = sys.argv[1:] or [os.path.join(gomodcache, "github.com/traefik/yaegi@v0.16.1/_test"), "testdata/programs"]
    files = []
    for d in dirs:
        for f in sorted(glob.glob(os.path.join(d, "*.go"))):
            src = open(f, errors="replace").read()
            if "// Output:" in src and src.lstrip().startswith("package main") or d.endswith("testdata/programs"):
                files.append(os.path.abspath(f))
    with tempfile.TemporaryDirectory() as tmp:
        divergo = os.path.join(tmp, "divergo")
        subprocess.run(["go", "build", "-o", divergo, "."], check=True, env=dict(os.environ, CGO_ENABLED="0"))
        with concurrent.futures.ThreadPoolExecutor(2) as ex:
            results = list(ex.map(lambda f: (f, classify(f, divergo, tmp)), files))
    classes = ["identical", "refused", "different", "nondeterministic", "not Go"]
    counts = {c: 0 for c in classes}
    with open("/tmp/differential.txt", "w") as out:
        for f, (c, why) in results:
            counts[c] += 1
            out.write("%s\t%s\t%s\n" % (c, f, why))
    det = counts["identical"] + counts["refused"] + counts["different"]
    print("date:   %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    print("go:     %s" % subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip())
    print("corpus: %d programs (%s)" % (len(files), ", ".join(dirs)))
    for c in classes:
        print("  %-17s %4d" % (c, counts[c]))
    if det:
        print("identical among the deterministic Go programs: %.1f%% (goal ≥ 95%%); different: %d (goal 0)"
              % (100 * counts["identical"] / det, counts["different"]))


if __name__ == "__main__":
    main()
