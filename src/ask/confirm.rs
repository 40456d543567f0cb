//! Statements put up for confirmation, read as the yes/no questions they
//! are: "the treaty is temporary, *right*?", "Xi said the ties are 200
//! years old, *is that correct*?", "*I read that* … . *Is that what the
//! article says*?", "*true or false:* …".
//!
//! General English only: tag words, the auxiliary-and-pronoun tags
//! ("…, *didn't they*?") and the frames that report a claim ("*I heard
//! that* …").

use super::intent::{AUXILIARIES, WH_WORDS};

/// Single closing words that turn a statement into a request to confirm
/// it, after a comma: "…, *right*?".
const TAG_WORDS: &[&str] = &[
    "right", "correct", "true", "yes", "yeah", "ya", "no", "ok", "okay", "eh", "innit", "yep",
];

/// Closing phrases that ask whether what came before holds: "…, *is that
/// correct*?", "…. *Is that what the article says*?".
const TAG_PHRASES: &[&[&str]] = &[
    &["is", "that", "right"],
    &["is", "that", "correct"],
    &["is", "that", "true"],
    &["is", "that", "so"],
    &["is", "that", "accurate"],
    &["is", "this", "right"],
    &["is", "this", "correct"],
    &["is", "this", "true"],
    &["is", "it", "true"],
    &["is", "it", "correct"],
    &["am", "i", "right"],
    &["am", "i", "correct"],
    &["am", "i", "wrong"],
    &["did", "i", "get", "that", "right"],
    &["do", "i", "have", "that", "right"],
    &["is", "that", "what", "the", "article", "says"],
    &["is", "that", "what", "it", "says"],
    &["is", "that", "what", "the", "text", "says"],
    &["is", "that", "what", "the", "story", "says"],
    &["is", "that", "what", "happened"],
    &["does", "the", "article", "say", "that"],
    &["does", "the", "article", "say", "so"],
    &["or", "is", "that", "wrong"],
    &["or", "am", "i", "wrong"],
];

/// Pronouns of an auxiliary-and-pronoun tag: "…, *did they*?".
const TAG_PRONOUNS: &[&str] = &[
    "it", "they", "he", "she", "we", "you", "i", "that", "this", "there",
];

/// Openings that report a claim to be checked, not part of it: "*I read
/// that* Xi promised …".
const REPORTING_FRAMES: &[&[&str]] = &[
    &["true", "or", "false"],
    &["i", "read", "that"],
    &["i", "read"],
    &["i", "heard", "that"],
    &["i", "heard"],
    &["i", "think", "that"],
    &["i", "think"],
    &["i", "believe", "that"],
    &["i", "believe"],
    &["i", "thought", "that"],
    &["i", "thought"],
    &["someone", "told", "me", "that"],
    &["someone", "told", "me"],
    &["someone", "said", "that"],
    &["someone", "said"],
    &["my", "friend", "said", "that"],
    &["my", "friend", "said"],
    &["my", "friend", "says"],
    &["so"],
];

/// `question` as a yes/no question when it puts a statement up for
/// confirmation ("the treaty is permanent, right?" → "is it that the
/// treaty is permanent?", whose frame holds no content word); `None`
/// when it does not.
pub(super) fn as_yes_no_question(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    // "Is it true that …?": the truth asked about is no word a fact holds.
    if let Some(frame) = truth_frame(&folded) {
        return Some(format!("is it that {}", tokens[frame..].join(" ")));
    }
    // "Was it Xi who called China a friend?" asks whether Xi did.
    if let Some((focus, rest)) = cleft(&folded) {
        return Some(format!(
            "is it that {} {}",
            tokens[focus].join(" "),
            tokens[rest..].join(" ")
        ));
    }
    if let Some(fronted) = final_auxiliary_fronted(&tokens, &folded) {
        return Some(fronted);
    }
    let (statement_end, tagged) = match closing_tag(&tokens, &folded) {
        Some(start) => (start, true),
        None => (tokens.len(), false),
    };
    let frame = opening_frame(&folded[..statement_end]);
    // "True or false: …" asks for confirmation with no tag; a reported
    // claim ("I read that …") only with one.
    let asks = tagged || frame.is_some_and(|(len, true_or_false)| true_or_false && len > 0);
    if !asks {
        return None;
    }
    let start = frame.map_or(0, |(len, _)| len);
    let statement = &tokens[start..statement_end];
    let first = folded.get(start).map(String::as_str).unwrap_or("");
    if statement.len() < 2 || WH_WORDS.contains(&first) {
        return None;
    }
    let text = statement
        .join(" ")
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '"' && c != '”' && c != ')')
        .to_string();
    // "Is it a grant, right?": already a yes/no question.
    Some(if AUXILIARIES.contains(&first) {
        format!("{text}?")
    } else {
        format!("is it that {text}?")
    })
}

/// Auxiliaries a learner may put last, in the word order of their first
/// language ("The treaty legally binding *is*?").
const FINAL_AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had",
];

/// A question whose auxiliary comes last ("The friendship treaty legally
/// binding is?", "Four presidents at the summit there were?") with that
/// auxiliary put first, where English puts it: "is the friendship treaty
/// legally binding?". Only a question mark ends it, and no wh-word asks
/// something else ("What the treaty is?").
fn final_auxiliary_fronted(tokens: &[&str], folded: &[String]) -> Option<String> {
    let last = tokens.last()?;
    if !last.ends_with('?') || folded.len() < 4 {
        return None;
    }
    let auxiliary = folded.last().map(String::as_str)?;
    if !FINAL_AUXILIARIES.contains(&auxiliary)
        || folded.iter().any(|w| WH_WORDS.contains(&w.as_str()))
        || AUXILIARIES.contains(&folded[0].as_str())
    {
        return None;
    }
    let there = folded[folded.len() - 2] == "there";
    let statement_end = tokens.len() - 1 - usize::from(there);
    let mut statement: Vec<String> = tokens[..statement_end]
        .iter()
        .map(|t| t.to_string())
        .collect();
    if crate::lang::is_stopword(&folded[0]) {
        statement[0] = folded[0].clone();
    }
    let fronted = if there {
        format!("{auxiliary} there")
    } else {
        auxiliary.to_string()
    };
    Some(format!("{fronted} {}?", statement.join(" ")))
}

/// The most questions in a row read as a scene and its last question.
const MOST_QUESTIONS_IN_A_ROW: usize = 4;

