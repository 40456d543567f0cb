//! Properties of grading that must hold for every input, checked with
//! proptest, and checks against the curated fact base.

use proptest::prelude::*;

use crate::facts::{AnswerKind, FactBase};
use crate::question::{AnswerKey, Choice, Difficulty, Question, QuestionKind, label_for};

use super::{accepts, grade};

const KINDS: [AnswerKind; 10] = [
    AnswerKind::Person,
    AnswerKind::Place,
    AnswerKind::Organization,
    AnswerKind::Number,
    AnswerKind::Money,
    AnswerKind::DateTime,
    AnswerKind::Duration,
    AnswerKind::List,
    AnswerKind::Concept,
    AnswerKind::Event,
];

/// Realistic answers from the article, with their aliases and items.
const FIXTURES: &[(&str, &[&str], AnswerKind, &[&str])] = &[
    ("Astana", &[], AnswerKind::Place, &[]),
    ("Tuesday", &[], AnswerKind::DateTime, &[]),
    ("3,000", &[], AnswerKind::Number, &[]),
    (
        "1.5 billion yuan",
        &["$209 million"],
        AnswerKind::Money,
        &[],
    ),
    ("over 2,000 years", &[], AnswerKind::Duration, &[]),
    ("two years", &[], AnswerKind::Duration, &[]),
    ("second", &[], AnswerKind::Number, &[]),
    ("Xi Jinping", &[], AnswerKind::Person, &[]),
    (
        "fairness, justice, and mutual benefit",
        &[],
        AnswerKind::List,
        &["fairness", "justice", "mutual benefit"],
    ),
    (
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan",
        &[],
        AnswerKind::List,
        &[
            "Kazakhstan",
            "Kyrgyzstan",
            "Tajikistan",
            "Turkmenistan",
            "Uzbekistan",
        ],
    ),
    (
        "permanent good-neighborliness and friendly cooperation",
        &[],
        AnswerKind::Concept,
        &[],
    ),
    (
        "trade wars and protectionist policies",
        &[],
        AnswerKind::Concept,
        &[],
    ),
    ("law of the jungle", &[], AnswerKind::Concept, &[]),
    ("Astana Declaration", &[], AnswerKind::Event, &[]),
    ("no one", &[], AnswerKind::Concept, &[]),
];

fn question(key: AnswerKey, choices: Vec<Choice>, canonical: &str) -> Question {
    Question {
        id: "q".into(),
        kind: QuestionKind::ShortAnswer,
        difficulty: Difficulty::Medium,
        prompt: "?".into(),
        choices,
        matching_items: Vec::new(),
        answer_format: String::new(),
        topic: "t".into(),
        source_id: "s".into(),
        fact_ids: vec!["f".into()],
        fact_topics: Vec::new(),
        key,
        canonical_answer: canonical.into(),
        explanation: String::new(),
        citations: Vec::new(),
    }
}

fn text_key(expected: &str, aliases: &[String], kind: AnswerKind, items: &[String]) -> Question {
    let key = AnswerKey::Text {
        expected: expected.into(),
        aliases: aliases.to_vec(),
        former_names: Vec::new(),
        kind,
        items: items.to_vec(),
    };
    question(key, Vec::new(), expected)
}

fn fixture(index: usize) -> Question {
    let (expected, aliases, kind, items) = FIXTURES[index % FIXTURES.len()];
    let owned = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    text_key(expected, &owned(aliases), kind, &owned(items))
}

fn lettered(texts: &[String]) -> Vec<Choice> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| Choice {
            label: label_for(i),
            text: text.clone(),
        })
        .collect()
}

fn option_questions(texts: &[String], correct: usize) -> Vec<Question> {
    let n = texts.len();
    vec![
        question(AnswerKey::Single { correct }, lettered(texts), "x"),
        question(
            AnswerKey::Multi {
                correct: vec![0, correct],
            },
            lettered(texts),
            "x",
        ),
        question(
            AnswerKey::Pairs {
                pairs: (0..n).rev().collect(),
            },
            lettered(texts),
            "x",
        ),
    ]
}

/// Option texts that look like labels, numbers or short words: "e-commerce",
/// "a", "b c", "2,000", "trade".
const OPTION_TEXT: &str = "([a-eA-E]|[0-9]{1,5}|[a-e]-[a-z]{2,8}|[a-z]{2,10})( [a-e]| [a-z]{3,9})?";

/// Arbitrary learner input: any Unicode, plus answer-like text.
fn any_answer() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,80}",
        "[a-dA-D0-9 ,;/()\\-:=>]{0,20}",
        "(not |either |over |about |\\$|¥)?[0-9][0-9,. ]{0,12}(k|m|bn| billion| million| yuan| years)?",
        "[A-Za-z' ]{0,30}( or | and |, |/)[A-Za-z ]{0,20}",
    ]
}

