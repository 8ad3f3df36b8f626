package report

// CSVSafe returns s made safe for a spreadsheet cell: when s begins with
// "=", "+", "-", "@", a tab or a carriage return, and is not a plain number
// ("-0.250"), it gets a leading apostrophe so that Excel, LibreOffice and
// Google Sheets show it as text instead of evaluating it as a formula
// ("=HYPERLINK(…)" → "'=HYPERLINK(…)"). Other strings are returned as they
// are. Every text field of quotelens's CSV output goes through CSVSafe.
func CSVSafe(s string) string {
	if !mayBeFormula(s) || isNumber(s) || s == "-" {
		// a number, or a lone dash (standard input's name): neither can
		// start a formula
		return s
	}
	return "'" + s
}

// mayBeFormula reports whether s begins as a formula may: with "=", "+",
// "-", "@", a tab or a carriage return. CSVSafe changes no other string.
func mayBeFormula(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}
