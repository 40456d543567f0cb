//! What a question asks beyond its content words: how long a reply it
//! wants ("in a sentence or two, …"), and which period it places itself in
//! relative to the article's time ("next year", "last month").
//!
//! General English only: the words of a request for a short summary, the
//! comparatives that bound an amount, and the deictic words of time.

use super::analyze::Word;
use crate::lang;

/// Words a request for a short reply is made of ("in *one or two
/// sentences*", "in a *few words*"): it asks for the fact's sentence, and
/// none of them is content.
const SUMMARY_WORDS: &[&str] = &[
    "a",
    "an",
    "one",
    "two",
    "three",
    "few",
    "couple",
    "of",
    "or",
    "sentence",
    "sentences",
    "words",
    "word",
    "line",
    "lines",
    "short",
    "brief",
];
/// Words that open a clause setting something aside ("*apart from* the
/// history, what …"): what it names is not what is asked.
const SETTING_ASIDE: &[&[&str]] = &[
    &["apart", "from"],
    &["aside", "from"],
    &["besides"],
    &["other", "than"],
    &["except", "for"],
    &["except"],
    &["excluding"],
];
/// Words that only say how far a claim reaches ("growing *around the
/// world*"), which the article words its own way.
const SCOPES: &[&[&str]] = &[
    &["around", "the", "world"],
    &["across", "the", "world"],
    &["throughout", "the", "world"],
    &["all", "over", "the", "world"],
];
/// Words that only say a claim comes true in time ("will it *eventually*
/// backfire?", "would it succeed *in the end*?"), which the article words
/// its own way ("ultimately") or leaves implied.
const EVENTUALLY: &[&[&str]] = &[
    &["in", "the", "end"],
    &["in", "the", "long", "run"],
    &["sooner", "or", "later"],
    &["at", "long", "last"],
    &["over", "time"],
    &["eventually"],
    &["ultimately"],
    &["finally"],
];
/// Participles that introduce a name ("a document *called* …").
const NAMING_VERBS: &[&str] = &["called", "named", "titled", "entitled", "dubbed"];
/// Single words that ask for a short summary.
const SUMMARY_ADVERBS: &[&str] = &[
    "briefly",
    "summarise",
    "summarize",
    "summarised",
    "summarized",
];

/// A question with its request for a short reply taken out.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Request {
    /// The question without the request ("in a sentence or two, what …"
    /// → "what …"), with comparatives read as bounds ("longer than" →
    /// "more than").
    pub(super) text: String,
    /// It asks for a short account: the fact's whole sentence answers.
    pub(super) summary: bool,
    /// The words of the clauses it sets aside ("apart from *the
    /// centres*"): a fact about them is not what is asked.
    pub(super) aside: Vec<String>,
}

impl Request {
    /// Reads `question`: "In a sentence or two, what did Xi announce?"
    /// asks what Xi announced, in a sentence.
    pub(super) fn read(question: &str) -> Request {
        // "The treaty is temporary, right?" asks what "is it true that the
        // treaty is temporary?" asks.
        let confirmation = super::confirm::as_yes_no_question(question);
        let question = confirmation.as_deref().unwrap_or(question);
        let tokens = attribution_last(question.split_whitespace().collect());
        let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
        let mut keep = vec![true; tokens.len()];
        let mut summary = false;
        let mut aside = Vec::new();
        let opener = polite_opener(&folded);
        keep[..opener].iter_mut().for_each(|k| *k = false);
        let mut at = opener;
        while at < tokens.len() {
            if let Some(span) = summary_request(&folded, at) {
                // "in a sentence or two": the trailing "or two" belongs
                // to it too.
                keep[at..=at + span].iter_mut().for_each(|k| *k = false);
                summary = true;
                at += span + 1;
                continue;
            }
            if let Some((from, end)) = aside_clause(&tokens, &folded, at) {
                aside.extend(folded[from..=end].iter().cloned());
                keep[at..=end].iter_mut().for_each(|k| *k = false);
                at = end + 1;
                continue;
            }
            if let Some(phrase) =
                phrase_at(&folded, at, SCOPES).or_else(|| phrase_at(&folded, at, EVENTUALLY))
            {
                keep[at..at + phrase.len()]
                    .iter_mut()
                    .for_each(|k| *k = false);
                at += phrase.len();
                continue;
            }
            // "in Xi's view", "in the view of Xi": whose claim it is, as
            // "according to" says; the viewpoint noun is no content.
            if let Some(frame) = viewpoint_frame(&folded[at..]) {
                for skip in frame {
                    keep[at + skip] = false;
                }
                at += 1;
                continue;
            }
            // "according to Xi's *speech*", "according to the speech":
            // the words someone said are who says so, no content.
            if let Some(frame) = utterance_after_according(&folded[at..]) {
                for skip in frame {
                    keep[at + skip] = false;
                }
                at += 1;
                continue;
            }
            if let Some(span) = reference_to_the_text(&folded, at) {
                keep[at..at + span].iter_mut().for_each(|k| *k = false);
                at += span;
                continue;
            }
            // "a document *called* the Astana Declaration": the name says
            // what it is; the kind noun before it is the asker's word.
            if matches!(folded[at].as_str(), "a" | "an" | "the")
                && folded
                    .get(at + 2)
                    .is_some_and(|w| NAMING_VERBS.contains(&w.as_str()))
                // "named *after* Astana" says where the name comes from.
                && folded.get(at + 3).is_some_and(|next| {
                    !matches!(next.as_str(), "after" | "for" | "by" | "in" | "as" | "on" | "to")
                })
            {
                // "a … called *the* Astana Declaration": one article is
                // enough.
                let article_follows = matches!(folded[at + 3].as_str(), "a" | "an" | "the");
                keep[at] = !article_follows;
                keep[at + 1] = false;
                keep[at + 2] = false;
                at += 3;
                continue;
            }
            // "was the document the leaders signed *called* the Beijing
            // Declaration?": after a longer description, the naming verb
            // alone is dropped; the name says what is asked.
            // Not right after a wh-word: "how *called* the leaders China?"
            // asks what they called it.
            if at > 0
                && NAMING_VERBS.contains(&folded[at].as_str())
                && !super::intent::WH_WORDS.contains(&folded[at - 1].as_str())
                && folded
                    .get(at + 1)
                    .is_some_and(|next| matches!(next.as_str(), "the" | "a" | "an"))
                && tokens
                    .get(at + 2)
                    .is_some_and(|name| name.starts_with(|c: char| c.is_uppercase()))
            {
                keep[at] = false;
                at += 1;
                continue;
            }
            // "…, per Xi?": who says so, as "according to" would.
            let opens_clause = at == 0 || tokens[at - 1].ends_with(',');
            if folded[at] == "per" && opens_clause {
                keep[at] = false;
            }
            if SUMMARY_ADVERBS.contains(&folded[at].as_str()) {
                keep[at] = false;
                summary = true;
            }
            at += 1;
        }
        let text = kept_text(&tokens, &keep);
        Request {
            text: if text.is_empty() {
                question.to_string()
            } else {
                text
            },
            summary,
            aside,
        }
    }
}

