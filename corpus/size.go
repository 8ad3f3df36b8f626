package corpus

import (
	"fmt"
	"strconv"
	"strings"
)

// FormatSize formats n bytes for people: "16 MiB", "512 KiB", "100 bytes".
func FormatSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + " GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// ParseSize parses a size: a plain number of bytes, or a number with a unit
// B, K/KB/KiB, M/MB/MiB, G/GB/GiB, all powers of 1024 (so "16MB" is the
// default 16 MiB). Case and spaces do not matter.
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	num, unit := t[:i], t[i:]
	if num == "" {
		return 0, fmt.Errorf("size %q: not a number; write e.g. 16MB, 512KiB or 1048576", s)
	}
	mult := map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kib": 1 << 10, "kb": 1 << 10, "m": 1 << 20, "mib": 1 << 20, "mb": 1 << 20,
		"g": 1 << 30, "gib": 1 << 30, "gb": 1 << 30}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("size %q: unknown unit %q; use B, KB, MB, GB, KiB, MiB or GiB", s, unit)
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, fmt.Errorf("size %q: not a number; write e.g. 16MB, 512KiB or 1048576", s)
	}
	v := f * mult
	if v < 1 || v > 1<<62 {
		return 0, fmt.Errorf("size %q: out of range; give at least 1 byte", s)
	}
	return int64(v), nil
}
