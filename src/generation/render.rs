//! Rendering one question from its spec. Deterministic: the same spec and
//! fact base always give the same question, which is what makes question ids
//! stateless.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::facts::{AnswerKind, Fact, FactBase, Rivals};
use crate::grading;
use crate::question::{AnswerKey, Choice, Difficulty, Question, QuestionKind, label_for};
use crate::question_id::QuestionSpec;

use super::QuestionBank;
use super::distractors;
use super::review::Extras;
use crate::quality::Flaw;

/// The blank shown in fill-in-the-blank prompts.
pub const BLANK: &str = "_____";
/// Options in a multiple-choice question.
pub const MULTIPLE_CHOICE_OPTIONS: usize = 4;
/// Pairs in a matching question, by difficulty.
pub fn matching_pairs(difficulty: Difficulty) -> usize {
    match difficulty {
        Difficulty::Easy => 3,
        Difficulty::Medium => 4,
        Difficulty::Hard => 5,
    }
}

/// Why a spec did not render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// The spec names a fact set or fact this base does not have.
    Unknown(String),
    /// The facts cannot support this kind (too few verified distractors, an
    /// open fact, a list where a single answer is needed...).
    NotApplicable,
}

/// Renders the question a spec describes, refusing it when the
/// item-writing-flaw checks find anything (the generator then draws
/// another candidate).
pub fn render(bank: &QuestionBank, spec: &QuestionSpec) -> Result<Question, RenderError> {
    let (question, flaws) = render_with_flaws(bank, spec)?;
    if flaws.is_empty() {
        Ok(question)
    } else {
        Err(RenderError::NotApplicable)
    }
}

/// Renders a spec without the flaw gate, returning the flaws found.
pub fn render_with_flaws(
    bank: &QuestionBank,
    spec: &QuestionSpec,
) -> Result<(Question, Vec<Flaw>), RenderError> {
    let base = bank.facts();
    let facts = spec
        .facts
        .iter()
        .map(|&index| base.facts().get(usize::from(index)))
        .collect::<Option<Vec<&Fact>>>()
        .ok_or_else(|| RenderError::Unknown("it names a fact this fact set lacks".into()))?;
    let main = *facts.first().ok_or(RenderError::NotApplicable)?;
    let main_index = usize::from(spec.facts[0]);
    // Eligibility is decided in one place, for drawing and rebuilding alike.
    let single_fact = facts.len() == 1;
    if (spec.kind == QuestionKind::Matching) == single_fact || !bank.suits(main_index, spec.kind) {
        return Err(RenderError::NotApplicable);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(u64::from(spec.seed));
    let draft = match spec.kind {
        QuestionKind::MultipleChoice => {
            multiple_choice(bank, main_index, spec.difficulty, &mut rng)?
        }
        QuestionKind::TrueFalse => true_false(bank, main_index, spec.difficulty, &mut rng)?,
        QuestionKind::FillInTheBlank => {
            fill_in_the_blank(base, main, &base.rivals(main), &mut rng)?
        }
        QuestionKind::ShortAnswer => short_answer(main, &base.rivals(main), &mut rng),
        QuestionKind::MultiSelect => multi_select(bank, main_index, spec.difficulty, &mut rng)?,
        QuestionKind::Matching => matching(bank, &spec.facts, &facts, spec.difficulty, &mut rng)?,
    };
    let swapped = draft.swapped.clone();
    let question = Question {
        id: base
            .encode_spec(spec)
            .ok_or_else(|| RenderError::Unknown("it names a fact this fact set lacks".into()))?,
        kind: spec.kind,
        difficulty: spec.difficulty,
        prompt: draft.prompt,
        choices: draft
            .options
            .into_iter()
            .enumerate()
            .map(|(index, text)| Choice {
                label: label_for(index),
                text,
            })
            .collect(),
        matching_items: draft.matching_items,
        answer_format: draft.answer_format,
        topic: main.topic.clone(),
        source_id: main.source_id.clone(),
        fact_ids: facts.iter().map(|fact| fact.id.clone()).collect(),
        fact_topics: facts.iter().map(|fact| fact.topic.clone()).collect(),
        key: draft.key,
        canonical_answer: draft.canonical_answer,
        explanation: draft.explanation,
        citations: facts.iter().map(|fact| fact.citation.clone()).collect(),
    };
    let flaws = bank.flaws_of(&spec.facts, &facts, &question, &Extras { swapped });
    Ok((question, flaws))
}

/// The kind-specific parts of a question.
struct Draft {
    prompt: String,
    options: Vec<String>,
    matching_items: Vec<String>,
    answer_format: String,
    key: AnswerKey,
    canonical_answer: String,
    explanation: String,
    /// The value swapped into a false statement, and whether the article's
    /// world has it.
    swapped: Option<(String, bool)>,
}

/// "The article says (sentence 2): “…”" — every verdict quotes its source.
fn quote(fact: &Fact) -> String {
    format!(
        "The article says ({}): “{}”",
        fact.citation.place(),
        fact.citation.text
    )
}

/// One of the fact's question wordings, rotating with the seed.
fn wording<'a>(fact: &'a Fact, rng: &mut impl Rng) -> &'a str {
    let index = rng.random_range(0..fact.questions.len().max(1));
    fact.questions.get(index).map_or("", String::as_str)
}

