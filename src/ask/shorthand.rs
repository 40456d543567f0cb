//! Chat shorthand spelled out before a question is read: "*wat* did xi
//! say *abt* trade", "*hw* many *ppl* get training", "*r* they *gonna*
//! …". The question words matter most: a question that opens with "wat"
//! asks nothing until it reads "what".
//!
//! General English only, and only spellings that are no English word of
//! their own ("r" and "u" alone are no words either; "2" stays a number).
//! A member of a series numbered the way people number things ("summit
//! *number three*") is named by its ordinal too, as articles name it.

use crate::{lang, numbers};

/// Shorthand and what it stands for.
const SHORTHAND: &[(&str, &str)] = &[
    ("wat", "what"),
    ("no1", "no one"),
    ("any1", "anyone"),
    ("some1", "someone"),
    ("every1", "everyone"),
    ("wut", "what"),
    ("wht", "what"),
    ("whats", "what is"),
    ("wats", "what is"),
    ("hw", "how"),
    ("wen", "when"),
    ("wher", "where"),
    ("whr", "where"),
    ("hu", "who"),
    ("ppl", "people"),
    ("abt", "about"),
    ("bout", "about"),
    ("r", "are"),
    ("n", "and"),
    ("u", "you"),
    ("ur", "your"),
    ("w", "with"),
    ("w/", "with"),
    ("b/c", "because"),
    ("shd", "should"),
    ("collab", "collaboration"),
    ("b4", "before"),
    ("gonna", "going to"),
    // West African English and Pidgin: "the president *wey* went".
    ("wey", "that"),
    // Scots: "aye or no?", "links *wi* Central Asia", "folk *fae* there".
    ("aye", "yes"),
    ("naw", "no"),
    ("wi", "with"),
    ("fae", "from"),
    ("wanna", "want to"),
    ("gotta", "have to"),
    ("bc", "because"),
    ("cuz", "because"),
    ("coz", "because"),
    ("tho", "though"),
    ("pls", "please"),
    ("plz", "please"),
    ("smth", "something"),
    ("sth", "something"),
    ("govt", "government"),
    ("coop", "cooperation"),
    ("yrs", "years"),
    ("yr", "year"),
    ("thx", "thanks"),
    ("acc", "according"),
    ("amt", "amount"),
    ("pres", "president"),
    ("approx", "approximately"),
    ("twd", "toward"),
    ("twds", "towards"),
    ("fwd", "forward"),
    ("&", "and"),
    ("@", "at"),
    ("dat", "that"),
    ("dis", "this"),
    ("da", "the"),
    ("em", "them"),
];

/// Nouns after "per" that make it a rate ("per *person*"), not whose
/// words a claim is ("per Xi").
const RATE_NOUNS: &[&str] = &[
    "person", "capita", "head", "cent", "annum", "country", "member", "student", "unit",
];

/// Nouns of a viewpoint: "in Xi's *view*" says whose claim it is.
const VIEWPOINT_NOUNS: &[&str] = &[
    "view",
    "opinion",
    "eyes",
    "words",
    "mind",
    "judgment",
    "judgement",
    "estimation",
    "assessment",
    "perspective",
];

/// The most words of whose view it is: "in *President Xi*'s view".
const LONGEST_VIEW_OWNER: usize = 4;

/// `question` with "in X's view" (opinion, words, eyes …) said as the
/// "according to X" it means, or `None` when it has no such phrase. Its
/// title ("in *President* Xi's view") would otherwise be read as the
/// person the question asks for.
pub(super) fn viewpoint_as_according(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let possessive = |token: &str| token.ends_with("'s") || token.ends_with("’s");
    let core = |token: &str| {
        token
            .trim_end_matches(['?', '!', '.', ',', ';', ':'])
            .to_lowercase()
    };
    let (at, owner_end) = (0..tokens.len()).find_map(|at| {
        if core(tokens[at]) != "in" {
            return None;
        }
        let owner_end = (at + 1..tokens.len().min(at + 1 + LONGEST_VIEW_OWNER))
            .find(|&end| possessive(tokens[end]))?;
        let noun = tokens.get(owner_end + 1)?;
        VIEWPOINT_NOUNS
            .contains(&core(noun).as_str())
            .then_some((at, owner_end))
    })?;
    let noun = tokens[owner_end + 1];
    let tail = &noun[noun.trim_end_matches(['?', '!', '.', ',', ';', ':']).len()..];
    let mut owner: Vec<&str> = tokens[at + 1..=owner_end].to_vec();
    if let Some(last) = owner.last_mut() {
        *last = last
            .strip_suffix("'s")
            .or_else(|| last.strip_suffix("’s"))
            .unwrap_or(last);
    }
    let according = if tokens[at].starts_with(char::is_uppercase) {
        "According to"
    } else {
        "according to"
    };
    let mut read: Vec<String> = tokens[..at].iter().map(|t| t.to_string()).collect();
    read.push(format!("{according} {}{tail}", owner.join(" ")));
    read.extend(tokens[owner_end + 2..].iter().map(|t| t.to_string()));
    Some(read.join(" "))
}

/// The most words of the place an appositive names: "the capital of
/// *Bosnia and Herzegovina*".
const LONGEST_APPOSITIVE_PLACE: usize = 4;

/// `question` without an appositive that says what kind of place a name
/// is ("held in Tashkent*, the capital of Uzbekistan*?"), or `None` when
/// it has none. The name alone is the claim; the appositive only
/// describes it, and would otherwise be read as a second place the fact
/// must hold.
pub(super) fn without_place_appositive(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let core = |token: &str| {
        token
            .trim_end_matches(['?', '!', '.', ',', ';', ':'])
            .to_lowercase()
    };
    let named = |token: &str| token.starts_with(char::is_uppercase);
    let comma = (0..tokens.len())
        .find(|&at| named(tokens[at]) && tokens[at].ends_with(',') && tokens.len() > at + 2)?;
    let is_place_noun = |token: &str| super::intent::Intent::is_place_noun(&core(token));
    let name_end = if core(tokens[comma + 1]) == "the"
        && is_place_noun(tokens[comma + 2])
        && tokens.get(comma + 3).is_some_and(|t| core(t) == "of")
    {
        // "…, the capital of *Uzbekistan*": the place's name runs to the
        // end of the question or to a comma.
        let name_start = comma + 4;
        let name_end = (name_start..tokens.len())
            .find(|&at| tokens[at].ends_with([',', '?', '!', '.', ';']))
            .map_or(tokens.len(), |at| at + 1);
        let name = tokens.get(name_start..name_end)?;
        let capitalized = name.iter().all(|t| named(t) || core(t) == "and");
        if name.is_empty() || name.len() > LONGEST_APPOSITIVE_PLACE || !capitalized {
            return None;
        }
        name_end
    } else {
        // "…, *Uzbekistan's* capital": the owner's name, then the noun.
        let owner = (comma + 1..tokens.len())
            .take(LONGEST_APPOSITIVE_PLACE)
            .take_while(|&at| named(tokens[at]))
            .find(|&at| {
                let word = core(tokens[at]);
                word.ends_with("'s") || word.ends_with("\u{2019}s")
            })?;
        let noun = owner + 1;
        if !tokens.get(noun).is_some_and(|t| is_place_noun(t)) {
            return None;
        }
        noun + 1
    };
    let closing = &tokens[name_end - 1][core(tokens[name_end - 1]).len()..];
    let mut read: Vec<String> = tokens[..comma].iter().map(|t| t.to_string()).collect();
    read.push(format!(
        "{}{}",
        tokens[comma].trim_end_matches(','),
        closing.trim_start_matches(',')
    ));
    read.extend(tokens[name_end..].iter().map(|t| t.to_string()));
    Some(read.join(" "))
}

