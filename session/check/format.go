package check

// This file holds the boundary pass's reading of fmt's format strings.

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
)

// formatVerbs refuses, in a call of fmt's Printf family with a constant
// format, a verb other than %v %s %q %x %X of a value of a program type
// with a String or Error method (and no Format): Go prints the value
// itself, the interpreter its wrapper.
func (b *boundary) formatVerbs(call *ast.CallExpr) {
	fn, i, format, ok := printfCall(call, b.info)
	if !ok {
		return
	}
	verbs, ok := pairVerbs(format)
	if !ok {
		return
	}
	for k, verb := range verbs {
		if i+1+k >= len(call.Args) {
			break
		}
		a := call.Args[i+1+k]
		t := b.info.TypeOf(a)
		if t == nil || programNamed(t) == nil || types.IsInterface(t) {
			continue
		}
		ms := methodsOf(t)
		if ms["Format"] || !(ms["String"] || ms["Error"]) {
			continue
		}
		if verb == "" {
			continue
		}
		v := verb[len(verb)-1]
		if strings.IndexByte("vsqxXTpw", v) >= 0 { // %w: Errorf wraps the error
			continue
		}
		m := "String"
		if ms["Error"] {
			m = "Error"
		}
		hint := "print its fields"
		if basic, ok := t.Underlying().(*types.Basic); ok {
			hint = "convert it: " + basic.Name() + "(…)"
		}
		b.refuse(a, "fmt.%s's %%%c of %s, a type with %s: Go prints the value itself, the interpreter would print its own wrapper; %s",
			fn, v, typeString(t), article(m)+" method", hint)
		return
	}
}

// printfCall recognises a call of fmt's Printf family with a constant
// format: the function's name, the format's argument index and the format.
func printfCall(call *ast.CallExpr, info *types.Info) (string, int, string, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", 0, "", false
	}
	f, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || f.Pkg() == nil || f.Pkg().Path() != "fmt" {
		return "", 0, "", false
	}
	i, ok := map[string]int{"Printf": 0, "Sprintf": 0, "Errorf": 0, "Fprintf": 1, "Appendf": 1}[f.Name()]
	if !ok || i >= len(call.Args) {
		return "", 0, "", false
	}
	tv := info.Types[call.Args[i]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", 0, "", false
	}
	return f.Name(), i, constant.StringVal(tv.Value), true
}

// pairVerbs returns the verb each argument of a format is printed with, in
// order, with its # and + flags ("d", "#v", "+v"; a '*' width or precision
// takes an argument of its own, given ""); false when the format uses
// explicit argument indexes ([n]).
func pairVerbs(format string) ([]string, bool) {
	var verbs []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		flags := ""
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			if format[i] == '#' || format[i] == '+' {
				flags += string(format[i])
			}
			i++
		}
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '*' || format[i] == '.' || format[i] == '[') {
			switch format[i] {
			case '*':
				verbs = append(verbs, "")
			case '[':
				return nil, false
			}
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		r := []rune(format[i:])[0]
		verbs = append(verbs, flags+string(r))
		i += len(string(r)) - 1
	}
	return verbs, true
}