/// Shuffles `right` in among `wrong` with the right one at a uniformly
/// random position; returns the options and that position.
fn place_answer(right: String, mut wrong: Vec<String>, rng: &mut impl Rng) -> (Vec<String>, usize) {
    wrong.shuffle(rng);
    let position = rng.random_range(0..=wrong.len());
    wrong.insert(position, right);
    (wrong, position)
}

fn multiple_choice(
    bank: &QuestionBank,
    index: usize,
    difficulty: Difficulty,
    rng: &mut impl Rng,
) -> Result<Draft, RenderError> {
    let fact = &bank.facts().facts()[index];
    let prompt = wording(fact, rng).to_string();
    let candidates = same_tone(bank, bank.distractors(index, false), &[&fact.answer], 3);
    let wrong = distractors::pick(
        &candidates,
        MULTIPLE_CHOICE_OPTIONS - 1,
        difficulty,
        &fact.answer,
        rng,
    );
    if wrong.len() < MULTIPLE_CHOICE_OPTIONS - 1 {
        return Err(RenderError::NotApplicable);
    }
    let (options, correct) = place_answer(fact.answer.clone(), wrong, rng);
    Ok(Draft {
        prompt,
        canonical_answer: format!("{}. {}", label_for(correct), fact.answer),
        options,
        matching_items: Vec::new(),
        answer_format: "Type the letter of one option (A-D), its number, or its text.".into(),
        key: AnswerKey::Single { correct },
        explanation: quote(fact),
        swapped: None,
    })
}

fn true_false(
    bank: &QuestionBank,
    index: usize,
    difficulty: Difficulty,
    rng: &mut impl Rng,
) -> Result<Draft, RenderError> {
    let fact = &bank.facts().facts()[index];
    let is_true = rng.random_bool(0.5);
    let true_claim = fact.claim_with(&fact.answer);
    let (claim, swapped) = if is_true {
        (true_claim.clone(), None)
    } else {
        let (claim, value) = false_claim(bank, index, difficulty, rng)?;
        // Looked up, not assumed, so the flaw check sees the record.
        let for_items = fact.answer_kind == AnswerKind::List;
        let in_world = bank
            .distractors(index, for_items)
            .iter()
            .any(|d| d.text == value && super::believable_swap(fact, d));
        (claim, Some((value, in_world)))
    };
    let (canonical_answer, explanation) = if is_true {
        ("A. True".to_string(), quote(fact))
    } else {
        (
            format!("B. False: {true_claim}"),
            format!("{true_claim} {}", quote(fact)),
        )
    };
    Ok(Draft {
        prompt: format!("True or false? {claim}"),
        options: vec!["True".into(), "False".into()],
        matching_items: Vec::new(),
        answer_format: "Type true or false (or A / B).".into(),
        key: AnswerKey::Single {
            correct: usize::from(!is_true),
        },
        canonical_answer,
        explanation,
        swapped,
    })
}

