package check

// ConstDecl returns the declaration the checker has of the session's
// constant name, with its value ("const W = 2"), or "" when name is not a
// constant whose value it knows.
func (s *Session) ConstDecl(name string) string {
	if e := s.names[name]; e != nil && e.kind == kConst {
		return e.src
	}
	return ""
}

// ConstDecl returns the declaration of the constant name a checked cell
// makes last, with its value, or "" (see Session.ConstDecl).
func (r *Result) ConstDecl(name string) string {
	src := ""
	for _, u := range r.updates {
		if !u.method && u.name == name {
			src = ""
			if u.e != nil && u.e.kind == kConst {
				src = u.e.src
			}
		}
	}
	return src
}
