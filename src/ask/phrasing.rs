//! How replies read: the answer sentence built from a fact, and the
//! abstention that says what the article does not say, echoing the
//! learner's question as a clause ("The article doesn't say who the
//! president of France is.") and naming topics it can talk about.
//!
//! Pure string work over the learner's text; the only article knowledge
//! used is which words are its names (to capitalise them again) and its
//! topics' titles.

use super::{Analyzer, Index, intent};
use crate::facts::{Fact, FactBase};
use crate::text::{capitalize_first, normalize};

/// Why the asker abstains; each reads differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Abstention<'a> {
    /// The question has no content words at all ("??").
    NotAQuestion,
    /// Not one of its words is in the article.
    Unmentioned,
    /// The article touches on it, but no fact or sentence answers it.
    NotSaid,
    /// It asks the asker's own opinion ("do you think …").
    Opinion,
    /// It asks whether the article mentions a thing (as the learner wrote
    /// it) that the article never names: a "No" from the article itself.
    NeverMentioned(&'a str),
}

/// The abstention reply: why there is no answer, then (when any) the
/// topics of the suggested questions.
pub(super) fn abstention(
    why: Abstention<'_>,
    question: &str,
    analyzer: &Analyzer,
    index: &Index,
    topics: &[String],
) -> String {
    let reason = match why {
        Abstention::NotAQuestion => {
            "That doesn't look like a question about the article.".to_string()
        }
        Abstention::Unmentioned => "The article doesn't mention anything like that.".to_string(),
        Abstention::Opinion => {
            "The article reports what was said and agreed; it gives no opinion of its own."
                .to_string()
        }
        Abstention::NeverMentioned(thing) => {
            format!("No: the article doesn't mention {}", echoed(thing))
        }
        Abstention::NotSaid => match embedded_question(question) {
            Some(embedded) => format!(
                "The article doesn't say {}",
                echoed(&restore_names(analyzer, index, &embedded))
            ),
            None => "The article doesn't say.".to_string(),
        },
    };
    if topics.is_empty() {
        reason
    } else {
        format!(
            "{reason} It can tell you about {}; try one of the suggested questions.",
            join_and(topics)
        )
    }
}

/// The clause echoed back, ending the sentence: whole with a full stop
/// when it is at most [`crate::quote::QUOTE_CHARS`] characters, else cut
/// after the last whole word that fits, with "…" saying it was cut. A
/// question may be 500 bytes; echoing it whole makes a reply that mostly
/// repeats the learner, and quoting user text is bounded everywhere.
fn echoed(clause: &str) -> String {
    let limit = crate::quote::QUOTE_CHARS;
    let Some((cut, _)) = clause.char_indices().nth(limit) else {
        return format!("{clause}.");
    };
    let head = &clause[..cut];
    // Cut at the last space, unless one word fills the whole limit.
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if !clause[cut..].starts_with(char::is_whitespace) => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end().trim_end_matches([',', ';', ':']))
}

/// A topic as a reader would name it: its title ("the grant and training
/// China announced"), never its machine name ("support"). Every fact's
/// topic is in the fact base; the spaced-out name only guards the lookup.
pub(super) fn topic_phrase(facts: &FactBase, name: &str) -> String {
    facts
        .topic(name)
        .map(|topic| topic.title.clone())
        .unwrap_or_else(|| name.replace('-', " "))
}

/// The answer sentence: the answer span as a lead, then the fact's
/// statement. No lead when the statement opens with the answer anyway, or
/// the span is not what was asked (the statement is then the news).
pub(super) fn phrase(fact: &Fact, lead: bool) -> String {
    let statement = fact.statement.trim();
    let answer = fact.answer.trim().trim_end_matches('.');
    if !lead || normalize(statement).starts_with(&normalize(answer)) {
        statement.to_string()
    } else if let Some(other) = in_another_currency(fact) {
        format!("{} ({other}). {statement}", capitalize_first(answer))
    } else {
        format!("{}. {statement}", capitalize_first(answer))
    }
}