/// The claim with one verified-wrong value swapped in: the whole answer for
/// single facts, one item for list facts ("…Kazakhstan, Mongolia, …").
/// Only values of the article's own world are swapped in: another fact's
/// value, a phrase the article uses, or a perturbed number. Returns the
/// claim and the value swapped in.
fn false_claim(
    bank: &QuestionBank,
    index: usize,
    difficulty: Difficulty,
    rng: &mut impl Rng,
) -> Result<(String, String), RenderError> {
    let base = bank.facts();
    let fact = &base.facts()[index];
    let worldly = |for_items: bool| -> Vec<distractors::Distractor> {
        bank.distractors(index, for_items)
            .iter()
            .filter(|d| super::believable_swap(fact, d))
            .cloned()
            .collect()
    };
    if fact.answer_kind == AnswerKind::List {
        let replaced_index = rng.random_range(0..fact.items.len());
        let replaced = &fact.items[replaced_index];
        let candidates = worldly(true);
        let wrong = distractors::pick(&candidates, 1, difficulty, replaced, rng);
        let swap = wrong.first().ok_or(RenderError::NotApplicable)?;
        let answer = fact.answer.replacen(replaced.as_str(), swap, 1);
        if answer == fact.answer {
            return Err(RenderError::NotApplicable);
        }
        return Ok((fact.claim_with(&answer), swap.clone()));
    }
    let candidates = worldly(false);
    let wrong = distractors::pick(&candidates, 1, difficulty, &fact.answer, rng);
    let swap = wrong.first().ok_or(RenderError::NotApplicable)?;
    Ok((fact.claim_with(swap), swap.clone()))
}

/// The candidates sharing the tone of the right options (when all of
/// those share one), so tone never tells right from wrong; all candidates
/// when fewer than `needed` share it.
fn same_tone(
    bank: &QuestionBank,
    candidates: &[distractors::Distractor],
    rights: &[&str],
    needed: usize,
) -> Vec<distractors::Distractor> {
    let base = bank.facts();
    let tones: std::collections::BTreeSet<_> =
        rights.iter().map(|text| base.polarity(text)).collect();
    let matching: Vec<distractors::Distractor> = candidates
        .iter()
        .filter(|d| tones.contains(&d.polarity))
        .cloned()
        .collect();
    if matching.len() >= needed {
        matching
    } else {
        candidates.to_vec()
    }
}

/// Finds the one occurrence of `needle` in `haystack`, ignoring case, as a
/// byte range on char boundaries. None when it is missing or occurs twice
/// (a second occurrence would give the blank away).
fn find_span(haystack: &str, needle: &str) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let lower_needle = needle.to_lowercase();
    let starts: Vec<usize> = haystack
        .char_indices()
        .map(|(start, _)| start)
        .filter(|&start| {
            haystack
                .get(start..start + needle.len())
                .is_some_and(|window| window.to_lowercase() == lower_needle)
        })
        .collect();
    match starts.as_slice() {
        [start] => Some((*start, start + needle.len())),
        _ => None,
    }
}

/// The aliases a cloze accepts. Its instruction asks a number's blank for
/// "a number" or "an ordinal number": a wording that is no number ("next"
/// for "third") answers the sentence but not the instruction, so it is
/// left out.
fn aliases_for_the_blank(fact: &Fact) -> Vec<String> {
    let mut aliases = fact.aliases.clone();
    if fact.answer_kind == AnswerKind::Number {
        aliases.retain(|alias| crate::numbers::parse_quantity(alias).is_some());
    }
    aliases
}

/// True for a number the data marks as an ordinal ("second", "3rd").
fn is_ordinal(fact: &Fact) -> bool {
    fact.form.as_deref() == Some("ordinal")
}

/// What a cloze's instruction says the blank wants ("a number", "the name
/// of a city"), or None for a concept the sentence's own words type.
///
/// Any other kind of answer is an adjunct or a named thing that another
/// phrase of the sentence can fill as well ("will be provided ___": "this
/// year", or "for development projects"), so the blank always names its
/// sort. The sort comes from the answer kind, or for a listed place from
/// the data's sort of it.
fn answer_sort(base: &FactBase, fact: &Fact, rivals: &Rivals) -> Option<String> {
    let named = |thing: &str| {
        let article = if thing.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("the name of {article} {thing}")
    };
    match fact.answer_kind {
        AnswerKind::Concept | AnswerKind::List => None,
        AnswerKind::Place => {
            let sort = match (&rivals.ruled_out_by, rivals.values.is_empty()) {
                (Some(sort), false) => Some(sort.as_str()),
                _ => base.place_sort(&fact.answer),
            };
            Some(named(sort.unwrap_or("place")))
        }
        AnswerKind::Person => Some(named("person")),
        AnswerKind::Organization => Some(named("organization")),
        AnswerKind::Event => Some(named("event")),
        // "Fill in with a number" for "the ___ summit" invites "3", which
        // the sentence cannot take.
        // The grader takes "third", "3rd" and "3" alike.
        AnswerKind::Number if is_ordinal(fact) => {
            Some("an ordinal number, in words or digits".into())
        }
        AnswerKind::Number => Some("a number".into()),
        AnswerKind::Money => Some("an amount of money".into()),
        AnswerKind::DateTime => Some("a time or date".into()),
        AnswerKind::Duration => Some("a length of time".into()),
    }
}

