#!/usr/bin/python3
"""Time Entropy, KL and JS in divergo, gonum and NumPy/SciPy in one run.

Run from the repository root with Debian's python3 (it has NumPy and SciPy):

    /usr/bin/python3 bench/builtins.py

It runs the Go benchmarks of package builtins (divergo and gonum on the same
data), times the NumPy and SciPy forms on distributions of the same sizes,
and prints the median times and the ratios. Nothing here is a test: the
figures go, unedited, into bench/README.md.
"""
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import timeit

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance

SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000]
REPEAT = 7


def go_benchmarks():
    """Median ns/op per (benchmark, n) from `go test -bench`, -count 5."""
    cmd = ["go", "test", "-run", "^$", "-bench", "^Benchmark(Gonum)?(Entropy|KL|JS)$",
           "-count", "5", "-benchtime", "1s", "./builtins"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    times = {}
    for m in re.finditer(r"^Benchmark(\w+)/n=(\d+)-\d+\s+\d+\s+([\d.]+) ns/op", out, re.M):
        times.setdefault((m.group(1), int(m.group(2))), []).append(float(m.group(3)))
    cpu = re.search(r"^cpu: (.*)$", out, re.M)
    return {k: statistics.median(v) for k, v in times.items()}, (cpu.group(1) if cpu else "?")


def dists(n):
    rng = np.random.default_rng(n)
    p, q = rng.exponential(size=n), rng.exponential(size=n)
    return p / p.sum(), q / q.sum()


def py_time(stmt, glb):
    """Median seconds of one call, over REPEAT rounds of enough calls."""
    t = timeit.Timer(stmt, globals=glb)
    number, _ = t.autorange()
    number = max(1, number // 4)
    return statistics.median(t.repeat(repeat=REPEAT, number=number)) / number


PY_FORMS = {
    "Entropy": {
        "-(p*np.log(p)).sum()": "-(p*np.log(p)).sum()",
        "scipy.stats.entropy(p)": "stats.entropy(p)",
    },
    "KL": {
        "(p*np.log(p/q)).sum()": "(p*np.log(p/q)).sum()",
        "special.rel_entr(p, q).sum()": "special.rel_entr(p, q).sum()",
        "scipy.stats.entropy(p, q)": "stats.entropy(p, q)",
    },
    "JS": {
        "numpy (M, two KLs)": "m=(p+q)/2; ((p*np.log(p/m)).sum()+(q*np.log(q/m)).sum())/2",
        "jensenshannon(p, q)**2": "distance.jensenshannon(p, q)**2",
    },
}


def fmt_time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:8.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:8.2f} µs"
    return f"{ns:8.0f} ns"


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"


def main():
    load_before = load()
    go_times, cpu = go_benchmarks()
    go_version = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    print(f"date:   {subprocess.run(['date', '-u', '+%Y-%m-%d %H:%M UTC'], capture_output=True, text=True).stdout.strip()}")
    print(f"cpu:    {cpu}, {os.cpu_count()} cores")
    print(f"go:     {go_version}")
    print(f"python: {platform.python_version()}, NumPy {np.__version__}, SciPy {scipy.__version__}")
    print(f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '')!r} (no BLAS call is timed here)")
    print(f"load:   {load_before} before")
    print()
    print(f"{'measure':8} {'n':>10} {'divergo':>11} {'gonum':>11} {'÷gonum':>7}  {'fastest NumPy/SciPy form':30} {'time':>11} {'÷numpy':>7}")
    for measure in ["Entropy", "KL", "JS"]:
        for n in SIZES:
            p, q = dists(n)
            glb = {"np": np, "stats": stats, "special": special, "distance": distance, "p": p, "q": q}
            py = {name: py_time(stmt, glb) * 1e9 for name, stmt in PY_FORMS[measure].items()}
            best = min(py, key=py.get)
            ours, gonum = go_times[(measure, n)], go_times[("Gonum" + measure, n)]
            print(f"{measure:8} {n:>10} {fmt_time(ours)} {fmt_time(gonum)} {gonum / ours:6.2f}×  {best:30} {fmt_time(py[best])} {py[best] / ours:6.2f}×")
            for name, t in sorted(py.items(), key=lambda kv: kv[1]):
                if name != best:
                    print(f"{'':8} {'':>10} {'':>11} {'':>11} {'':>7}  {name:30} {fmt_time(t)} {t / ours:6.2f}×")
    print()
    print(f"load:   {load()} after")
    print("÷gonum and ÷numpy: how many times longer the other takes than divergo (> 1: divergo is faster).")


if __name__ == "__main__":
    sys.exit(main())