/// Words after which a "4" is a count or a value ("there *4*", "is it
/// *4*", "about *4*"), not chat's "for".
const BEFORE_A_FOUR: &[&str] = &[
    "the", "about", "over", "than", "only", "just", "around", "of", "to", "and", "or", "nearly",
    "almost", "exactly", "is", "are", "was", "were", "be", "been", "it", "there", "they", "by",
    "under", "all", "at", "least", "most", "top", "those", "these", "some", "first", "last",
];

/// Words a "for" opens the object of ("4 *the* mechanism", "4 *what*").
const AFTER_A_FOR: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "them", "him", "us", "me", "you", "what",
    "wat", "which", "who", "whom", "whose", "this", "that", "those", "these", "each", "all",
];

/// Whether the "4" at `at` stands for "for": after a word that takes no
/// count, and before the object "for" opens, a gerund ("4 *fighting*"), a
/// comma, or nothing ("what is xi pushing 4").
fn four_as_for(tokens: &[&str], at: usize) -> bool {
    let Some(before) = at.checked_sub(1).map(|b| tokens[b].to_lowercase()) else {
        return false;
    };
    let word_before =
        before.chars().all(char::is_alphabetic) && !BEFORE_A_FOUR.contains(&before.as_str());
    let closes = tokens[at].ends_with([',', '?', '!', '.', ';', ':']);
    let object_after = tokens.get(at + 1).is_none_or(|next| {
        let next = next
            .trim_end_matches(['?', '!', '.', ',', ';', ':'])
            .to_lowercase();
        AFTER_A_FOR.contains(&next.as_str()) || (next.len() > 4 && next.ends_with("ing"))
    });
    word_before && (closes || object_after)
}

/// Words that make what follows a wh-question a question or a claim of
/// its own ("… ? *it was* in an interview?", "- *who* gets hurt?"), not a
/// bare guess at the answer.
const NOT_A_GUESS: &[&str] = &[
    "is", "are", "was", "were", "did", "do", "does", "has", "have", "had", "will", "would", "can",
    "could", "it", "they", "he", "she", "i", "you", "we", "what", "which", "who", "whom", "when",
    "where", "why", "how", "not", "no", "yes",
];

/// Adverbs that close a bare guess without asking anything of their own
/// ("Kazakhstan *again*?", "first *maybe*?").
const GUESS_HEDGES: &[&str] = &["again", "maybe", "perhaps", "too", "probably"];

/// A wh-question followed by the learner's bare guess at its answer
/// ("which edition was this one? *first?*", "… this one - *first,
/// second?*") without the guess: it is no part of what is asked, and the
/// reply states the answer either way. A guess naming what the article
/// does not (`known` says no) is kept: "which professionals - doctors?"
/// asks about doctors. `None` when there is none.
pub(super) fn without_guess_tail(question: &str, known: impl Fn(&str) -> bool) -> Option<String> {
    guess_tail(question, known).map(|(head, _)| head)
}

/// `question` with the "did" a learner left out after its opening "what"
/// ("what central asian leaders promise to uphold?" → "what did central
/// asian leaders promise to uphold?"), when it has no auxiliary at all
/// and at least three words after "what". Whether "what" then asks the
/// object or the subject is left open, so this is tried only when the
/// question as typed finds nothing, and never when "what" picks a kind of
/// answer ("what *year* china start …") or a thing the article never
/// names ("what *university* give …", by `known`). `None` otherwise.
pub(super) fn with_did_restored(question: &str, known: impl Fn(&str) -> bool) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| super::confirm::fold(t)).collect();
    let opens = folded.first().is_some_and(|w| w == "what");
    // Chat's "r" is "are".
    let auxiliary = folded
        .iter()
        .any(|w| super::intent::AUXILIARIES.contains(&w.as_str()) || w.ends_with("nt") || w == "r");
    let clauses = tokens.iter().any(|t| t.ends_with([',', ';', ':']));
    if !opens || auxiliary || clauses || tokens.len() < 4 {
        return None;
    }
    let picked = &folded[1];
    if super::intent::Intent::of_type_noun(picked).is_some() || !known(picked) {
        return None;
    }
    Some(format!("{} did {}", tokens[0], tokens[1..].join(" ")))
}

/// The one thing a learner guesses after a wh-question ("who will host
/// the third summit - *Kazakhstan again*?"), its words folded; `None`
/// when there is no guess, or several to choose from ("first, second?").
pub(super) fn single_guess(question: &str, known: impl Fn(&str) -> bool) -> Option<Vec<String>> {
    let (_, guess) = guess_tail(question, known)?;
    let tail = question.trim_end().strip_suffix('?')?;
    let several = guess.len() > 1
        && (tail
            .rsplit_once(['?', '-'])
            .is_some_and(|(_, t)| t.contains(','))
            || guess.iter().any(|w| w == "or"));
    (!several).then_some(guess)
}