fn fill_in_the_blank(
    base: &FactBase,
    fact: &Fact,
    rivals: &Rivals,
    rng: &mut impl Rng,
) -> Result<Draft, RenderError> {
    let (blanked, aliases, former_names) = if fact.answer_kind == AnswerKind::List {
        let index = rng.random_range(0..fact.items.len());
        (fact.items[index].clone(), Vec::new(), Vec::new())
    } else {
        (
            fact.answer.clone(),
            aliases_for_the_blank(fact),
            fact.former_names.clone(),
        )
    };
    let (start, end) = find_span(&fact.statement, &blanked).ok_or(RenderError::NotApplicable)?;
    let expected = fact.statement[start..end].to_string();
    let instruction = match answer_sort(base, fact, rivals) {
        Some(sort) => format!("Fill in the blank with {sort}"),
        None => "Fill in the blank".to_string(),
    };
    let prompt = format!(
        "{instruction}: {}{BLANK}{}",
        &fact.statement[..start],
        &fact.statement[end..]
    );
    let kind = if fact.answer_kind == AnswerKind::List {
        AnswerKind::Concept
    } else {
        fact.answer_kind
    };
    Ok(Draft {
        prompt,
        options: Vec::new(),
        matching_items: Vec::new(),
        answer_format: "Type the missing words.".into(),
        canonical_answer: expected.clone(),
        key: AnswerKey::Text {
            expected,
            aliases,
            former_names,
            kind,
            items: Vec::new(),
        },
        explanation: quote(fact),
        swapped: None,
    })
}

fn short_answer(fact: &Fact, rivals: &Rivals, rng: &mut impl Rng) -> Draft {
    let answer_format = match fact.answer_kind {
        AnswerKind::List => match fact.items.len() {
            2 => "Name both items, separated by a comma or \"and\".".to_string(),
            n => format!("Name all {n} items, separated by commas."),
        },
        AnswerKind::Number if is_ordinal(fact) => {
            "Type an ordinal number, in words or digits (e.g. 1st).".into()
        }
        AnswerKind::Number | AnswerKind::Money | AnswerKind::Duration => {
            "Type a number or amount, in digits or words.".into()
        }
        _ => "Type a short answer (a few words).".into(),
    };
    // Where a word rules out the slot's rivals ("Which city…"), only the
    // wordings that use it are fair.
    let ruling: Vec<&String> = match &rivals.ruled_out_by {
        Some(word) if !rivals.values.is_empty() => fact
            .questions
            .iter()
            .filter(|q| crate::text::contains_phrase(q, word))
            .collect(),
        _ => Vec::new(),
    };
    let prompt = if ruling.is_empty() {
        wording(fact, rng).to_string()
    } else {
        ruling[rng.random_range(0..ruling.len())].clone()
    };
    Draft {
        prompt,
        options: Vec::new(),
        matching_items: Vec::new(),
        answer_format,
        canonical_answer: fact.answer.clone(),
        key: AnswerKey::Text {
            expected: fact.answer.clone(),
            aliases: fact.aliases.clone(),
            former_names: fact.former_names.clone(),
            kind: fact.answer_kind,
            items: fact.items.clone(),
        },
        explanation: quote(fact),
        swapped: None,
    }
}

