// Package config resolves quotelens's configuration — flags, QUOTELENS_*
// environment variables, a YAML config file and defaults, in that order of
// precedence — and reads speaker alias files. It reports every problem in a
// file as FILE:LINE:COL with what is wrong and what to do.
package config
