//go:build !linux

package kernel

// notifyDeath does nothing where there is no parent-death signal: the
// polling of WatchParent finds the parent gone within a second.
func (w *parentWatch) notifyDeath() {}