fn multi_select(
    bank: &QuestionBank,
    index: usize,
    difficulty: Difficulty,
    rng: &mut impl Rng,
) -> Result<Draft, RenderError> {
    let fact = &bank.facts().facts()[index];
    let total = if difficulty == Difficulty::Hard { 6 } else { 5 };
    let right_count = rng.random_range(2..=fact.items.len().min(total - 2));
    let mut right: Vec<String> = fact.items.clone();
    right.shuffle(rng);
    right.truncate(right_count);
    let rights: Vec<&str> = right.iter().map(String::as_str).collect();
    let candidates = same_tone(bank, bank.distractors(index, true), &rights, 2);
    // Among condemned things every one is "to be avoided": a sibling the
    // article also condemns would be a second right answer.
    let negative = rights
        .iter()
        .all(|text| bank.facts().polarity(text) == crate::quality::Polarity::Negative);
    // A wrong option whose words lie inside a right one's, or the other way
    // round ("mutual benefit" beside "benefit" from "mutual respect, trust,
    // benefit"), can be defended as right.
    let right_stems: Vec<_> = rights
        .iter()
        .map(|text| crate::quality::content_stems(text))
        .collect();
    let restates_right = |text: &str| {
        let stems = crate::quality::content_stems(text);
        right_stems
            .iter()
            .any(|right| stems.is_subset(right) || right.is_subset(&stems))
    };
    let candidates: Vec<distractors::Distractor> = candidates
        .into_iter()
        .filter(|d| !(restates_right(&d.text) || negative && d.sibling))
        .collect();
    // Wrong options taken from the article itself are the tempting ones.
    let from_article: Vec<distractors::Distractor> =
        candidates.iter().filter(|d| d.in_world).cloned().collect();
    let candidates = if from_article.len() >= 2 {
        from_article
    } else {
        candidates
    };
    let reference = right.first().map_or("", String::as_str);
    let wrong = distractors::pick(&candidates, total - right_count, difficulty, reference, rng);
    if wrong.len() < 2 {
        return Err(RenderError::NotApplicable);
    }
    let mut options: Vec<(String, bool)> = right
        .into_iter()
        .map(|item| (item, true))
        .chain(wrong.into_iter().map(|item| (item, false)))
        .collect();
    options.shuffle(rng);
    let correct: Vec<usize> = options
        .iter()
        .enumerate()
        .filter(|(_, (_, is_right))| *is_right)
        .map(|(index, _)| index)
        .collect();
    let canonical_answer = correct
        .iter()
        .map(|&index| format!("{}. {}", label_for(index), options[index].0))
        .collect::<Vec<_>>()
        .join("; ");
    Ok(Draft {
        prompt: format!("{} Select all that apply.", wording(fact, rng)),
        options: options.into_iter().map(|(text, _)| text).collect(),
        matching_items: Vec::new(),
        answer_format: "Type the letters of every right option, e.g. A, C.".into(),
        key: AnswerKey::Multi { correct },
        canonical_answer,
        explanation: quote(fact),
        swapped: None,
    })
}

/// True when two facts can sit in one matching question: their answers must
/// be told apart by the grader in both directions, and neither item may
/// give the other's answer away ("How many training opportunities…" next
/// to "What type of opportunities did Xi announce 3,000 of…").
pub fn can_pair(a: &Fact, b: &Fact) -> bool {
    let gives_away = |item: &Fact, other: &Fact| {
        item.questions
            .iter()
            .any(|wording| crate::text::contains_phrase(wording, &other.answer))
    };
    // Two answers about one topic that share a content word ("friendly
    // cooperation", "cooperation in the region") invite a swapped pairing a
    // learner could defend.
    let overlapping = a.topic == b.topic
        && !crate::quality::content_stems(&a.answer)
            .is_disjoint(&crate::quality::content_stems(&b.answer));
    let both_by_phrase = answered_by_collocation(a) && answered_by_collocation(b);
    a.id != b.id
        && !overlapping
        && !both_by_phrase
        && !grading::accepts(&a.answer, &a.aliases, a.answer_kind, &b.answer)
        && !grading::accepts(&b.answer, &b.aliases, b.answer_kind, &a.answer)
        && !gives_away(a, b)
        && !gives_away(b, a)
}

/// True when a concept answer is a modifier whose head word, right after
/// it in the statement, is named by one of the fact's own wordings ("What
/// kind of agreement is the treaty?", "legally binding", read off "legally
/// binding agreement"). Such an item can be paired with its answer from
/// the phrase alone; a matching set of them needs no article at all, so a
/// set holds at most one.
pub fn answered_by_collocation(fact: &Fact) -> bool {
    fact.answer_kind == AnswerKind::Concept
        && head_after_answer(fact).is_some_and(|head| {
            fact.questions
                .iter()
                .any(|wording| crate::quality::content_stems(wording).contains(&head))
        })
}

