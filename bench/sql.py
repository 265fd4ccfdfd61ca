#!/usr/bin/python3
"""SQL speed: runs the Go benchmarks of package query (query/bench_test.go,
query/engines_bench_test.go) and prints their figures and the issues' ratios.

    /usr/bin/python3 bench/sql.py [-count N] [-engines-count M] [-rows R] [-only sqlite|engines]

Part 1 (issue 4, issue 15 item 3): SQLite alone, 1,000,000 rows, each
benchmark N times (default 5), medians. Part 2 (issue 13): BenchmarkEngines,
built with -tags duckdb (cgo), on SQLite, DuckDB and PostgreSQL (a throwaway
server the benchmark starts: Debian's postgresql package), R rows (default
10,000,000), M times (default 1): kl(p, q) over one group and by GROUP BY
over 1,000 groups beside the plain sum(p*ln(p/q)), PostgreSQL with 0 and 2
parallel workers, the import of a drift CSV of R rows, and on DuckDB the
parts of the kl macro alone (its compensated sum, totals, row check) and kl
over a table with zeros; then the agreement test of every measure on every
engine against the builtins.
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

ENGINE_LINE = re.compile(r"^BenchmarkEngines/(\S+?)(?:-\d+)?\s+(\d+)\s+([\d.]+) ns/op\s+([\d.e+]+) rows/s")
PAIR_LINE = re.compile(r"^BenchmarkEngines/DuckDB/pair/(\S+?)(?:-\d+)?\s+(\d+)\s+([\d.]+) ns/op\s+([\d.e+]+) ratio\s+([\d.e+]+) rows/s")

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
    ap.add_argument("-engines-count", type=int, default=1)
    ap.add_argument("-rows", type=int, default=10_000_000)
    ap.add_argument("-only", choices=["sqlite", "engines"])
    args = ap.parse_args()

    print(f"date:   {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"cpu:    {cpu()}")
    print(f"go:     {sh('go', 'version')}")
    print(f"sqlite: modernc.org/sqlite {sh('go', 'list', '-m', '-f', '{{.Version}}', 'modernc.org/sqlite')}")
    print(f"load:   {load()} (1, 5, 15 min) before")
    print(f"runs:   -count {args.count}; medians")
    print()

    if args.only != "engines":
        sqlite_part(args)
    if args.only != "sqlite":
        engines_part(args)
    print(f"load:   {load()} (1, 5, 15 min) after")


def sqlite_part(args):
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
        print(f"{'ImportCSV rows/s':<58} {ROWS / (med['ImportCSV'] / 1e9) / 1e6:>5.2f} M   (goal ≥ 2 M, issue 15)")
    print()


def engines_part(args):
    env = dict(os.environ, CGO_ENABLED="1", CI="true", DIVERGO_BENCH_ROWS=str(args.rows))
    print(f"duckdb: github.com/duckdb/duckdb-go/v2 {sh('go', 'list', '-m', '-f', '{{.Version}}', 'github.com/duckdb/duckdb-go/v2')}")
    print(f"postgres: {sh('sh', '-c', 'ls /usr/lib/postgresql | sort -n | tail -1')} (Debian), pgx {sh('go', 'list', '-m', '-f', '{{.Version}}', 'github.com/jackc/pgx/v5')}")
    print(f"load:   {load()} (1, 5, 15 min) before the engines")
    cmd = ["go", "test", "-tags", "duckdb", "-run", "^$", "-bench", "^BenchmarkEngines$", "-benchtime", "1x",
           "-count", str(args.engines_count), "-timeout", "60m", "./query"]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{p.stdout}\n{p.stderr}")
    rates, pairs = {}, {}
    for line in p.stdout.splitlines():
        m = PAIR_LINE.match(line)
        if m:
            pairs.setdefault(m.group(1), []).append(float(m.group(4)))
            continue
        m = ENGINE_LINE.match(line)
        if m:
            rates.setdefault(m.group(1), []).append(float(m.group(4)))
    med = {k: statistics.median(v) for k, v in rates.items()}
    print()
    print(f"{'engine / benchmark (' + format(args.rows, ',') + ' rows)':<58} {'rows/s':>10}")
    for k in sorted(med):
        print(f"{k:<58} {med[k] / 1e6:>8.2f} M")
    print()

    def r(a, b, what, goal=""):
        if a in med and b in med:
            print(f"{what:<64} {med[a] / med[b]:>7.2f}×  {goal}")

    def v(a, what, goal=""):
        if a in med:
            print(f"{what:<64} {med[a] / 1e6:>7.2f} M {goal}")

    v("DuckDB/kl", "DuckDB kl(p, q) rows/s", "(goal ≥ 100 M)")
    r("DuckDB/kl", "SQLite/kl", "DuckDB kl ÷ SQLite kl", "(goal ≥ 25×)")
    r("DuckDB/kl", "DuckDB/plainSQL", "DuckDB kl macro ÷ DuckDB plain sum(p*ln(p/q))", "(goal ≥ 0.8×)")
    r("DuckDB/groupby-kl", "SQLite/groupby-kl", "GROUP BY 1,000 groups: DuckDB kl_counts ÷ SQLite kl_counts")
    r("DuckDB/groupby-kl", "DuckDB/groupby-plainSQL", "GROUP BY: DuckDB kl_counts ÷ DuckDB plain sum")
    print("DuckDB, run alternately with the plain sum(p*ln(p/q)), 9 times each (speed ÷ the plain sum's, medians):")
    for name, what, goal in [
        ("kl÷plainSQL", "kl(p, q), the macro", "(goal ≥ 0.8×)"),
        ("fsum÷plainSQL", "  fsum(p*ln(p/q)) (the old macros' compensated sum)", ""),
        ("split-sum÷plainSQL", "  sum(hi) + sum(lo) of the terms (the macros' compensated sum)", ""),
        ("nullif÷plainSQL", "  sum(p*ln(nullif(p, 0)/q)) (a zero p's term dropped)", ""),
        ("totals÷plainSQL", "  the plain sum with sum(p), sum(q), count(p + q) (the totals)", ""),
        ("rowcheck÷plainSQL", "  the plain sum with sum(p) through the row check", ""),
        ("minmax÷plainSQL", "  the plain sum with min, max of p and q (the old checks)", ""),
        ("zeros/kl÷plainSQL", "with zeros (p = 0 in 1 row of 10): kl ÷ sum(CASE p = 0 …)", ""),
        ("groupby-kl÷plainSQL", "GROUP BY 1,000 groups: kl_counts ÷ plain sum", ""),
    ]:
        if name in pairs:
            print(f"{what:<64} {statistics.median(pairs[name]):>7.2f}×  {goal}")
    r("PostgreSQL/kl/workers=2", "PostgreSQL/kl/workers=0", "PostgreSQL kl: 2 parallel workers ÷ none", "(goal > 1×)")
    r("PostgreSQL/groupby-kl/workers=2", "PostgreSQL/groupby-kl/workers=0", "PostgreSQL GROUP BY kl_counts: 2 workers ÷ none", "(goal > 1×)")
    r("PostgreSQL/kl/workers=0", "PostgreSQL/plainSQL/workers=0", "PostgreSQL kl aggregate ÷ plain sum (no workers)")
    r("PostgreSQL/kl/workers=0", "SQLite/kl", "PostgreSQL kl (no workers) ÷ SQLite kl")
    v("DuckDB/importCSV", "CSV import, DuckDB (read_csv)", "(goal ≥ 5 M)")
    v("PostgreSQL/importCSV", "CSV import, PostgreSQL (COPY FROM STDIN)", "(goal ≥ 1 M)")
    v("SQLite/importCSV", "CSV import, SQLite (ImportCSV)")
    print()
    cmd = ["go", "test", "-tags", "duckdb", "-run", "^TestEnginesAgree$", "-count", "1", "-v", "./query"]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    print("agreement, every measure (aggregate and window form) on every engine against builtins, fresh random groups:")
    for line in p.stdout.splitlines():
        if "seed" in line or "--- " in line:
            print("  " + line.strip())
    if p.returncode != 0:
        print(p.stdout[-3000:])
    print()


if __name__ == "__main__":
    main()