/// The fact's amount of money as its aliases give it in another currency
/// ("$209 million" beside "1.5 billion yuan"): a reader asking how much
/// is told both, as the article tells both.
fn in_another_currency(fact: &Fact) -> Option<&str> {
    if fact.answer_kind != crate::facts::AnswerKind::Money {
        return None;
    }
    let currency = crate::numbers::parse_quantity(&fact.answer)?.currency?;
    fact.aliases.iter().map(|alias| alias.trim()).find(|alias| {
        crate::numbers::parse_quantity(alias)
            .and_then(|quantity| quantity.currency)
            .is_some_and(|other| other != currency)
    })
}

/// Personal pronouns a sentence may open with, naming someone an earlier
/// sentence named.
const OPENING_PRONOUNS: &[&str] = &["they", "he", "she", "we"];
/// The most words a statement may take to name whom a pronoun stands for.
const MOST_NAMING_WORDS: usize = 6;

/// The fact's sentence as a reply on its own: an opening pronoun ("*They*
/// committed to …"), which meant someone the sentence before named, is
/// replaced by the words the fact's statement names them with ("The
/// Central Asian leaders committed to …"), found before the sentence's
/// next word.
pub(super) fn sentence_reply(fact: &Fact) -> String {
    let sentence = fact.citation.text.trim();
    let statement = fact.statement.trim();
    let resolved = sentence.split_once(' ').and_then(|(first, rest)| {
        let pronoun = first.to_lowercase();
        if !OPENING_PRONOUNS.contains(&pronoun.as_str()) {
            return None;
        }
        let by_verb = || {
            let verb = rest.split_whitespace().next()?;
            let at = statement.find(&format!(" {verb} "))?;
            let naming = &statement[..at];
            let words = naming.split_whitespace().count();
            // Only a plain name for them: no clause of the statement's own.
            (words > 0
                && words <= MOST_NAMING_WORDS
                && !naming.contains(',')
                && !naming.split_whitespace().any(|w| w == "that")
                && !OPENING_PRONOUNS.contains(&naming.to_lowercase().as_str()))
            .then_some(naming)
        };
        // "He"/"she" of a statement that opens with someone's name ("Xi
        // stressed …"), whatever verb each uses.
        let by_name = || {
            matches!(pronoun.as_str(), "he" | "she")
                .then(|| opening_name(statement))
                .flatten()
        };
        by_verb()
            .or_else(by_name)
            .map(|naming| format!("{naming} {rest}"))
    });
    resolved.unwrap_or_else(|| sentence.to_string())
}

/// The name a statement opens with: its capitalised words before the
/// first lowercase one ("Xi", "Xi Jinping"), at most three and not a
/// word like "The"; `None` when it opens any other way.
fn opening_name(statement: &str) -> Option<&str> {
    let words: Vec<&str> = statement.split_whitespace().collect();
    let count = words
        .iter()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let first = words.first()?;
    let plain = |w: &&str| w.chars().all(char::is_alphabetic);
    let named = (1..=3).contains(&count)
        && count < words.len()
        && !crate::lang::is_stopword(&first.to_lowercase())
        && !OPENING_PRONOUNS.contains(&first.to_lowercase().as_str())
        && words[..count].iter().all(plain);
    named.then(|| {
        let end = words[..count].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        &statement.trim_start()[..end]
    })
}

/// The answer span as a lead, then the statement of the list it is one
/// item of: the item asked for, in the whole of what was said.
pub(super) fn phrase_in(fact: &Fact, list: &Fact) -> String {
    let answer = fact.answer.trim().trim_end_matches('.');
    format!("{}. {}", capitalize_first(answer), list.statement.trim())
}

