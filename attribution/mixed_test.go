package attribution

import (
	"strings"
	"testing"
)

// TestMixedRules checks the rules for reported speech that carries quoted
// fragments: characterisations, naming verbs and titles. Each case gives
// the contents and, where it matters, the mention of the first quote's
// speaker.
func TestMixedRules(t *testing.T) {
	runContentCases(t, []contentCase{
		{"a verb, its object and as with a quotation", "Mayor Ann Lee openly admires the new harbour master as a “born sailor,” praising his calm.",
			[]string{"the new harbour master as a “born sailor"}, "Mayor Ann Lee"},
		{"a participle after an auxiliary", "Senator Bo Grant has been steadily pounding the ferry company as a “cartel” ― just as he did last year.",
			[]string{"the ferry company as a “cartel"}, "Senator Bo Grant"},
		{"as a few words before the quotation", "The council treated the plan as a costly “folly.”",
			[]string{"the plan as a costly “folly"}, "The council"},
		{"as having before the quotation", "The mayor waved off the delay as having “minimal” impact.",
			[]string{"off the delay as having “minimal” impact"}, "The mayor"},
		{"as opening a clause is no characterisation", "The mayor spoke as the “storm” hit.", nil, ""},
		{"a phrasal verb's particle is no part of the object", "The union has gone after the ferry company as a “cartel that bleeds the island.”",
			[]string{"the ferry company as a “cartel that bleeds the island"}, "The union"},
		{"joined quotations end the description", "Ann Lee once referred to the bakers as “thieves” and “cheats” while calling for a boycott.",
			[]string{"the bakers as “thieves” and “cheats", "for a boycott"}, "Ann Lee"},
		{"a description going on past its quotation", "The council portrayed the strike as a “selfish” revolt against the town.",
			[]string{"the strike as a “selfish” revolt against the town"}, "The council"},
		{"a stance verb whose object holds a quotation", "The harbour board and the ferry union both denounced the new “profits first” campaign on Monday.",
			[]string{"the new “profits first” campaign"}, "The harbour board"},
		{"two verbs joined by and share the quoted object", "Ann Lee derided and insulted “the ferry owners” in her speech.",
			[]string{"the ferry owners"}, "Ann Lee"},
		{"a stance verb before a that clause holding a quotation", "The union later emphasized the threat that “cheap foreign crews” pose to the island.",
			[]string{"the threat that “cheap foreign crews” pose to the island"}, "The union"},
		{"a naming set off by a comma reports the name with the phrase it names", "The dock, known as the “Old Pier,” was rebuilt in May.",
			[]string{"The dock, known as the “Old Pier"}, ""},
		{"an appositive naming goes back past an age to the name", "Bo Grant, 44, known online as “Harbourman,” was fined in May.",
			[]string{"Bo Grant, 44, known online as “Harbourman"}, ""},
		{"a title after a comma is no naming", "The ad, titled “Sinking?”, ran in May.", nil, ""},
		{"called after a comma is no appositive naming", "The dock, called “Old Pier” in the guides, was rebuilt in May.", nil, ""},
		{"a participle naming a thing with no be is no report", "A boat called “Sea Star” sank on Monday.", nil, ""},
		{"a passive naming reports the name with its subject", "In those years the harbour was known as the “Gateway of the North” by sailors.",
			[]string{"the harbour was known as the “Gateway of the North"}, ""},
		{"a passive naming after what", "The council is planning what is called a “harbour levy” for next year.",
			[]string{"what is called a “harbour levy"}, ""},
		{"a passive naming in title case after auxiliaries and an adverb", "The new fund will informally be dubbed the “Harbour Trust” and will open in May.",
			[]string{"The new fund will informally be dubbed the “Harbour Trust"}, ""},
		{"a passive naming's subject goes back past of; joined names go on", "Many of the old boats were known as “tubs” or “wrecks.”",
			[]string{"Many of the old boats were known as “tubs” or “wrecks"}, ""},
		{"a passive naming ends at its name", "The harbour master has been called a “tyrant” for his fines.",
			[]string{"The harbour master has been called a “tyrant"}, ""},
		{"a role is no characterisation", "Ann Lee served as “harbour master” for a decade.", nil, ""},
		{"a stance verb's object linked by for", "A few days ago in a radio interview he blasted the harbour board for being “utterly dishonest.”",
			[]string{"the harbour board for being “utterly dishonest"}, "he"},
		{"a participle of stance linked by of", "The mayor spoke for an hour, accusing the council of running a “cartel.”",
			[]string{"the council of running a “cartel"}, ""},
		{"accuse after a modal, its object linked by of", "The union will accuse you of running a “cartel.”",
			[]string{"you of running a “cartel"}, "The union"},
		{"accuse after a modal with no quotation reports its object", "The union will accuse the mayor of lying.",
			[]string{"the mayor of lying"}, "The union"},
		{"a stance verb's base form after a plural subject", "Riders denounce the new “ferry tax” in their letters.",
			[]string{"the new “ferry tax” in their letters"}, "Riders"},
		{"a stance verb's base form after a modal", "Sailors will surely blast the mayor for her “floating tax.”",
			[]string{"the mayor for her “floating tax"}, "Sailors"},
		{"attack is a noun as often as a verb: no stance cue", "The harbour attack left the “old pier” in ruins.", nil, ""},
		{"a stance infinitive of purpose reports for the clause's subject", "Ann Lee took to the radio to accuse the council of being “duped.”",
			[]string{"the council of being “duped"}, "Ann Lee"},
		{"an infinitive of no cue reports nothing", "Ann Lee came to the dock to meet the captain of the “Sea Star” ferry.", nil, ""},
		{"he's before a verb of speech is has", "Ann Lee spoke. She's said the ferry is a “wreck.”",
			[]string{"the ferry is a “wreck"}, "She"},
		{"he's before called is has", "Ann Lee spoke. She’s called the ferry a “wreck.”",
			[]string{"the ferry a “wreck"}, "She"},
		{"he's with no quotation reports too", "He's said the pier will close.",
			[]string{"the pier will close"}, "He"},
		{"he's before an adjective is is", "He's committed to the “harbour plan.”", nil, ""},
		{"talked up with a quoted object", "The mayor talked up her “harbour plan,” promising new jobs.",
			[]string{"her “harbour plan", "new jobs"}, "The mayor"},
		{"talked of with a quoted object", "Ann Lee talked of reforms to keep the “old ferry” afloat.",
			[]string{"reforms to keep the “old ferry” afloat"}, "Ann Lee"},
		{"gushed about with a quoted object", "Ann Lee gushed about a “deep and lasting” bond with the town.",
			[]string{"a “deep and lasting” bond with the town"}, "Ann Lee"},
		{"according to after because: the clause after the source is the report", "Ann Lee went to the dock because, according to Lee, the sailors would call her a “coward” if she didn’t.",
			[]string{"the sailors would call her a “coward” if she didn’t"}, "Lee"},
		{"according to after an opening subordinate clause: the main clause is the report", "While most boats were moved to the “upper” dock, according to a harbour official, two were left at sea.",
			[]string{"two were left at sea"}, "a harbour official"},
		{"according to after a long main clause still reports it", "The pier is “unsafe” for riders, according to the harbour board.",
			[]string{"The pier is “unsafe” for riders"}, "the harbour board"},
		{"a present tense in -s after a source noun characterises", "The board's page lists him as “Chief Pilot of the Isles.”",
			[]string{"him as “Chief Pilot of the Isles"}, "The board's page"},
		{"a phrasal present after an organisation characterises", "For now, the administration waves off the delay as having “minimal” impact.",
			[]string{"off the delay as having “minimal” impact"}, "the administration"},
		{"a present tense after a noun that names no source is no verb of speech", "The dock hosts old boats as “floating homes.”", nil, ""},
		{"a gerund after an opening preposition reports for the subject after its phrase", "In declaring the mayor's plans as “not fair,” the council again showed its anger.",
			[]string{"the mayor's plans as “not fair", "its anger"}, "the council"},
		{"a participle of no stance linked by of reports nothing", "The mayor spoke for an hour, getting the council of running a “cartel.”", nil, ""},
		{"a comment that holds a quotation", "Riders were angry after her comment that the ferry was “a luxury.”",
			[]string{"that the ferry was “a luxury"}, ""},
		{"a noun cue before another preposition is no report", "Ann Lee’s comments about the pilots mirror those she made in May.", nil, ""},
		{"a shout participle reports the quotations joined after it", "The crowd was chanting “Save the ferry” and “No more fares.”",
			[]string{"Save the ferry” and “No more fares."}, "The crowd"},
		{"a shout participle after a comma reports one quotation", "The riders marched to the dock, shouting “Sit down!”",
			[]string{"Sit down!"}, "The riders"},
		{"a title-case cry is no name", "The riders marched to the dock, chanting “Save Our Ferry.”",
			[]string{"Save Our Ferry"}, "The riders"},
		{"a shout noun with of", "The mayor was met with chants of “Save the ferry” at the dock.",
			[]string{"Save the ferry"}, ""},
		{"a shout with no quotation reports nothing", "The riders marched to the dock, chanting and waving flags.", nil, ""},
		{"a quantifier opening the sentence is the subject of a stance cue", "Many fear the ferry will “sink” the town.",
			[]string{"the ferry will “sink” the town"}, "Many"},
		{"a quantifier after but is the subject of a stance cue", "The mayor is calm, but some fear the ferry will sink the town.",
			[]string{"the ferry will sink the town"}, "some"},
		{"a quantifier after a verb is a determiner", "There is some hope the ferry will sail.", nil, ""},
		{"a short report before its speaker counts its quoted words", "The “plans” are sickening, Lee said.",
			[]string{"The “plans” are sickening"}, "Lee"},
		{"a short adjunct before a cue is still no report", "Last month, 26 percent said the same.",
			[]string{"the same"}, "26 percent"},
		{"a participle of saying after in reports for the clause's subject", "We met Lee. Lee clearly erred in saying that the “90 percent” figure was right.",
			[]string{"that the “90 percent” figure was right"}, ""},
		{"a participle of saying after of", "We met Lee. Lee made a point of saying the ferry was “a place of solidarity.”",
			[]string{"the ferry was “a place of solidarity"}, ""},
		{"a participle with a noun object after in reports nothing", "We met Lee. Lee was generous in declaring victory on Tuesday night, and the crowd cheered.", nil, ""},
		{"go on to say reports", "The mayor spoke on Monday. She went on to say the ferry was “finished” for the year.",
			[]string{"the ferry was “finished” for the year"}, "She"},
		{"goes on to say reports an indirect clause too", "The mayor goes on to say the ferry is finished.",
			[]string{"the ferry is finished"}, "The mayor"},
		{"go on to a place reports nothing", "The mayor went on to the harbour.", nil, ""},
		{"a quotation completing an object cue after a comma", "The council accused the ferry company, which runs the island route, of “shameless greed.”",
			[]string{"the ferry company, which runs the island route, of “shameless greed"}, "The council"},
		{"a naming cue ends at its quotation when the comma is inside it", "The mayor called the ferry fares “a scandal,” adding that they had doubled.",
			[]string{"the ferry fares “a scandal", "that they had doubled"}, "The mayor"},
		{"a naming cue ends at its quotation before a second verb phrase", "The mayor called the fares “a scandal” and demanded a refund.",
			[]string{"the fares “a scandal", "a refund"}, "The mayor"},
		{"a list of names goes on", "The mayor called the owner a “cheat,” a “liar” and “a disgrace.”",
			[]string{"the owner a “cheat,” a “liar” and “a disgrace"}, "The mayor"},
		{"a show's title after the cue is no content", "Ann Lee said on Harbour Radio’s “Morning Tide” that the ferry would “never” sail again.",
			[]string{"that the ferry would “never” sail again"}, "Ann Lee"},
		{"a title before the speaker is no fronted quote", "Speaking on Sunday on Harbour Radio’s “Morning Tide,” Ann Lee said the ferry was “finished.”",
			[]string{"the ferry was “finished"}, "Ann Lee"},
		{"as a speaker put it, after the clause", "The fare is now a “tax on islanders,” as a harbour board memo put it.",
			[]string{"The fare is now a “tax on islanders"}, "a harbour board memo"},
		{"as a speaker put it, before the clause", "As Ann Lee put it in a letter to the council, the ferry is “the island’s lifeline.”",
			[]string{"the ferry is “the island’s lifeline"}, "Ann Lee"},
		{"put it with no as reports nothing", "The mayor put it on the agenda for May.", nil, ""},
		{"an object cue's quotation goes on with the object", "The harbour board referenced “rising costs” in fuel that are hurting the ferry.",
			[]string{"rising costs” in fuel that are hurting the ferry"}, "The harbour board"},
		{"a follow-on sentence carrying a quotation keeps the speaker", "“It is an enormous moment,” said Ann Lee, a ferry captain. Unless the council acts, “it is very difficult to see how the ferry survives.”",
			[]string{"It is an enormous moment", "Unless the council acts, “it is very difficult to see how the ferry survives"}, "Ann Lee"},
		{"a short quotation in the next sentence is no follow-on", "Ann Lee said the ferry was late. The “repairs” took a month.",
			[]string{"the ferry was late"}, "Ann Lee"},
		{"a contracted progressive opening the sentence", "He’s claiming that the ferry is “a big, big problem” for the island.",
			[]string{"that the ferry is “a big, big problem” for the island"}, "He"},
		{"a participle after a carrier and a time phrase", "The mayor sent a series of tweets early Friday saying that the ferry had been run “like a private yacht.”",
			[]string{"that the ferry had been run “like a private yacht"}, ""},
		{"a participle after the reported clause takes the quotation", "Ann Lee said the owners will sell the ferry, adding that the only way to stop it “is to buy it ourselves.”",
			[]string{"the owners will sell the ferry", "that the only way to stop it “is to buy it ourselves"}, "Ann Lee"},
		{"a name after a closing cue is the speaker, not the content", "“It seems extremely unlikely” that the ferry will sail, said Bo Grant, a harbour pilot.",
			[]string{"It seems extremely unlikely” that the ferry will sail"}, "Bo Grant"},
		{"a description and a name after a closing cue", "The council made the decision in May, said a former spokesman for the harbour board, Ann Lee, who has since left.",
			[]string{"The council made the decision in May"}, ""},
		{"a day after a closing cue is no speaker", "“The veto will be overridden,” Senator Bo Grant, R-Maine, said Tuesday.",
			[]string{"The veto will be overridden"}, ""},
		{"an opening participle reports for the subject after its phrase", "Bemoaning the “rigged fares,” the mayor asked the council for a subsidy.",
			[]string{"the “rigged fares"}, "the mayor"},
		{"a headline's words after its quotation finish the report", "Ann Lee: ‘It Is Not A Radical Idea’ To Save The Ferry\nThe mayor spoke on Monday.",
			[]string{"It Is Not A Radical Idea’ To Save The Ferry"}, "Ann Lee"},
		{"a title-case headline's past-tense cue reports", "Ann Lee Explained Why The Ferry Felt “Unsafe” For Years.",
			[]string{"Why The Ferry Felt “Unsafe” For Years"}, "Ann Lee"},
		{"a headline's adverb is no part of the name; its report ends at a dash", "Mayor Bo Grant Just Announced Who He ‘Would Pick’ To Run The Port – It May Surprise You.",
			[]string{"Who He ‘Would Pick’ To Run The Port"}, "Mayor Bo Grant"},
		{"a headline's Told reports after its hearer", "Ann Lee Told Reporters The Ferry Is ‘Finished.’",
			[]string{"The Ferry Is ‘Finished.’"}, "Ann Lee"},
		{"a headline's participle after Is and an adverb reports", "Mayor Bo Grant Is Now Calling The Ferry A ‘Floating Disgrace’ For The Town.",
			[]string{"The Ferry A ‘Floating Disgrace’ For The Town"}, "Mayor Bo Grant"},
		{"a headline's participle after Are reports", "Pilots Are Telling Riders The Ferry Is ‘Finished.’",
			[]string{"The Ferry Is ‘Finished.’"}, "Pilots"},
		{"a headline's participle of no cue after Is reports nothing", "Mayor Bo Grant Is Now Sailing The ‘Floating Disgrace’ Home.", nil, ""},
		{"an ad speaks", "The new ad calls the mayor a “reckless” captain.",
			[]string{"the mayor a “reckless” captain"}, "The new ad"},
		{"a message speaks past an aside", "The message, sent to the harbour master, called it “critical” that she fix the pier.",
			[]string{"it “critical” that she fix the pier"}, "The message"},
		{"an article speaks", "The article also attacked the mayor as a “tyrant.”",
			[]string{"the mayor as a “tyrant"}, "The article"},
		{"a web page speaks", "The harbour page doesn’t mention the “ferry levy” at all.",
			[]string{"the “ferry levy” at all"}, "The harbour page"},
		{"a video is no source of its own", "A video calling for “calm” was shared.", nil, ""},
		{"a headline's past form before By is a passive", "Ferry Captain Named By Police After The Storm.", nil, ""},
		{"a headline's past form before To is a response", "Mayor Bo Grant Responded To The Union With One Line.", nil, ""},
		{"a name before a colon named nowhere else speaks a title-case line's quoted words", "Lee: Pilots ‘Waving The Flag Of Surrender’ To The Owners.",
			[]string{"Pilots ‘Waving The Flag Of Surrender’ To The Owners"}, "Lee"},
		{"a headline's topic after on is no part of the name", "Lee on Ferry Fares: The Prices Are ‘Terrifying.’\n\nLee spoke. Fares rose.",
			[]string{"The Prices Are ‘Terrifying.’"}, "Lee"},
		{"a label before a colon is no speaker", "UPDATE: Pilots ‘Waving The Flag Of Surrender’ To The Owners.", nil, ""},
		{"a lower-case line after a colon needs its name named elsewhere", "Lee: the pilots are ‘waving the flag’ now.", nil, ""},
		{"a colon quotation with a report after it stays direct", "Ann Lee was blunt: “The ferry is finished,” the captain said.",
			[]string{"The ferry is finished"}, ""},
		{"a title-case quotation with its own exclamation is speech", "The crowd chanted “Save Our Ferry!”",
			[]string{"Save Our Ferry!"}, ""},
		{"a contrast after a quotation's closing comma is the writer's", "The mayor said the fares were “about right,” though riders on the island route disagree.",
			[]string{"the fares were “about right"}, "The mayor"},
		{"a relative clause after a quotation's closing comma is the writer's", "The harbour board said the new pilot was “well qualified,” which is its highest rating.",
			[]string{"the new pilot was “well qualified"}, "The harbour board"},
		{"a summing-up after a quotation's closing comma is the writer's", "The council said it would close what some call the “harbour loophole,” a reference to the ticket rules.",
			[]string{"it would close what some call the “harbour loophole"}, "The council"},
		{"an article, an adjective and a noun after a quotation's closing comma are the writer's", "The mayor praised the “harbour pact,” a rare deal between the two towns.",
			[]string{"the “harbour pact"}, "The mayor"},
		{"another and a past participle after a quotation's closing comma are the writer's", "The union refused to use the words “strike action,” another sign seized upon by the owners.",
			[]string{"to use the words “strike action"}, "The union"},
		{"a preposition and which after a quotation's closing comma are the writer's", "The board attacked the rule called the “ferry clause,” in which owners pay the crew.",
			[]string{"the rule called the “ferry clause"}, "The board"},
		{"a noun phrase after a quotation's closing comma that reports on its own is no aside", "Islanders now say they value the ferry more as a “lifeline” than as a “business,” a survey by a harbour expert, Ann Lee, concluded this year.",
			[]string{"they value the ferry more as a “lifeline” than as a “business,” a survey by a harbour expert, Ann Lee, concluded this year"}, "Islanders"},
		{"a relative clause's report ends at a quotation's closing comma before the main verb", "Ann Lee, who says the fares are “far too high,” left the meeting early.",
			[]string{"the fares are “far too high"}, "Ann Lee"},
		{"an opening subordinate clause's report ends at a quotation's closing comma", "While the mayor said the ferry has the “best crew,” the harbour board is unhappy.",
			[]string{"the ferry has the “best crew"}, "the mayor"},
		{"an opening subordinate clause's report holds a list of quotations", "While the mayor says the ferry is “quick,” and “very cheap,” the board disagrees.",
			[]string{"the ferry is “quick,” and “very cheap"}, "the mayor"},
		{"an appositive's commas leave an opening subordinate clause open", "When the harbour master, Ann Lee, said on Monday that the ferry was “unsafe,” the owners sold it.",
			[]string{"that the ferry was “unsafe"}, "Ann Lee"},
		{"a comma before the cue's subject closes an opening clause", "As for whether the ferry would sail, the captain admitted that there are still “some doubts” about it, “but not many.”",
			[]string{"that there are still “some doubts” about it, “but not many"}, "the captain"},
		{"a comma right after the opener is no clause end", "If, as Ann Lee has suggested, the owners sell the ferry, the island will lose its only link.",
			[]string{"the owners sell the ferry"}, "Ann Lee"},
		{"a dash, and and a pronoun subject after the report open the writer's clause", "The mayor promises the council will fix the “leaky” pier — and she means to pay for it herself.",
			[]string{"the council will fix the “leaky” pier"}, "The mayor"},
		{"a dash and a noun phrase of the writer's after the report end it", "Ann Lee said she was “pleased” with the vote — a rare win for the ferry union.",
			[]string{"she was “pleased” with the vote"}, "Ann Lee"},
		{"two dashes around a noun phrase are the report's aside", "Ann Lee thinks that most riders – a bare majority of them – want a “cheaper” ferry.",
			[]string{"that most riders – a bare majority of them – want a “cheaper” ferry"}, "Ann Lee"},
		{"a participle's report ends before and, then and a past verb of speech", "The mayor thanked the crew, calling the captain a “local hero,” and then tweeted that the ferry was “saved.”",
			[]string{"the crew", "the captain a “local hero", "that the ferry was “saved"}, "The mayor"},
		{"a participle's report ends before and, an adverb and a second participle", "The union left the talks early, mocking the owners’ “luxury” ferry and pointedly saying the fares were “a joke.”",
			[]string{"the owners’ “luxury” ferry", "the fares were “a joke"}, ""},
		{"a participle's report ends before but and a second participle", "The union left the talks early, calling the fares “a scandal” but suggesting a deal was near.",
			[]string{"the fares “a scandal"}, ""},
		{"a report split by its attribution goes on into a quotation", "The harbour's new pier, Ann Lee said on Monday, “is a perfect example” of careful planning.",
			[]string{"The harbour's new pier, Ann Lee said on Monday, “is a perfect example” of careful planning"}, "Ann Lee"},
		{"a time expression before the attribution is no part of a quoted report", "Six months ago, the mayor said, the ferry was a “floating wreck.”",
			[]string{"the ferry was a “floating wreck"}, "the mayor"},
		{"a subordinate clause before the attribution is no part of a quoted report", "Soon after the vote, the mayor said, the ferry was a “floating wreck.”",
			[]string{"the ferry was a “floating wreck"}, "the mayor"},
		{"a prepositional phrase before the attribution is no part of a quoted report", "At one point, the mayor said, the ferry was a “floating wreck.”",
			[]string{"the ferry was a “floating wreck"}, "the mayor"},
		{"a comma and a past verb of report after a reported clause open the subject's second verb phrase", "The mayor said the ferry was far too slow, called the owners “greedy” and left the meeting.",
			[]string{"the ferry was far too slow", "the owners “greedy"}, "The mayor"},
		{"a past verb after an appositive's comma is the reported clause's own", "Ann Lee said her brother and partner Bo Grant, a painter, wrote the “harbour songs” together.",
			[]string{"her brother and partner Bo Grant, a painter, wrote the “harbour songs” together"}, "Ann Lee"},
		{"a naming participle's content is the noun phrase it names and the quotation", "The harbour board set up a website called “Save Our Ferry” that lists the sailings.",
			[]string{"a website called “Save Our Ferry"}, ""},
		{"a naming participle after an object ends at its quotation", "The union broadcast a short film called “Harbour Lights” on the island radio.",
			[]string{"a short film called “Harbour Lights"}, ""},
		{"a naming participle read as the cue ends at its quotation", "The mayor has written a letter to a ferry group called “Sea Friends” about the fares.",
			[]string{"a ferry group called “Sea Friends"}, ""},
		{"a closing parenthesis after a sentence's end ends the sentence", "(Ann Lee claimed to “retire.”) Then the owners sold the ferry.",
			[]string{"to “retire"}, "Ann Lee"},
		{"a sentence opening with a parenthesis is a sentence of its own", "Most studies of the ferry found little harm to the island. (One exception was a 2014 survey that said the fares caused “serious” harm.)",
			[]string{"little harm to the island"}, ""},
		{"a relative aside followed by to goes on with the report", "The mayor said that she called the captain after the vote, which ended the strike, to thank him for his “steady hands.”",
			[]string{"that she called the captain after the vote, which ended the strike, to thank him for his “steady hands"}, "The mayor"},
		{"a participle of no report after a quotation's closing comma is the writer's", "The mayor said the pier was “unsafe,” prompting a rush to sell tickets.",
			[]string{"the pier was “unsafe"}, "The mayor"},
		{"a participle of no report after a quotation's closing comma ends an according-to report", "According to some on the island, the mayor was “incognito,” sparking a storm of talk about the visit.",
			[]string{"the mayor was “incognito"}, ""},
		{"an opening question ends before the main clause", "Asked if the ferry would “ever” sail again, the captain shrugged.",
			[]string{"if the ferry would “ever” sail again"}, ""},
		{"an opening question's appositives and relative clauses are the question's", "Asked whether he feared that Bo Grant, the harbour master, who has called the ferry a wreck, would close the port, Ann Lee demurred.",
			[]string{"whether he feared that Bo Grant, the harbour master, who has called the ferry a wreck, would close the port"}, ""},
		{"a dotted abbreviation before a subject pronoun ends the sentence", "The harbour board wants ferries like those in the U.S. She says the fares there are “far too high.”",
			[]string{"ferries like those in the U.S", "the fares there are “far too high"}, "The harbour board"},
		{"a fronted report is the last conjunct when only it holds the quotation", "The boards ranked their choices, and the harbour group is less likely to be “overrun with tourists,” Ann Lee said.",
			[]string{"the harbour group is less likely to be “overrun with tourists"}, "Ann Lee"},
		{"a pronoun subject after and goes on with a fronted report", "The ferry has angered many on the island, and it has used “velvet gloves” with the council, said Ann Lee.",
			[]string{"The ferry has angered many on the island, and it has used “velvet gloves” with the council"}, "Ann Lee"},
		{"an aside followed by another quotation goes on with the report", "The mayor said the fares were “about right,” though “the ferry is always late.”",
			[]string{"the fares were “about right,” though “the ferry is always late"}, "The mayor"},
		{"a serial list's comma before and is no new clause", "Ann Lee noted that the council has long been talking with Dover, Calais, and Le Havre officials about the ferry, and “we are in talks about a second boat” this year.",
			[]string{"that the council has long been talking with Dover, Calais, and Le Havre officials about the ferry, and “we are in talks about a second boat” this year"}, "Ann Lee"},
		{"a that clause opening with a quotation after a verb of no cue list", "The ferry union projects that “doubling the fares” on the island route would raise $2 million a year.",
			[]string{"that “doubling the fares” on the island route would raise $2 million a year"}, "The ferry union"},
		{"a that clause whose subject is one of …", "Ann Lee anticipated that one of the biggest tasks for the council would be “dealing with the harbour debts.”",
			[]string{"that one of the biggest tasks for the council would be “dealing with the harbour debts"}, "Ann Lee"},
		{"a cue in a relative clause inside a that clause is the clause's", "Ann Lee frequently emphasizes that she is a “proud sailor” who wants to save the ferry.",
			[]string{"that she is a “proud sailor” who wants to save the ferry"}, "Ann Lee"},
		{"a noun of speech with a that clause ending the sentence", "The mayor stirred anger over her remark that “the island can do without a ferry.”",
			[]string{"that “the island can do without a ferry"}, ""},
		{"a noun of speech before a relative that reports nothing", "A claim that originated in a council memo was later withdrawn.", nil, ""},
		{"a new clause with its own subject after a quotation's closing comma", "The mayor is promising lower fares and “boats, boats, boats,” but she has also raised the harbour tax.",
			[]string{"lower fares and “boats, boats, boats"}, "The mayor"},
		{"a participle's report ends before and with a past verb of speech", "The mayor thanked her supporters, declaring it “a great day for the island” and said the ferry would sail again.",
			[]string{"her supporters", "it “a great day for the island", "the ferry would sail again"}, "The mayor"},
		{"a fronted report before and and its cue ends without the and", "The mayor stood with supporters, declaring it “a great day for the island” and said the ferry would sail again.",
			[]string{"it “a great day for the island", "the ferry would sail again"}, "The mayor"},
		{"what a speaker called a quotation is the report", "The long fight over whether the ferry company is what former captains have called a “floating scandal” took a new turn in May.",
			[]string{"what former captains have called a “floating scandal"}, "former captains"},
		{"a determiner before a quotation makes no noun of the cue after it", "The harbour is in a “raw time,” said Ann Lee, a ferry captain.",
			[]string{"The harbour is in a “raw time"}, ""},
		{"a participle after the cue's adjunct reports on its own", "The ferry is late, Ann Lee said Tuesday in Dover, noting the captain “makes you want to swim.”",
			[]string{"The ferry is late", "the captain “makes you want to swim"}, "Ann Lee"},
		{"the subject of a when clause reports its second verb", "There were sharper moments, such as when Lee knocked Grant on fares and called him a “pirate,” a dig at his shipping past.",
			[]string{"him a “pirate"}, ""},
		{"a second cue after the report takes its own long quotation", "Ann Lee said the captain is responsible for the delays and accused him of “sinking the island’s only lifeline.”",
			[]string{"the captain is responsible for the delays", "him of “sinking the island’s only lifeline"}, "Ann Lee"},
		{"a quotation after the report is found once", "The mayor noted that she taught sailing, and added: “I know a little about boats and tides.”",
			[]string{"that she taught sailing", "I know a little about boats and tides"}, "The mayor"},
		{"a description ending with a relative clause before the cue", "Ann Lee, a former pilot who now chairs the Harbour Trust, which runs the port, said that support for the ferry shows it is “not just a boat for tourists.”",
			[]string{"that support for the ferry shows it is “not just a boat for tourists"}, "Ann Lee"},
		{"a stance verb after a report closed by a quotation's comma", "Ferries are “the island’s lifeline” and “worth every penny,” Ann Lee proclaimed on Tuesday.",
			[]string{"Ferries are “the island’s lifeline” and “worth every penny"}, "Ann Lee"},
		{"a comma and as before a quotation go on with a characterisation", "The mayor praised Ann Lee, who retired on Saturday, as “a captain who never left port late” and thanked her crew.",
			[]string{"Ann Lee, who retired on Saturday, as “a captain who never left port late", "her crew"}, "The mayor"},
		{"an aside between dashes inside the reported subject", "Ann Lee said that the plan to “save the ferry” — itself a reply to the council’s “ferry tax” — was a fine idea.",
			[]string{"that the plan to “save the ferry” — itself a reply to the council’s “ferry tax” — was a fine idea"}, "Ann Lee"},
		{"a participle's report ends before the writer's summing-up", "The mayor thanked the crew, saying the ferry would “never sink” on her watch, a swipe at the old harbour board.",
			[]string{"the crew", "the ferry would “never sink” on her watch"}, "The mayor"},
		{"a participle's report ends before a second participle", "The mayor thanked the crew, saying the ferry was “in good hands” but suggesting that the fares might rise.",
			[]string{"the crew", "the ferry was “in good hands"}, "The mayor"},
		{"and with a pronoun and a past tense after a quotation opens a new clause", "The mayor voiced a wish for a “strong and busy harbour,” and she pronounced the captain “a friend.”",
			[]string{"a wish for a “strong and busy harbour", "the captain “a friend"}, "The mayor"},
		{"while with a subject and a past tense after a quotation is the writer's", "Bo Grant sniped that Ann Lee, a first-time mayor, was “learning on the job” while Lee and her aides penned a series of angry letters.",
			[]string{"that Ann Lee, a first-time mayor, was “learning on the job"}, "Bo Grant"},
		{"while with a present tense after a quotation is the report's contrast", "Bo Grant said that Ann Lee was “a total lightweight” while Ted Cruz is “a basket case.”",
			[]string{"that Ann Lee was “a total lightweight” while Ted Cruz is “a basket case"}, "Bo Grant"},
		{"as with a pronoun and a verb after a quotation is the writer's", "Ann Lee says she is “excited where we stand” as she faces a hard vote in the harbour council.",
			[]string{"she is “excited where we stand"}, "Ann Lee"},
		{"a participle after a quotation's closing comma reports for the subject", "The mayor delivered a stout defence of “island values,” saying the harbour embodied the “heart and soul of the town.”",
			[]string{"the harbour embodied the “heart and soul of the town"}, ""},
		{"a comma and a past verb of report end an object", "Ann Lee praised the new pier, cited its low cost and thanked the builders.",
			[]string{"the new pier", "its low cost", "the builders"}, "Ann Lee"},
	})
}