/// Words that only make a request polite ("*could you please* list …",
/// "*please* name …").
const POLITE_WORDS: &[&str] = &[
    "can", "could", "would", "will", "you", "u", "please", "pls", "kindly", "just",
];

/// How many opening words only make a request for a list polite: "can you
/// list the countries whose presidents came?" asks what "list the
/// countries …" asks, and its "whose" opens a relative clause, not the
/// question. Zero unless a list verb follows them.
fn polite_opener(folded: &[String]) -> usize {
    let opener = folded
        .iter()
        .take_while(|w| POLITE_WORDS.contains(&w.as_str()))
        .count();
    let requested = folded
        .get(opener)
        .is_some_and(|w| super::intent::is_list_verb(w));
    if opener > 0 && requested { opener } else { 0 }
}

/// How many words after the "in" at `at` ask for a short reply ("in a
/// sentence or two", "in one or two sentences", "in a few words", "in
/// short", "in brief"); `None` when no word of them names a length.
fn summary_request(folded: &[String], at: usize) -> Option<usize> {
    if folded[at] != "in" {
        return None;
    }
    let span = folded[at + 1..]
        .iter()
        .take_while(|w| SUMMARY_WORDS.contains(&w.as_str()))
        .count();
    let words = &folded[at + 1..at + 1 + span];
    let names_length = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "sentence" | "sentences" | "words" | "lines" | "short" | "brief"
        )
    });
    names_length.then_some(span)
}

/// A clause setting something aside at `at` ("Apart from the long
/// history, what …"): where its words start and where it ends, up to its
/// comma, or, closing the question ("what else was launched apart from
/// the centres?"), to its end.
fn aside_clause(tokens: &[&str], folded: &[String], at: usize) -> Option<(usize, usize)> {
    let phrase = phrase_at(folded, at, SETTING_ASIDE)?;
    let from = at + phrase.len();
    if let Some(end) = name_before_verb(tokens, from) {
        return Some((from, end));
    }
    let end = (from..tokens.len().min(at + 10))
        .find(|&end| tokens[end].ends_with(','))
        // "Apart from the centres *what* other …": an opening clause
        // typed without its comma ends where the question's wh-word
        // starts.
        .or_else(|| {
            let wh = (from + 1..tokens.len().min(at + 10))
                .find(|&i| super::intent::WH_WORDS.contains(&folded[i].as_str()));
            wh.filter(|_| at == 0).map(|wh| wh - 1)
        })
        .or_else(|| {
            (at > 0 && tokens.len() > from && tokens.len() <= at + 10).then(|| tokens.len() - 1)
        })?;
    Some((from, end))
}

/// Where a name set aside ends when the question goes on after it
/// ("how many presidents besides *Xi* joined the summit?"): its run of
/// capitalised words, when a word that is neither a name, "and", "or"
/// nor a comma follows.
fn name_before_verb(tokens: &[&str], from: usize) -> Option<usize> {
    let capitalised = |token: &str| token.chars().next().is_some_and(char::is_uppercase);
    let start = from
        + usize::from(
            tokens
                .get(from)
                .is_some_and(|t| t.eq_ignore_ascii_case("the")),
        );
    let run = tokens[start.min(tokens.len())..]
        .iter()
        .take_while(|token| capitalised(token) && !token.ends_with(','))
        .count();
    let end = start + run;
    let next = tokens.get(end)?;
    (run > 0 && !matches!(next.to_lowercase().as_str(), "and" | "or" | "&")).then_some(end - 1)
}