/// [`without_guess_tail`] with the guess's words.
fn guess_tail(question: &str, known: impl Fn(&str) -> bool) -> Option<(String, Vec<String>)> {
    let body = question.trim_end().strip_suffix('?')?;
    let asked_in_place = |head: &str| {
        head.split_whitespace()
            .last()
            .is_some_and(|w| crate::ask::intent::WH_WORDS.contains(&w.to_lowercase().as_str()))
    };
    let (head, tail) = match body.rfind('?') {
        Some(at) => (&body[..at], &body[at + 1..]),
        // "the treaty is about what*, friendly cooperation*?": after a
        // wh-word asked in place, a comma sets the guess off.
        None => body.rsplit_once(" - ").or_else(|| {
            body.rsplit_once(", ")
                .filter(|(head, _)| asked_in_place(head))
        })?,
    };
    let mut guess: Vec<String> = tail
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "… - Kazakhstan *again*?": an adverb only hedges the guess.
    if guess.len() > 1
        && guess
            .last()
            .is_some_and(|w| GUESS_HEDGES.contains(&w.as_str()))
    {
        guess.pop();
    }
    let opener = head.split_whitespace().next()?.to_lowercase();
    let wh_question =
        crate::ask::intent::WH_WORDS.contains(&opener.as_str()) || asked_in_place(head);
    let bare = (1..=3).contains(&guess.len())
        && guess.iter().all(|w| {
            !NOT_A_GUESS.contains(&w.as_str())
                && w.chars().all(char::is_alphanumeric)
                && (known(w) || crate::numbers::parse_ordinal(w).is_some())
        });
    (wh_question && bare && !head.trim().is_empty())
        .then(|| (format!("{}?", head.trim_end()), guess))
}

/// `question` with its chat shorthand spelled out, or `None` when it has
/// none. Each whole word is looked up without its closing punctuation,
/// which is kept; a capitalized word is left alone ("R" may be a name).
pub(super) fn spelled_out(question: &str) -> Option<String> {
    let mut changed = false;
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let words: Vec<String> = tokens
        .iter()
        .enumerate()
        .map(|(at, &token)| {
            let core = token.trim_end_matches(['?', '!', '.', ',', ';', ':']);
            let tail = &token[core.len()..];
            // "acc. to": an abbreviation's dot ends no sentence.
            let tail = if tail == "." && at + 1 < tokens.len() {
                ""
            } else {
                tail
            };
            // "ties *btw* China and …": between two things; alone it is
            // "by the way", which asks nothing.
            if core == "btw" {
                changed = true;
                let and_follows = tokens[at + 1..]
                    .iter()
                    .take(5)
                    .any(|t| *t == "and" || *t == "&");
                return if and_follows {
                    format!("between{tail}")
                } else {
                    String::new()
                };
            }
            // "*as per* Xi": the formal "according to", whose "per" would
            // be read as a word of the question.
            if core.eq_ignore_ascii_case("per")
                && at > 0
                && tokens[at - 1].eq_ignore_ascii_case("as")
            {
                changed = true;
                return format!("to{tail}");
            }
            if core.eq_ignore_ascii_case("as")
                && tokens.get(at + 1).is_some_and(|next| {
                    next.trim_end_matches([',', '?', '.'])
                        .eq_ignore_ascii_case("per")
                })
            {
                changed = true;
                let opens = token.starts_with(char::is_uppercase);
                return if opens { "According" } else { "according" }.to_string();
            }
            // "the region *per xi*": whose words they are, closing the
            // question ("per year" and "per person" are rates).
            if core.eq_ignore_ascii_case("per") && at + 2 == tokens.len() {
                let owner = tokens[at + 1].trim_end_matches(['?', '!', '.', ',', ';', ':']);
                let rate = crate::numbers::time_unit(&owner.to_lowercase()).is_some()
                    || RATE_NOUNS.contains(&owner.to_lowercase().as_str());
                if !rate && owner.chars().all(char::is_alphabetic) {
                    changed = true;
                    return "according to".to_string();
                }
            }
            // "*2000+* years": more than the number.
            if let Some(number) = core.strip_suffix('+').filter(|n| {
                n.starts_with(|c: char| c.is_ascii_digit())
                    && n.chars()
                        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            }) {
                changed = true;
                return format!("over {number}{tail}");
            }
            let lower = core.chars().all(|c| !c.is_uppercase());
            // "what did xi promise *money-wise*": the topic, named plainly.
            if let Some(topic) = core.strip_suffix("-wise").filter(|t| !t.is_empty()) {
                changed = true;
                return format!("{topic}{tail}");
            }
            // "the 1.5 *bil*": a scale word cut short after a number.
            let after_number = at > 0
                && tokens[at - 1]
                    .trim_end_matches(['?', '!', '.', ',', ';', ':'])
                    .parse::<f64>()
                    .is_ok();
            if after_number && let Some(scale) = short_scale(core) {
                changed = true;
                return format!("{scale}{tail}");
            }
            // "over the next *for* years": dictated, "four" comes out as
            // "for"; between "next", "last" or "past" and a unit of time
            // it can be nothing else.
            if core.eq_ignore_ascii_case("for")
                && at.checked_sub(1).is_some_and(|b| {
                    ["next", "last", "past"]
                        .iter()
                        .any(|p| tokens[b].eq_ignore_ascii_case(p))
                })
                && tokens.get(at + 1).is_some_and(|next| {
                    let unit = next.trim_end_matches(['?', '!', '.', ',', ';', ':']);
                    unit.ends_with('s') && crate::numbers::time_unit(&unit.to_lowercase()).is_some()
                })
            {
                changed = true;
                return format!("four{tail}");
            }
            // "a center *4* fighting desertification": chat's "for".
            if core == "4" && four_as_for(&tokens, at) {
                changed = true;
                return format!("for{tail}");
            }
            // "the 3k trainings": thousands as chat writes them.
            if let Some(thousands) = thousands(core) {
                changed = true;
                return format!("{thousands}{tail}");
            }
            match SHORTHAND.iter().find(|(short, _)| *short == core) {
                Some((_, long)) if lower => {
                    changed = true;
                    format!("{long}{tail}")
                }
                _ => token.to_string(),
            }
        })
        .filter(|word| !word.is_empty())
        .collect();
    let words = match without_side(&words) {
        Some(plain) => {
            changed = true;
            plain
        }
        None => words,
    };
    let words = match no_longer_as_not(&words) {
        Some(plain) => {
            changed = true;
            plain
        }
        None => words,
    };
    changed.then(|| words.join(" "))
}

/// A search-box fragment that closes on "name" ("trade platform name?",
/// "the declaration's name") read as the question it stands for ("what
/// is the name of the trade platform?"), so that the checks on a name
/// asked for apply: without the frame, "name" is no word of any fact and
/// the fragment asks for anything about the platform. `None` for any
/// other text, and for a fragment of more than six words (a sentence
/// that happens to close on "name").
pub(super) fn name_fragment_as_question(question: &str) -> Option<String> {
    let words: Vec<String> = question
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let (last, rest) = words.split_last()?;
    let verb = match last.as_str() {
        // "Xi Jinping role?": what someone's role or title is.
        "name" | "role" | "title" | "position" => "is",
        "names" | "roles" | "titles" => "are",
        _ => return None,
    };
    let rest = match rest.first().map(String::as_str) {
        Some("the" | "a" | "an") => &rest[1..],
        _ => rest,
    };
    let folded: Vec<&str> = rest.iter().map(String::as_str).collect();
    if rest.is_empty() || rest.len() > 6 || !super::intent::is_fragment(&folded) {
        return None;
    }
    let mut owner = rest.join(" ");
    // "the president's name": the name of the president.
    for possessive in ["'s", "\u{2019}s", "s'"] {
        if let Some(stem) = owner.strip_suffix(possessive) {
            owner = if possessive == "s'" {
                format!("{stem}s")
            } else {
                stem.to_string()
            };
            break;
        }
    }
    Some(format!("what {verb} the {last} of the {owner}?"))
}