/// The stem of the content word right after the answer in the fact's
/// statement: the head a modifier answer qualifies.
fn head_after_answer(fact: &Fact) -> Option<String> {
    let statement = crate::text::words_keep_articles(&fact.statement);
    let answer = crate::text::words_keep_articles(&fact.answer);
    if answer.is_empty() {
        return None;
    }
    let at = statement
        .windows(answer.len())
        .position(|window| window == answer.as_slice())?;
    let next = statement.get(at + answer.len())?;
    crate::quality::content_stems(next).into_iter().next()
}

/// True when a fact can appear in a matching question at all.
pub fn matchable(fact: &Fact) -> bool {
    !fact.open && fact.answer_kind != AnswerKind::List && fact.answer.chars().count() <= 80
}

fn matching(
    bank: &QuestionBank,
    indices: &[u16],
    facts: &[&Fact],
    difficulty: Difficulty,
    rng: &mut impl Rng,
) -> Result<Draft, RenderError> {
    if facts.len() < 3 || facts.len() > 5 || facts.len() != matching_pairs(difficulty) {
        return Err(RenderError::NotApplicable);
    }
    for (i, (&a, fact)) in indices.iter().zip(facts).enumerate() {
        let clashes = indices[i + 1..]
            .iter()
            .any(|&b| !bank.can_pair(usize::from(a), usize::from(b)));
        if !matchable(fact) || clashes {
            return Err(RenderError::NotApplicable);
        }
    }
    let items: Vec<String> = facts
        .iter()
        .map(|fact| wording(fact, rng).to_string())
        .collect();
    let mut order: Vec<usize> = (0..facts.len()).collect();
    order.shuffle(rng);
    // order[choice] = the fact whose answer sits at that choice.
    let mut pairs = vec![0; facts.len()];
    for (choice, &fact_index) in order.iter().enumerate() {
        pairs[fact_index] = choice;
    }
    let options = order.iter().map(|&i| facts[i].answer.clone()).collect();
    let canonical_answer = pairs
        .iter()
        .enumerate()
        .map(|(item, &choice)| format!("{}-{}", item + 1, label_for(choice)))
        .collect::<Vec<_>>()
        .join(" ");
    let explanation = facts
        .iter()
        .enumerate()
        .map(|(item, fact)| format!("{}. {} {}", item + 1, fact.answer, quote(fact)))
        .collect::<Vec<_>>()
        .join("\n");
    Ok(Draft {
        prompt: format!(
            "Match each question (1-{}) with its answer (A-{}).",
            facts.len(),
            label_for(facts.len() - 1)
        ),
        options,
        matching_items: items,
        answer_format: "Pair each number with a letter, e.g. 1-B 2-A 3-C.".into(),
        key: AnswerKey::Pairs { pairs },
        canonical_answer,
        explanation,
        swapped: None,
    })
}

#[cfg(test)]
mod tests {
    use super::{aliases_for_the_blank, find_span};
    use crate::facts::{AnswerKind, FactBase};

    #[test]
    fn a_number_blank_accepts_only_the_aliases_that_are_numbers() {
        let base = FactBase::embedded().expect("the embedded facts load");
        let mut fact = base
            .facts()
            .iter()
            .find(|fact| fact.answer_kind == AnswerKind::Number)
            .expect("a number fact")
            .clone();
        fact.aliases = vec!["next".into(), "3rd".into(), "the following one".into()];
        assert_eq!(aliases_for_the_blank(&fact), vec!["3rd".to_string()]);
        fact.answer_kind = AnswerKind::Concept;
        assert_eq!(aliases_for_the_blank(&fact).len(), 3);
    }

    #[test]
    fn a_blank_span_is_found_once_ignoring_case() {
        assert_eq!(
            find_span("Signed in Astana today", "astana"),
            Some((10, 16))
        );
        assert_eq!(find_span("Astana and astana", "Astana"), None);
        assert_eq!(find_span("Astana", "Almaty"), None);
    }

    #[test]
    fn multibyte_text_never_splits_a_character() {
        assert_eq!(find_span("Évian in Ürümqi", "ürümqi"), Some((10, 18)));
        assert_eq!(find_span("ééé", "é"), None);
        assert_eq!(find_span("naïve ε", "ε"), Some((7, 9)));
    }
}