/// The first of `phrases` that the folded words start with at `at`.
fn phrase_at<'p>(folded: &[String], at: usize, phrases: &[&'p [&'p str]]) -> Option<&'p [&'p str]> {
    phrases.iter().copied().find(|phrase| {
        folded.len() >= at + phrase.len() && phrase.iter().zip(&folded[at..]).all(|(p, w)| p == w)
    })
}

/// The tokens that stay in the question's text, joined, without the
/// punctuation a removed opening clause leaves at the start.
fn kept_text(tokens: &[&str], keep: &[bool]) -> String {
    let text = tokens
        .iter()
        .zip(keep)
        .filter(|(_, keep)| **keep)
        .map(|(token, _)| *token)
        .collect::<Vec<_>>()
        .join(" ");
    text.trim_start_matches([',', ':', ';', ' ']).to_string()
}

/// The question's words read so that a comparative bounds the amount after
/// it: "longer than one year" claims more than a year, "a thousand years"
/// is one thousand.
pub(super) fn comparatives_as_bounds(question: &str) -> String {
    let words = lang::words(question);
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    for (at, word) in words.iter().enumerate() {
        let next = words.get(at + 1).map(String::as_str);
        let before = at.checked_sub(1).map(|b| words[b].as_str());
        let word = match (word.as_str(), next) {
            (
                "longer" | "later" | "bigger" | "larger" | "higher" | "older" | "greater",
                Some("than"),
            ) => "more",
            ("shorter" | "earlier" | "smaller" | "lower" | "younger" | "fewer", Some("than")) => {
                "less"
            }
            // "*only* 500 years old?": a bare amount put as the whole of
            // it; "only *like* 30 yrs" as roughly that.
            ("only", Some(_)) if reaching(&words, at + 1) => "just",
            ("only", Some("like")) if reaching(&words, at + 2) => "",
            ("like", Some(_)) if before == Some("only") && reaching(&words, at + 1) => "about",
            // "a thousand years", "a hundred": one of them.
            ("a" | "an", Some(next)) if is_scale(next) => "one",
            // "spread *over* five years" is across them, no bound.
            ("over", _) if before.is_some_and(|b| SHARING_OUT.contains(&b)) => "across",
            // "Is the grant *up to* 300 million?" asks whether it reaches
            // that much, as "is the water up to your knees?" does.
            ("up", Some("to")) if reaching(&words, at + 2) => "at",
            ("to", _) if before == Some("up") && reaching(&words, at + 1) => "least",
            (word, _) => word,
        };
        if !word.is_empty() {
            out.push(word);
        }
    }
    out.join(" ")
}

/// Whether an amount starts at `at`, after "up to": a number, or a sum's
/// sign.
fn reaching(words: &[String], at: usize) -> bool {
    words.get(at).is_some_and(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '$')
            || crate::numbers::is_number_word(w)
    })
}

/// Verbs of sharing something out, after which "over" spans a period
/// ("spread *over* five years") rather than bounding an amount ("*over*
/// 2,000 years").
const SHARING_OUT: &[&str] = &[
    "spread",
    "spreads",
    "split",
    "splits",
    "spaced",
    "distributed",
    "divided",
    "paid",
    "phased",
    "staggered",
];

/// The question's words with comparatives read as bounds, as
/// [`comparatives_as_bounds`] reads them, for the words the asker weighs:
/// "longer than" is no content word, and "a thousand" is a number.
pub(super) fn bounds(mut words: Vec<Word>) -> Vec<Word> {
    for at in 0..words.len() {
        let next = words.get(at + 1).map(|w| w.text.clone());
        let text = match (words[at].text.as_str(), next.as_deref()) {
            ("longer" | "later" | "bigger" | "larger" | "higher", Some("than")) => "more",
            ("shorter" | "earlier" | "smaller" | "lower", Some("than")) => "less",
            ("a" | "an", Some(next)) if is_scale(next) => "one",
            _ => continue,
        };
        words[at].text = text.to_string();
    }
    words
}

/// Nouns that name the text itself, not anything in it.
const DOCUMENT_NOUNS: &[&str] = &[
    "article", "story", "news", "report", "text", "piece", "passage",
];

/// Whether a word names the text itself or its writer ("the *article*"),
/// not anything in it.
pub(super) fn names_the_text(word: &str) -> bool {
    DOCUMENT_NOUNS.contains(&word) || matches!(word, "author" | "writer" | "reporter")
}

/// Participles that point at the text a thing appears in ("the president
/// *named in the article*").
pub(super) const TEXT_REFERENCES: &[&str] =
    &["named", "mentioned", "cited", "quoted", "given", "listed"];