/// The scale word a short form after a number stands for ("1.5 *bil*").
fn short_scale(word: &str) -> Option<&'static str> {
    match word.to_lowercase().as_str() {
        "bil" | "bln" | "bn" | "billions" => Some("billion"),
        "mil" | "mln" | "mn" | "millions" => Some("million"),
        _ => None,
    }
}

/// `words` with "no longer" as "not", and the "anymore" or "any longer"
/// closing a negation dropped ("is it *no longer* important?" → "is it
/// not important?"): the change in time is no word a fact holds, the
/// negation is. `None` when there is neither.
fn no_longer_as_not(words: &[String]) -> Option<Vec<String>> {
    let bare = |word: &str| {
        word.trim_end_matches(['?', '!', '.', ',', ';', ':'])
            .to_lowercase()
    };
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut changed = false;
    for (at, word) in words.iter().enumerate() {
        let core = bare(word);
        let tail = &word[word.trim_end_matches(['?', '!', '.', ',', ';', ':']).len()..];
        let before = out.last().map(|w| bare(w));
        let than_follows = words.get(at + 1).is_some_and(|w| bare(w) == "than");
        match (before.as_deref(), core.as_str()) {
            (Some("no"), "longer") if !than_follows => {
                out.pop();
                out.push(format!("not{tail}"));
                changed = true;
            }
            (Some("any"), "longer") | (_, "anymore") if !than_follows => {
                if core == "longer" {
                    out.pop();
                }
                match out.last_mut() {
                    Some(last) if !tail.is_empty() => last.push_str(tail),
                    _ => {}
                }
                changed = true;
            }
            _ => out.push(word.clone()),
        }
    }
    changed.then_some(out)
}

/// A count of thousands typed with "k" ("3k", "1.5k") as a number, or
/// `None` for any other word.
fn thousands(word: &str) -> Option<String> {
    let digits = word.strip_suffix(['k', 'K'])?;
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let value: f64 = digits.parse().ok()?;
    (value > 0.0).then(|| numbers::format_number(value * 1000.0))
}

/// `words` with a "side" named by a country dropped ("the leader *from
/// (the) China side*" → "from China"): the side is the country, or
/// `None` when there is none.
fn without_side(words: &[String]) -> Option<Vec<String>> {
    let fold = |at: usize| super::confirm::fold(&words[at]);
    let side_at = (2..words.len()).find(|&at| {
        let named = words[at - 1].chars().next().is_some_and(char::is_uppercase);
        let placed = |before: usize| fold(before) == "from";
        fold(at) == "side"
            && named
            && (placed(at - 2) || (at >= 3 && fold(at - 2) == "the" && placed(at - 3)))
    })?;
    let tail = words[side_at].trim_start_matches(char::is_alphabetic);
    let mut kept: Vec<String> = words.to_vec();
    kept[side_at - 1].push_str(tail);
    kept.remove(side_at);
    if fold(side_at - 2) == "the" {
        kept.remove(side_at - 2);
    }
    Some(kept)
}

/// `question` with a closing "next" put before the series noun it places
/// ("who will host *the summit next*?" → "who will host the next
/// summit?"), or `None` when it closes on no such pair.
pub(super) fn next_before_series(question: &str, series_noun: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let last = tokens.len().checked_sub(1)?;
    let core = tokens[last].trim_end_matches(['?', '!', '.']);
    let noun_at = last.checked_sub(1)?;
    let determiner = noun_at.checked_sub(1)?;
    let placed = core.eq_ignore_ascii_case("next")
        && super::confirm::fold(tokens[noun_at]) == series_noun
        && super::confirm::fold(tokens[determiner]) == "the";
    placed.then(|| {
        let tail = &tokens[last][core.len()..];
        let mut words: Vec<String> = tokens[..noun_at].iter().map(|t| t.to_string()).collect();
        words.push("next".to_string());
        words.push(format!("{}{tail}", tokens[noun_at]));
        words.join(" ")
    })
}

/// Words that place one of a series right after another, as "next" does.
const NEXT_WORDS: &[&str] = &["following", "subsequent", "succeeding"];

/// `question` with a word for "next" before the series noun read as "next"
/// ("will *the following summit* be held in …?" → "… the next summit …"),
/// or `None` when it has none.
pub(super) fn following_as_next(question: &str, series_noun: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let at = tokens.windows(2).position(|pair| {
        NEXT_WORDS.contains(&super::confirm::fold(pair[0]).as_str())
            && super::confirm::fold(pair[1]) == series_noun
    })?;
    let mut words: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
    words[at] = "next".to_string();
    Some(words.join(" "))
}

/// `question` with a closing "next" named as the next of the series the
/// article numbers ("who hosts *next*?" → "who hosts the next summit?"),
/// or `None` when it does not close on "next" after a verb, asks no
/// "who" or "which" (the series noun is then the verb's object), or
/// names the series itself.
pub(super) fn closing_next_named(question: &str, series_noun: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| super::confirm::fold(t)).collect();
    let asks_who = folded
        .first()
        .is_some_and(|w| matches!(w.as_str(), "who" | "which" | "whos"));
    if !asks_who || folded.iter().any(|w| w.starts_with(series_noun)) {
        return None;
    }
    let (last, before) = match folded.as_slice() {
        [.., before, last] => (last, before),
        _ => return None,
    };
    // "who is next?" asks who is next in some line, not of the series.
    if last != "next" || crate::lang::is_form_of_be(before) || before == "the" {
        return None;
    }
    let at = tokens.len() - 1;
    let core = tokens[at].trim_end_matches(['?', '!', '.', ',', ';', ':']);
    let tail = &tokens[at][core.len()..];
    let mut words: Vec<String> = tokens[..at].iter().map(|t| t.to_string()).collect();
    words.push(format!("the next {series_noun}{tail}"));
    Some(words.join(" "))
}

