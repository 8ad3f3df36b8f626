package attribution

// channel sets q.Via from the words after the cue ws[ci] when a named
// speaker's words came through a channel: "…, according to RIA Novosti",
// "…, as reported by local news agencies", "in comments broadcast on TV",
// "according to footage broadcast on state television", "…, X said, RIA
// and TASS reported". It returns the reported clause [cs, ce), which in the
// last form is the sentence before the speaker (s is the sentence start).
func (st *state) channel(q *Quote, ws []word, ci, s, cs, ce int) (int, int) {
	if q.Speaker == "" || q.Cue == "according to" || (q.SpeakerKind != Person && q.SpeakerKind != Organisation) {
		return cs, ce
	}
	// "…, Ann Lee said, RIA and TASS reported."
	if n := len(ws); ci+3 < n && ws[ci+1].text == "," && (lw(ws[n-1]) == "reported" || lw(ws[n-1]) == "said" || lw(ws[n-1]) == "reports") {
		if v := st.channelName(ws[ci+2 : n-1]); v != "" && norm(v) != norm(q.Speaker) {
			q.Via = v
			if cs > ws[ci].s && q.MentionStart > s {
				return s, q.MentionStart
			}
			return cs, ce
		}
	}
	if q.Via != "" {
		return cs, ce
	}
	for m := ci + 1; m+2 < len(ws); m++ {
		s, next := ws[m].lower, ws[m+1].lower // (fields: lw copies the word)
		if !(s == "according" && next == "to") && !(ws[m].lowerIs(cChannelVerb) && (next == "by" || next == "on" || next == "in")) {
			continue
		}
		end := m + 2
		for end < len(ws) && ws[end].text != "," && ws[end].text != ";" {
			end++
		}
		if v := st.channelName(ws[m+2 : end]); v != "" && norm(v) != norm(q.Speaker) {
			q.Via = v
			// a clause that is only the channel phrase ("…,” X said, according
			// to RIA", "X said in comments broadcast on TV") reports nothing
			if cs > ws[ci].s && cs <= ws[m].s && (end == len(ws) || ce <= ws[end-1].e+2) && !hasWords(st.text[cs:ws[m].s], 4) {
				return cs, cs
			}
			return cs, ce
		}
	}
	return cs, ce
}

var channelVerbs = wordSet(`reported broadcast aired televised published carried quoted cited posted`)

// mediaHeads are the nouns of a channel that has no name: "state
// television", "Russian news agencies".
var mediaHeads = wordSet(`tv television radio media agency agencies newswire wire newspaper newspapers outlet
	outlets broadcaster broadcasters channel channels network networks website press`)

// channelName returns the channel a phrase names, or "".
func (st *state) channelName(np []word) string {
	// "footage broadcast on Russian television": the channel is the last one
	for i := len(np) - 2; i > 0; i-- {
		if np[i].lowerIs(cChannelVerb) && (lw(np[i+1]) == "on" || lw(np[i+1]) == "by" || lw(np[i+1]) == "in") {
			np = np[i+2:]
			break
		}
	}
	np, _ = trimNP(st.text, np, true)
	for i := 1; i < len(np); i++ {
		if s := lw(np[i]); prepositions[s] && s != "of" {
			np = np[:i] // "TV from the summit"
			break
		}
	}
	for len(np) > 1 && np[0].lowerIs(cDeterminer) {
		np = np[1:]
	}
	if len(np) == 0 || len(np) > 6 || !nounPhrase(np) {
		return ""
	}
	last := np[len(np)-1]
	if !np[0].is(cMediaName) && !last.is(cMediaName) && !last.lowerIs(cMediaHead) && !isCap(np[0].text) {
		return ""
	}
	if len(np) == 1 && !np[0].is(cMediaName) && !last.lowerIs(cMediaHead) && nounKind(np[0].text) != "" {
		return ""
	}
	return st.text[np[0].s:last.e]
}