/// How many words at `at` only say that the noun before them appears in
/// the text: "who is the Chinese president *named in the article*?" asks
/// who the Chinese president is. Only after a noun of a wh-question: in
/// "was Russia mentioned in the article?" the mention is what is asked.
fn reference_to_the_text(folded: &[String], at: usize) -> Option<usize> {
    let phrase = folded.get(at..at + 4)?;
    let names_the_text = TEXT_REFERENCES.contains(&phrase[0].as_str())
        && phrase[1] == "in"
        && matches!(phrase[2].as_str(), "the" | "this")
        && DOCUMENT_NOUNS.contains(&phrase[3].as_str());
    if !names_the_text {
        return None;
    }
    let wh_question = folded
        .first()
        .is_some_and(|w| super::intent::WH_WORDS.contains(&w.as_str()) || w == "whats");
    let after_noun = at > 0 && !super::intent::AUXILIARIES.contains(&folded[at - 1].as_str());
    (wh_question && after_noun).then_some(4)
}

/// Whether a question with no content word asks what the text is about:
/// "what is the article about?", "what's the main news?", "what's it
/// about?". Not who wrote it or when it was published.
pub(super) fn asks_what_it_is_about(question: &str) -> bool {
    let words: Vec<String> = question.split_whitespace().map(fold).collect();
    let has = |word: &str| words.iter().any(|w| w == word);
    let wh_what = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "what" | "whats" | "what's"));
    wh_what && (has("about") || words.iter().any(|w| DOCUMENT_NOUNS.contains(&w.as_str())))
}

/// Words that ask for a text's gist: "the *main point* of the article",
/// "its *key message*".
const GIST_WORDS: &[&str] = &[
    "main",
    "point",
    "points",
    "idea",
    "ideas",
    "gist",
    "topic",
    "topics",
    "message",
    "key",
    "summary",
    "central",
    "theme",
    "themes",
    "subject",
    "overall",
    "basically",
    "mostly",
    "mainly",
    "big",
    "takeaway",
    "takeaways",
];

/// Whether `question` asks for the gist of the text ("What is the main
/// point of the article?", "what's the story's key message?"): a "what"
/// question naming the text whose other words only ask for its gist.
pub(super) fn asks_for_the_gist(question: &str) -> bool {
    let words: Vec<String> = question
        .split_whitespace()
        .map(|t| fold(t).replace(['\'', '’'], ""))
        .collect();
    // "the story's": folded without its apostrophe.
    let text_noun = |w: &str| {
        DOCUMENT_NOUNS.contains(&w)
            || w.strip_suffix('s')
                .is_some_and(|w| DOCUMENT_NOUNS.contains(&w))
    };
    let names_text = words.iter().any(|w| text_noun(w));
    let rest_gist = words.iter().skip(1).all(|w| {
        w.is_empty()
            || crate::lang::is_stopword(w)
            || text_noun(w)
            || GIST_WORDS.contains(&w.as_str())
    });
    let asks_gist = words.iter().any(|w| GIST_WORDS.contains(&w.as_str()));
    words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "what" | "whats"))
        && names_text
        && asks_gist
        && rest_gist
}

/// Closing words that say how to answer, not what is asked: "is China
/// hosting the next one, *yes or no*?", "did they sign it *or not*?".
const ANSWER_FORMATS: &[&[&str]] = &[
    &["yes", "or", "no"],
    &["true", "or", "false"],
    &["or", "not"],
    // Shorthand: "green minerals on the list? *y/n*", "*yes/no*".
    &["y", "n"],
    &["yes", "no"],
    &["true", "false"],
];

/// Whether the question closes with an answer format that asks for yes
/// or no ("y/n", "yes or no", "true or false"), which makes even a
/// fragment a yes/no question ("grant going to military projects? y/n").
pub(super) fn closes_with_yes_no(words: &[Word]) -> bool {
    ANSWER_FORMATS
        .iter()
        .filter(|format| format.first() != Some(&"or"))
        .any(|format| {
            words.len() > format.len()
                && words[words.len() - format.len()..]
                    .iter()
                    .zip(*format)
                    .all(|(w, f)| w.text == *f)
        })
}

/// The question's words without a closing answer format
/// ([`ANSWER_FORMATS`], or "or non-" / "or not" and a word it asked
/// about), which would otherwise read as choices offered.
pub(super) fn without_answer_format(mut words: Vec<Word>) -> Vec<Word> {
    for format in ANSWER_FORMATS {
        let Some(start) = words.len().checked_sub(format.len()) else {
            continue;
        };
        if start > 0
            && words[start..]
                .iter()
                .zip(*format)
                .all(|(w, f)| w.text == *f)
        {
            words.truncate(start);
            return words;
        }
    }
    // "binding *or non-binding*", "true *or not true*": the word asked
    // about, then its negation, is "or not" too.
    if let [.., or, not, word] = words.as_slice()
        && or.text == "or"
        && matches!(not.text.as_str(), "non" | "not")
        && words[..words.len() - 3].iter().any(|w| w.text == word.text)
    {
        words.truncate(words.len() - 3);
    }
    words
}

