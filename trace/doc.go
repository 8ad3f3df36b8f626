// Package trace groups quotes by the same speaker that say the same thing
// into quotations, and follows each quotation across articles and outlets.
package trace
