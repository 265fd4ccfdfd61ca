# Drives `divergo kernel` through Debian's jupyter_client (run by
# TestJupyterClient with /usr/bin/python3 and JUPYTER_DATA_DIR set to a
# directory holding the divergo kernelspec). Prints one JSON object.
import json, sys, time
from jupyter_client.manager import KernelManager

out = {}
t0 = time.monotonic()
km = KernelManager(kernel_name="divergo")
km.start_kernel()
kc = km.client()
kc.start_channels()
try:
    kc.wait_for_ready(timeout=30)
    out["start_to_ready_s"] = time.monotonic() - t0
    out["kernel_info"] = kc.kernel_info(reply=True, timeout=10)["content"]

    def run(code, timeout=10):
        msgs = []
        def hook(m):
            msgs.append({"msg_type": m["msg_type"], "content": m["content"]})
        reply = kc.execute_interactive(code, timeout=timeout, output_hook=hook)
        return {"reply": reply["content"], "iopub": msgs}

    run("1+1")
    n = 20
    t = time.monotonic()
    for _ in range(n):
        kc.execute("1+1", reply=True, timeout=10)
    out["execute_mean_s"] = (time.monotonic() - t) / n
    out["one_plus_one"] = run("1+1")
    out["stdout"] = run('fmt.Println("hello")')
    out["error"] = run("undefinedName")
    run("x := 42")
    kc.execute("for {}")
    time.sleep(0.3)
    t = time.monotonic()
    km.interrupt_kernel()
    out["interrupted"] = kc.get_shell_msg(timeout=10)["content"]
    out["interrupt_delay_s"] = time.monotonic() - t
    out["after_interrupt"] = run("x")
    out["complete"] = kc.complete("Entr", 4, reply=True, timeout=10)["content"]
    kc.is_complete("func f() {")
    out["is_complete"] = kc.get_shell_msg(timeout=10)["content"]
    out["inspect"] = kc.inspect("KL", 2, reply=True, timeout=10)["content"]
    # Faults: each ends as an error in its cell, and x is still 42 after.
    faults = {
        "recursion": "func f(n int) int { return f(n+1) + 1 }\nf(0)",
        "mutual_recursion": "func even(n int) bool { if n == 0 { return true }; return odd(n-1) }\nfunc odd(n int) bool { if n == 0 { return false }; return even(n-1) }\neven(10000001)",
        "goroutine_recursion": "func h(n int) int { return h(n+1) + 1 }\ndone := make(chan bool)\ngo func() { defer close(done); h(0) }()\n<-done",
        "concurrent_map_writes": "m := map[int]int{}\nfor i := 0; i < 4; i++ { go func() { for j := 0; ; j++ { m[j%100] = j } }() }\ntime.Sleep(5 * time.Second)",
        "huge_allocation": "b := make([]byte, 1<<40)\nb[len(b)-1] = 1",
        "os_exit": "os.Exit(3)",
        "deadlock": "ch := make(chan int)\nch <- 1",
        "log_fatal": 'import "log"\nlog.Fatal("bye")',
        "goroutine_panic": "done := make(chan bool)\ngo func() { defer close(done); var m map[string]int; m[\"a\"] = 1 }()\n<-done\ntime.Sleep(100 * time.Millisecond)",
    }
    out["faults"] = {}
    for name, code in faults.items():
        r = run(code, timeout=60)
        r["x_after"] = run("x")
        out["faults"][name] = r
    # Faults that never end by themselves: interrupted after a second; the
    # reply is an error, the iopub output stays bounded, x is kept.
    def run_interrupted(code, after=1.0):
        msg_id = kc.execute(code)
        time.sleep(after)
        t = time.monotonic()
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=30)["content"]
        delay = time.monotonic() - t
        streamed = 0
        while True:
            m = kc.get_iopub_msg(timeout=30)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "stream":
                streamed += len(m["content"]["text"])
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        return {"reply": reply, "interrupt_delay_s": delay, "streamed_bytes": streamed, "x_after": run("x")}

    out["endless"] = {
        "endless_printing": run_interrupted('for i := 0; ; i++ { fmt.Println("line", i) }'),
        "native_sleep": run_interrupted("time.Sleep(time.Hour)"),
    }
    # Large values: shown in milliseconds, their first and last rows.
    t = time.monotonic()
    out["big_slice"] = run("big := make([]float64, 1000000)\nbig", timeout=60)
    out["big_slice"]["seconds"] = time.monotonic() - t
    run("%%sql\nCREATE TABLE million AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000000) SELECT i, i * 0.5 AS half FROM c;", timeout=120)
    t = time.monotonic()
    out["big_select"] = run("%%sql\nSELECT * FROM million;", timeout=120)
    out["big_select"]["seconds"] = time.monotonic() - t
    out["big_after"] = run("x")
    out["history"] = kc.history(hist_access_type="tail", n=1, output=True, raw=True, reply=True, timeout=10)["content"]
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    out["alive_after_shutdown"] = km.is_alive()
json.dump(out, sys.stdout)