/// The names that only locate the place a question puts something in:
/// "held in Tashkent*, Uzbekistan*?" names the city, then its country.
/// Folded, for a question that ends in "in"/"at" X, Y or X in Y with X
/// and Y single capitalised words, or in X Y typed in any case where Y
/// is one of the article's `places` and X is not ("in tashkent
/// uzbekistan"); empty otherwise. `places`: lowercase names.
pub(super) fn locating_names(question: &str, places: &[&str]) -> Vec<String> {
    let trimmed = question.trim_end().trim_end_matches(['?', '.', '!']);
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
    };
    let all: Vec<&str> = trimmed.split_whitespace().collect();
    if let [.., preposition, place, last] = all.as_slice()
        && matches!(preposition.to_lowercase().as_str(), "in" | "at")
        && place.trim_end_matches(',').chars().all(char::is_alphabetic)
        && !crate::lang::is_stopword(&fold(place))
        && !places.contains(&fold(place.trim_end_matches(',')).as_str())
        && places.contains(&fold(last).as_str())
    {
        return vec![fold(last)];
    }
    // "held in Tashkent *in Uzbekistan*": the country after "in".
    if let [.., preposition, place, within, last] = all.as_slice()
        && matches!(preposition.to_lowercase().as_str(), "in" | "at")
        && within.eq_ignore_ascii_case("in")
        && capitalised(place)
        && capitalised(last)
    {
        return vec![fold(last)];
    }
    let Some((head, last)) = trimmed.rsplit_once(',') else {
        return Vec::new();
    };
    let last = last.trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    match words.as_slice() {
        [.., preposition, place]
            if matches!(preposition.to_lowercase().as_str(), "in" | "at")
                && capitalised(place)
                && capitalised(last) =>
        {
            vec![fold(last)]
        }
        _ => Vec::new(),
    }
}

/// Where a period stands relative to the time of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Deixis {
    /// "this year", "the current month".
    This,
    /// "next year", "the coming two years".
    Next,
    /// "last year", "the past decade".
    Last,
}

/// One period placed relative to now: "the next two years" is (Next, 2,
/// "year").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct Period {
    pub(super) deixis: Deixis,
    pub(super) count: u64,
    /// The unit, singular ("year").
    pub(super) unit: &'static str,
}

/// The time units a period may be counted in, singular and plural.
const UNITS: &[(&str, &str)] = &[
    ("year", "years"),
    ("month", "months"),
    ("week", "weeks"),
    ("day", "days"),
    ("decade", "decades"),
    ("century", "centuries"),
];

/// Whether `text` asks what happens *next* with "next" closing a clause
/// ("who will sign the treaty next?", "next, other countries too?"), not
/// naming the next of a kind ("the next summit", "next year").
pub(super) fn asks_next_time(text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    tokens.iter().enumerate().any(|(at, token)| {
        let word = token.trim_end_matches(|c: char| !c.is_alphanumeric());
        word.eq_ignore_ascii_case("next") && (word.len() < token.len() || at + 1 == tokens.len())
    })
}

/// Words that put a year after them: "*in* 2027", "*since* 1992".
const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "by", "since", "until", "till", "before", "after", "during", "from", "of", "year",
];

/// The years `text` names: four digits, written without a thousands
/// separator, after a word that dates ("in 2027", "the year 2030").
/// "3000 trainings" counts; "in 2027" dates.
pub(super) fn years_in(text: &str) -> Vec<String> {
    let words = crate::lang::tokens_lowered(text);
    words
        .iter()
        .enumerate()
        .filter(|(at, word)| {
            word.len() == 4
                && word.chars().all(|c| c.is_ascii_digit())
                && word
                    .parse::<u32>()
                    .is_ok_and(|year| (1000..3000).contains(&year))
                && at
                    .checked_sub(1)
                    .is_some_and(|before| YEAR_PREPOSITIONS.contains(&words[before].as_str()))
        })
        .map(|(_, word)| word.clone())
        .collect()
}

/// Whether "last" at `at` in `words` is the verb: after "to", a modal
/// or "does" ("meant *to last*"), or after the subject of a question
/// opened by one ("*will* the training *last* …"), not after a
/// determiner or a preposition ("in *the last* two years").
fn last_is_the_verb(words: &[String], at: usize) -> bool {
    let Some(before) = at.checked_sub(1).map(|before| words[before].as_str()) else {
        return false;
    };
    let opens_with_modal = words.first().is_some_and(|first| {
        matches!(
            first.as_str(),
            "will" | "would" | "does" | "do" | "did" | "can" | "could" | "should" | "may" | "might"
        )
    });
    super::position::BEFORE_LAST_VERB.contains(&before)
        || (opens_with_modal && at >= 2 && !lang::is_stopword(before))
}

