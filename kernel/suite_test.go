package kernel

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// suiteTests are the tests of jupyter_kernel_test 0.4.5's KernelTests,
// and our test_stdin beside them; every one must run and pass.
var suiteTests = []string{
	"test_clear_output", "test_completion", "test_display_data", "test_error",
	"test_execute_result", "test_execute_stderr", "test_execute_stdout",
	"test_history", "test_inspect", "test_is_complete", "test_kernel_info",
	"test_pager", "test_stdin",
}

// TestKernelTestSuite runs the Jupyter project's kernel test suite
// (Debian's python3-jupyter-kernel-test, with /usr/bin/python3) against
// `divergo kernel`: testdata/kernel_test_suite.py sets every code_*
// sample. The kernelspec is installed into a temporary JUPYTER_DATA_DIR
// and points at the binary built for the package's tests. The test fails
// if any of the suite's tests fails or is skipped (a subtest too); it
// skips without jupyter_kernel_test only when CI is unset.
func TestKernelTestSuite(t *testing.T) {
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("-short")
	}
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import jupyter_kernel_test").Run(); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("no jupyter_kernel_test for %s (apt-get install python3-jupyter-kernel-test): %v", python, err)
		}
		t.Fatalf("CI: %s cannot import jupyter_kernel_test: %v", python, err)
	}
	dir := t.TempDir()
	bin := buildDivergo(t)
	const name = "divergo-suite"
	data := filepath.Join(dir, "jupyter")
	env := append(os.Environ(),
		"JUPYTER_DATA_DIR="+data,
		"JUPYTER_RUNTIME_DIR="+filepath.Join(dir, "runtime"),
		"JUPYTER_PLATFORM_DIRS=1",
		"DIVERGO_KERNEL_NAME="+name,
		"PYTHONDONTWRITEBYTECODE=1")
	install := exec.Command(bin, "kernel", "install", "--user", "--name", name)
	install.Env = env
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("divergo kernel install --user --name %s: %v\n%s", name, err, out)
	}
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "-m", "unittest", "-v", "kernel_test_suite")
	cmd.Dir = dir
	cmd.Env = append(env, "PYTHONPATH="+testdata)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	runErr := cmd.Run()
	text := out.String()
	t.Logf("jupyter_kernel_test:\n%s", text)
	if runErr != nil {
		t.Errorf("%s -m unittest: %v", python, runErr)
	}
	problems := checkSuiteOutput(text)
	for _, p := range problems {
		t.Error(p)
	}
}

var (
	suiteRan     = regexp.MustCompile(`(?m)^Ran (\d+) tests? in .*\n+^(OK|FAILED)(.*)$`)
	suiteResult  = regexp.MustCompile(`(?m)^(test_\w+) \([\w.]+\) \.\.\. (.*)$`)
	suiteSkipped = regexp.MustCompile(`(?m)\.\.\. skipped`)
)

// checkSuiteOutput reads the output of `python3 -m unittest -v`: every
// test of suiteTests must be reported ok, none skipped (nor a subtest),
// and the summary must be a plain "OK".
func checkSuiteOutput(text string) []string {
	var problems []string
	status := map[string]string{}
	for _, m := range suiteResult.FindAllStringSubmatch(text, -1) {
		status[m[1]] = strings.TrimSpace(m[2])
	}
	for _, name := range suiteTests {
		// A test with subtests that fail or skip reports them on lines of
		// their own, leaving its own line's result empty; the summary
		// then says so.
		if s, ok := status[name]; !ok {
			problems = append(problems, name+": not run")
		} else if s != "ok" && s != "" {
			problems = append(problems, name+": "+s)
		}
	}
	if n := len(suiteSkipped.FindAllString(text, -1)); n > 0 {
		problems = append(problems, fmt.Sprintf("%d tests or subtests skipped", n))
	}
	m := suiteRan.FindStringSubmatch(text)
	switch {
	case m == nil:
		problems = append(problems, "no unittest summary")
	case m[1] != strconv.Itoa(len(suiteTests)):
		problems = append(problems, fmt.Sprintf("ran %s tests, want %d", m[1], len(suiteTests)))
	}
	if m != nil && (m[2] != "OK" || strings.TrimSpace(m[3]) != "") {
		problems = append(problems, fmt.Sprintf("summary %q, want OK", m[2]+m[3]))
	}
	return problems
}

// TestCheckSuiteOutput: the reading of unittest's output catches a
// failed subtest, a skipped test and a missing test.
func TestCheckSuiteOutput(t *testing.T) {
	var ok strings.Builder
	for _, name := range suiteTests {
		fmt.Fprintf(&ok, "%s (kernel_test_suite.DivergoKernelTests.%s) ... ok\n", name, name)
	}
	summary := func(n int, result string) string {
		return fmt.Sprintf("\n----------------------------------------------------------------------\nRan %d tests in 6.219s\n\n%s\n", n, result)
	}
	pass := ok.String() + summary(len(suiteTests), "OK")
	if p := checkSuiteOutput(pass); len(p) != 0 {
		t.Errorf("passing run: %v", p)
	}
	failed := strings.Replace(ok.String(), "test_completion) ... ok\n",
		"test_completion) ... \n  test_completion (kernel_test_suite.DivergoKernelTests.test_completion) (text='x') ... FAIL\n", 1)
	skipped := strings.Replace(ok.String(), "test_pager) ... ok", "test_pager) ... skipped ''", 1)
	subSkipped := strings.Replace(ok.String(), "test_history) ... ok\n",
		"test_history) ... \n  test_history (kernel_test_suite.DivergoKernelTests.test_history) (hist_access_type='search') ... skipped ''\n", 1)
	missing := strings.Replace(ok.String(), "test_inspect (kernel_test_suite.DivergoKernelTests.test_inspect) ... ok\n", "", 1)
	for name, text := range map[string]string{
		"failed subtest":  failed + summary(len(suiteTests), "FAILED (failures=1)"),
		"skipped":         skipped + summary(len(suiteTests), "OK (skipped=1)"),
		"skipped subtest": subSkipped + summary(len(suiteTests), "OK (skipped=1)"),
		"missing":         missing + summary(len(suiteTests)-1, "OK"),
		"no summary":      ok.String(),
	} {
		if p := checkSuiteOutput(text); len(p) == 0 {
			t.Errorf("%s: no problem found", name)
		}
	}
}