/// `question` with "next time" named as the next of the series the article
/// numbers ("who's hosting *next time*?" → "who's hosting the next
/// summit?"), or `None` when it says no "next time" or names the series
/// itself.
pub(super) fn next_time_named(question: &str, series_noun: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| super::confirm::fold(t)).collect();
    if folded.iter().any(|w| w.starts_with(series_noun)) {
        return None;
    }
    let at = folded
        .windows(2)
        .position(|pair| pair[0] == "next" && pair[1] == "time")?;
    let core = tokens[at + 1].trim_end_matches(['?', '!', '.', ',', ';', ':']);
    let tail = &tokens[at + 1][core.len()..];
    let mut words: Vec<String> = tokens[..at].iter().map(|t| t.to_string()).collect();
    if !at
        .checked_sub(1)
        .is_some_and(|before| matches!(folded[before].as_str(), "the" | "this" | "that"))
    {
        words.push("the".to_string());
    }
    words.push(tokens[at].to_string());
    words.push(format!("{series_noun}{tail}"));
    words.extend(tokens[at + 2..].iter().map(|t| t.to_string()));
    Some(words.join(" "))
}

/// `question` with "one" after a word placing it in a series ("the next
/// *one*") named by the noun the article numbers (`series_noun`: "the next
/// summit"), or `None` when it has no such "one".
pub(super) fn series_one_named(question: &str, series_noun: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    // "this summit … the next one": the question names the series itself,
    // and "one" may stand for a noun phrase of its own.
    if tokens
        .iter()
        .any(|t| super::confirm::fold(t).starts_with(series_noun))
    {
        return None;
    }
    let mut changed = false;
    let words: Vec<String> = tokens
        .iter()
        .enumerate()
        .map(|(at, token)| {
            let core = token.trim_end_matches(['?', '!', '.', ',', ';', ':']);
            let before = at.checked_sub(1).map(|at| super::confirm::fold(tokens[at]));
            // "the *next* one", and "the *first* one" of a series.
            let placed = before
                .is_some_and(|w| super::DEICTIC_SERIES_WORDS.contains(&w.as_str()) || w == "first")
                && tokens
                    .get(at + 1)
                    .is_none_or(|next| super::confirm::fold(next) != "of");
            if core.eq_ignore_ascii_case("one") && placed {
                changed = true;
                format!("{series_noun}{}", &token[core.len()..])
            } else {
                (*token).to_string()
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// `question` with a single decade said in years ("over the next
/// *decade*" → "over the next ten years"), as the article counts spans,
/// so a claimed span compares with the fact's; `None` when it has none.
/// "Decades" stays: the article writes it ("decades of diplomatic ties").
pub(super) fn decade_in_years(question: &str) -> Option<String> {
    let mut read: Vec<String> = Vec::new();
    let mut changed = false;
    for token in question.split_whitespace() {
        let core = token.trim_end_matches(['?', '!', '.', ',', ';', ':']);
        let before = read.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let counted = matches!(
            before.as_str(),
            "next" | "a" | "one" | "past" | "last" | "coming" | "whole" | "entire"
        );
        if counted && core.eq_ignore_ascii_case("decade") {
            changed = true;
            // "a decade", "one decade": the count is the ten.
            if matches!(before.as_str(), "a" | "one") {
                read.pop();
            }
            read.push(format!("ten years{}", &token[core.len()..]));
        } else {
            read.push(token.to_string());
        }
    }
    changed.then(|| read.join(" "))
}

/// `question` with a thing numbered in a series ("summit *number
/// three*", "summit no. 3", "summit #3") named by its ordinal ("the
/// *third* summit"), as the article names the members of a series; `None`
/// when it numbers nothing.
pub(super) fn numbered_as_ordinal(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut at = 0;
    let mut changed = false;
    while at < tokens.len() {
        if let Some((ordinal, taken, tail)) = numbered_at(&tokens, at) {
            out.push(ordinal);
            out.push(format!("{}{tail}", tokens[at]));
            at += taken;
            changed = true;
        } else {
            out.push(tokens[at].to_string());
            at += 1;
        }
    }
    changed.then(|| out.join(" "))
}

/// `question` with a be-auxiliary that closes it, after its participle,
/// put back before the participle ("where the summit held *was*?" →
/// "where the summit was held?"), as a learner whose language puts the
/// verb last writes it; `None` when it does not close so.
pub(super) fn closing_auxiliary_moved(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let [.., participle, auxiliary] = tokens.as_slice() else {
        return None;
    };
    let core = auxiliary.trim_end_matches(['?', '!', '.']);
    let tail = &auxiliary[core.len()..];
    let is_be = matches!(
        core.to_lowercase().as_str(),
        "was" | "were" | "is" | "are" | "been"
    );
    let verb = participle.to_lowercase();
    if tokens.len() < 4 || !is_be || !super::phrasing::is_participle(&verb) {
        return None;
    }
    let mut read: Vec<String> = tokens[..tokens.len() - 2]
        .iter()
        .map(|t| t.to_string())
        .collect();
    read.push(core.to_string());
    read.push(format!("{participle}{tail}"));
    Some(read.join(" "))
}

/// A quiz prompt naming what is asked by a noun and a relative clause,
/// read as the question it stands for: "the city *that* hosted the
/// summit?" → "which city hosted the summit?", "the weekday *on which*
/// the treaty was signed?" → "on which weekday the treaty was signed?".
/// `None` for anything else, and for a claim with a verb of its own
/// after the clause ("the city that hosted it *was* Astana?").
pub(super) fn relative_prompt_as_question(question: &str) -> Option<String> {
    const BE: &[&str] = &["is", "was", "are", "were"];
    let opens_with_article = question.split_whitespace().next().is_some_and(|first| {
        ["the", "a", "an"]
            .iter()
            .any(|a| first.eq_ignore_ascii_case(a))
    });
    if !opens_with_article || !question.ends_with('?') {
        return None;
    }
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens
        .iter()
        .map(|t| t.trim_end_matches(['?', '!', '.']).to_lowercase())
        .collect();
    if !matches!(folded.first()?.as_str(), "the" | "a" | "an") || !question.ends_with('?') {
        return None;
    }
    let relative = (2..=4.min(folded.len().saturating_sub(3))).find(|&at| {
        matches!(folded[at].as_str(), "that" | "which" | "who")
            || (matches!(
                folded[at].as_str(),
                "on" | "in" | "at" | "for" | "by" | "with"
            ) && folded[at + 1] == "which")
    })?;
    // What follows the relative word opens a clause, not a noun it
    // determines ("the third summit *which country* will host?"): a
    // verb after "that", a subject after "on which".
    let prepositional = folded[relative] != "that" && folded[relative + 1] == "which";
    let opener = folded.get(relative + 1 + usize::from(prepositional))?;
    let opens_clause = if prepositional {
        const SUBJECTS: &[&str] = &[
            "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "he", "she",
            "they", "it", "we",
        ];
        SUBJECTS.contains(&opener.as_str()) || tokens[relative + 2].starts_with(char::is_uppercase)
    } else {
        super::phrasing::is_auxiliary(opener)
            || super::phrasing::is_participle(opener)
            || (opener.len() > 3 && opener.ends_with('s'))
    };
    if !opens_clause {
        return None;
    }
    let noun = &folded[1..relative];
    let plain = |w: &String| w.chars().all(char::is_alphabetic) && !lang::is_stopword(w);
    if !noun.iter().all(plain) {
        return None;
    }
    let clause = if prepositional {
        &folded[relative + 2..]
    } else {
        &folded[relative + 1..]
    };
    let be_at: Vec<usize> = (0..clause.len())
        .filter(|&at| BE.contains(&clause[at].as_str()))
        .collect();
    let own_verb = match be_at.as_slice() {
        [] => false,
        [at] => !prepositional && *at > 1,
        _ => true,
    };
    if clause.len() < 2 || own_verb {
        return None;
    }
    let noun_text = tokens[1..relative].join(" ");
    let read = if prepositional {
        format!(
            "{} which {noun_text} {}",
            tokens[relative],
            tokens[relative + 2..].join(" ")
        )
    } else {
        format!("which {noun_text} {}", tokens[relative + 1..].join(" "))
    };
    Some(read)
}

/// `question` with an ordinal set after the thing it numbers put before
/// it ("when will *the summit third* take place?" → "the third
/// summit"), as a learner whose language puts adjectives after nouns
/// writes it; `None` when it has none. "first" is left alone: "did they
/// sign the treaty *first*?" orders events.
pub(super) fn trailing_ordinal_moved(question: &str) -> Option<String> {
    let mut tokens: Vec<&str> = question.split_whitespace().collect();
    let mut changed = false;
    for at in 1..tokens.len().saturating_sub(2) {
        // The cheap tests first: this runs on every question.
        let ordinal_like = |word: &str| {
            word.len() > 4
                && word.ends_with(['d', 'h', 't'])
                && word.chars().all(char::is_alphabetic)
        };
        if !tokens[at - 1].eq_ignore_ascii_case("the") || !ordinal_like(tokens[at + 1]) {
            continue;
        }
        let noun = tokens[at];
        let plain_noun = noun.len() > 2
            && noun.chars().all(char::is_alphabetic)
            && !lang::is_stopword(&noun.to_lowercase());
        let later = numbers::parse_ordinal(&tokens[at + 1].to_lowercase()).is_some_and(|n| n >= 2);
        if plain_noun && later {
            tokens.swap(at, at + 1);
            changed = true;
        }
    }
    changed.then(|| tokens.join(" "))
}

/// The ordinal of the series member named at `at` ("summit number
/// three"), how many tokens name it, and the punctuation closing them.
fn numbered_at(tokens: &[&str], at: usize) -> Option<(String, usize, String)> {
    let noun = tokens[at];
    let plain_noun = noun.len() > 2
        && noun.chars().all(char::is_alphabetic)
        && !lang::is_stopword(&noun.to_lowercase());
    if !plain_noun {
        return None;
    }
    let next = tokens.get(at + 1)?;
    // Only "number" may be followed by a number word: "benefit *no one*"
    // numbers nothing.
    let (numeral, taken, words_allowed) = match next.to_lowercase().as_str() {
        "number" => (*tokens.get(at + 2)?, 3, true),
        "no" | "no." | "nr" | "#" => (*tokens.get(at + 2)?, 3, false),
        hashed if hashed.starts_with('#') && hashed.len() > 1 => (&next[1..], 2, false),
        _ => return None,
    };
    let core = numeral.trim_end_matches(['?', '!', '.', ',', ';', ':']);
    let tail = numeral[core.len()..].to_string();
    let value = core
        .parse::<u64>()
        .ok()
        .or_else(|| {
            words_allowed
                .then(|| numbers::parse_number_words(&core.to_lowercase()))
                .flatten()
                .map(|v| v as u64)
        })
        .filter(|v| (1..=1000).contains(v))?;
    let ordinal = numbers::spell(i64::try_from(value).ok()?, true)?;
    Some((ordinal, taken, tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_left_out_did_is_restored_only_where_no_auxiliary_stands() {
        assert_eq!(
            with_did_restored("what central asian leaders promise to uphold?", |_| true).as_deref(),
            Some("what did central asian leaders promise to uphold?")
        );
        for kept in [
            "what did they sign?",
            "what is the treaty?",
            "what treaty?",
            "who signed the treaty and when?",
            "what, if anything, they signed?",
            "what year china start diplomatic ties?",
            "what fields r the training spots in",
        ] {
            assert_eq!(with_did_restored(kept, |_| true), None, "{kept}");
        }
        assert_eq!(
            with_did_restored("what university give the training", |w| w != "university"),
            None
        );
    }

    #[test]
    fn a_bare_guess_after_a_wh_question_is_dropped_and_a_second_question_kept() {
        for question in [
            "which edition of the China-Central Asia Summit was this one? first?",
            "which edition of the China-Central Asia Summit was this one - first, second?",
            "which edition of the China-Central Asia Summit was this one - first again?",
        ] {
            assert_eq!(
                without_guess_tail(question, |_| false).as_deref(),
                Some("which edition of the China-Central Asia Summit was this one?"),
                "{question}"
            );
        }
        for question in [
            "In which occasion did Xi talk about it? it was in an interview?",
            "What does backfire mean - who gets hurt?",
            "Was it the first summit? or the second?",
            "which summit was this?",
        ] {
            assert_eq!(without_guess_tail(question, |_| true), None, "{question}");
        }
        // One guess is put to the answer; several are choices.
        assert_eq!(
            single_guess("who will host the third summit - Kazakhstan again?", |_| {
                true
            }),
            Some(vec!["kazakhstan".to_string()])
        );
        assert_eq!(
            single_guess("which edition was this one? first, second?", |_| true),
            None
        );
        assert_eq!(
            single_guess("treaty is about what, friendly cooperation?", |_| true),
            Some(vec!["friendly".to_string(), "cooperation".to_string()])
        );
        assert_eq!(
            single_guess("what did they sign, and where?", |_| true),
            None
        );
        // A guess the article has no word for asks about that.
        assert_eq!(
            without_guess_tail("which professionals - doctors, engineers?", |w| w
                != "doctors"),
            None
        );
    }

    #[test]
    fn a_four_between_a_word_and_what_for_opens_is_for_and_a_count_stays() {
        for (question, spelled) in [
            (
                "is there a center 4 fighting desertification",
                "is there a center for fighting desertification",
            ),
            (
                "name a focus area 4 the mechanism",
                "name a focus area for the mechanism",
            ),
            (
                "wat kind of community is xi pushing 4",
                "what kind of community is xi pushing for",
            ),
            (
                "when is the grant 4, like wat period",
                "when is the grant for, like what period",
            ),
            (
                "besides trade wars wat else benefits no1",
                "besides trade wars what else benefits no one",
            ),
        ] {
            assert_eq!(
                spelled_out(question).as_deref(),
                Some(spelled),
                "{question}"
            );
        }
        for question in [
            "were there 4 countries at the summit",
            "did 4 presidents come",
            "is it 4?",
            "the treaty lasts 4 years",
        ] {
            assert_eq!(spelled_out(question), None, "{question}");
        }
    }

    #[test]
    fn a_single_decade_is_read_as_ten_years() {
        assert_eq!(
            decade_in_years("Is the grant for projects over the next decade?").as_deref(),
            Some("Is the grant for projects over the next ten years?")
        );
        assert_eq!(
            decade_in_years("is it for a decade").as_deref(),
            Some("is it for ten years")
        );
        assert_eq!(decade_in_years("how many decades of ties?"), None);
        assert_eq!(decade_in_years("which decade?"), None);
    }

    #[test]
    fn an_appositive_saying_what_a_named_place_is_is_dropped() {
        assert_eq!(
            without_place_appositive(
                "Wasn't the summit held in Tashkent, the capital of Uzbekistan?"
            )
            .as_deref(),
            Some("Wasn't the summit held in Tashkent?")
        );
        assert_eq!(
            without_place_appositive(
                "Was it signed in Astana, the capital of Kazakhstan, on Tuesday?"
            )
            .as_deref(),
            Some("Was it signed in Astana on Tuesday?")
        );
        assert_eq!(
            without_place_appositive("Was the treaty signed in Tashkent, Uzbekistan's capital?")
                .as_deref(),
            Some("Was the treaty signed in Tashkent?")
        );
        assert_eq!(
            without_place_appositive(
                "True or false: it was signed in Bishkek, Kyrgyzstan’s capital, on Tuesday."
            )
            .as_deref(),
            Some("True or false: it was signed in Bishkek on Tuesday.")
        );
        assert_eq!(
            without_place_appositive("Did Xi meet Tokayev, Kazakhstan's president?"),
            None
        );
        // No name before it, or no place noun: nothing to drop.
        assert_eq!(
            without_place_appositive("Was it held in the city, the capital of Uzbekistan?"),
            None
        );
        assert_eq!(
            without_place_appositive("Did Xi meet Tokayev, the president of Kazakhstan?"),
            None
        );
    }

    #[test]
    fn a_viewpoint_is_read_as_according_to() {
        assert_eq!(
            viewpoint_as_according("What, in President Xi's view, drives the cooperation?")
                .as_deref(),
            Some("What, according to President Xi, drives the cooperation?")
        );
        assert_eq!(
            viewpoint_as_according("In Xi’s opinion, what drives it?").as_deref(),
            Some("According to Xi, what drives it?")
        );
        assert_eq!(viewpoint_as_according("What is in Xi's speech?"), None);
    }

    #[test]
    fn a_scale_word_cut_short_after_a_number_is_spelled_out() {
        assert_eq!(
            spelled_out("so whats the 1.5 bil actually for").as_deref(),
            Some("so what is the 1.5 billion actually for")
        );
        assert_eq!(
            spelled_out("is it 209 mil dollars?").as_deref(),
            Some("is it 209 million dollars?")
        );
        // Not after a number: no amount.
        assert_eq!(spelled_out("the mil budget"), None);
    }

    #[test]
    fn a_dictated_four_before_a_unit_of_time_is_read_as_four() {
        assert_eq!(
            spelled_out("are they given over the next for years").as_deref(),
            Some("are they given over the next four years")
        );
        assert_eq!(spelled_out("is it for years to come"), None);
        assert_eq!(spelled_out("what is next for leaders"), None);
    }

    #[test]
    fn next_time_is_the_next_of_the_series() {
        assert_eq!(
            next_time_named("wait who's hosting next time?", "summit").as_deref(),
            Some("wait who's hosting the next summit?")
        );
        assert_eq!(
            next_time_named("where is it the next time", "summit").as_deref(),
            Some("where is it the next summit")
        );
        assert_eq!(next_time_named("where is the next summit", "summit"), None);
        assert_eq!(next_time_named("what time is it", "summit"), None);
    }

    #[test]
    fn a_fragment_closing_on_name_reads_as_the_question_it_stands_for() {
        assert_eq!(
            name_fragment_as_question("trade platform name?").as_deref(),
            Some("what is the name of the trade platform?")
        );
        assert_eq!(
            name_fragment_as_question("The declaration's name").as_deref(),
            Some("what is the name of the declaration?")
        );
        assert_eq!(
            name_fragment_as_question("presidents names").as_deref(),
            Some("what are the names of the presidents?")
        );
        assert_eq!(
            name_fragment_as_question("Xi Jinping role?").as_deref(),
            Some("what is the role of the xi jinping?")
        );
        // A question, a request and a bare word keep their own reading.
        assert_eq!(name_fragment_as_question("what is its name?"), None);
        assert_eq!(name_fragment_as_question("did they give it a name"), None);
        assert_eq!(name_fragment_as_question("name"), None);
        assert_eq!(name_fragment_as_question("treaty purpose"), None);
    }

    #[test]
    fn no_longer_is_a_negation_and_anymore_is_dropped() {
        assert_eq!(
            spelled_out("Is Central Asia no longer important?").as_deref(),
            Some("Is Central Asia not important?")
        );
        assert_eq!(
            spelled_out("is it not a priority anymore?").as_deref(),
            Some("is it not a priority?")
        );
        assert_eq!(
            spelled_out("isn't it a priority any longer?").as_deref(),
            Some("isn't it a priority?")
        );
        assert_eq!(spelled_out("Is the grant no longer than a year?"), None);
    }

    #[test]
    fn chat_shorthand_is_spelled_out() {
        for (question, spelled) in [
            (
                "hw many ppl can get training from china",
                "how many people can get training from china",
            ),
            (
                "As per Xi, what strengthened the cooperation?",
                "According to Xi, what strengthened the cooperation?",
            ),
            (
                "on what basis does china deal w/ the region per xi",
                "on what basis does china deal with the region according to xi",
            ),
            (
                "did xi say the ties go back 2000+ yrs?",
                "did xi say the ties go back over 2000 years?",
            ),
            (
                "did xi say countries shd go it alone b/c of the collab",
                "did xi say countries should go it alone because of the collaboration",
            ),
            (
                "how long, as per the article?",
                "how long, according to the article?",
            ),
            (
                "wat r they gonna defend worldwide",
                "what are they going to defend worldwide",
            ),
            (
                "did the presidents say good things abt the platform?",
                "did the presidents say good things about the platform?",
            ),
            (
                "do they want closer cooperation w china",
                "do they want closer cooperation with china",
            ),
            (
                "how long r china n central asia connected",
                "how long are china and central asia connected",
            ),
            (
                "coop mechanism tweaks xi wants?",
                "cooperation mechanism tweaks xi wants?",
            ),
            (
                "what did xi promise em money-wise?",
                "what did xi promise them money?",
            ),
            (
                "how long r the ties btw them & china acc. to xi?",
                "how long are the ties between them and china according to xi?",
            ),
            (
                "how many yrs for the 3k spots, approx.?",
                "how many years for the 3,000 spots, approximately.?",
            ),
            ("btw, who signed?", "who signed?"),
        ] {
            assert_eq!(
                spelled_out(question).as_deref(),
                Some(spelled),
                "{question}"
            );
        }
    }

    #[test]
    fn words_numbers_and_names_are_left_alone() {
        for question in [
            "what did Xi say about trade?",
            "Who is R?",
            "is the grant in yuan or dollars?",
            // A rate, not whose words.
            "how much is the grant per year?",
            "how much is that per person",
        ] {
            assert_eq!(spelled_out(question), None, "{question}");
        }
        // "2" is a number here, not "to".
        assert_eq!(
            spelled_out("wat 2 things").as_deref(),
            Some("what 2 things")
        );
    }

    #[test]
    fn a_closing_next_places_the_series_noun_before_it() {
        assert_eq!(
            next_before_series("Who will host the summit next?", "summit").as_deref(),
            Some("Who will host the next summit?")
        );
        assert_eq!(next_before_series("Who will sign next?", "summit"), None);
    }

    #[test]
    fn a_side_named_by_a_country_is_the_country() {
        assert_eq!(
            spelled_out("Who was leader from China side at summit?").as_deref(),
            Some("Who was leader from China at summit?")
        );
        assert_eq!(
            spelled_out("who came from the Chinese side?").as_deref(),
            Some("who came from Chinese?")
        );
        assert_eq!(spelled_out("which side won?"), None);
    }

    #[test]
    fn one_placed_in_a_series_is_named_by_the_series_noun() {
        assert_eq!(
            series_one_named("who is going to host the next one?", "summit").as_deref(),
            Some("who is going to host the next summit?")
        );
        assert_eq!(
            series_one_named("Was the first one in Xi'an?", "summit").as_deref(),
            Some("Was the first summit in Xi'an?")
        );
        assert_eq!(series_one_named("the next one of them", "summit"), None);
        assert_eq!(series_one_named("Which one is next?", "summit"), None);
        assert_eq!(
            series_one_named("Will the host of this summit host the next one?", "summit"),
            None
        );
    }

    #[test]
    fn a_closing_auxiliary_goes_back_before_its_participle() {
        assert_eq!(
            closing_auxiliary_moved("the weekday on which the treaty signed was?").as_deref(),
            Some("the weekday on which the treaty was signed?")
        );
        assert_eq!(
            closing_auxiliary_moved("Where the summit held was").as_deref(),
            Some("Where the summit was held")
        );
        for question in [
            "Who was it?",
            "Where was the summit held?",
            "Who the host was?",
        ] {
            assert_eq!(closing_auxiliary_moved(question), None, "{question}");
        }
    }

    #[test]
    fn an_ordinal_after_its_noun_goes_before_it() {
        assert_eq!(
            trailing_ordinal_moved("when will the summit third take place?").as_deref(),
            Some("when will the third summit take place?")
        );
        for question in [
            "Did they sign the treaty first?",
            "Was the summit the second?",
            "Which summit came second?",
        ] {
            assert_eq!(trailing_ordinal_moved(question), None, "{question}");
        }
    }

    #[test]
    fn a_prompt_naming_a_thing_by_a_relative_clause_reads_as_a_question() {
        for (prompt, read) in [
            (
                "the weekday on which the treaty was signed?",
                "on which weekday the treaty was signed?",
            ),
            (
                "the city that hosted the summit?",
                "which city hosted the summit?",
            ),
            (
                "the country which will host the third summit?",
                "which country will host the third summit?",
            ),
        ] {
            assert_eq!(
                relative_prompt_as_question(prompt).as_deref(),
                Some(read),
                "{prompt}"
            );
        }
        for question in [
            "the city that hosted the summit was Astana?",
            "The third summit which country will host?",
            "A key priority in which part of China's diplomacy?",
            "the city that hosted the summit.",
            "which city hosted the summit?",
        ] {
            assert_eq!(relative_prompt_as_question(question), None, "{question}");
        }
    }

    #[test]
    fn a_numbered_member_of_a_series_is_named_by_its_ordinal() {
        for (question, named) in [
            (
                "Which country will host summit number three?",
                "Which country will host third summit?",
            ),
            ("who hosts summit no. 3?", "who hosts third summit?"),
            ("who hosts summit #3?", "who hosts third summit?"),
        ] {
            assert_eq!(
                numbered_as_ordinal(question).as_deref(),
                Some(named),
                "{question}"
            );
        }
        assert_eq!(numbered_as_ordinal("how many people signed?"), None);
        assert_eq!(
            numbered_as_ordinal("did he say trade wars benefit no one?"),
            None
        );
        assert_eq!(numbered_as_ordinal("what number of centres?"), None);
    }
    #[test]
    fn a_closing_next_after_a_verb_names_the_next_of_the_series() {
        assert_eq!(
            closing_next_named("who hosts next?", "summit").as_deref(),
            Some("who hosts the next summit?")
        );
        for other in [
            "Where will they meet next",
            "who is next?",
            "what happens next?",
            "who will host the next summit next?",
            "next",
        ] {
            assert_eq!(closing_next_named(other, "summit"), None, "{other}");
        }
    }

    #[test]
    fn a_word_for_next_before_the_series_noun_reads_as_next() {
        assert_eq!(
            following_as_next("Will the following summit be held in Kazakhstan?", "summit")
                .as_deref(),
            Some("Will the next summit be held in Kazakhstan?")
        );
        assert_eq!(
            following_as_next("What did the following speech say?", "summit"),
            None
        );
        assert_eq!(
            following_as_next("Who spoke in the following days?", "summit"),
            None
        );
    }
}
