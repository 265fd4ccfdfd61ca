package grade

import (
	"fmt"
	"testing"
)

func TestChecksOfWorksheets(t *testing.T) {
	for path, want := range map[string][]string{
		worksheet: exercises,
		"../notebooks/worksheets/kl-js-answers.ipynb": exercises,
		"../notebooks/worksheets/entropy-cross-entropy.ipynb": {"Exercise 1", "Exercise 2", "Exercise 3", "Exercise 4", "Exercise 5",
			"Exercise 6 (a)", "Exercise 6 (b)", "Exercise 7", "Exercise 8"},
	} {
		nb, err := ReadNotebook(path)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range nb.Checks() {
			got = append(got, c.Exercise)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: exercises %q, want %q", path, got, want)
		}
	}
}

func TestIsCheckCell(t *testing.T) {
	for src, want := range map[string]bool{
		`Check("KL", answer1, p, q)`:                          true,
		"// the check\nCheck(\"KL\", a, p, q, Bits)\n":        true,
		"x := 1\nTryCheck(\"KL\", x, p, q)":                   true,
		"Check(\"KL\",\n\tanswer1,\n\tp, q)":                  true,
		"func f() {}\nCheck(\"KL\", answer1, p, q)":           true, // a declaration: the fallback
		"type T struct{}\nCheck(\"KL\", answer1, p, q\n":      true, // does not parse: the fallback
		"%time\nCheck(\"KL\", answer1, p, q)":                 true,
		`v := Check("KL", KL(q2, p), p, q2)`:                  false,
		"v = Check(\"KL\", 1, p, q)\nfmt.Println(v.Mistake)":  false,
		"func f() {}\nv := Check(\"KL\", 1, p, q)\nv.Mistake": false,
		`fmt.Println(Check("KL", 1, p, q))`:                   false,
		`KL(p, q)`:                                            false,
		"":                                                    false,
	} {
		if got := isCheckCell(src); got != want {
			t.Errorf("isCheckCell(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestLabels(t *testing.T) {
	nb, err := ParseNotebook("ada.ipynb", []byte(`{"cells": [
		{"cell_type": "code", "source": "Check(\"KL\", 1, p, q)", "metadata": {}},
		{"cell_type": "markdown", "source": ["# Title\n", "### **Exercise 1**\n", "text #not a heading"]},
		{"cell_type": "code", "source": "Check(\"KL\", 1, p, q)"},
		{"cell_type": "markdown", "source": "## Exercise 2 ##\n"},
		{"cell_type": "code", "source": "Check(\"KL\", 1, p, q)"},
		{"cell_type": "code", "source": "Check(\"KL\", 1, q, p)", "metadata": {"divergo": {"exercise": "2 reversed"}}},
		{"cell_type": "code", "source": "Check(\"KL\", 2, q, p)"},
		{"cell_type": "markdown", "source": "`+"```"+`\n# a comment in a fence\n`+"```"+`"}
	], "metadata": {"divergo": {"student": " Ada "}}}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range nb.Checks() {
		got = append(got, fmt.Sprintf("%d:%s", c.Code, c.Exercise))
	}
	if want := "[1:check 1 2:Exercise 1 3:Exercise 2 (a) 4:2 reversed 5:Exercise 2 (b)]"; fmt.Sprint(got) != want {
		t.Errorf("labels %v, want %s", got, want)
	}
	if nb.Student() != "Ada" {
		t.Errorf("student %q", nb.Student())
	}
	if _, err := ParseNotebook("x.ipynb", []byte(`{"a": 1}`)); err == nil {
		t.Error("a JSON file without cells is a notebook")
	}
}
