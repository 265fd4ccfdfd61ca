#!/usr/bin/python3
"""The session's worker process (package worker): what it costs and what it keeps.

Run from the repository root:

    /usr/bin/python3 bench/worker.py

It prints, in one run:
- Go's benchmarks of package worker: a cell's round trip in the session's own
  process beside the same through the worker, and the time to restore a
  50-cell session after its worker died (a new worker, 50 cells replayed);
- the resident memory of the front end and of the worker after 1,000 piped
  cells that each redefine a type and a function, read from /proc once the
  worker has been idle for a second (it returns unused memory then);
- the time of a runaway recursion, stopped by the recursion limit, and of the
  same without the limit (the Go stack overflows, the worker dies and the
  session is restored), whole `divergo -e` processes.
Nothing here is a test: the figures go, unedited, into bench/README.md.
"""
import datetime
import os
import re
import subprocess
import sys
import tempfile
import time


def cpu():
    with open("/proc/cpuinfo") as f:
        names = re.findall(r"^model name\s*:\s*(.*)$", f.read(), re.M)
    return "%s, %d cores" % (names[0], len(names))


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"^VmRSS:\s*(\d+) kB", f.read(), re.M).group(1))


def children(pid):
    kids = []
    for task in os.listdir("/proc/%d/task" % pid):
        with open("/proc/%d/task/%s/children" % (pid, task)) as f:
            kids += [int(x) for x in f.read().split()]
    return kids


def main():
    print("date:  %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    print("cpu:   %s" % cpu())
    print("go:    %s" % subprocess.run(["go", "version"], stdout=subprocess.PIPE, text=True).stdout.strip())
    print("load:  %s (1, 5, 15 min)" % " ".join(open("/proc/loadavg").read().split()[:3]))
    print()
    b = subprocess.run(["go", "test", "-run", "^$", "-bench", ".", "-benchtime", "2s", "./worker/"],
                       stdout=subprocess.PIPE, text=True)
    print("\n".join(l for l in b.stdout.splitlines() if l.startswith("Benchmark")))
    print()
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "divergo")
        subprocess.run(["go", "build", "-o", exe, "."], check=True, env=dict(os.environ, CGO_ENABLED="0"))
        p = subprocess.Popen([exe], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        t0 = time.perf_counter()
        for i in range(1000):
            p.stdin.write("type T struct{ A, B float64 }\nfunc g(x float64) float64 { return x * %d }\n" % (i + 1))
        p.stdin.write('fmt.Println("done")\n')
        p.stdin.flush()
        while p.stdout.readline().strip() != "done":
            pass
        dt = time.perf_counter() - t0
        time.sleep(1)
        worker = children(p.pid)[0]
        print("1,000 cells redefining a type and a function: %.2f s (%.2f ms a cell)" % (dt, dt))
        print("  resident memory after them, idle 1 s: worker %.1f MB, front end %.1f MB (goal: ≤ 45 MB)"
              % (rss_kb(worker) / 1024, rss_kb(p.pid) / 1024))
        p.stdin.close()
        p.wait()
        for name, args in [("with the limit (100000 calls)", []), ("without it (the worker dies, restored)", ["--max-depth", "-1"])]:
            t0 = time.perf_counter()
            r = subprocess.run([exe] + args + ["-e", "x := 42", "-e", "func f(n int) int { return f(n+1) + 1 }", "-e", "f(0)"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            dt = time.perf_counter() - t0
            print("runaway recursion %s: %.2f s, %s" % (name, dt, r.stderr.strip().splitlines()[0][:60]))


if __name__ == "__main__":
    main()
