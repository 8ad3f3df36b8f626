// Package report aggregates analysed articles and renders what quotelens
// shows: the per-speaker, per-outlet, speaker × outlet and speaker × target
// tables (Aggregate, Table), every quote one row each (QuoteWriter), the
// traced quotations (TraceTable), and the self-contained HTML report
// (WriteHTML).
//
// Tables render as boxed terminal tables, markdown, CSV or JSON
// (WriteTables); quotes also as JSON lines. Aggregation keeps counts and
// sums only, never the quotes themselves, so memory does not grow with the
// text of the corpus, and everything is written in a deterministic order:
// the same input gives byte-identical output.
//
// # CSV and spreadsheets
//
// CSV output follows RFC 4180 (comma-separated; fields with commas, quotes
// or line breaks in double quotes; lines end in "\n") and is safe to
// open in a spreadsheet: a text field that begins with "=", "+", "-", "@",
// a tab or a carriage return is written with a leading apostrophe ("'=SUM(A1)")
// so that Excel, LibreOffice or Google Sheets show it as text instead of
// running it as a formula. Numbers (stance "-0.250", offsets, counts) are
// written as plain numbers and never prefixed. With QuoteOptions.BOM (the
// CLI's --bom) the CSV starts with a UTF-8 byte-order mark so that Excel
// reads it as UTF-8.
package report