/// "Who is the president of France?" → "who the president of
/// France is"; "When was the first summit held?" → "when the first
/// summit was held"; "What time did the summit start?" → "what time the
/// summit started"; "How many people attended the match?" is already in
/// that order. `None` when the question needs more grammar than that, so
/// the reply never echoes a clause it cannot put in order.
fn embedded_question(question: &str) -> Option<String> {
    // Checked before splitting: U+2028 and U+2029 are whitespace, and would
    // otherwise vanish between words instead of stopping the echo.
    let unsafe_char = |c: char| crate::quote::is_unsafe(c) && !matches!(c, '\t' | '\n' | '\r');
    if question.chars().any(unsafe_char) {
        return None;
    }
    let expanded = expand_contractions(question);
    let words: Vec<&str> = expanded.split_whitespace().collect();
    if words.len() < 2
        || words
            .iter()
            .any(|w| w.chars().any(|c| matches!(c, '"' | '?' | '!')))
    {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let wh = lower[0].as_str();
    if !intent::WH_WORDS.contains(&wh) {
        return None;
    }
    // The wh-phrase: "what time", "how much oil", "which city".
    let verb_at = lower
        .iter()
        .skip(1)
        .position(|w| is_auxiliary(w))
        .map(|p| p + 1);
    let Some(verb_at) = verb_at else {
        // "how many people attended …": a subject question, in order.
        return Some(format!("{wh} {}", words[1..].join(" ")));
    };
    if verb_at > 1 && matches!(wh, "who" | "where" | "when" | "why") {
        return None;
    }
    if verb_at > 1 && wh == "how" && !matches!(lower[1].as_str(), "many" | "much" | "long" | "old")
    {
        return None;
    }
    let head = std::iter::once(wh.to_string())
        .chain(words[1..verb_at].iter().map(|w| (*w).to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    let auxiliary = lower[verb_at].as_str();
    let rest: Vec<&str> = words[verb_at + 1..].to_vec();
    let rest_lower: Vec<&str> = lower[verb_at + 1..].iter().map(String::as_str).collect();
    if rest.is_empty() || rest_lower.iter().any(|w| is_auxiliary(w)) {
        return None;
    }
    // "how many countries were *at* the summit": the wh-phrase is the
    // subject, and the clause is in order already.
    let subject_question = (verb_at > 2
        && wh == "how"
        && rest_lower
            .first()
            .is_some_and(|w| matches!(*w, "at" | "in" | "on" | "there" | "present")))
        // "what was *growing* …": the wh-word is the subject of the
        // "-ing" verb, and the clause is in order already.
        || (verb_at == 1
            && matches!(wh, "what" | "who")
            && rest_lower.first().is_some_and(|w| w.len() > 4 && w.ends_with("ing")));
    if subject_question && matches!(auxiliary, "is" | "are" | "was" | "were") {
        return Some(format!("{head} {auxiliary} {}", rest.join(" ")));
    }
    let clause = if matches!(auxiliary, "is" | "are" | "was" | "were" | "am") {
        be_clause(&rest, &rest_lower, auxiliary)
    } else {
        do_clause(&rest, &rest_lower, auxiliary)?
    };
    Some(format!("{head} {clause}"))
}

/// The question without its closing punctuation, its contracted "is"
/// spelt out ("what's" → "what is") so the auxiliary is a word of its own.
fn expand_contractions(question: &str) -> String {
    let trimmed = question.trim().trim_end_matches(['?', '!', '.', ' ']);
    trimmed
        .replace("’", "'")
        .replace("What's", "What is")
        .replace("what's", "what is")
        .replace("Who's", "Who is")
        .replace("who's", "who is")
        .replace("Where's", "Where is")
        .replace("where's", "where is")
}

/// The clause after a form of "be", in statement order: the auxiliary
/// goes before the participle or "like", or to the end. `rest` is the
/// clause as written, `rest_lower` the same words folded.
fn be_clause(rest: &[&str], rest_lower: &[&str], auxiliary: &str) -> String {
    // "when was the first summit held" → "when the first summit was held";
    // "what was the weather like in Paris" → "… the weather was like in Paris";
    // "who is the president of X" → "who the president of X is".
    // "how many documents were signed": the wh-phrase is the subject, and
    // the clause is in order already.
    if rest_lower.first().is_some_and(|w| is_participle(w)) {
        return format!("{auxiliary} {}", rest.join(" "));
    }
    let split = rest_lower
        .iter()
        .enumerate()
        .skip(1)
        .find(|(i, w)| {
            // "the presidents *who attended*": a relative clause's verb
            // is no place for the auxiliary.
            **w == "like"
                || (is_participle(w)
                    && !matches!(
                        rest_lower[i - 1],
                        "the" | "a" | "an" | "who" | "that" | "which"
                    ))
        })
        .map(|(i, _)| i);
    // "what the declaration is about": a preposition left at the end
    // stays after the verb.
    let stranded = (rest_lower.len() >= 2
        && matches!(
            rest_lower.last(),
            Some(&("about" | "for" | "from" | "with" | "of" | "on" | "in" | "to"))
        ))
    .then(|| rest.len() - 1);
    match split.or(stranded) {
        Some(at) => format!(
            "{} {auxiliary} {}",
            rest[..at].join(" "),
            rest[at..].join(" ")
        ),
        None => format!("{} {auxiliary}", rest.join(" ")),
    }
}

/// The clause after do-support or a modal, in statement order: the verb
/// is a common verb after the subject, or follows a one-word subject (a
/// name, a pronoun); else `None` rather than a guess. `rest` is the
/// clause as written, `rest_lower` the same words folded.
fn do_clause(rest: &[&str], rest_lower: &[&str], auxiliary: &str) -> Option<String> {
    if rest.len() < 2 {
        return None;
    }
    let after_determiner = |i: usize| DETERMINERS.contains(&rest_lower[i - 1]);
    let verb = (1..rest.len())
        .find(|&i| COMMON_VERBS.contains(&rest_lower[i]) && !after_determiner(i))
        .or_else(|| is_single_word_subject(rest[0], rest_lower[0]).then_some(1))?;
    let subject = rest[..verb].join(" ");
    let base = rest_lower[verb];
    let tail = rest[verb + 1..].join(" ");
    let verb_form = match auxiliary {
        "did" => past_tense(base),
        "does" => third_person(base),
        "do" => base.to_string(),
        modal if MODALS.contains(&modal) => format!("{modal} {base}"),
        _ => return None,
    };
    Some(if tail.is_empty() {
        format!("{subject} {verb_form}")
    } else {
        format!("{subject} {verb_form} {tail}")
    })
}

const MODALS: &[&str] = &["will", "would", "can", "could", "should"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "my", "our",
];
/// Verbs learners put after a subject ("when did the leaders *sign* …"),
/// in their base form.
const COMMON_VERBS: &[&str] = &[
    "start",
    "begin",
    "end",
    "sign",
    "take",
    "happen",
    "say",
    "mean",
    "expire",
    "last",
    "get",
    "go",
    "come",
    "do",
    "make",
    "export",
    "import",
    "spend",
    "win",
    "host",
    "hold",
    "meet",
    "send",
    "give",
    "pay",
    "cost",
    "become",
    "agree",
    "announce",
    "attend",
    "want",
    "need",
    "use",
    "plan",
    "decide",
    "think",
    "promise",
    "pledge",
    "offer",
    "provide",
    "call",
    "praise",
    "warn",
    "see",
    "propose",
    "discuss",
    "visit",
    "invest",
    "build",
    "contribute",
    "leave",
    "arrive",
    "vote",
    "elect",
    "lead",
];

pub(super) fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "do" | "does" | "did" | "is" | "are" | "was" | "were" | "am" | "has" | "have" | "had"
    ) || MODALS.contains(&word)
}

/// A subject of one word: a pronoun or a name (capitalised, or one of the
/// article's names in `data/lexicon.json`), so
/// the verb is the next word ("what did Xi say about trade wars").
fn is_single_word_subject(word: &str, lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "it" | "we" | "you" | "i")
        || word.chars().next().is_some_and(char::is_uppercase)
        || super::synonyms::AskWords::embedded()
            .names
            .iter()
            .any(|name| name == lower)
}

