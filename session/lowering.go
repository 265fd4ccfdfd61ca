package session

import "github.com/divergo/divergo/session/lower"

// passes are the lowering passes of the running cell, on the session's names.
func (s *Session) passes() *lower.Passes {
	return &lower.Passes{Names: s.names, Imports: s.imports, Aliases: importAliases, Cell: s.cellNo, Tmp: &s.tmp}
}
