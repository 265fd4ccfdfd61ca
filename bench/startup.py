#!/usr/bin/python3
"""Whole-process time of `divergo -e 'KL(…)'` beside `python3 -c` with SciPy.

Run from the repository root with Debian's python3 (it has SciPy):

    /usr/bin/python3 bench/startup.py [RUNS]

It builds divergo with `go build -o` into a temporary directory, checks that
both commands print the same KL divergence, then runs each command RUNS
times (default 20; the two interleaved, after one warm-up run each) and
prints the median, minimum and maximum wall-clock times and the ratio. Two
more divergo commands split its time: `divergo --help` (the process and Go's
package initialisation, no session) and `divergo -e ''` (plus session.New).
Nothing here is a test: the figures go, unedited, into bench/README.md.
"""
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

P = [0.2, 0.5, 0.3]
Q = [0.3, 0.4, 0.3]
GO_CELL = "KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})"
PY_CODE = "from scipy.stats import entropy; print(entropy(%r, %r))" % (P, Q)
PYTHON = "/usr/bin/python3"


def cpu():
    try:
        with open("/proc/cpuinfo") as f:
            names = re.findall(r"^model name\s*:\s*(.*)$", f.read(), re.M)
        return "%s, %d cores" % (names[0], len(names))
    except (OSError, IndexError):
        return platform.processor() or "unknown"


def timed(cmd):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        sys.exit("%s failed (%d): %s" % (cmd, r.returncode, r.stderr.decode()))
    return dt, r.stdout.decode()


def ms(x):
    return "%.1f ms" % (x * 1e3)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "divergo")
        env = dict(os.environ, CGO_ENABLED="0")
        subprocess.run(["go", "build", "-o", exe, "."], check=True, env=env)
        goversion = subprocess.run(["go", "version"], stdout=subprocess.PIPE, text=True).stdout.strip()
        scipy_version = subprocess.run([PYTHON, "-c", "import scipy; print(scipy.__version__)"],
                                       stdout=subprocess.PIPE, text=True).stdout.strip()
        commands = {
            "divergo -e 'KL(…)'": [exe, "-e", GO_CELL],
            "python3 -c (SciPy entropy)": [PYTHON, "-c", PY_CODE],
            "divergo --help": [exe, "--help"],
            "divergo -e ''": [exe, "-e", ""],
        }
        _, go_out = timed(commands["divergo -e 'KL(…)'"])
        _, py_out = timed(commands["python3 -c (SciPy entropy)"])
        go_val = float(go_out.split()[0])
        py_val = float(py_out)
        times = {name: [] for name in commands}
        for _ in range(runs):
            for name, cmd in commands.items():
                times[name].append(timed(cmd)[0])

    print("date:   %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    print("cpu:    %s" % cpu())
    print("go:     %s" % goversion)
    print("python: %s, SciPy %s" % (platform.python_version(), scipy_version))
    print("runs:   %d of each command, interleaved, after one warm-up run" % runs)
    print()
    print("divergo prints %s" % go_out.strip())
    print("SciPy   prints %s (relative difference %.1e)" % (py_out.strip(), abs(go_val - py_val) / py_val))
    print()
    print("%-28s %10s %10s %10s" % ("command", "median", "min", "max"))
    for name, ts in times.items():
        print("%-28s %10s %10s %10s" % (name, ms(statistics.median(ts)), ms(min(ts)), ms(max(ts))))
    g = statistics.median(times["divergo -e 'KL(…)'"])
    p = statistics.median(times["python3 -c (SciPy entropy)"])
    print()
    print("median ratio: python3/SciPy ÷ divergo = %.1f× (goal: divergo ≤ 50 ms: %s)"
          % (p / g, "met" if g <= 0.050 else "NOT met"))
    h = statistics.median(times["divergo --help"])
    e = statistics.median(times["divergo -e ''"])
    print("divergo's time: process start and package init %s, session.New %s, the cell and exit %s"
          % (ms(h), ms(e - h), ms(g - e)))
    print("the machine: first touch of 20 MB of fresh memory (5120 page faults, about"
          " what divergo -e makes) %s, median of 5" % ms(fault_cost()))


def fault_cost():
    """Time to touch every page of 20 MB of fresh memory, in a child
    process: divergo's start is mostly page faults (its heap and binary),
    and their cost varies with the virtual machine's state (measured 15 µs
    each on a slow day, when the same binary took 3× longer to start)."""
    code = ("import time; t = time.perf_counter(); b = bytearray(20 << 20)\n"
            "for i in range(0, len(b), 4096): b[i] = 1\n"
            "print(time.perf_counter() - t)")
    ts = [float(subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True).stdout)
          for _ in range(5)]
    return statistics.median(ts)


if __name__ == "__main__":
    main()
