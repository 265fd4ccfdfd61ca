#!/usr/bin/python3
"""Start-up and execute round trip of `divergo kernel` beside ipykernel.

Run from the repository root with Debian's python3 (python3-jupyter-client
and python3-ipykernel):

    /usr/bin/python3 bench/kernel.py [STARTS] [EXECUTES]

It builds divergo with `go build -o` into a temporary directory and installs
two kernelspecs into a temporary JUPYTER_DATA_DIR: divergo's (`divergo
kernel install --user`) and ipykernel's (`python3 -m ipykernel install
--user`). Both kernels are driven by the same jupyter_client. Start: from
KernelManager.start_kernel to the first kernel_info reply on shell (the
client sends kernel_info_request until one is answered; its ZeroMQ
reconnect interval is 5 ms), STARTS times each (default 10, the two
interleaved; median). Execute: the round trip of `1+1` through
execute_interactive (execute_request to the execute_reply and the idle
status on iopub, the execute_result between), EXECUTES times per kernel
(default 50, after 5 warm-up runs; median). Nothing here is a test: the
figures go, unedited, into bench/README.md.
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

PYTHON = "/usr/bin/python3"
# The client's ZeroMQ reconnect interval: libzmq's default, 100 ms, would
# round both kernels' start times up to a step of 100 ms (the client
# connects before the kernel listens).
RECONNECT_MS = 5


def cpu():
    try:
        with open("/proc/cpuinfo") as f:
            names = re.findall(r"^model name\s*:\s*(.*)$", f.read(), re.M)
        return "%s, %d cores" % (names[0], len(names))
    except (OSError, IndexError):
        return platform.processor() or "unknown"


def run(cmd, env=None):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    if r.returncode != 0:
        sys.exit("%s failed (%d): %s" % (cmd, r.returncode, r.stdout.decode()))
    return r.stdout.decode().strip()


def start(name):
    """Starts kernel name; returns (seconds to first kernel_info reply, manager, client)."""
    import zmq
    from queue import Empty
    from jupyter_client.manager import KernelManager

    t0 = time.perf_counter()
    km = KernelManager(kernel_name=name)
    km.start_kernel(stderr=subprocess.DEVNULL)
    kc = km.client()
    kc.context.setsockopt(zmq.RECONNECT_IVL, RECONNECT_MS)
    kc.start_channels()
    dt = None
    while dt is None:
        if time.perf_counter() - t0 > 60:
            sys.exit("%s: no kernel_info reply in 60 s" % name)
        msg_id = kc.kernel_info()
        deadline = time.perf_counter() + 1
        while dt is None and time.perf_counter() < deadline:
            try:
                msg = kc.get_shell_msg(timeout=0.5)
            except Empty:
                break
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "kernel_info_reply":
                dt = time.perf_counter() - t0
    kc.wait_for_ready(timeout=60)  # iopub subscribed (not timed)
    return dt, km, kc


def stop(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=False)


def execute(kc, code):
    t0 = time.perf_counter()
    reply = kc.execute_interactive(code, timeout=30, output_hook=lambda msg: None)
    dt = time.perf_counter() - t0
    if reply["content"]["status"] != "ok":
        sys.exit("%s: %s" % (code, reply["content"]))
    return dt


def main():
    starts = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    executes = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tmp = tempfile.mkdtemp(prefix="divergo-kernel-bench")
    os.environ["JUPYTER_DATA_DIR"] = os.path.join(tmp, "jupyter")
    os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(tmp, "runtime")
    os.environ["JUPYTER_PLATFORM_DIRS"] = "1"
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    binary = os.path.join(tmp, "divergo")
    run(["go", "build", "-C", root, "-o", binary, "."], env=dict(os.environ, CGO_ENABLED="0"))
    commit = subprocess.run(["git", "-C", root, "describe", "--always", "--dirty"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode().strip()
    run([binary, "kernel", "install", "--user"])
    run([PYTHON, "-m", "ipykernel", "install", "--user", "--name", "python3"])
    import ipykernel
    import jupyter_client

    kernels = ["divergo", "python3"]
    label = {"divergo": "divergo", "python3": "ipykernel"}
    start_s = {k: [] for k in kernels}
    exec_s = {k: [] for k in kernels}
    for k in kernels:  # warm-up: file caches, Python bytecode
        stop(*start(k)[1:])
    for _ in range(starts):
        for k in kernels:
            dt, km, kc = start(k)
            start_s[k].append(dt)
            stop(km, kc)
    for k in kernels:
        _, km, kc = start(k)
        try:
            for _ in range(5):
                execute(kc, "1+1")
            exec_s[k] = [execute(kc, "1+1") for _ in range(executes)]
        finally:
            stop(km, kc)

    print("date:    %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    print("cpu:     %s" % cpu())
    print("go:      %s" % run(["go", "version"]))
    print("divergo: commit %s" % (commit or "unknown"))
    print("python:  %s, jupyter_client %s, ipykernel %s" % (platform.python_version(), jupyter_client.__version__, ipykernel.__version__))
    print()
    print("%-30s %12s %12s %8s  %s" % ("measure", "divergo", "ipykernel", "ratio", "goal"))
    goals = {"start": 0.2, "execute": 0.5}
    rows = [("start to kernel_info reply", "start", start_s, starts),
            ("execute 1+1, round trip", "execute", exec_s, executes)]
    for title, key, d, n in rows:
        a, b = statistics.median(d["divergo"]), statistics.median(d["python3"])
        ratio = a / b
        ok = "met" if ratio <= goals[key] else "NOT met"
        print("%-30s %9.2f ms %9.2f ms %7.3f×  ≤ %.1f× %s (median of %d)" % (title, 1000 * a, 1000 * b, ratio, goals[key], ok, n))
    for title, key, d, n in rows:
        print("%-30s divergo min %.2f max %.2f ms; ipykernel min %.2f max %.2f ms" % (
            title, 1000 * min(d["divergo"]), 1000 * max(d["divergo"]), 1000 * min(d["python3"]), 1000 * max(d["python3"])))
    print()
    print("ratio: divergo's time ÷ ipykernel's (< 1: divergo is faster).")


if __name__ == "__main__":
    main()