/// The questions before the last and the last, when `question` asks
/// several in a row and the last asks a wh-question ("Xi was happy with
/// the mechanism as it is, wasn't he? *What change did he actually
/// suggest?*"): the ones before set the scene for it. `None` otherwise.
pub(super) fn last_of_several(question: &str) -> Option<(String, String)> {
    // Each question before the last may be asked again: a bound keeps a
    // string of "?"s from multiplying the cost of one answer.
    if question.matches('?').count() > MOST_QUESTIONS_IN_A_ROW {
        return None;
    }
    let trimmed = question.trim_end();
    let body = trimmed.strip_suffix('?')?;
    let split = body.rfind('?')?;
    let (before, last) = (&body[..split + 1], body[split + 1..].trim());
    let words: Vec<String> = last.split_whitespace().map(fold).collect();
    // "… *Over what* period are they offered?"
    let wh_at = usize::from(words.first().is_some_and(|w| {
        w == "over" || w == "and" || super::courtesy::LEADING_PREPOSITIONS.contains(&w.as_str())
    }));
    let asks = words
        .get(wh_at)
        .is_some_and(|w| WH_WORDS.contains(&w.as_str()))
        && words.len() >= 3;
    asks.then(|| (before.trim().to_string(), format!("{last}?")))
}

/// The claim alone when `question` puts one up to be judged and then asks
/// for the correction ("True or false: the grant is in dollars. *If it's
/// false, what currency is it?*"): the verdict on the claim cites the
/// fact that corrects it. `None` when it opens with no such frame or
/// asks nothing after the claim.
pub(super) fn claim_before_correction(question: &str) -> Option<String> {
    let folded: Vec<String> = question.split_whitespace().map(fold).collect();
    // "Is it true that …", "True or false: …".
    let judged = truth_frame(&folded).is_some()
        || opening_frame(&folded).is_some_and(|(_, true_or_false)| true_or_false);
    if !judged {
        return None;
    }
    // The claim ends at a sentence's end followed by a space ("$1.5
    // billion" ends none).
    let end = question
        .char_indices()
        .find(|&(at, c)| {
            matches!(c, '.' | '?' | '!' | ';')
                && question[at + 1..].starts_with(char::is_whitespace)
        })
        .map(|(at, _)| at)?;
    let rest: Vec<String> = question[end + 1..].split_whitespace().map(fold).collect();
    let asks = rest.first().is_some_and(|w| w == "if")
        || rest.iter().any(|w| WH_WORDS.contains(&w.as_str()));
    asks.then(|| question[..=end].trim().to_string())
}

/// Verbs of settling something, after which a wh-clause says what was
/// settled ("did they *agree who* will host?"), and verbs of telling,
/// when the text is what tells ("does the article *say where* …?").
const SETTLING_VERBS: &[&str] = &[
    "agree",
    "agreed",
    "decide",
    "decided",
    "settle",
    "settled",
    "determine",
    "determined",
    "confirm",
    "confirmed",
    "choose",
    "chose",
    "chosen",
];
const TELLING_VERBS: &[&str] = &["say", "said", "mention", "mentioned", "state", "stated"];
const TELLERS: &[&str] = &["article", "text", "piece", "story", "it", "report"];
/// Nouns of settling something, before "on" and a wh-clause ("was there
/// an *agreement on which* nation …?").
const SETTLING_NOUNS: &[&str] = &["agreement", "decision", "consensus", "deal"];

/// Whether a yes/no question asks whether something was settled or told
/// and names it by a wh-clause ("Did the leaders *agree who* will host
/// the next summit?"): the article answering the clause says "yes" too,
/// so the reply opens with it.
pub(super) fn settles_an_embedded_question(question: &str) -> bool {
    let folded: Vec<String> = question.split_whitespace().map(fold).collect();
    let opens_yes_no = folded.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "did" | "do" | "does" | "has" | "have" | "had" | "was" | "is"
        )
    });
    opens_yes_no
        && (2..folded.len()).any(|at| {
            let verb = folded[at - 1].as_str();
            let told_by_text = TELLING_VERBS.contains(&verb)
                && folded[1..at - 1]
                    .iter()
                    .any(|w| TELLERS.contains(&w.as_str()));
            let settled_on = matches!(verb, "on" | "about" | "over")
                && SETTLING_NOUNS.contains(&folded[at - 2].as_str());
            WH_WORDS.contains(&folded[at].as_str())
                && (SETTLING_VERBS.contains(&verb) || told_by_text || settled_on)
        })
}

/// A yes/no claim without the alternative it is preferred to at its end
/// ("Did Xi urge humanity to move forward united *rather than divided*?"
/// asks "… united?"; "Did he want division *instead of unity*?" asks "…
/// division?"): the claim's own verdict settles both, and the
/// alternative's word would read as a claim of its own. `None` when the
/// question sets none, or is no yes/no question.
pub(super) fn without_preferred_over(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    if !folded
        .first()
        .is_some_and(|w| super::intent::AUXILIARIES.contains(&w.as_str()))
    {
        return None;
    }
    let at = folded.windows(2).rposition(|pair| {
        matches!(
            (pair[0].as_str(), pair[1].as_str()),
            ("rather", "than") | ("instead", "of")
        )
    })?;
    // The alternative runs to the end, and the claim keeps a verb and its
    // object or complement.
    if at < 4
        || tokens[at..tokens.len() - 1]
            .iter()
            .any(|t| t.ends_with([',', ';', ':']))
    {
        return None;
    }
    let kept = tokens[..at].join(" ");
    let mark = if question.trim_end().ends_with('?') {
        "?"
    } else {
        ""
    };
    Some(format!("{}{mark}", kept.trim_end_matches([',', ';', ':'])))
}

/// Words that make the alternative after "not" a lesser thing than the
/// claim, not a rival to it: "legally binding *and not just* a statement
/// of intent".
const UNDERSTATING: &[&str] = &["just", "merely", "simply", "only"];

/// A yes/no claim without the lesser alternative set against it ("Is the
/// treaty legally binding *and not just a statement of intent*?" asks
/// "Is the treaty legally binding?"), or `None` when it sets none. A
/// plain "and not X" stays: it also claims that X does not hold. So does
/// "not only … but also", which adds rather than sets against.
pub(super) fn without_understated_alternative(question: &str) -> Option<String> {
    yes_no_claim_before(question, |tokens, folded| {
        if folded.iter().any(|w| w == "also") {
            return None;
        }
        let not = (SHORTEST_CLAIM..folded.len().saturating_sub(2)).find(|&at| {
            folded[at] == "not"
                && UNDERSTATING.contains(&folded[at + 1].as_str())
                && (matches!(folded[at - 1].as_str(), "and" | "but")
                    || tokens[at - 1].ends_with(','))
        })?;
        Some(if tokens[not - 1].ends_with(',') {
            not
        } else {
            not - 1
        })
    })
}

