#!/usr/bin/python3
"""divergo grade on a class of 40 copies of the KL/JS worksheet (issue 16).

Run from the repository root:

    /usr/bin/python3 bench/grade.py

It builds divergo, writes 40 student notebooks from
notebooks/worksheets/kl-js.ipynb with varied answers (right ones, each
classic mistake the worksheet can show, blanks; chosen by a fixed-seed
random generator), then times `divergo grade --key kl-js-answers.ipynb` over
the folder with --jobs 1 and --jobs 2, three runs each (whole processes,
wall time, after one warm-up run), and prints the first run's summary line;
then the same with the type checker off (DIVERGO_TYPECHECK=off), to show
what starting its importer in each notebook's fresh worker costs.
Goal: ≤ 10 s for the 40 notebooks. Nothing here is a test: the figures go,
unedited, into bench/README.md.
"""
import datetime
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHEET = os.path.join(ROOT, "notebooks", "worksheets", "kl-js.ipynb")
KEY = os.path.join(ROOT, "notebooks", "worksheets", "kl-js-answers.ipynb")

# For each answer: the right expression, then wrong ones a student makes.
CHOICES = {
    "answer1": ["KL(p, q)", "KL(q, p)", "CrossEntropy(p, q)", "KL(p, q, Bits)", "-KL(p, q)", "0.03"],
    "answer2": ["KL(q, p)", "KL(p, q)", "-KL(q, p)"],
    "answer3": ["KL(p, q2, Bits)", "KL(p, q2)", "0.01"],
    "answer4": ["KL(lastWeek, thisWeek, Counts)", "12*math.Log(12.0/10) + 6*math.Log(6.0/5) + 2*math.Log(2.0/5)"],
    "answer5": ["JS(p, q, Bits)", "Jeffreys(p, q, Bits) / 2", "Jeffreys(p, q, Bits)", "JSDistance(p, q, Bits)", "JS(p, q)"],
    "answer6": ["JSDistance(p, q, Bits)", "JS(p, q, Bits)", "JSDistance(p, q)"],
    "answer7a": ["KL(pz, qz)", "KL(pz, qz, Bits)"],
    "answer7b": ["math.Inf(1)", "0.25*math.Log(0.25/0.5) + 0.25*math.Log(0.25/0.5)"],
    "answer8": ["JS(pz, qz, Bits)", "JSDistance(pz, qz, Bits)", "JS(pz, qz)"],
}
ANSWER = re.compile(r"^(answer\w+) := 0\.0 //.*$", re.M)


def cpu():
    with open("/proc/cpuinfo") as f:
        names = re.findall(r"^model name\s*:\s*(.*)$", f.read(), re.M)
    return "%s, %d cores" % (names[0], len(names))


def write_class(folder, n, rng):
    with open(SHEET) as f:
        sheet = json.load(f)
    for i in range(n):
        nb = json.loads(json.dumps(sheet))
        blank = rng.random() < 0.1
        for cell in nb["cells"]:
            if cell["cell_type"] != "code":
                continue
            src = "".join(cell["source"])

            def fill(m):
                if blank:
                    return m.group(0)
                opts = CHOICES[m.group(1)]
                pick = opts[0] if rng.random() < 0.6 else rng.choice(opts[1:])
                return "%s := %s" % (m.group(1), pick)

            cell["source"] = ANSWER.sub(fill, src)
            cell["outputs"] = []
        with open(os.path.join(folder, "student%02d.ipynb" % (i + 1)), "w") as f:
            json.dump(nb, f, ensure_ascii=False, indent=1)


def main():
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "divergo")
        subprocess.run(["go", "build", "-o", exe, "."], cwd=ROOT, check=True, env=dict(os.environ, CGO_ENABLED="0"))
        folder = os.path.join(tmp, "class")
        os.mkdir(folder)
        write_class(folder, 40, rng)
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        print("date:    %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
        print("cpu:     %s" % cpu())
        print("go:      %s" % subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip())
        print("divergo: commit %s%s" % (commit, " (tree with changes)" if dirty else ""))
        print("load:    %.2f %.2f %.2f" % os.getloadavg())
        print("class:   40 copies of kl-js.ipynb (26 code cells, 9 checks each), answers drawn with seed 16")
        print()

        def grade(jobs, out, env=None):
            t0 = time.perf_counter()
            r = subprocess.run([exe, "grade", "--key", KEY, "--jobs", str(jobs), "--out", os.path.join(tmp, out), folder],
                               capture_output=True, text=True, env=dict(os.environ, **(env or {})))
            dt = time.perf_counter() - t0
            if r.returncode != 0:
                sys.exit("divergo grade failed (%d):\n%s%s" % (r.returncode, r.stdout, r.stderr))
            return dt, r.stdout

        grade(2, "warm")
        # The last two: where the time goes. Each worker's first cell starts
        # the type checker's importer (session/check: one `go list -export`);
        # DIVERGO_TYPECHECK=off skips it.
        for jobs, env in ((1, None), (2, None), (1, {"DIVERGO_TYPECHECK": "off"}), (2, {"DIVERGO_TYPECHECK": "off"})):
            times, first = [], None
            for k in range(3):
                dt, out = grade(jobs, "out%d-%d" % (jobs, k), env)
                times.append(dt)
                first = first or out
            print("--jobs %d%s: median %.2f s, min %.2f s, max %.2f s (%.0f ms a notebook)%s" % (
                jobs, ", DIVERGO_TYPECHECK=off" if env else "", statistics.median(times), min(times), max(times),
                1000 * statistics.median(times) / 40,
                "  goal ≤ 10 s: %s" % ("met" if statistics.median(times) <= 10 else "missed")))
            if env:
                continue
            for line in first.strip().splitlines():
                print("    " + line.replace(tmp, "$TMP"))


if __name__ == "__main__":
    main()
