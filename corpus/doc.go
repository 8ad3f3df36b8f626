// Package corpus reads news articles and their metadata (outlet, title,
// date, URL) from files, folders, standard input and the embedded sample
// corpus.
package corpus