/// A past participle, roughly: "held", "signed", "given".
pub(super) fn is_participle(word: &str) -> bool {
    (word.len() > 4 && (word.ends_with("ed") || word.ends_with("en")))
        || matches!(
            word,
            "held"
                | "meant"
                | "built"
                | "made"
                | "done"
                | "won"
                | "sent"
                | "paid"
                | "spent"
                | "led"
                | "met"
                | "set"
                | "put"
                | "said"
                | "told"
                | "sold"
                | "kept"
                | "left"
                | "lost"
                | "found"
                | "held?"
                | "hit"
                | "cut"
                | "run"
                | "begun"
                | "brought"
                | "bought"
                | "thought"
        )
}

/// "start" → "started", "say" → "said".
fn past_tense(verb: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("say", "said"),
        ("go", "went"),
        ("win", "won"),
        ("meet", "met"),
        ("hold", "held"),
        ("give", "gave"),
        ("take", "took"),
        ("make", "made"),
        ("begin", "began"),
        ("come", "came"),
        ("get", "got"),
        ("send", "sent"),
        ("do", "did"),
        ("have", "had"),
        ("see", "saw"),
        ("know", "knew"),
        ("tell", "told"),
        ("leave", "left"),
        ("spend", "spent"),
        ("pay", "paid"),
        ("become", "became"),
        ("lead", "led"),
        ("think", "thought"),
        ("bring", "brought"),
        ("buy", "bought"),
        ("sell", "sold"),
        ("keep", "kept"),
        ("find", "found"),
        ("write", "wrote"),
        ("speak", "spoke"),
        ("choose", "chose"),
        ("build", "built"),
        ("run", "ran"),
        ("put", "put"),
        ("set", "set"),
        ("cost", "cost"),
        ("sign", "signed"),
    ];
    if let Some((_, past)) = IRREGULAR.iter().find(|(base, _)| *base == verb) {
        return (*past).to_string();
    }
    if verb.ends_with('e') {
        format!("{verb}d")
    } else if let Some(stem) = verb
        .strip_suffix('y')
        .filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ied")
    } else {
        format!("{verb}ed")
    }
}

