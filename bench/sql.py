#!/usr/bin/python3
"""SQL speed: runs the Go benchmarks of package query (query/bench_test.go)
and prints their figures and the issue's ratios.

    /usr/bin/python3 bench/sql.py [-count N]

Each benchmark runs N times (default 5; `go test -count`), a fixed number of
iterations each; the table gives the median time per operation and the rows
per second it means. All on one in-memory SQLite database per benchmark.
"""

import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = 1_000_000

# (benchmark regexp, -benchtime)
RUNS = [
    ("^BenchmarkKL$", "5x"),
    ("^BenchmarkGroupBy$", "3x"),
    ("^BenchmarkImportCSV$", "2x"),
    ("^BenchmarkInsert$", "2x"),
    ("^BenchmarkGoSlice$", "2x"),
]

LABELS = {
    "KL/kl": "SELECT kl(p, q) FROM t",
    "KL/plainSQL": "SELECT sum(p*ln(p/q)) FROM t",
    "KL/portableSQL": "SELECT <PortableSQL kl> FROM t",
    "KL/count": "SELECT count(p) FROM t (the scan alone)",
    "GroupBy/kl": "kl_counts(p, q) … GROUP BY g (1,000 groups)",
    "GroupBy/plainSQL": "sum(p*ln(p/q)) … GROUP BY g",
    "ImportCSV": "ImportCSV (feature,bin,p,q)",
    "Insert/loop": "prepared 1-row INSERT loop, rows in memory",
    "Insert/multirow": "250-row INSERTs, rows in memory",
    "GoSlice/FromGo": "FromGo: slice of structs → table",
    "GoSlice/FromGo+query": "FromGo, then SELECT sum(p)",
    "GoSlice/vtab+query": "CREATE VIRTUAL TABLE (vtab), then SELECT sum(p)",
    "GoSlice/vtab→table": "INSERT … SELECT from the virtual table",
    "GoSlice/query/materialised": "SELECT sum(p), FromGo's table",
    "GoSlice/query/vtab": "SELECT sum(p), the virtual table",
}

LINE = re.compile(r"^Benchmark(\S+?)(?:-\d+)?\s+(\d+)\s+([\d.]+) ns/op(?:\s+([\d.e+]+) rows/s)?")


def sh(*cmd):
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout.strip()


def cpu():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip() + f", {os.cpu_count()} cores"
    except OSError:
        pass
    return platform.processor()


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-count", type=int, default=5)
    args = ap.parse_args()

    print(f"date:   {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"cpu:    {cpu()}")
    print(f"go:     {sh('go', 'version')}")
    print(f"sqlite: modernc.org/sqlite {sh('go', 'list', '-m', '-f', '{{.Version}}', 'modernc.org/sqlite')}")
    print(f"load:   {load()} (1, 5, 15 min) before")
    print(f"runs:   -count {args.count}; medians")
    print()

    times = {}
    for pattern, benchtime in RUNS:
        cmd = ["go", "test", "-run", "^$", "-bench", pattern, "-benchtime", benchtime,
               "-count", str(args.count), "./query"]
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{p.stdout}\n{p.stderr}")
        for line in p.stdout.splitlines():
            m = LINE.match(line)
            if m:
                times.setdefault(m.group(1), []).append(float(m.group(3)))

    print(f"{'benchmark (1,000,000 rows)':<50} {'median':>10} {'rows/s':>10}")
    med = {}
    for name, label in LABELS.items():
        if name not in times:
            continue
        t = statistics.median(times[name])
        med[name] = t
        print(f"{label:<50} {t / 1e6:>7.0f} ms {ROWS / (t / 1e9) / 1e6:>8.2f} M")
    print()

    def ratio(a, b, what, goal=None):
        if a in med and b in med:
            r = med[b] / med[a]
            g = f"   (goal ≥ {goal}×)" if goal else ""
            print(f"{what:<58} {r:>5.2f}×{g}")

    ratio("KL/kl", "KL/plainSQL", "kl(p, q) speed ÷ plain sum(p*ln(p/q)) speed", 0.9)
    ratio("KL/portableSQL", "KL/plainSQL", "portable kl speed ÷ plain sum speed")
    ratio("GroupBy/kl", "GroupBy/plainSQL", "GROUP BY: kl_counts speed ÷ plain sum speed")
    ratio("ImportCSV", "Insert/loop", "ImportCSV speed ÷ prepared 1-row INSERT loop speed")
    ratio("ImportCSV", "Insert/multirow", "ImportCSV speed ÷ 250-row INSERTs of parsed rows")
    ratio("GoSlice/vtab+query", "GoSlice/FromGo+query", "Go slice, make + query: vtab speed ÷ FromGo speed")
    ratio("GoSlice/query/vtab", "GoSlice/query/materialised", "Go slice, query again: vtab speed ÷ materialised")
    if "ImportCSV" in med:
        print(f"{'ImportCSV rows/s':<58} {ROWS / (med['ImportCSV'] / 1e9) / 1e6:>5.2f} M   (goal ≥ 1 M)")
    print()
    print(f"load:   {load()} (1, 5, 15 min) after")


if __name__ == "__main__":
    main()