/// The periods `text` places relative to now ("this year", "over the next
/// two years").
pub(super) fn periods(text: &str) -> Vec<Period> {
    let words = lang::words(text);
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let deixis = match word.as_str() {
            "this" | "current" => Deixis::This,
            "next" | "coming" | "upcoming" | "following" => Deixis::Next,
            // "meant *to last* ten years", "will the training *last* …":
            // the verb.
            "last" if last_is_the_verb(&words, at) => continue,
            "last" | "previous" | "past" => Deixis::Last,
            _ => continue,
        };
        let mut rest = words[at + 1..].iter().map(String::as_str).peekable();
        let count = match rest.peek() {
            Some(number) if number.chars().all(|c| c.is_ascii_digit()) => {
                number.parse::<u64>().ok()
            }
            Some(number) if crate::numbers::is_number_word(number) => {
                crate::numbers::parse_number_words(number).map(|value| value as u64)
            }
            _ => None,
        };
        if count.is_some() {
            rest.next();
        }
        let Some(unit) = rest
            .next()
            .and_then(|w| UNITS.iter().find(|(one, many)| w == *one || w == *many))
        else {
            continue;
        };
        found.push(Period {
            deixis,
            count: count.unwrap_or(1),
            unit: unit.0,
        });
    }
    found
}

/// A number word that counts in multiples ("a *thousand*"): "a" before it
/// is "one", unlike before an ordinal ("a second summit").
fn is_scale(word: &str) -> bool {
    matches!(
        word,
        "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
    )
}

/// Folds one token for matching: lower case, punctuation trimmed.
/// The longest opening attribution moved behind its yes/no question, in
/// words ("according to the Central Asian leaders").
const LONGEST_ATTRIBUTION: usize = 7;

/// The question with an opening "according to X" (or "in X's view")
/// moved to its end when a
/// yes/no question follows it ("according to Xi, is it …?" → "is it …?
/// according to Xi,"), so that its auxiliary opens it as it would without
/// the attribution.
fn attribution_last(mut tokens: Vec<&str>) -> Vec<&str> {
    let folded: Vec<String> = tokens
        .iter()
        .take(LONGEST_ATTRIBUTION + 1)
        .map(|t| fold(t))
        .collect();
    let according = folded.len() >= 3 && folded[0] == "according" && folded[1] == "to";
    // "in Xi's view, is it …?" attributes as "according to Xi" does.
    if !according && viewpoint_frame(&folded).is_none() {
        return tokens;
    }
    let question_at = (2..folded.len()).find(|&at| {
        super::intent::AUXILIARIES.contains(&folded[at].as_str())
            || super::intent::WH_WORDS.contains(&folded[at].as_str())
    });
    // "according to the headline the treaty *is* meant to promote
    // *what*?": a wh-word later in the same clause asks in place, after a
    // statement, and its "is" opens no yes/no question.
    let asks_in_place = |at: usize| {
        let clause_end = tokens[at..]
            .iter()
            .position(|t| t.ends_with([',', ';']))
            .map_or(tokens.len(), |end| at + end);
        tokens[at + 1..clause_end.max(at + 1)]
            .iter()
            .any(|t| super::intent::WH_WORDS.contains(&fold(t).as_str()))
    };
    match question_at {
        Some(at)
            if super::intent::AUXILIARIES.contains(&folded[at].as_str()) && !asks_in_place(at) =>
        {
            tokens.rotate_left(at);
            tokens
        }
        _ => tokens,
    }
}

/// Nouns that name a point of view ("in Xi's *view*").
const VIEWPOINT_NOUNS: &[&str] = &["view", "opinion", "eyes", "mind", "judgment", "judgement"];

/// The offsets, from an opening "in", of the words of a viewpoint frame
/// that are no content ("*in* Xi's *view*", "*in the view of* Xi"): the
/// one whose view it is stays, as it would after "according to".
fn viewpoint_frame(words: &[String]) -> Option<Vec<usize>> {
    let word = |at: usize| words.get(at).map(String::as_str);
    if word(0) != Some("in") {
        return None;
    }
    let viewpoint = |at: usize| word(at).is_some_and(|w| VIEWPOINT_NOUNS.contains(&w));
    if word(1) == Some("the") && viewpoint(2) && word(3) == Some("of") {
        return Some(vec![0, 1, 2, 3]);
    }
    (word(1).is_some_and(is_possessive) && viewpoint(2)).then(|| vec![0, 2])
}

/// Whether a folded word says whose something is ("*his* view", "*Xi's*
/// speech").
fn is_possessive(word: &str) -> bool {
    matches!(
        word,
        "his" | "her" | "their" | "its" | "my" | "your" | "our"
    ) || word.ends_with("'s")
        || word.ends_with("’s")
}

/// Nouns for what someone said ("according to Xi's *remarks*").
const UTTERANCE_NOUNS: &[&str] = &[
    "speech",
    "speeches",
    "remarks",
    "words",
    "address",
    "statement",
    "statements",
    "comments",
];

/// The offsets, from an opening "according", of the words that only name
/// someone's utterance: "according to Xi's *speech*" keeps who spoke, as
/// "according to Xi" would; "*according to the speech*" names no one and
/// goes whole.
fn utterance_after_according(words: &[String]) -> Option<Vec<usize>> {
    let word = |at: usize| words.get(at).map(String::as_str);
    if word(0) != Some("according") || word(1) != Some("to") {
        return None;
    }
    let utterance = |at: usize| word(at).is_some_and(|w| UTTERANCE_NOUNS.contains(&w));
    if matches!(word(2), Some("the" | "this" | "that")) && utterance(3) {
        return Some(vec![0, 1, 2, 3]);
    }
    (word(2).is_some_and(is_possessive) && utterance(3)).then(|| vec![3])
}