/// "export" → "exports", "watch" → "watches", "say" → "says".
fn third_person(verb: &str) -> String {
    match verb {
        "have" => "has".to_string(),
        "do" => "does".to_string(),
        "go" => "goes".to_string(),
        _ if verb.ends_with(['s', 'x', 'z']) || verb.ends_with("ch") || verb.ends_with("sh") => {
            format!("{verb}es")
        }
        _ => match verb
            .strip_suffix('y')
            .filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u']))
        {
            Some(stem) => format!("{stem}ies"),
            None => format!("{verb}s"),
        },
    }
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Echoed learner text with the article's names capitalised again:
/// "spain" → "Spain", "xi" → "Xi".
fn restore_names(analyzer: &Analyzer, index: &Index, text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let folded = analyzer.words(word);
            match folded.as_slice() {
                [only] if index.is_proper(&analyzer.term(&only.text)) => capitalize_first(word),
                _ => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Quotation marks a learner sets a phrase in.
pub(super) const QUOTES: &[char] = &['\'', '"', '‘', '’', '“', '”'];

/// The first span of `text` set in quotation marks ("what does *'this
/// vision'* refer to?"), without them; an apostrophe inside a word
/// ("Xi's") opens none.
pub(super) fn first_quoted(text: &str) -> Option<&str> {
    let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let open = text
        .char_indices()
        .find(|&(at, c)| QUOTES.contains(&c) && bounded(text[..at].chars().next_back()))?;
    let start = open.0 + open.1.len_utf8();
    let (close, _) = text[start..].char_indices().find(|&(at, c)| {
        QUOTES.contains(&c) && bounded(text[start + at + c.len_utf8()..].chars().next())
    })?;
    Some(&text[start..start + close]).filter(|quoted| !quoted.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_quoted_span_is_found_but_not_an_apostrophe_in_a_word() {
        assert_eq!(
            first_quoted("what does 'this vision' refer to in 'to support it'?"),
            Some("this vision")
        );
        assert_eq!(
            first_quoted("what does “Beijing” stand for?"),
            Some("Beijing")
        );
        assert_eq!(first_quoted("what is xi's view?"), None);
    }

    #[test]
    fn a_sentence_reply_names_whom_its_opening_pronoun_stands_for() {
        let facts = FactBase::embedded().expect("valid facts");
        let fact_with = |sentence: &str| -> Fact {
            let mut fact = facts.facts()[0].clone();
            fact.citation.text = sentence.into();
            fact.statement =
                "The Central Asian leaders committed to working with China to defend justice."
                    .into();
            fact
        };
        assert_eq!(
            sentence_reply(&fact_with("They committed to working closely with China.")),
            "The Central Asian leaders committed to working closely with China."
        );
        // No pronoun, or no word of the statement to find it by: as it is.
        for sentence in [
            "Leaders committed to working closely with China.",
            "They praised the platform.",
        ] {
            assert_eq!(sentence_reply(&fact_with(sentence)), sentence);
        }
        // "He" of a statement that opens with a name, by another verb.
        let mut fact = fact_with("He cautioned that trade wars benefit no one.");
        fact.statement = "Xi stressed that trade wars benefit no one.".into();
        assert_eq!(
            sentence_reply(&fact),
            "Xi cautioned that trade wars benefit no one."
        );
        assert_eq!(opening_name("Xi Jinping said so."), Some("Xi Jinping"));
        assert_eq!(opening_name("The Central Asian leaders agreed."), None);
        assert_eq!(opening_name("China's strength grows."), None);
    }

    #[test]
    fn an_amount_of_money_leads_with_its_amount_in_another_currency_too() {
        let facts = FactBase::embedded().expect("valid facts");
        let mut fact = facts.facts()[0].clone();
        fact.answer_kind = crate::facts::AnswerKind::Money;
        fact.answer = "1.5 billion yuan".into();
        fact.statement = "Xi announced a 1.5 billion yuan grant.".into();
        fact.aliases = vec!["1,500 million yuan".into(), "$209 million".into()];
        assert_eq!(
            phrase(&fact, true),
            "1.5 billion yuan ($209 million). Xi announced a 1.5 billion yuan grant."
        );
        // Aliases in the same currency only: the answer alone.
        fact.aliases.pop();
        assert_eq!(
            phrase(&fact, true),
            "1.5 billion yuan. Xi announced a 1.5 billion yuan grant."
        );
    }

    #[test]
    fn embedded_questions_read_as_clauses() {
        assert_eq!(
            embedded_question("Who is the president of Kazakhstan?").as_deref(),
            Some("who the president of Kazakhstan is")
        );
        assert_eq!(
            embedded_question("What's the capital of France?").as_deref(),
            Some("what the capital of France is")
        );
        assert_eq!(
            embedded_question("How many people attended the football match?").as_deref(),
            Some("how many people attended the football match")
        );
        assert_eq!(embedded_question("??"), None);
    }

    #[test]
    fn embedded_questions_put_auxiliaries_and_participles_in_order() {
        for (question, clause) in [
            (
                "when was the first summit held",
                "when the first summit was held",
            ),
            (
                "what time did the summit start?",
                "what time the summit started",
            ),
            (
                "what was the weather like in astana",
                "what the weather was like in astana",
            ),
            (
                "what are the names of the presidents who attended",
                "what the names of the presidents who attended are",
            ),
            (
                "how much oil does kazakhstan export",
                "how much oil kazakhstan exports",
            ),
            ("what did putin say", "what putin said"),
            (
                "what did Xi say about trade wars?",
                "what Xi said about trade wars",
            ),
            ("when does the treaty expire?", "when the treaty expires"),
            (
                "when will the third summit take place",
                "when the third summit will take place",
            ),
            ("who won the election", "who won the election"),
            (
                "How many documents in total were signed at the summit?",
                "how many documents in total were signed at the summit",
            ),
            ("who was invited", "who was invited"),
            (
                "How many countries were at the summit?",
                "how many countries were at the summit",
            ),
            (
                "What is the Astana Declaration about?",
                "what the Astana Declaration is about",
            ),
            ("who is the grant for", "who the grant is for"),
            ("When did they ratify it?", "when they ratified it"),
        ] {
            assert_eq!(
                embedded_question(question).as_deref(),
                Some(clause),
                "{question}"
            );
        }
        assert_eq!(
            embedded_question("when did the leaders sign the treaty").as_deref(),
            Some("when the leaders signed the treaty")
        );
        assert_eq!(
            embedded_question("What was growing in the world when Xi made this point?").as_deref(),
            Some("what was growing in the world when Xi made this point")
        );
        // Too much grammar to rearrange safely: no echo at all.
        assert_eq!(embedded_question("what did the big ones"), None);
        assert_eq!(embedded_question("why is it that he was there"), None);
    }

    #[test]
    fn a_long_echo_is_cut_after_a_whole_word_and_says_so() {
        assert_eq!(
            echoed("who the president of Kazakhstan is"),
            "who the president of Kazakhstan is."
        );
        let long = format!(
            "who the president of {}Kazakhstan is",
            "the very extremely ".repeat(22)
        );
        let cut = echoed(&long);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(
            cut.chars().count() <= crate::quote::QUOTE_CHARS + 1,
            "{cut}"
        );
        let kept = cut.trim_end_matches('…');
        assert!(long.starts_with(kept), "{cut}");
        assert!(
            long[kept.len()..].starts_with(' '),
            "not cut after a word: {cut}"
        );
        let one_word = "x".repeat(100);
        assert_eq!(echoed(&one_word), format!("{}…", "x".repeat(64)));
    }

    #[test]
    fn a_question_with_a_line_separator_or_format_character_is_not_echoed() {
        for question in [
            "Who is the president of Kaza\u{2028}khstan?",
            "Who is the president of Kazakhstan\u{61c}?",
            "Who is the president of Kaza\u{200b}khstan?",
            "Who is the president of\u{85}Kazakhstan?",
        ] {
            assert_eq!(embedded_question(question), None, "{question:?}");
        }
        assert_eq!(
            embedded_question("Who is\nthe president of Kazakhstan?").as_deref(),
            Some("who the president of Kazakhstan is")
        );
    }

    #[test]
    fn verbs_take_the_tense_and_person_the_clause_needs() {
        for (base, past) in [
            ("sign", "signed"),
            ("say", "said"),
            ("agree", "agreed"),
            ("try", "tried"),
            ("play", "played"),
        ] {
            assert_eq!(past_tense(base), past, "{base}");
        }
        for (base, third) in [
            ("export", "exports"),
            ("watch", "watches"),
            ("carry", "carries"),
            ("say", "says"),
            ("go", "goes"),
        ] {
            assert_eq!(third_person(base), third, "{base}");
        }
    }

    #[test]
    fn lists_join_with_commas_and_a_final_and() {
        let items = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(&[]), "");
        assert_eq!(join_and(&items(&["a"])), "a");
        assert_eq!(join_and(&items(&["a", "b"])), "a and b");
        assert_eq!(join_and(&items(&["a", "b", "c"])), "a, b and c");
    }
}
