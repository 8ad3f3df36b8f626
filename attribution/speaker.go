package attribution

import (
	"strings"
)

// speakerFrom names the speaker in the words of a noun phrase.
func (st *state) speakerFrom(q *Quote, np []word, inverted bool) {
	t := st.text
	for len(np) > 0 && (np[0].text == "and" || np[0].text == "but" || np[0].text == "while" || np[0].text == "(") {
		np = np[1:]
	}
	if len(np) == 0 || len(np) > 10 {
		return
	}
	q.Mention, q.MentionStart, q.MentionEnd = t[np[0].s:np[len(np)-1].e], np[0].s, np[len(np)-1].e
	if len(np) == 1 {
		if k, ok := pronouns[np[0].text]; ok {
			if k == Person && st.mention != "" && !st.havePerson && st.mentionAt < np[0].s {
				q.Speaker, q.SpeakerKind = st.person(st.mention), Person
			} else if k == Person && st.havePerson {
				q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = st.lastPerson.Speaker, Person, st.lastPerson.Role, st.lastPerson.Affiliation
			} else if k != Person && st.haveLast && st.last.SpeakerKind != Person {
				q.Speaker, q.SpeakerKind = st.last.Speaker, st.last.SpeakerKind
			} else {
				q.Speaker, q.SpeakerKind = "", Unknown
				q.Speaker = ""
			}
			return
		}
	}
	// alias file
	if i, ok := st.e.alias[norm(q.Mention)]; ok {
		st.known(q, i)
		return
	}
	// the last run of capitalised words is the name; before it, the role
	end := len(np)
	for end > 0 && !isCap(np[end-1].text) {
		end--
	}
	if end == len(np) && end > 0 {
		b := end - 1
		for b > 0 && (isCap(np[b-1].text) || (b > 1 && isCap(np[b-2].text) && (np[b-1].text == "of" || np[b-1].text == "for" || np[b-1].text == "de" || np[b-1].text == "von"))) && !strings.HasSuffix(np[b-1].text, "'s") && !strings.HasSuffix(np[b-1].text, "’s") {
			b--
		}
		// titles at the start of the run are roles
		for x := end - 2; x >= b; x-- {
			if titles[strings.TrimSuffix(np[x].text, ".")] {
				b = x + 1
				break
			}
		}
		name := t[np[b].s:np[end-1].e]
		if end-b == 1 {
			if i, ok := st.e.surname[name]; ok {
				st.known(q, i)
				return
			}
		}
		org := false
		for _, w := range np[b:end] {
			if orgWords[strings.ToLower(w.text)] {
				org = true
			}
		}
		if org {
			from := b
			if b > 0 && isCap(np[b-1].text) {
				from = b - 1
			}
			q.Speaker, q.SpeakerKind = t[np[from].s:np[end-1].e], Organisation
			return
		}
		if i, ok := st.e.alias[norm(name)]; ok {
			st.known(q, i)
		} else if end-b == 1 && (mediaNames[name] || orgWords[strings.ToLower(name)]) {
			q.Speaker, q.SpeakerKind = name, Organisation
		} else {
			q.Speaker, q.SpeakerKind = st.person(name), Person
			if end-b == 1 && q.Speaker == name && len(np) > 1 {
				// "the Kremlin", "the White House"
				q.Speaker, q.SpeakerKind = t[np[0].s:np[end-1].e], Organisation
			}
			if strings.HasPrefix(q.Speaker, "the ") || strings.HasPrefix(q.Speaker, "The ") {
				q.Speaker = q.Speaker[4:]
			}
		}
		if b > 0 && q.SpeakerKind == Person {
			q.Role = t[np[0].s:np[b-1].e]
			if honorific[q.Role] {
				q.Role = ""
			}
		}
		return
	}
	// a description: "South Korea's military", "experts", "the Russian leader"
	phrase := q.Mention
	last := strings.ToLower(np[len(np)-1].text)
	switch {
	case groupWords[last]:
		q.Speaker, q.SpeakerKind = strings.TrimPrefix(strings.TrimPrefix(phrase, "the "), "The "), Group
	case strings.HasSuffix(last, "leader") || strings.HasSuffix(last, "president") || strings.HasSuffix(last, "minister") || strings.HasSuffix(last, "spokesman") || strings.HasSuffix(last, "spokeswoman"):
		if st.havePerson {
			q.Speaker, q.SpeakerKind = st.lastPerson.Speaker, Person
		}
	default:
		if len(np) <= 6 {
			q.Speaker, q.SpeakerKind = strings.TrimPrefix(strings.TrimPrefix(phrase, "the "), "The "), Organisation
		}
	}
}

var honorific = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Dr": true, "Dr.": true}

var titles = map[string]bool{"President": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prime": true,
	"Minister": true, "Senator": true, "Sen": true, "Rep": true, "Gov": true, "Governor": true, "General": true,
	"Gen": true, "Secretary": true, "Leader": true, "Chairman": true, "Professor": true, "Prof": true, "Marshal": true,
	"Director": true, "Spokesman": true, "Spokeswoman": true, "Ambassador": true, "King": true, "Queen": true}

func (st *state) known(q *Quote, i int) {
	sp := st.e.speakers[i]
	for _, x := range sp.Exclude {
		if strings.EqualFold(x, q.Mention) {
			return
		}
	}
	q.Speaker, q.Affiliation = sp.Name, sp.Affiliation
	q.SpeakerKind = sp.Kind
	if q.SpeakerKind == "" {
		q.SpeakerKind = Person
	}
	if q.Role == "" {
		q.Role = sp.Role
	}
}

// person joins a surname to a full name seen earlier and remembers full names.
func (st *state) person(name string) string {
	if !strings.Contains(name, " ") {
		for i := len(st.persons) - 1; i >= 0; i-- {
			p := st.persons[i]
			if strings.HasSuffix(p, " "+name) || strings.HasPrefix(p, name+" ") {
				return p
			}
		}
		if full, ok := st.fulls[name]; ok {
			return full
		}
		if st.fulls == nil {
			st.fulls = map[string]string{}
		}
		st.fulls[name] = name
		if i := strings.Index(st.text, name); i >= 0 && len(st.fulls) < 64 {
			// first full mention in the article: "Vladimir Putin"
			if full := fullBefore(st.text, i, name); full != "" {
				st.fulls[name] = full
				return full
			}
		}
		return name
	}
	st.persons = append(st.persons, name)
	return name
}

// fullBefore returns "First Name" when name at i is preceded by one
// capitalised given name.
func fullBefore(t string, i int, name string) string {
	for n := 0; n < 20 && i >= 0; n++ {
		j := i - 1
		if j > 0 && t[j] == ' ' {
			k := j
			for k > 0 && isWordByte(t[k-1]) {
				k--
			}
			if k < j && isCap(t[k:j]) && !titles[t[k:j]] {
				return t[k:j] + " " + name
			}
		}
		// "Kim Jong Un": the name followed by capitalised words
		j = i + len(name)
		full := name
		for n := 0; n < 2 && j+1 < len(t) && t[j] == ' '; n++ {
			k := j + 1
			for k < len(t) && (isWordByte(t[k]) || t[k] == '-') {
				k++
			}
			if k == j+1 || !isCap(t[j+1:k]) || k < len(t) && t[k] == '\'' {
				break
			}
			full += " " + t[j+1:k]
			j = k
		}
		if full != name && (j < len(t) && t[j] == ',' || strings.Count(t, full) >= 2) {
			return full
		}
		nx := strings.Index(t[i+len(name):], name)
		if nx < 0 {
			return ""
		}
		i = i + len(name) + nx
	}
	return ""
}