// TestPassiveNamingAgent checks that a passive naming's agent after "by"
// is its speaker, and that a naming with none has no speaker.
func TestPassiveNamingAgent(t *testing.T) {
	tests := []struct {
		name, text, content, speaker string
	}{
		{"the agent after by speaks", "Ann Lee warned the board. The new fare plan has been called “a recipe for chaos” by Bo Grant, a ferry captain.",
			"The new fare plan has been called “a recipe for chaos", "Bo Grant"},
		{"an agent noun phrase speaks", "The harbour levy was dubbed “the salt tax” by critics in May.",
			"The harbour levy was dubbed “the salt tax", "critics"},
		{"named is a naming participle", "By July the ferry was officially named “The Islander,” with Lee as captain.",
			"the ferry was officially named “The Islander", ""},
		{"no by, no speaker, not even the previous one", "Ann Lee spoke first. The pier has been called “a wreck” for years.",
			"The pier has been called “a wreck", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range New(nil).Extract(tt.text) {
				if strings.TrimRight(q.Content, "”\"") == tt.content {
					if q.Speaker != tt.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quote %q in %+v", tt.content, New(nil).Extract(tt.text))
		})
	}
}

// TestAbsoluteReports checks the absolute clauses of speech after ", with":
// the noun phrase after "with" speaks, the report before ends at the comma.
func TestAbsoluteReports(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // content|speaker, in text order
	}{
		{"the clause's noun phrase speaks", "The union backed Ann Lee early, with the dockers calling her “the captain we need” and its leader hugging her.",
			[]string{"Ann Lee early|union", "her “the captain we need|dockers"}},
		{"the report before ends at the comma", "Bo Grant said he was pleased, with Ann Lee calling the talks a “great meeting.”",
			[]string{"he was pleased|Bo Grant", "the talks a “great meeting|Ann Lee"}},
		{"a comma and a participle end the clause", "The talks went well, with Ann Lee comparing the deal to “a fair wind,” thanking the crew.",
			[]string{"the deal to “a fair wind|Ann Lee", "the crew|Ann Lee"}},
		{"no quotation, no report", "The vote was close, with the networks calling the race at ten.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range New(nil).Extract(tt.text) {
				got = append(got, strings.TrimRight(q.Content, "”")+"|"+q.Speaker)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleWords checks the title-case test behind markTitles.
func TestTitleWords(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Meet the Press", true},
		{"This Week With George Stephanopoulos,", true},
		{"State of the Union", true},
		{"Atlas Shrugged.", true},
		{"a big, big problem", false},
		{"Morning", false}, // one word: no title
		{"Deport Nikki Haley. Now.", false},
		{"the Union", false},
	} {
		if got := titleWords(tc.s); got != tc.want {
			t.Errorf("titleWords(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestHeadlineDash checks where a title-case report ends at a spaced dash.
func TestHeadlineDash(t *testing.T) {
	tests := []struct {
		content, want string
	}{
		{"Who He Would Pick For Mayor – It May Surprise You", "Who He Would Pick For Mayor"},
		{"Who He ‘Would Pick’ For Mayor — You Will Never Guess", "Who He ‘Would Pick’ For Mayor"},
		{"The Owners In The Worst Way — ‘They Are Thieves.’", "The Owners In The Worst Way — ‘They Are Thieves.’"},
		{"the ferry was late – and the riders knew it", "the ferry was late – and the riders knew it"},
		{"The Ferry Was Late – and the riders knew it", "The Ferry Was Late – and the riders knew it"},
		{"The Ferry Was Late For Years", "The Ferry Was Late For Years"},
	}
	for _, tc := range tests {
		if got := tc.content[:headlineDash(tc.content, 0, len(tc.content))]; got != tc.want {
			t.Errorf("headlineDash(%q) ends at %q, want %q", tc.content, got, tc.want)
		}
	}
}