fn assert_well_formed(grade: &crate::question::Grade) {
    assert!((0.0..=1.0).contains(&grade.score), "score {}", grade.score);
    assert_eq!(grade.correct, grade.score == 1.0);
    assert!(!grade.feedback.trim().is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn grading_a_typed_answer_never_panics_and_stays_in_range(index in 0usize..100, answer in any_answer()) {
        let grade = grade(&fixture(index), &answer);
        assert_well_formed(&grade);
    }

    #[test]
    fn grading_an_option_answer_never_panics_and_stays_in_range(
        texts in prop::collection::vec("\\PC{0,20}", 1..6),
        correct in 0usize..6,
        answer in any_answer(),
    ) {
        let correct = correct % texts.len();
        for question in option_questions(&texts, correct) {
            assert_well_formed(&grade(&question, &answer));
        }
    }

    #[test]
    fn arbitrary_keys_never_panic(
        expected in "\\PC{0,40}",
        aliases in prop::collection::vec("\\PC{0,20}", 0..3),
        items in prop::collection::vec("\\PC{0,15}", 0..4),
        kind in 0usize..KINDS.len(),
        answer in any_answer(),
        prompt in "\\PC{0,20}(_____)?\\PC{0,20}",
    ) {
        let mut question = text_key(&expected, &aliases, KINDS[kind], &items);
        question.prompt = prompt;
        assert_well_formed(&grade(&question, &answer));
    }

    #[test]
    fn the_canonical_answer_and_every_alias_always_get_full_credit(
        expected in "[A-Za-z0-9$,.' -]{1,40}",
        aliases in prop::collection::vec("[A-Za-z0-9$,. -]{1,30}", 0..3),
        kind in 0usize..KINDS.len(),
    ) {
        prop_assume!(!expected.trim().is_empty());
        let question = text_key(&expected, &aliases, KINDS[kind], &[]);
        for answer in std::iter::once(&expected).chain(aliases.iter().filter(|a| !a.trim().is_empty())) {
            let grade = grade(&question, answer);
            prop_assert!(grade.correct, "{answer:?} for {expected:?}: {}", grade.feedback);
        }
    }

    #[test]
    fn fixture_answers_and_aliases_in_any_case_get_full_credit(index in 0usize..100, upper in any::<bool>()) {
        let (expected, aliases, _, _) = FIXTURES[index % FIXTURES.len()];
        let question = fixture(index);
        for answer in std::iter::once(expected).chain(aliases.iter().copied()) {
            let typed = if upper { answer.to_uppercase() } else { format!("  {answer}. ") };
            let grade = grade(&question, &typed);
            prop_assert!(grade.correct, "{typed:?}: {}", grade.feedback);
        }
    }

    #[test]
    fn the_right_label_always_wins_for_single_keys(
        texts in prop::collection::vec(prop_oneof!["\\PC{0,20}", OPTION_TEXT], 2..6),
        correct in 0usize..6,
        dress in 0usize..6,
    ) {
        let correct = correct % texts.len();
        let label = label_for(correct);
        let typed = match dress {
            0 => label.clone(),
            1 => label.to_lowercase(),
            2 => format!("({})", label.to_lowercase()),
            3 => format!("{label})"),
            4 => format!("option {label}"),
            _ => format!("{label}."),
        };
        let question = question(AnswerKey::Single { correct }, lettered(&texts), "x");
        let grade = grade(&question, &typed);
        prop_assert!(grade.correct, "{typed:?} for {texts:?}: {}", grade.feedback);
    }

    #[test]
    fn the_exact_set_of_labels_always_wins_for_multi_keys(
        texts in prop::collection::vec(OPTION_TEXT, 2..6),
        picks in prop::collection::btree_set(0usize..6, 1..4),
        separator in prop::sample::select(vec![", ", " ", "", " and ", ";"]),
    ) {
        let n = texts.len();
        let correct: Vec<usize> = picks
            .into_iter()
            .map(|p| p % n)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let typed = correct.iter().map(|i| label_for(*i)).collect::<Vec<_>>().join(separator);
        let question = question(AnswerKey::Multi { correct: correct.clone() }, lettered(&texts), "x");
        let grade = grade(&question, &typed);
        prop_assert!(grade.correct, "{typed:?}: {}", grade.feedback);
    }

    #[test]
    fn the_right_pairs_always_win_for_matching_keys(
        pairs in Just((0usize..4).collect::<Vec<_>>()).prop_shuffle(),
        style in 0usize..3,
        texts in prop::collection::vec(OPTION_TEXT, 4),
    ) {
        let typed = match style {
            0 => pairs.iter().enumerate().map(|(i, p)| format!("{}-{}", i + 1, label_for(*p))).collect::<Vec<_>>().join(" "),
            1 => pairs.iter().enumerate().map(|(i, p)| format!("{}{}", i + 1, label_for(*p))).collect::<Vec<_>>().join(", "),
            _ => pairs.iter().map(|p| label_for(*p)).collect::<String>(),
        };
        let question = question(AnswerKey::Pairs { pairs: pairs.clone() }, lettered(&texts), "x");
        let grade = grade(&question, &typed);
        prop_assert!(grade.correct, "{typed:?}: {}", grade.feedback);
    }

    #[test]
    fn accepts_agrees_with_grade_on_text_keys(index in 0usize..100, answer in any_answer(), use_fixture_answer in any::<bool>()) {
        let (expected, aliases, kind, _) = FIXTURES[index % FIXTURES.len()];
        let aliases: Vec<String> = aliases.iter().map(|a| a.to_string()).collect();
        let answer = if use_fixture_answer { format!("{expected} {answer}") } else { answer };
        let question = text_key(expected, &aliases, kind, &[]);
        prop_assert_eq!(accepts(expected, &aliases, kind, &answer), grade(&question, &answer).correct);
    }

    #[test]
    fn a_different_number_is_never_a_typo(value in 1u32..100_000, delta in 1u32..10) {
        let expected = value.to_string();
        let other = (value + delta).to_string();
        prop_assert!(!accepts(&expected, &[], AnswerKind::Number, &other));
        let (expected_years, other_years) = (format!("{expected} years"), format!("{other} years"));
        prop_assert!(!accepts(&expected_years, &[], AnswerKind::Duration, &other_years));
    }
}

#[test]
fn every_curated_answer_and_alias_gets_full_credit() {
    let base = FactBase::embedded().expect("embedded facts are valid");
    for fact in base.facts() {
        for answer in fact.accepted_answers() {
            let question = text_key(&fact.answer, &fact.aliases, fact.answer_kind, &fact.items);
            let grade = grade(&question, answer);
            assert!(
                grade.correct,
                "{}: {answer:?} scored {} ({})",
                fact.id, grade.score, grade.feedback
            );
        }
    }
}

#[test]
fn no_curated_distractor_is_accepted_as_a_right_answer() {
    let base = FactBase::embedded().expect("embedded facts are valid");
    for fact in base.facts() {
        for distractor in &fact.distractors {
            assert!(
                !accepts(&fact.answer, &fact.aliases, fact.answer_kind, distractor),
                "{}: distractor {distractor:?} is accepted for {:?}",
                fact.id,
                fact.answer
            );
        }
    }
}

/// Words to slip on: dictionary words whose one- and two-letter slips land
/// on other words ("law", "jungle"), in a family ("reduction") or nowhere.
const SLIPPED_WORDS: &[&str] = &[
    "astana",
    "jungle",
    "law",
    "reduction",
    "reducing",
    "neighbors",
    "policies",
    "global",
    "projects",
    "protests",
    "tuesday",
    "thursday",
    "trade",
    "this",
    "second",
    "volatile",
    "comprehensive",
    "five",
];

/// `word` with up to two random edits: a deletion, an insertion, a
/// substitution or a swap of neighbours, each at a position taken modulo
/// the word's length.
fn slipped(word: &str, edits: &[(u8, usize, char)]) -> String {
    let mut letters: Vec<char> = word.chars().collect();
    for &(op, at, letter) in edits {
        let at = at % (letters.len() + 1);
        match op % 4 {
            0 if at < letters.len() => {
                letters.remove(at);
            }
            1 => letters.insert(at, letter),
            2 if at < letters.len() => letters[at] = letter,
            3 if at + 1 < letters.len() => letters.swap(at, at + 1),
            _ => {}
        }
    }
    letters.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn the_quick_slip_test_agrees_with_the_full_word_match(
        expected in prop::sample::select(SLIPPED_WORDS),
        edits in prop::collection::vec((any::<u8>(), 0usize..16, prop::char::range('a', 'z')), 0..3),
        other in prop::sample::select(SLIPPED_WORDS),
        against_other in any::<bool>(),
    ) {
        let candidate = slipped(if against_other { other } else { expected }, &edits);
        prop_assert_eq!(
            super::words::is_typo(expected, &candidate),
            super::words::match_word(expected, &candidate) == Some(super::words::WordMatch::Typo),
            "{} against {}", expected, candidate
        );
    }
}
