package asm

// Add is written in assembly.
func Add(a, b int) int