fn fold(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opening_attribution_stays_before_a_statement_that_asks_in_place() {
        let read = |q: &str| attribution_last(q.split_whitespace().collect()).join(" ");
        assert_eq!(
            read("according to Xi, is the treaty permanent?"),
            "is the treaty permanent? according to Xi,"
        );
        assert_eq!(
            read("according to the headline the treaty is meant to promote what"),
            "according to the headline the treaty is meant to promote what"
        );
        // A wh-word past the clause asks nothing of the auxiliary's.
        assert_eq!(
            read("according to Xi there were exchanges, and after that what came?"),
            "were exchanges, and after that what came? according to Xi there"
        );
    }

    #[test]
    fn a_question_for_the_gist_of_the_text_is_told_apart() {
        assert!(asks_for_the_gist("What is the main point of the article?"));
        assert!(asks_for_the_gist("what's the story's key message?"));
        assert!(!asks_for_the_gist(
            "What is the main point Xi made about trade?"
        ));
        assert!(!asks_for_the_gist(
            "what does the article say about the grant?"
        ));
    }

    #[test]
    fn next_closing_a_clause_asks_what_happens_next_time() {
        assert!(asks_next_time(
            "Who will sign treaty next, other countries too?"
        ));
        assert!(asks_next_time("who hosts next"));
        assert!(!asks_next_time("Who will host the next summit?"));
        assert!(!asks_next_time("Is the grant for next year?"));
    }

    #[test]
    fn a_year_is_read_after_a_word_that_dates() {
        assert_eq!(years_in("Will the third summit be held in 2027?"), ["2027"]);
        assert!(years_in("Are there 3000 training places?").is_empty());
        assert!(years_in("Is it over 2,000 years old?").is_empty());
    }

    fn texts(words: &[&str]) -> Vec<String> {
        let words = words
            .iter()
            .map(|w| Word {
                text: w.to_string(),
                capitalized: false,
            })
            .collect();
        without_answer_format(words)
            .into_iter()
            .map(|w| w.text)
            .collect()
    }

    #[test]
    fn a_closing_yes_or_no_says_how_to_answer_and_is_no_choice() {
        assert_eq!(texts(&["is", "it", "yes", "or", "no"]), ["is", "it"]);
        assert_eq!(
            texts(&["did", "they", "sign", "or", "not"]),
            ["did", "they", "sign"]
        );
        assert_eq!(texts(&["yes", "or", "no"]), ["yes", "or", "no"]);
        assert_eq!(
            texts(&["is", "it", "binding", "or", "non", "binding"]),
            ["is", "it", "binding"]
        );
        assert_eq!(
            texts(&["is", "it", "binding", "or", "not", "binding"]),
            ["is", "it", "binding"]
        );
        assert_eq!(
            texts(&["is", "it", "binding", "or", "non", "permanent"]),
            ["is", "it", "binding", "or", "non", "permanent"]
        );
        assert_eq!(
            texts(&["a", "loan", "or", "a", "grant"]),
            ["a", "loan", "or", "a", "grant"]
        );
    }

    #[test]
    fn a_country_after_a_city_only_locates_it() {
        assert_eq!(
            locating_names("Was the summit held in Tashkent, Uzbekistan?", &[]),
            ["uzbekistan"]
        );
        assert!(locating_names("Was it held in Tashkent?", &[]).is_empty());
        assert_eq!(
            locating_names("Was the summit held in Tashkent in Uzbekistan?", &[]),
            ["uzbekistan"]
        );
        assert!(locating_names("Was it Xi, Tokayev?", &[]).is_empty());
        assert!(locating_names("Were leaders from Kazakhstan, Uzbekistan there", &[]).is_empty());
        assert!(locating_names("Was it held in Tashkent, or not?", &[]).is_empty());
        let places = ["uzbekistan", "kazakhstan"];
        assert_eq!(
            locating_names("summit was held in tashkent uzbekistan?", &places),
            ["uzbekistan"]
        );
        // A place beside a place, or after "the", is no city's country.
        assert!(locating_names("held in kazakhstan uzbekistan?", &places).is_empty());
        assert!(locating_names("held in the uzbekistan?", &places).is_empty());
    }

    #[test]
    fn an_opening_attribution_follows_the_yes_no_question_it_frames() {
        let request = Request::read("According to Xi, is the history long?");
        assert_eq!(request.text, "is the history long? According to Xi,");
        let request = Request::read("according to the leaders did china gain");
        assert_eq!(request.text, "did china gain according to the leaders");
        let request = Request::read("According to Xi, what is growing?");
        assert_eq!(request.text, "According to Xi, what is growing?");
        let request = Request::read("in xi's view is the treaty binding");
        assert!(
            request.text.starts_with("is the treaty binding"),
            "{}",
            request.text
        );
    }

    #[test]
    fn a_viewpoint_frame_keeps_only_whose_view_it_is() {
        let request = Request::read("Why are the values important, in Xi's view?");
        assert_eq!(request.text, "Why are the values important, Xi's");
        let request = Request::read("What harms global interests in the view of Xi?");
        assert_eq!(request.text, "What harms global interests Xi?");
        let request = Request::read("Which view did the leaders share?");
        assert_eq!(request.text, "Which view did the leaders share?");
    }

    #[test]
    fn an_attributed_utterance_keeps_only_who_said_it() {
        let request = Request::read("What is growing, according to Xi's speech?");
        assert_eq!(request.text, "What is growing, according to Xi's");
        let request = Request::read("What is the grant for, according to the speech?");
        assert_eq!(request.text, "What is the grant for,");
        let request = Request::read("What did Xi say in his speech?");
        assert_eq!(request.text, "What did Xi say in his speech?");
    }

    #[test]
    fn a_request_for_a_short_reply_is_taken_out_of_the_question() {
        let request = Request::read("In a sentence or two, what did Xi announce?");
        assert_eq!(request.text, "what did Xi announce?");
        assert!(request.summary);
        let request =
            Request::read("in one or two sentences, what does the treaty commit them to?");
        assert_eq!(request.text, "what does the treaty commit them to?");
        assert!(request.summary);
        let aside = Request::read("Apart from the history, what strengthened ties, per Xi?");
        assert_eq!(aside.text, "what strengthened ties, Xi?");
        assert_eq!(aside.aside, ["the", "history"]);
        let unpunctuated = Request::read("apart from the centres what other thing was launched");
        assert_eq!(unpunctuated.text, "what other thing was launched");
        let closing = Request::read("What else was launched apart from the centres?");
        assert_eq!(closing.text, "What else was launched");
        assert_eq!(closing.aside, ["the", "centres"]);
        let name = Request::read("How many presidents besides Xi joined the summit?");
        assert_eq!(name.text, "How many presidents joined the summit?");
        assert_eq!(name.aside, ["xi"]);
        let scope = Request::read("What is growing around the world?");
        assert_eq!(scope.text, "What is growing");
        let named = Request::read("Did they sign a document called the Astana Declaration?");
        assert_eq!(named.text, "Did they sign the Astana Declaration?");
        let described =
            Request::read("Was the document the leaders signed called the Beijing Declaration?");
        assert_eq!(
            described.text,
            "Was the document the leaders signed the Beijing Declaration?"
        );
        let asked = Request::read("How called the Central Asian leaders China?");
        assert_eq!(asked.text, "How called the Central Asian leaders China?");
        let after = Request::read("Is the declaration named after Astana?");
        assert_eq!(after.text, "Is the declaration named after Astana?");
        let eventually = Request::read("Will it work in the end?");
        assert_eq!(eventually.text, "Will it work");
        let plain = Request::read("What is in the treaty?");
        assert_eq!(plain.text, "What is in the treaty?");
        assert!(!plain.summary);
    }

    #[test]
    fn comparatives_bound_the_amount_after_them() {
        assert_eq!(
            comparatives_as_bounds("Is it longer than one year?"),
            "is it more than one year"
        );
        assert_eq!(
            comparatives_as_bounds("more than a thousand years"),
            "more than one thousand years"
        );
        // Sharing out over a period bounds nothing.
        assert_eq!(
            comparatives_as_bounds("is the grant spread over five years"),
            "is the grant spread across five years"
        );
        assert_eq!(
            comparatives_as_bounds("do they go back over 2,000 years"),
            "do they go back over 2,000 years"
        );
        // "Up to" an amount asks whether it reaches it; "up to" anything
        // else is no bound.
        assert_eq!(
            comparatives_as_bounds("Were the centres up to five?"),
            "were the centres at least five"
        );
        assert_eq!(
            comparatives_as_bounds("is the grant up to $300 million"),
            "is the grant at least $300 million"
        );
        assert_eq!(
            comparatives_as_bounds("is it up to the leaders"),
            "is it up to the leaders"
        );
        // "Only" and "like" before an amount put it whole or roughly.
        assert_eq!(
            comparatives_as_bounds("are the ties only 500 years old"),
            "are the ties just 500 years old"
        );
        assert_eq!(
            comparatives_as_bounds("ties only like 30 yrs old"),
            "ties about 30 yrs old"
        );
        assert_eq!(
            comparatives_as_bounds("older than a thousand years"),
            "more than one thousand years"
        );
        assert_eq!(
            comparatives_as_bounds("is it only the treaty"),
            "is it only the treaty"
        );
    }

    #[test]
    fn periods_are_placed_relative_to_now() {
        assert_eq!(
            periods("a grant this year and training over the next two years"),
            vec![
                Period {
                    deixis: Deixis::This,
                    count: 1,
                    unit: "year"
                },
                Period {
                    deixis: Deixis::Next,
                    count: 2,
                    unit: "year"
                },
            ]
        );
        assert!(periods("the next summit").is_empty());
        // "last" the verb places no period.
        assert!(periods("will the training last two years").is_empty());
        assert!(periods("was it meant to last ten years").is_empty());
        assert_eq!(periods("was it announced in the last two years").len(), 1);
    }
}
