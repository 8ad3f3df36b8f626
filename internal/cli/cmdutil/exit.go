// Package cmdutil holds what the quotelens commands share: exit codes,
// configuration and input wiring, the analysis run and atomic output files.
package cmdutil

import (
	"errors"
	"fmt"
)

// ExitCode is the process exit status of a command.
type ExitCode int

// The exit codes quotelens uses.
const (
	ExitOK        ExitCode = 0   // success
	ExitError     ExitCode = 1   // a failure, or some inputs could not be read
	ExitUsage     ExitCode = 2   // bad flags, arguments or configuration
	ExitInterrupt ExitCode = 130 // stopped by SIGINT (Ctrl-C)
	ExitTerminate ExitCode = 143 // stopped by SIGTERM
)

// UsageError is a mistake in how the command was called: a bad flag,
// argument or configuration value. It exits with ExitUsage.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Usagef returns a UsageError with a formatted message.
func Usagef(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}

// ErrPartial reports that the command finished but some inputs were
// skipped; each was already reported on standard error. It exits with
// ExitError and prints nothing more.
var ErrPartial = errors.New("some inputs could not be read")
