package corpus

import (
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  string
	}{
		{"16MB", 16 << 20, ""}, {"16 MiB", 16 << 20, ""}, {"512KiB", 512 << 10, ""}, {"512kb", 512 << 10, ""},
		{"1048576", 1 << 20, ""}, {"2G", 2 << 30, ""}, {"1.5M", 3 << 19, ""}, {"100B", 100, ""},
		{"", 0, "not a number"}, {"MB", 0, "not a number"}, {"16XB", 0, "unknown unit"}, {"0", 0, "out of range"},
		{"1.2.3", 0, "not a number"},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseSize(%q) err = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}