/// A yes/no question without the rival clause offered after it ("Did
/// the presidents praise the platform*, or was that only China
/// talking?*" asks "Did the presidents praise the platform?"): the
/// verdict on the first settles both. The rival clause may keep the
/// order of a statement, as learners who skip the inversion write it
/// ("…, or *there was* one before?", "…, or *it is* exaggeration?", "…,
/// or *they lost* interest?").
/// `None` when no clause opening with an auxiliary, or with a pronoun and
/// an auxiliary, follows ", or".
pub(super) fn without_rival_clause(question: &str) -> Option<String> {
    yes_no_claim_before(question, |tokens, folded| {
        let auxiliary = |at: usize| {
            folded
                .get(at)
                .is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
        };
        (SHORTEST_CLAIM..folded.len().saturating_sub(2)).find(|&at| {
            folded[at] == "or"
                && tokens[at - 1].ends_with(',')
                && (auxiliary(at + 1)
                    || (RIVAL_SUBJECTS.contains(&folded[at + 1].as_str()) && auxiliary(at + 2))
                    // "…, or *they lost* interest?": a personal pronoun
                    // opens a clause of its own.
                    || PERSONAL_SUBJECTS.contains(&folded[at + 1].as_str()))
        })
    })
}

/// The whitespace tokens of `question` and their folded words, when it
/// opens with a wh-word; `None` otherwise.
pub(super) fn wh_question_words(question: &str) -> Option<(Vec<&str>, Vec<String>)> {
    words_opening_with(question, WH_WORDS)
}

/// The tokens of `question` and their folded words, when it opens with an
/// auxiliary as a yes/no question does ("*Was* a platform launched …?").
pub(super) fn yes_no_question_words(question: &str) -> Option<(Vec<&str>, Vec<String>)> {
    words_opening_with(question, AUXILIARIES)
}

/// The tokens of `question` and their folded words, when its first word
/// is one of `openers`.
fn words_opening_with<'q>(
    question: &'q str,
    openers: &[&str],
) -> Option<(Vec<&'q str>, Vec<String>)> {
    // Most questions open otherwise: the first word alone turns them away.
    let first = fold(question.split_whitespace().next()?);
    if !openers.contains(&first.as_str()) {
        return None;
    }
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    Some((tokens, folded))
}

/// A wh-question without the guess the learner adds after it ("Who
/// announced the grant*, was it the Kazakh president?*", "Who called China
/// a friend*, was it Xi himself or somebody else?*"): the answer to the
/// question settles the guess. `None` unless a clause opening with "be" or
/// "do" and a pronoun follows a comma after a wh-question of three or more
/// words.
pub(super) fn without_guess_tail(question: &str) -> Option<String> {
    let (tokens, folded) = wh_question_words(question)?;
    let guess = (SHORTEST_CLAIM..folded.len().saturating_sub(2)).find(|&at| {
        let at = if folded[at] == "or" { at + 1 } else { at };
        tokens[..at].last().is_some_and(|t| t.ends_with(','))
            && matches!(
                folded[at].as_str(),
                "was" | "is" | "were" | "are" | "did" | "does" | "do"
            )
            && folded
                .get(at + 1)
                .is_some_and(|w| RIVAL_SUBJECTS.contains(&w.as_str()))
    })?;
    let asked = tokens[..guess].join(" ");
    Some(format!("{}?", asked.trim_end_matches([',', ';', ':'])))
}

/// Pronouns that open a rival clause written in a statement's order.
const RIVAL_SUBJECTS: &[&str] = &["it", "there", "they", "that", "this", "he", "she", "we"];

/// Personal pronouns, which after ", or" can only open a clause.
const PERSONAL_SUBJECTS: &[&str] = &["they", "he", "she", "we"];

/// The fewest words a yes/no claim keeps once what follows it is off.
const SHORTEST_CLAIM: usize = 3;

/// The claim of a yes/no question (one opening with an auxiliary), up to
/// where `claim_end` says it stops, as a question; `None` when it opens
/// otherwise or `claim_end` finds no end.
fn yes_no_claim_before(
    question: &str,
    claim_end: impl Fn(&[&str], &[String]) -> Option<usize>,
) -> Option<String> {
    let (tokens, folded) = yes_no_question_words(question)?;
    let end = claim_end(&tokens, &folded)?;
    let claim = tokens[..end].join(" ");
    Some(format!("{}?", claim.trim_end_matches([',', ';', ':'])))
}

/// Determiners that open the noun phrase a scene is about.
const SCENE_DETERMINERS: &[&str] = &["the", "this", "that", "these", "those"];

/// The noun phrase the scene before a last question is about, as
/// written: its first phrase opened by a determiner and ended by an
/// auxiliary, a preposition or a comma ("*The grant* isn't for weapons,
/// I hope?"; "What are *the three new centres* for?"). `None` when it
/// opens with none or runs past [`LONGEST_SCENE_PHRASE`] words.
pub(super) fn scene_phrase(scene: &str) -> Option<String> {
    /// A longer run is a clause, not a name for what "it" points back at.
    const LONGEST_SCENE_PHRASE: usize = 6;
    let tokens: Vec<&str> = scene.split_whitespace().collect();
    // "Wasn't *something else* launched? What was it?": the pronoun
    // points at what the scene leaves unnamed.
    if tokens
        .iter()
        .any(|t| super::SOMEONE.contains(&fold(t).as_str()))
    {
        return None;
    }
    let start = tokens
        .iter()
        .position(|t| SCENE_DETERMINERS.contains(&fold(t).as_str()))?;
    let mut phrase = Vec::new();
    for token in &tokens[start..] {
        let word = fold(token);
        let ends = !phrase.is_empty()
            && (AUXILIARIES.contains(&word.as_str())
                || super::courtesy::LEADING_PREPOSITIONS.contains(&word.as_str())
                || WH_WORDS.contains(&word.as_str()));
        if ends || word.is_empty() {
            break;
        }
        let bare = token.trim_end_matches([',', '?', '.', '!', ';', ':']);
        phrase.push(bare);
        if bare.len() < token.len() {
            break;
        }
    }
    (phrase.len() >= 2 && phrase.len() <= LONGEST_SCENE_PHRASE).then(|| phrase.join(" "))
}

/// The last question with its pronouns ("it", "they", "them", "its",
/// "their") put back as the scene's noun phrase: "The grant isn't for
/// weapons, I hope? What kind of projects is *it* for?" asks "… is *the
/// grant* for?". `None` when it has no such pronoun or the scene names
/// no phrase.
pub(super) fn last_with_scene_named(before: &str, last: &str) -> Option<String> {
    with_pronouns_named(last, &scene_phrase(before)?)
}

/// `question` with its pronouns ("it", "they", "them", "its", "their")
/// put back as `phrase`; `None` when it has none.
pub(super) fn with_pronouns_named(question: &str, phrase: &str) -> Option<String> {
    let mut replaced = false;
    let words: Vec<String> = question
        .split_whitespace()
        .map(|token| {
            let (word, tail) = token.split_at(
                token
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(token.len()),
            );
            let named = match word.to_lowercase().as_str() {
                "it" | "they" | "them" => phrase.to_string(),
                "its" | "their" => format!("{phrase}'s"),
                _ => return token.to_string(),
            };
            replaced = true;
            format!("{named}{tail}")
        })
        .collect();
    replaced.then(|| words.join(" "))
}

