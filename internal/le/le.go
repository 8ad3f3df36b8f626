// Package le reads little-endian integers straight out of strings, as one
// load each, for the packed-word tables of attribution, trace and report.
package le

// Uint16, Uint32 and Uint64 return the first 2, 4 or 8 bytes of s as a
// little-endian integer; s must be at least that long.
func Uint16(s string) uint16 {
	_ = s[1]
	return uint16(s[0]) | uint16(s[1])<<8
}

func Uint32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func Uint64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
