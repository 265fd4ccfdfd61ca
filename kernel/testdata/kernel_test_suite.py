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


if __name__ == "__main__":
    unittest.main()