/// Whether `question` sets a scene in a statement and then asks a yes/no
/// question about it: "Xi announced a grant. *Is it for projects this
/// year?*". The statement ends in a full stop, a semicolon or a colon,
/// and the last sentence opens with an auxiliary.
pub(super) fn yes_no_after_scene(question: &str) -> bool {
    let body = question.trim_end().trim_end_matches('?');
    let Some((_, last)) = scene_and_last(body, &['.', ';', ':']) else {
        return false;
    };
    let words: Vec<String> = last.split_whitespace().map(fold).collect();
    words.len() >= 3
        && words
            .first()
            .is_some_and(|first| AUXILIARIES.contains(&first.as_str()))
        && !words.iter().any(|w| WH_WORDS.contains(&w.as_str()))
}

/// The scene and the question when `question` sets a scene in a
/// statement and then asks about it: "The treaty was signed in Astana.
/// *Is Astana the capital of Uzbekistan?*". The statement ends in a full
/// stop, an exclamation mark or a semicolon; the question opens with a
/// wh-word (after a preposition, perhaps) or an auxiliary. `None` for
/// anything else.
pub(super) fn question_after_scene(question: &str) -> Option<(String, String)> {
    let body = question.trim_end().strip_suffix('?')?;
    let (scene, last) = scene_and_last(body, &['.', '!', ';'])?;
    let scene = scene.trim();
    if scene.contains('?') {
        return None;
    }
    // "Why is it needed; what …?": a question, not a scene, before it.
    let scene_opens = scene.split_whitespace().next().map(fold);
    if scene_opens
        .is_some_and(|w| WH_WORDS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()))
    {
        return None;
    }
    let words: Vec<String> = last.split_whitespace().map(fold).collect();
    let opens_at = usize::from(
        words
            .first()
            .is_some_and(|w| super::courtesy::LEADING_PREPOSITIONS.contains(&w.as_str())),
    );
    let asks = words.get(opens_at).is_some_and(|w| {
        WH_WORDS.contains(&w.as_str()) || (opens_at == 0 && AUXILIARIES.contains(&w.as_str()))
    });
    (asks && words.len() >= 3).then(|| (format!("{scene}."), format!("{}?", last.trim())))
}

/// `body` split at its last sentence end among `ends` into a scene of two
/// words or more and what follows; `None` when there is none. "$1.5
/// billion": a full stop inside a number ends no sentence.
fn scene_and_last<'a>(body: &'a str, ends: &[char]) -> Option<(&'a str, &'a str)> {
    let split = body.rfind(ends)?;
    let (scene, last) = (&body[..split], &body[split + 1..]);
    (last.starts_with(char::is_whitespace) && scene.split_whitespace().count() >= 2)
        .then_some((scene, last))
}

/// Pronouns that point back at what a remark before a question named.
const BACK_REFERENCES: &[&str] = &[
    "it", "its", "this", "that", "these", "those", "they", "them", "their", "he", "his", "she",
    "her", "there",
];

/// The most words a remark before the question may have ("*I doubt it*
/// - did Xi …?").
const LONGEST_LEAD_IN: usize = 8;

/// `question` without a short remark set off before it by a dash or a
/// colon, when what follows opens as a question does ("I doubt it - did
/// Xi really claim …?" → "did Xi really claim …?"); `None` when there is
/// none. The remark says how the asker feels, not what is asked: no word
/// of it is `content` (a word of the article).
pub(super) fn after_lead_in(question: &str, content: impl Fn(&str) -> bool) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let limit = tokens.len().min(LONGEST_LEAD_IN + 1);
    let start = (1..limit).rev().find(|&at| {
        let before = tokens[at - 1];
        let dash = matches!(before, "-" | "--" | "–" | "—");
        let ends_remark = dash || before.ends_with([':', '—', '–']) || hedge_but(&tokens, at);
        let lead_in_words = if dash { at - 1 } else { at };
        // A remark asks nothing itself: "what happened after the summit
        // - did …?" is two questions.
        let asks = tokens[..at].iter().enumerate().any(|(place, t)| {
            let word = fold(t);
            // "*Six* letters:": a crossword clue's length counts nothing
            // the article counts.
            let length = tokens
                .get(place + 1)
                .is_some_and(|next| matches!(fold(next).as_str(), "letters" | "letter"));
            t.contains('?') || WH_WORDS.contains(&word.as_str()) || (content(&word) && !length)
        });
        // "What comes next: *which* summit will China host?": a short
        // question before a colon that the one after it asks precisely.
        let restated = before.ends_with(':')
            && at <= 4
            && WH_WORDS.contains(&fold(tokens[0]).as_str())
            && tokens
                .get(at)
                .is_some_and(|next| WH_WORDS.contains(&fold(next).as_str()));
        ends_remark && lead_in_words >= 1 && (!asks || restated)
    })?;
    let rest: Vec<String> = tokens[start..].iter().map(|t| fold(t)).collect();
    let first = rest.first()?.as_str();
    // "Six letters: *the city where* the treaty was signed?": a prompt
    // naming what is asked, as a quiz or a crossword clue puts it.
    let prompts = matches!(first, "the" | "a" | "an") && question.trim_end().ends_with('?');
    let opens_question = AUXILIARIES.contains(&first) || WH_WORDS.contains(&first) || prompts;
    // "the summit - where was *it*?": the part before names what is asked;
    // a hedge before "but" names nothing to point back at.
    let refers_back =
        !hedge_but(&tokens, start) && rest.iter().any(|w| BACK_REFERENCES.contains(&w.as_str()));
    (opens_question && !refers_back && rest.len() >= 3).then(|| tokens[start..].join(" "))
}

/// Whether the remark before `at` ends in ", but" ("I may be mistaken,
/// *but* was it …?"): a hedge about the asker set against the question.
fn hedge_but(tokens: &[&str], at: usize) -> bool {
    at >= 2 && fold(tokens[at - 1]) == "but" && tokens[at - 2].ends_with(',')
}

/// Words a request opens with before the question it wraps: "*so could
/// you remind me* what he urged …", "*and I wondered*, what …".
const REQUEST_OPENERS: &[&str] = &[
    "and",
    "so",
    "but",
    "then",
    "now",
    "anyway",
    "please",
    "i",
    "was",
    "wondered",
    "wonder",
    "wondering",
    "could",
    "can",
    "would",
    "will",
    "you",
    "tell",
    "remind",
    "me",
    "let",
    "know",
    "explain",
    "id",
    "like",
    "to",
    "want",
    "just",
];

/// The fewest words a chatty remark before a question has: shorter ones
/// ("Xi, what did he say?") name what is asked about.
const SHORTEST_CHATTY_REMARK: usize = 5;

