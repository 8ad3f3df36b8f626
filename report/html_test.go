package report_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/report"
)

// hostileText carries markup and script in a quote, which the page must
// show as text.
const hostileText = `“<script>alert('x')</script> & <b>bold</b> claims are false,” said O’Brien.
`

func htmlFixture() report.HTMLInput {
	arts := fixture()
	arts = append(arts, article("hostile.html", "The <Daily> & Co", hostileText,
		qt{typ: attribution.Direct, speaker: "Pat O’Brien", content: "<script>alert('x')</script> & <b>bold</b> claims are false",
			cue: "said", score: -0.3, conf: 0.5, label: neg}))
	in := report.HTMLInput{
		Title:      "Summit coverage — quotelens report",
		Agg:        report.NewAggregate(),
		Quotations: fixtureQuotations(),
		Generated:  "2026-11-24 12:00 UTC",
	}
	for _, art := range arts {
		in.Agg.Add(art)
		in.Quotes = append(in.Quotes, report.HTMLQuotesOf(art)...)
	}
	return in
}

func writeFixtureHTML(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.WriteHTML(&buf, htmlFixture()); err != nil {
		t.Fatal(err)
	}
	// QUOTELENS_HTML=file keeps a copy of the page to look at.
	if out := os.Getenv("QUOTELENS_HTML"); out != "" {
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// loads matches attributes and CSS that would make a browser fetch
// something from the network.
var loads = regexp.MustCompile(`(?i)(\b(src|href|srcset|action|data|poster|xlink:href)\s*=\s*["']?\s*(https?:)?//)|url\(|@import`)

func TestHTMLNetworkFree(t *testing.T) {
	page := writeFixtureHTML(t)
	if m := loads.Find(page); m != nil {
		t.Errorf("the page would load %q from the network", m)
	}
	// The hostile quote carries "http://" as text: that is fine, as text.
	if !bytes.Contains(page, []byte("http://evil.example/x")) {
		t.Error("the quote with a URL in its text is missing")
	}
	if !bytes.Contains(page, []byte(`content="default-src 'none'`)) {
		t.Error("no Content-Security-Policy forbidding network requests")
	}
}

func TestHTMLContent(t *testing.T) {
	page := string(writeFixtureHTML(t))
	if !utf8.ValidString(page) {
		t.Fatal("the page is not valid UTF-8")
	}
	for _, want := range []string{
		`<meta charset="utf-8">`,
		`<meta name="viewport"`,
		`@media print`,
		`<title>Summit coverage — quotelens report</title>`,
		// every section
		`id="summary"`, `id="who-quotes"`, `id="stance"`, `id="speakers"`, `id="outlets"`,
		`id="matrix"`, `id="targets"`, `id="quotations"`, `id="quotes"`,
		// the tables and charts
		`id="table-speakers"`, `id="table-outlets"`, `id="table-matrix"`, `id="table-targets"`,
		`id="quotes-table"`, `id="chart-outlets"`, `id="chart-stance"`, `viewBox="0 0 800 `,
		// names and punctuation as they are, not as entities or mojibake
		"Дмитрий Песков", "안찬일", "연합뉴스", "“full and unconditional support”", "Russia’s war",
		"— we will fight to the end",
		// the traced quotation, each outlet's wording side by side
		`id="quotation-q1"`, "We’ll talk about all the issues, without haste. There is time",
		"Kim offered Moscow his full support", "paraphrased",
		// markup in quotes and outlet names is escaped
		"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", "The &lt;Daily&gt; &amp; Co",
		// quotes link to their traced quotation
		`<a href="#quotation-q1">q1</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, bad := range []string{"ZgotmplZ", "<script>alert", "<b>bold", "\uFFFD", "&#34;full"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	// One quote table row per quote.
	rows := strings.Count(page[strings.Index(page, `id="quotes-table"`):], "<tr><td class=\"doc\">")
	if want := len(htmlFixture().Quotes); rows != want {
		t.Errorf("quote table has %d rows, want %d", rows, want)
	}
	if scripts := strings.Count(page, "<script"); scripts != 1 {
		t.Errorf("%d script elements, want the one inline script", scripts)
	}
}

// TestHTMLWithoutAggregate: with no Aggregate the page aggregates the
// quotes it is given.
func TestHTMLWithoutAggregate(t *testing.T) {
	in := htmlFixture()
	in.Agg = nil
	var buf bytes.Buffer
	if err := report.WriteHTML(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{"11 quotes from 4 articles by 4 outlets", `id="chart-stance"`, "Дмитрий Песков"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

func TestHTMLEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := report.WriteHTML(&buf, report.HTMLInput{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{"<title>quotelens report</title>", "No quotes found.", "No quotation is carried", "No quotes, so no chart."} {
		if !strings.Contains(page, want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
}

// TestHTMLCaps checks that a large corpus keeps the charts and the traced
// quotations bounded while the quote table holds every quote.
func TestHTMLCaps(t *testing.T) {
	agg := report.NewAggregate()
	var quotes []report.HTMLQuote
	base := fixture()
	for i := range 40 {
		for _, art := range base {
			a := *art
			c := *a.Article
			c.Outlet = art.Outlet + " " + string(rune('A'+i%26)) + string(rune('a'+i/26))
			a.Article = &c
			a.Quotes = append([]analysis.Quote(nil), art.Quotes...)
			for j := range a.Quotes {
				if a.Quotes[j].Speaker != "" {
					a.Quotes[j].Speaker += " " + string(rune('A'+i%26)) + string(rune('a'+i/26))
				}
			}
			agg.Add(&a)
			quotes = append(quotes, report.HTMLQuotesOf(&a)...)
		}
	}
	var buf bytes.Buffer
	if err := report.WriteHTML(&buf, report.HTMLInput{Agg: agg, Quotes: quotes}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	chart := func(id string) string {
		i := strings.Index(page, `id="`+id+`"`)
		return page[i : i+strings.Index(page[i:], "</svg>")]
	}
	if n := strings.Count(chart("chart-outlets"), `<g class="row">`); n != report.ChartOutlets {
		t.Errorf("outlet chart has %d bars, want %d", n, report.ChartOutlets)
	}
	if n := strings.Count(chart("chart-stance"), `<g class="row">`); n != report.StanceSpeakers {
		t.Errorf("stance chart has %d rows, want %d", n, report.StanceSpeakers)
	}
	if n := strings.Count(page, `<tr><td class="doc">`); n != len(quotes) {
		t.Errorf("quote table has %d rows, want all %d", n, len(quotes))
	}
}

// chromium returns the path of a Chromium binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// runChromium runs headless Chromium on page with extra flags and returns
// its standard output.
func runChromium(t *testing.T, bin string, extra ...string) []byte {
	t.Helper()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-quic", "--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir()}
	args = append(args, extra...)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(extra, " "), err, stderr.Bytes())
	}
	return out
}

// TestHTMLInChromium loads the report in headless Chromium: the DOM it
// builds has the tables, the charts and every quote, the script ran
// without breaking the page, screenshots at laptop and phone widths are
// taken, and the page prints to PDF.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("Chromium is not installed (apt-get install chromium); skipping the browser test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, writeFixtureHTML(t), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + page
	dom := string(runChromium(t, bin, "--dump-dom", url))
	for _, want := range []string{
		`<table class="sortable data" id="table-speakers"`, `id="table-outlets"`, `id="table-matrix"`,
		`id="table-targets"`, `id="quotes-table"`,
		`<svg class="chart" id="chart-outlets"`, `<svg class="chart" id="chart-stance"`, "<rect",
		"Дмитрий Песков", "안찬일", "“full and unconditional support”",
		// the script made the headings focusable: it ran
		`tabindex="0"`,
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("the DOM Chromium built lacks %q", want)
		}
	}
	if n, want := strings.Count(dom, `<td class="quote">`), len(htmlFixture().Quotes); n != want {
		t.Errorf("the DOM has %d quote rows, want %d", n, want)
	}
	if strings.Contains(dom, "<script>alert") {
		t.Error("a quote's markup became an element")
	}

	// The search runs in the browser: #q= filters the quote table.
	filtered := string(runChromium(t, bin, "--dump-dom", url+"#q=%D0%9F%D0%B5%D1%81%D0%BA%D0%BE%D0%B2%20said"))
	total := len(htmlFixture().Quotes)
	if want := fmt.Sprintf("1 of %d quotes", total); !strings.Contains(filtered, want) {
		t.Errorf("searching for Песков: the count does not read %q", want)
	}
	if n := strings.Count(filtered, `<tr hidden="">`); n != total-1 {
		t.Errorf("searching for Песков hid %d rows, want %d", n, total-1)
	}

	shot := filepath.Join(dir, "report.png")
	runChromium(t, bin, "--screenshot="+shot, "--window-size=1280,2000", "--hide-scrollbars", url)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if len(png) < 1000 || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("screenshot is not a PNG (%d bytes)", len(png))
	}
	if out := os.Getenv("QUOTELENS_SCREENSHOT"); out != "" {
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Printing uses the print stylesheet and gives a PDF.
	pdf := filepath.Join(dir, "report.pdf")
	runChromium(t, bin, "--print-to-pdf="+pdf, "--no-pdf-header-footer", url)
	if data, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(data, []byte("%PDF")) || len(data) < 1000 {
		t.Fatalf("printing to PDF failed: %v", err)
	}
	// A phone-width screenshot: the page must still render.
	phone := filepath.Join(dir, "phone.png")
	runChromium(t, bin, "--screenshot="+phone, "--window-size=390,1600", "--hide-scrollbars", url)
	if fi, err := os.Stat(phone); err != nil || fi.Size() < 1000 {
		t.Fatalf("no phone-width screenshot: %v", err)
	}
}
