package cmdutil

import (
	"os"
	"syscall"
)

// Interrupted is the cause of a run stopped by a signal.
type Interrupted struct{ Signal os.Signal }

func (e *Interrupted) Error() string { return "interrupted by " + e.Signal.String() }

// Code is the exit status for the signal: 128 + its number.
func (e *Interrupted) Code() ExitCode {
	if s, ok := e.Signal.(syscall.Signal); ok {
		return ExitCode(128 + int(s))
	}
	return ExitInterrupt
}