/// `question` without a chatty remark set off before it by a comma ("I
/// was reading over breakfast about this treaty, and I wondered, *what
/// does the treaty commit them to?*", "…, so could you remind me *what
/// he urged humanity to do*?"); `None` when there is none. The remark
/// asks nothing itself, and what follows, past the request words that
/// wrap it, opens with a wh-word.
pub(super) fn after_chatty_lead_in(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let first = fold(tokens.first()?);
    if WH_WORDS.contains(&first.as_str()) || AUXILIARIES.contains(&first.as_str()) {
        return None;
    }
    let mut segment_start = 0;
    for (at, token) in tokens.iter().enumerate() {
        // A remark asks nothing itself: "besides the centres, *what* else
        // was launched, and what is it for?" is two questions ("the bit
        // *where* Xi talked", inside a phrase, asks nothing).
        let opens_segment = tokens[segment_start..at]
            .iter()
            .all(|t| matches!(fold(t).as_str(), "and" | "but" | "so" | "then"));
        if token.contains('?') || (opens_segment && WH_WORDS.contains(&fold(token).as_str())) {
            return None;
        }
        if token.ends_with(',') {
            segment_start = at + 1;
        }
        if !token.ends_with(',') || at + 1 < SHORTEST_CHATTY_REMARK {
            continue;
        }
        let wh = tokens[at + 1..]
            .iter()
            .position(|t| !REQUEST_OPENERS.contains(&fold(t).as_str()))
            .map(|skip| at + 1 + skip)?;
        let rest = &tokens[wh..];
        if WH_WORDS.contains(&fold(rest[0]).as_str()) && rest.len() >= 3 {
            return Some(with_remark_named(&tokens[..=at], rest));
        }
    }
    None
}

/// Words that end the noun phrase a remark names: "a new platform to
/// promote smooth trade *and* I'm wondering".
const REMARK_PHRASE_ENDS: &[&str] = &["and", "but", "so", "i", "im", "which", "that", "because"];

/// The most words of a remark's noun phrase put into the question.
const LONGEST_REMARK_PHRASE: usize = 8;

/// The question after a dropped remark, with what it points back at in
/// the remark named again: "that platform" as the remark's "new platform
/// to promote smooth trade", and a lone "it" as the phrase the remark
/// quotes ("I kept seeing 'law of the jungle', … instead of going back
/// to *it*?").
pub(super) fn with_remark_named(remark: &[&str], rest: &[&str]) -> String {
    let folded_remark: Vec<String> = remark.iter().map(|t| fold(t)).collect();
    let mut kept: Vec<String> = Vec::with_capacity(rest.len());
    let mut at = 0;
    while at < rest.len() {
        let demonstrative = matches!(fold(rest[at]).as_str(), "that" | "this");
        let named = rest.get(at + 1).and_then(|noun| {
            let noun = fold(noun);
            let in_remark = folded_remark.iter().rposition(|w| *w == noun)?;
            demonstrative.then(|| remark_phrase(remark, &folded_remark, in_remark))?
        });
        match named {
            Some(phrase) => {
                kept.push(phrase);
                at += 2;
            }
            None => {
                kept.push(rest[at].to_string());
                at += 1;
            }
        }
    }
    let joined = kept.join(" ");
    let quoted = super::phrasing::first_quoted(&remark.join(" ")).map(str::to_string);
    let lone_it = rest.iter().filter(|t| fold(t) == "it").count() == 1;
    match quoted {
        Some(quoted) if lone_it => {
            with_pronouns_named(&joined, &format!("the {quoted}")).unwrap_or(joined)
        }
        _ => joined,
    }
}

/// The remark's noun phrase around the noun at `noun`: "the" for its
/// determiner, then the noun and what follows it up to a comma or a new
/// clause ("the new platform to promote smooth trade"). `None` when no
/// determiner opens it nearby.
fn remark_phrase(remark: &[&str], folded: &[String], noun: usize) -> Option<String> {
    let start = (noun.saturating_sub(3)..noun)
        .rev()
        .find(|&at| matches!(folded[at].as_str(), "a" | "an" | "the" | "this" | "that"))?;
    let mut phrase = vec!["the".to_string()];
    for (at, token) in remark.iter().enumerate().skip(start + 1) {
        if at > noun && REMARK_PHRASE_ENDS.contains(&folded[at].as_str()) {
            break;
        }
        let bare = token.trim_end_matches([',', '?', '.', '!', ';', ':']);
        phrase.push(bare.to_string());
        if bare.len() < token.len() || phrase.len() > LONGEST_REMARK_PHRASE {
            break;
        }
    }
    Some(phrase.join(" "))
}

/// The longest focus a cleft question puts between "was it" and "who".
const LONGEST_CLEFT_FOCUS: usize = 8;

/// The focus and where the rest starts in a cleft yes/no question ("was
/// it *Xi* who *called China a friend*?", "is it *in Astana* that …"), if
/// `folded` is one.
fn cleft(folded: &[String]) -> Option<(std::ops::Range<usize>, usize)> {
    let opens = folded.len() > 4
        && matches!(folded[0].as_str(), "is" | "was" | "isnt" | "wasnt")
        && folded[1] == "it";
    let focus_opens = folded.get(2).map_or("", String::as_str);
    if !opens
        || TRUTH_WORDS.contains(&focus_opens)
        || WH_WORDS.contains(&focus_opens)
        || matches!(focus_opens, "a" | "an")
    {
        return None;
    }
    let joint = folded
        .iter()
        .skip(3)
        .take(LONGEST_CLEFT_FOCUS)
        .position(|w| matches!(w.as_str(), "who" | "that" | "which"))?
        + 3;
    (folded.len() >= joint + 3).then_some((2..joint, joint + 1))
}

/// Words that ask whether a claim holds in an opening "is it *true*
/// that …".
const TRUTH_WORDS: &[&str] = &["true", "correct", "right", "accurate", "so"];

/// Words that ask whether a claim holds only before "to say": "is it
/// *fair* to say that …" (but "is it fair" alone asks about fairness).
const SAID_TRUTH_WORDS: &[&str] = &["fair", "safe", "reasonable"];

/// Verbs of "is it true *to say* …" after which the claim follows.
const SAYING_VERBS: &[&str] = &["say", "state", "claim", "conclude", "write"];

