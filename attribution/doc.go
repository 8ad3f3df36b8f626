// Package attribution finds the quotes in a news article (direct, indirect
// and mixed) and attributes each one to its speaker.
package attribution
