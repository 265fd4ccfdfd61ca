# The Jupyter project's kernel test suite (Debian's
# python3-jupyter-kernel-test, jupyter_kernel_test 0.4.5) against
# `divergo kernel`, with every code_* sample set so that no test is
# skipped. Run by TestKernelTestSuite (suite_test.go) as
#
#     /usr/bin/python3 -m unittest -v kernel_test_suite
#
# with JUPYTER_DATA_DIR holding the kernelspec named by DIVERGO_KERNEL_NAME
# (default "divergo").
import os
import unittest

import jupyter_kernel_test


class DivergoKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("DIVERGO_KERNEL_NAME", "divergo")

    # test_kernel_info
    language_name = "go"
    file_extension = ".go"

    # test_execute_stdout, test_execute_stderr
    code_hello_world = 'fmt.Println("hello, world")'
    code_stderr = 'fmt.Fprintln(os.Stderr, "to standard error")'

    # test_completion: the session's completer, the REPL's
    completion_samples = [
        {"text": "Entro", "matches": {"Entropy", "EntropyDensity", "EntropyDensityEstimate"}},
        {"text": "fmt.Sprin", "matches": {"Sprint", "Sprintf", "Sprintln"}},
        {"text": "strings.ToUpp", "matches": {"ToUpper", "ToUpperSpecial"}},
    ]

    # test_is_complete: the session's front end
    complete_code_samples = [
        "1+1",
        "x := 3",
        'fmt.Println("hello")',
        "func f() int { return 1 }",
        "for i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}",
    ]
    incomplete_code_samples = [
        "func f() {",
        "for i := 0; i < 3; i++ {",
        "x := []int{1,\n2,",
        'fmt.Println("a",',
    ]
    invalid_code_samples = [
        "x := )",
        "func ) {",
        "1 + }",
    ]

    # test_pager: NAME? is the doc as a "page" payload
    code_page_something = "KL?"

    # test_error: exactly one output message, the error
    code_generate_error = "undefinedName"

    # test_execute_result (and test_history, with its codes)
    code_execute_result = [
        {"code": "1+2", "result": "3"},
        {"code": '"go" + "pher"', "result": "gopher"},
        {"code": "KL([]float64{0.5, 0.5}, []float64{0.5, 0.5})", "result": "0 nats"},
        {"code": 'display.HTML("<b>bold</b>")', "mime": "text/html", "result": "<b>bold</b>"},
    ]

    # test_display_data
    code_display_data = [
        {"code": 'Display(display.HTML("<b>bold</b>"))', "mime": "text/html"},
        {"code": 'display.Display(display.Markdown("*emphasis*"))', "mime": "text/markdown"},
    ]

    # test_history: tail, range and search (matches "1+2" only, so that a
    # unique search finds one entry)
    code_history_pattern = "1?2*"
    supported_history_operations = ("tail", "range", "search")

    # test_inspect
    code_inspect_sample = "KL"

    # test_clear_output
    code_clear_output = "display.ClearOutput(false)"

    # test_stdin (ours: jupyter_kernel_test 0.4.5 has no stdin sample): each
    # way Go reads standard input asks with an input_request, and the
    # cell sees the reply's line
    code_stdin = [
        ('var name string\nfmt.Scanln(&name)\nfmt.Println("hello,", name)', "Ada", "hello, Ada\n"),
        ('import "bufio"\nsc := bufio.NewScanner(os.Stdin)\nsc.Scan()\nfmt.Println("read", sc.Text())', "two words", "read two words\n"),
        ('b := make([]byte, 64)\nn, _ := os.Stdin.Read(b)\nfmt.Printf("%q\\n", b[:n])', "raw", '"raw\\n"\n'),
    ]

    def test_stdin(self):
        self.flush_channels()
        for code, answer, want in self.code_stdin:
            with self.subTest(code=code):
                msg_id = self.kc.execute(code, allow_stdin=True)
                req = self.kc.get_stdin_msg(timeout=jupyter_kernel_test.TIMEOUT)
                self.assertEqual(req["msg_type"], "input_request")
                self.assertEqual(req["parent_header"]["msg_id"], msg_id)
                self.assertIn("prompt", req["content"])
                self.assertIn("password", req["content"])
                self.kc.input(answer)
                reply = self.kc.get_shell_msg(timeout=jupyter_kernel_test.TIMEOUT)
                self.assertEqual(reply["content"]["status"], "ok")
                out = ""
                while True:
                    m = self.kc.get_iopub_msg(timeout=jupyter_kernel_test.TIMEOUT)
                    if m["parent_header"].get("msg_id") != msg_id:
                        continue
                    if m["msg_type"] == "stream":
                        out += m["content"]["text"]
                    if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                        break
                self.assertEqual(out, want)


if __name__ == "__main__":
    unittest.main()