/// How many opening words ask whether what follows holds ("is it true
/// that", "isn't it correct that", "is it the case that"), if any.
fn truth_frame(folded: &[String]) -> Option<usize> {
    // "*It is* true that …?" too: a question in a statement's order.
    let opens = folded.len() > 4
        && ((matches!(folded[0].as_str(), "is" | "isnt") && folded[1] == "it")
            || (folded[0] == "it" && folded[1] == "is"));
    // "*Is true that* …?": a learner's "it" left out, "that" kept.
    let it_dropped = folded.len() > 4
        && matches!(folded[0].as_str(), "is" | "isnt")
        && TRUTH_WORDS.contains(&folded[1].as_str())
        && folded[2] == "that";
    if it_dropped {
        return Some(3);
    }
    if !opens {
        return None;
    }
    // "Is it *not* true that …?" asks as "isn't it true that …?" does.
    let negated = usize::from(folded[2] == "not" && folded.len() > 5);
    let truth = 2 + negated;
    let said_at = |at: usize| {
        // "Is it accurate *to say* …", "is it fair *to say that* …".
        (folded.get(at).is_some_and(|w| w == "to")
            && folded
                .get(at + 1)
                .is_some_and(|w| SAYING_VERBS.contains(&w.as_str())))
        .then_some(at + 2)
    };
    let claim_at = if TRUTH_WORDS.contains(&folded[truth].as_str()) {
        said_at(truth + 1).unwrap_or(truth + 1)
    } else if SAID_TRUTH_WORDS.contains(&folded[truth].as_str()) {
        said_at(truth + 1)?
    } else if folded[truth] == "the" && folded.get(truth + 1).is_some_and(|w| w == "case") {
        truth + 2
    } else {
        return None;
    };
    match folded.get(claim_at).map(String::as_str) {
        Some("that") => Some(claim_at + 1),
        // "Is it true Xi said …?": the clause may follow without "that",
        // but "is it true *for* …" or "is it true *or* false" goes on
        // about the "it".
        Some(next) if !CLAIM_NOT_STARTED.contains(&next) && folded.len() >= claim_at + 3 => {
            Some(claim_at)
        }
        _ => None,
    }
}

/// Words after "is it true" that go on about the "it", so no claim
/// follows: "is it true *or* false", "is it true *for* everyone".
const CLAIM_NOT_STARTED: &[&str] = &[
    "or", "and", "for", "of", "in", "to", "about", "at", "on", "by", "with", "as", "if", "but",
];

/// Where a closing confirmation tag starts, if the question ends in one.
fn closing_tag(tokens: &[&str], folded: &[String]) -> Option<usize> {
    let len = folded.len();
    let separated = |start: usize| {
        start > 0
            && tokens[start - 1]
                .trim_end_matches(['"', '”', '\'', '’', ')'])
                .ends_with([',', '.', ';', ':', '?', '!', '-', '—', '–'])
    };
    for phrase in TAG_PHRASES {
        if let Some(start) = len.checked_sub(phrase.len())
            && start >= 2
            && folded[start..].iter().zip(*phrase).all(|(w, p)| w == p)
        {
            return Some(start);
        }
    }
    // "…, did they?", "…, isn't it?": an auxiliary and a pronoun after a
    // comma.
    if let Some(start) = len.checked_sub(2)
        && start >= 2
        && separated(start)
        && AUXILIARIES.contains(&folded[start].as_str())
        && TAG_PRONOUNS.contains(&folded[start + 1].as_str())
    {
        return Some(start);
    }
    let last = len.checked_sub(1)?;
    // "… held in tashkent *right*?": typed with no comma, a truth word
    // after a content word ends the claim; after "is" or "the" it is
    // part of it ("the treaty is *correct*?", "the *right* partner").
    let unmarked_truth = || {
        UNMARKED_TAG_WORDS.contains(&folded[last].as_str())
            && tokens[last].ends_with('?')
            && !crate::lang::is_stopword(&folded[last - 1])
    };
    (last >= 2
        && TAG_WORDS.contains(&folded[last].as_str())
        && (separated(last) || unmarked_truth()))
    .then_some(last)
}

/// Tag words that close a claim even with no comma before them.
const UNMARKED_TAG_WORDS: &[&str] = &["right", "correct"];

/// Whether a question asks "true or false" ("True or false: …", "… –
/// true/false?").
pub(super) fn asks_true_or_false(question: &str) -> bool {
    let folded = question.to_lowercase();
    folded.contains("true or false") || folded.contains("true/false")
}

/// A yes/no reply in the words of "true or false": "Yes." → "True.",
/// "No." → "False."; any other reply as it is.
pub(super) fn as_true_or_false(reply: &str) -> String {
    if let Some(rest) = reply.strip_prefix("Yes.") {
        format!("True.{rest}")
    } else if let Some(rest) = reply.strip_prefix("No.") {
        format!("False.{rest}")
    } else {
        reply.to_string()
    }
}

/// The length of an opening that reports the claim ("I read that"), and
/// whether it is "true or false" (which asks for confirmation by itself).
fn opening_frame(folded: &[String]) -> Option<(usize, bool)> {
    REPORTING_FRAMES.iter().find_map(|frame| {
        let holds = folded.len() > frame.len() && folded.iter().zip(*frame).all(|(w, f)| w == f);
        holds.then(|| (frame.len(), frame[0] == "true"))
    })
}

/// A token lowercased, without surrounding punctuation or apostrophes
/// ("Isn't" → "isnt").
/// The owner a possessive token names ("Xi's" → "Xi", "China’s" →
/// "China", "leaders'" → "leaders"), or `None` when it is no possessive.
pub(super) fn possessive_owner(token: &str) -> Option<&str> {
    token
        .strip_suffix("'s")
        .or_else(|| token.strip_suffix("’s"))
        .or_else(|| token.strip_suffix('\''))
        .or_else(|| token.strip_suffix('’'))
        .filter(|owner| !owner.is_empty())
}

