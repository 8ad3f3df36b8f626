package corpus

// Article is one news article as read, with its metadata.
//
// Text holds the whole document as read (after invalid UTF-8 has been
// replaced); every byte offset quotelens reports counts into Text. Body is
// the byte offset where the article body starts: after a UTF-8 byte-order
// mark and after a front-matter block, if the file has them.
type Article struct {
	// Document names the article: the path as given on the command line
	// (or found by walking a folder), "-" for standard input, or
	// "sample/<name>" for the embedded sample corpus.
	Document string
	// Outlet is the publisher, or "unknown".
	Outlet string
	// OutletFrom says where Outlet came from: "front-matter", "manifest",
	// "credit", "folder" or "unknown".
	OutletFrom string
	Title      string
	Date       string
	URL        string
	Text       string
	Body       int
}

// BodyText returns the article body: Text from Body on.
func (a *Article) BodyText() string { return a.Text[a.Body:] }
