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
    out["history"] = kc.history(hist_access_type="tail", n=1, output=True, raw=True, reply=True, timeout=10)["content"]
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    out["alive_after_shutdown"] = km.is_alive()
json.dump(out, sys.stdout)