pub(super) fn fold(token: &str) -> String {
    let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric());
    // Nearly every learner's word is ASCII: fold it byte by byte, without
    // the Unicode case tables (this runs for every word of every reading).
    if trimmed.is_ascii() {
        // One allocation of the right size, not a string grown a char at
        // a time.
        let mut folded = trimmed.to_ascii_lowercase();
        if folded.contains('\'') {
            folded.retain(|c| c != '\'');
        }
        return folded;
    }
    trimmed
        .chars()
        .filter(|c| !matches!(c, '\'' | '’'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_folds_alike_in_ascii_and_beyond() {
        assert_eq!(fold("Xi's,"), "xis");
        assert_eq!(fold("(Astana)?"), "astana");
        assert_eq!(fold("Don’t"), "dont");
        assert_eq!(fold("«Übersicht»"), "übersicht");
        assert_eq!(fold("--"), "");
    }

    #[test]
    fn a_yes_no_question_about_settling_a_wh_clause_is_told_apart() {
        for asks in [
            "Did the leaders settle who will host the next summit?",
            "Did they agree where the next summit will be?",
            "Does the article say how much the grant is?",
            "Was there an agreement on which nation would organise the next summit?",
        ] {
            assert!(settles_an_embedded_question(asks), "{asks}");
        }
        for other in [
            "Was the summit held in which city?",
            "Did Xi say how much the grant is?",
            "Who agreed to host it?",
            "Did the leaders agree to deepen cooperation?",
        ] {
            assert!(!settles_an_embedded_question(other), "{other}");
        }
    }

    #[test]
    fn a_guess_after_a_wh_question_is_taken_off() {
        assert_eq!(
            without_guess_tail("Who announced the grant, was it the Kazakh president?").as_deref(),
            Some("Who announced the grant?")
        );
        assert_eq!(
            without_guess_tail("Who called China a friend, was it Xi himself or somebody else?")
                .as_deref(),
            Some("Who called China a friend?")
        );
        for kept in [
            "Was it signed in Astana, was it?",
            "Who signed, and why?",
            "What is it, was?",
        ] {
            assert_eq!(without_guess_tail(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_rival_clause_after_a_yes_no_question_is_taken_off() {
        assert_eq!(
            without_rival_clause(
                "Did the presidents praise the platform, or was that only China talking?"
            )
            .as_deref(),
            Some("Did the presidents praise the platform?")
        );
        for (question, claim) in [
            (
                "Was this really the first summit, or there was one before?",
                "Was this really the first summit?",
            ),
            (
                "Did they call China a reliable friend, or it is exaggeration?",
                "Did they call China a reliable friend?",
            ),
        ] {
            assert_eq!(without_rival_clause(question).as_deref(), Some(claim));
        }
        for kept in [
            "Was it signed in Astana, or it?",
            "Was it signed in Astana or in Beijing?",
            "Was it signed in Astana, or Beijing?",
            "Who praised the platform, or was it China?",
        ] {
            assert_eq!(without_rival_clause(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_lesser_alternative_set_against_a_claim_is_taken_off() {
        assert_eq!(
            without_understated_alternative(
                "Is the treaty legally binding and not just a statement of intent?"
            )
            .as_deref(),
            Some("Is the treaty legally binding?")
        );
        assert_eq!(
            without_understated_alternative("Was it a treaty, not merely a promise?").as_deref(),
            Some("Was it a treaty?")
        );
        for kept in [
            "Did they sign a treaty and not a declaration?",
            "Did Xi not only announce a grant but also training?",
            "Who signed the treaty and not just the declaration?",
        ] {
            assert_eq!(without_understated_alternative(kept), None, "{kept}");
        }
    }

    #[test]
    fn the_alternative_a_claim_is_preferred_to_is_taken_off() {
        for (question, claim) in [
            (
                "Did he urge humanity to move forward united rather than divided?",
                "Did he urge humanity to move forward united?",
            ),
            (
                "Did Xi want division instead of unity?",
                "Did Xi want division?",
            ),
        ] {
            assert_eq!(
                without_preferred_over(question).as_deref(),
                Some(claim),
                "{question}"
            );
        }
        for kept in [
            "What did Xi want rather than division?",
            "Rather than division?",
            "Did Xi, rather than the leaders, announce it, and when?",
        ] {
            assert_eq!(without_preferred_over(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_pronoun_of_the_last_question_names_the_scene_phrase() {
        for (before, last, read) in [
            (
                "The grant isn't for weapons, I hope?",
                "What kind of projects is it for?",
                "What kind of projects is The grant for?",
            ),
            (
                "The 3,000 training places aren't for Chinese workers, right?",
                "Who are they for?",
                "Who are The 3,000 training places for?",
            ),
            (
                "What are the three new cooperation centers for?",
                "What do they focus on?",
                "What do the three new cooperation centers focus on?",
            ),
        ] {
            assert_eq!(
                last_with_scene_named(before, last).as_deref(),
                Some(read),
                "{before} {last}"
            );
        }
        // No pronoun, or no phrase to put back.
        assert_eq!(
            last_with_scene_named("The grant is big?", "Who gave money?"),
            None
        );
        assert_eq!(last_with_scene_named("Really?", "Who gave it?"), None);
        assert_eq!(
            last_with_scene_named(
                "Apart from the three centres, wasn't something else launched?",
                "What was it?"
            ),
            None
        );
    }

    #[test]
    fn it_is_true_that_in_a_statements_order_asks_whether_the_claim_holds() {
        assert_eq!(
            as_yes_no_question("It is true that the treaty was signed in Beijing?").as_deref(),
            Some("is it that the treaty was signed in Beijing?")
        );
        assert_eq!(as_yes_no_question("It is true for all?"), None);
    }

    #[test]
    fn an_auxiliary_put_last_is_read_first() {
        for (question, read) in [
            (
                "The friendship-treaty legally binding is?",
                "is the friendship-treaty legally binding?",
            ),
            (
                "Four Central-Asia-presidents at the summit there were?",
                "were there Four Central-Asia-presidents at the summit?",
            ),
        ] {
            assert_eq!(as_yes_no_question(question).as_deref(), Some(read));
        }
        for question in [
            "What the treaty is?",
            "Is it what it is?",
            "The treaty is",
            "Binding it is?",
        ] {
            assert_eq!(as_yes_no_question(question), None, "{question}");
        }
    }

    #[test]
    fn a_yes_no_question_after_a_statement_setting_the_scene_is_yes_or_no() {
        assert!(yes_no_after_scene(
            "Xi announced a grant. Is it for projects this year?"
        ));
        assert!(yes_no_after_scene("China is giving money; is it a loan?"));
        assert_eq!(
            question_after_scene("The second summit is over. Will China host the third one?"),
            Some((
                "The second summit is over.".to_string(),
                "Will China host the third one?".to_string()
            ))
        );
        assert_eq!(
            question_after_scene("Xi spoke. In what year?").map(|(_, last)| last),
            Some("In what year?".to_string())
        );
        // A question before it, a number's full stop, no question after.
        assert_eq!(
            question_after_scene("Why is it needed; what does it fix?"),
            None
        );
        assert_eq!(question_after_scene("Was it $1.5 billion?"), None);
        assert_eq!(question_after_scene("Xi spoke. The grant is new?"), None);
        assert!(!yes_no_after_scene("Is the grant 1.5 billion yuan?"));
        assert!(!yes_no_after_scene("Xi gave a speech. What was it about?"));
        assert!(!yes_no_after_scene("Was it $1. 5 billion?"));
    }

    #[test]
    fn a_claim_put_up_to_be_judged_is_asked_without_the_correction_that_follows() {
        assert_eq!(
            claim_before_correction(
                "True or false: Xi announced a grant of 1.5 billion dollars. If it's false, what currency is it really?"
            )
            .as_deref(),
            Some("True or false: Xi announced a grant of 1.5 billion dollars.")
        );
        assert_eq!(
            claim_before_correction("Is it true that the summit was the first? Which one was it?")
                .as_deref(),
            Some("Is it true that the summit was the first?")
        );
        assert_eq!(
            claim_before_correction("True or false: the grant is $1.5 billion."),
            None
        );
        assert_eq!(
            claim_before_correction("The grant is in dollars. What currency is it?"),
            None
        );
    }

    #[test]
    fn the_last_of_several_questions_is_told_from_those_before() {
        assert_eq!(
            last_of_several("Really? Xi thinks trade wars help? Who benefits from them?"),
            Some((
                "Really? Xi thinks trade wars help?".to_string(),
                "Who benefits from them?".to_string()
            ))
        );
        assert_eq!(
            last_of_several("They aren't all for this year, are they? Over what period are they?")
                .map(|(_, last)| last)
                .as_deref(),
            Some("Over what period are they?")
        );
        assert_eq!(last_of_several("Who signed the treaty?"), None);
        assert_eq!(last_of_several(&"Who signed it? ".repeat(5)), None);
        assert!(last_of_several(&"Who signed it? ".repeat(4)).is_some());
        // The last asks no wh-question.
        assert_eq!(last_of_several("Who signed? Was it China?"), None);
    }

    #[test]
    fn a_remark_set_off_before_a_question_is_dropped() {
        let content = |word: &str| ["minerals", "gas", "treaty", "six"].contains(&word);
        for (question, read) in [
            (
                "I doubt it - did Xi really claim the ties are young?",
                "did Xi really claim the ties are young?",
            ),
            (
                "Quick question: who will host the next summit?",
                "who will host the next summit?",
            ),
            (
                "hmm — was the treaty signed in Astana?",
                "was the treaty signed in Astana?",
            ),
            (
                "Excuse me, I may be mistaken, but was it decided that China would host?",
                "was it decided that China would host?",
            ),
            (
                "Six letters: the city where the treaty was signed?",
                "the city where the treaty was signed?",
            ),
            (
                "What comes next: which summit will China host?",
                "which summit will China host?",
            ),
        ] {
            assert_eq!(
                after_lead_in(question, content).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for question in [
            "True or false: the treaty was signed in Astana.",
            "the China-Central Asia summit - where was it?",
            "did Xi speak about trade?",
            "Xi's words: unilateralism will backfire?",
            "What happened after the summit - did any of the projects start?",
            "green minerals or gas: which did Xi list?",
            "The treaty, but was it signed?",
            "Six letters: the city where the treaty was signed.",
        ] {
            assert_eq!(after_lead_in(question, content), None, "{question}");
        }
    }

    #[test]
    fn a_chatty_remark_before_a_comma_is_dropped_from_the_question_it_wraps() {
        for (question, read) in [
            (
                "I was reading over breakfast about this treaty, and I wondered, what exactly does the treaty commit them to?",
                "what exactly does the treaty commit them to?",
            ),
            (
                "I found it rather poetic, the bit where Xi talked about humanity, so could you remind me what he urged humanity to do?",
                "what he urged humanity to do?",
            ),
            (
                "My granddaughter is studying abroad and I got curious, could you tell me what China promised?",
                "what China promised?",
            ),
            (
                "The article mentions a new platform to promote smooth trade and I'm wondering, what is that platform actually called?",
                "what is the new platform to promote smooth trade actually called?",
            ),
            (
                "I kept seeing the phrase 'law of the jungle' in the article and I didn't really get it, what did Xi want humanity to do instead of going back to it?",
                "what did Xi want humanity to do instead of going back to the law of the jungle?",
            ),
        ] {
            assert_eq!(
                after_chatty_lead_in(question).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for question in [
            "What did Xi say, and what did he promise?",
            "Xi, what did he say?",
            "In the speech about ties, trade and the future, did Xi mention trade?",
            "The treaty was signed in Astana, right?",
            "Besides the three centres, what else was launched at the summit, and what is it for?",
        ] {
            assert_eq!(after_chatty_lead_in(question), None, "{question}");
        }
    }

    /// Each question reads as the yes/no question given.
    fn assert_reads(cases: &[(&str, &str)]) {
        for (question, read) in cases {
            assert_eq!(
                as_yes_no_question(question).as_deref(),
                Some(*read),
                "{question}"
            );
        }
    }

    #[test]
    fn a_statement_with_a_closing_tag_is_a_yes_no_question() {
        assert_reads(&[
            (
                "The treaty commits them to temporary friendship, right?",
                "is it that The treaty commits them to temporary friendship?",
            ),
            (
                "Xi said the ties are 200 years old, is that correct?",
                "is it that Xi said the ties are 200 years old?",
            ),
            (
                "they signed it in Astana, didn't they?",
                "is it that they signed it in Astana?",
            ),
            (
                "xi went to astana is that right",
                "is it that xi went to astana?",
            ),
        ]);
    }

    #[test]
    fn a_reported_claim_before_a_tag_sentence_is_the_statement_checked() {
        assert_reads(&[
            (
                "I read that Xi promised 30,000 spots. Is that what the article says?",
                "is it that Xi promised 30,000 spots?",
            ),
            (
                "True or false: the treaty is legally binding",
                "is it that the treaty is legally binding?",
            ),
        ]);
    }

    #[test]
    fn an_opening_that_asks_whether_a_claim_holds_leaves_only_the_claim() {
        assert_reads(&[
            (
                "Is it true that the treaty was signed in Beijing?",
                "is it that the treaty was signed in Beijing?",
            ),
            (
                "isn't it the case that Xi went there",
                "is it that Xi went there",
            ),
            (
                "Is it true Xi said protectionism can help a country?",
                "is it that Xi said protectionism can help a country?",
            ),
            (
                "Is true that the presidents have liked the platform?",
                "is it that the presidents have liked the platform?",
            ),
            (
                "Is it not true that Xi said the ties are only decades old?",
                "is it that Xi said the ties are only decades old?",
            ),
            (
                "Is it accurate to say the treaty is legally binding?",
                "is it that the treaty is legally binding?",
            ),
            (
                "Is it fair to say that the grant is for livelihood projects?",
                "is it that the grant is for livelihood projects?",
            ),
        ]);
        // What follows goes on about the "it": no claim.
        for question in [
            "Is it true or false?",
            "is it true for every country in the region",
        ] {
            assert_eq!(as_yes_no_question(question), None, "{question}");
        }
    }

    #[test]
    fn a_cleft_question_asks_whether_its_focus_did_it() {
        assert_reads(&[
            (
                "Was it Xi who called China a dependable friend?",
                "is it that Xi called China a dependable friend?",
            ),
            (
                "Was it the president of Kazakhstan who credited the success to trust?",
                "is it that the president of Kazakhstan credited the success to trust?",
            ),
            (
                "is it in Astana that the treaty was signed",
                "is it that in Astana the treaty was signed",
            ),
        ]);
        // An indefinite noun with a relative clause says what "it" is.
        for question in [
            "Was it signed in Astana?",
            "Is it a grant that must be repaid?",
        ] {
            assert_eq!(as_yes_no_question(question), None, "{question}");
        }
    }

    #[test]
    fn a_yes_no_question_with_a_tag_keeps_its_own_wording() {
        assert_reads(&[("Is it a grant, right?", "Is it a grant?")]);
    }

    #[test]
    fn questions_without_a_tag_are_left_alone() {
        for question in [
            "Is that right?",
            "Who was right?",
            "What is the right answer?",
            "Which side is correct",
            "I read that the treaty was signed",
            "Did they sign it, yes or no?",
            "who hosts next, right?",
            "Name the five countries.",
            "the treaty is legally binding",
        ] {
            assert_eq!(as_yes_no_question(question), None, "{question}");
        }
    }
}
