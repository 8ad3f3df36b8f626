package le

import (
	"encoding/binary"
	"testing"
)

func TestLittleEndian(t *testing.T) {
	for _, s := range []string{"\x00\x00\x00\x00\x00\x00\x00\x00", "abcdefgh", "\xff\x01\x80\x7f\xfe\x02\x03\x04tail"} {
		b := []byte(s)
		if got, want := Uint16(s), binary.LittleEndian.Uint16(b); got != want {
			t.Errorf("Uint16(%q) = %#x, want %#x", s, got, want)
		}
		if got, want := Uint32(s), binary.LittleEndian.Uint32(b); got != want {
			t.Errorf("Uint32(%q) = %#x, want %#x", s, got, want)
		}
		if got, want := Uint64(s), binary.LittleEndian.Uint64(b); got != want {
			t.Errorf("Uint64(%q) = %#x, want %#x", s, got, want)
		}
	}
}
