package kernel

import (
	"strings"
	"testing"
)

// TestPager: `KL?` and `%doc KL` send the doc as the execute reply's page
// payload, with no execute_result or stream on iopub.
func TestPager(t *testing.T) {
	_, c := startKernel(t)
	for _, code := range []string{"KL?", "%doc KL", "KL??"} {
		rep, pub := c.execute(code)
		if rep["status"] != "ok" {
			t.Fatalf("%s: %v", code, rep)
		}
		payload, _ := rep["payload"].([]any)
		if len(payload) != 1 {
			t.Fatalf("%s: payload %v", code, rep["payload"])
		}
		p, _ := payload[0].(map[string]any)
		data, _ := p["data"].(map[string]any)
		doc, _ := data["text/plain"].(string)
		if p["source"] != "page" || p["start"] != float64(0) || !strings.Contains(doc, "KL") {
			t.Errorf("%s: payload %v", code, p)
		}
		for _, m := range pub {
			switch m.Header.MsgType {
			case "execute_result", "stream", "display_data":
				t.Errorf("%s: %s on iopub: %s", code, m.Header.MsgType, m.Content)
			}
		}
	}
	// Other results keep an empty payload.
	rep, pub := c.execute("1+1")
	if p, _ := rep["payload"].([]any); rep["status"] != "ok" || p == nil || len(p) != 0 || find(pub, "execute_result") == nil {
		t.Errorf("1+1: %v %v", rep, types(pub))
	}
	// A doc that does not exist is an error, not a page.
	if rep, _ := c.execute("NoSuchName?"); rep["status"] != "error" {
		t.Errorf("NoSuchName?: %v", rep)
	}
}
