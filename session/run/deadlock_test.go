package run

import "testing"

// TestDeadlocked judges goroutine dumps as runtime.Stack writes them.
func TestDeadlocked(t *testing.T) {
	const eval = "goroutine 1 [select]:\ngithub.com/traefik/yaegi/interp.(*Interpreter).ExecuteWithContext(0x1, {0x2})\n\t/x/program.go:200\n"
	const reader = "goroutine 7 [IO wait]:\ninternal/poll.(*FD).Read()\n\t/x/fd.go:1\ngithub.com/divergo/divergo/worker.serve.func1()\n\t/x/serve.go:1\n"
	const cellSend = "goroutine 9 [chan send]:\ngithub.com/traefik/yaegi/interp.runCfg(0x1)\n\t/x/run.go:234\n"
	const cellSelect = "goroutine 10 [select, 2 minutes]:\ngithub.com/traefik/yaegi/interp.recv.func1()\n\t/x/run.go:1\n"
	const cellSleep = "goroutine 11 [sleep]:\ntime.Sleep(0x1)\ngithub.com/traefik/yaegi/interp.callBin.func1()\n\t/x/run.go:1\n"
	const nativeIO = "goroutine 12 [IO wait]:\nnet/http.(*persistConn).readLoop()\n\t/x/transport.go:1\n"
	const nativeBlocked = "goroutine 13 [chan receive]:\ndatabase/sql.(*DB).connectionOpener()\n\t/x/sql.go:1\n"
	for _, c := range []struct {
		name string
		dump string
		want bool
	}{
		{"a send nobody receives", eval + "\n" + reader + "\n" + cellSend, true},
		{"two cell goroutines waiting on each other, a blocked library goroutine", eval + "\n" + cellSend + "\n" + cellSelect + "\n" + nativeBlocked, true},
		{"a sleeping goroutine can still send", eval + "\n" + cellSend + "\n" + cellSleep, false},
		{"I/O can wake the cell", eval + "\n" + cellSelect + "\n" + nativeIO, false},
		{"no cell goroutine", eval + "\n" + reader, false},
		{"a running goroutine", eval + "\n" + cellSend + "\n" + "goroutine 20 [running]:\nmain.f()\n", false},
	} {
		if got := Deadlocked([]byte(c.dump)); got != c.want {
			t.Errorf("%s: deadlocked = %v, want %v", c.name, got, c.want)
		}
	}
}
