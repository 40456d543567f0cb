//! The held-out typed answers of issue 8: typed by people who saw only the
//! article and the generated prompts, and judged right, partial or wrong by
//! them, before the grader was tuned on them. Each prompt is mapped back to
//! its question by regenerating the short-answer and fill-in-the-blank
//! questions of every fact. `cargo test --lib grading::heldout --
//! --nocapture` prints the figures and every disagreement.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::facts::{AnswerKind, FactBase};
use crate::generation::{GenerateRequest, QuestionBank};
use crate::question::{AnswerKey, Difficulty, Question, QuestionKind};

use super::grade;

const TYPED_JSON: &str = include_str!("../../tests/heldout/typed_answers.json");

#[derive(serde::Deserialize)]
struct TypedAnswer {
    prompt: String,
    expected: String,
    answer: String,
    verdict: String,
    why: String,
}

/// Seeds tried per fact, kind and difficulty to meet every wording.
const SEEDS: u64 = 48;

/// The questions behind `prompts`, found by regenerating every fact's typed
/// questions until each prompt has turned up.
fn questions_for(prompts: &[&str]) -> BTreeMap<String, Question> {
    let bank = QuestionBank::new(Arc::new(FactBase::embedded().expect("valid facts")));
    let mut found = BTreeMap::new();
    let ids: Vec<String> = bank.facts().facts().iter().map(|f| f.id.clone()).collect();
    'search: for seed in 0..SEEDS {
        for id in &ids {
            for kind in [QuestionKind::ShortAnswer, QuestionKind::FillInTheBlank] {
                for difficulty in Difficulty::ALL {
                    let request = GenerateRequest {
                        count: 1,
                        kinds: vec![kind],
                        fact_ids: vec![id.clone()],
                        difficulty,
                        seed,
                        ..GenerateRequest::default()
                    };
                    let Ok(generated) = bank.generate(&request) else {
                        continue;
                    };
                    for question in generated.questions {
                        if prompts.contains(&question.prompt.as_str()) {
                            found.entry(question.prompt.clone()).or_insert(question);
                        }
                    }
                }
            }
        }
        if found.len() == prompts.len() {
            break 'search;
        }
    }
    found
}

/// A typed question for a held-out prompt the generator no longer words
/// the same way (its templates and statements are edited by the question
/// reviews): the key is rebuilt from the fact whose answer, or one of whose
/// list items, the people were shown as expected, exactly as generation
/// keys a short answer or a cloze.
fn question_from_fact(bank: &QuestionBank, prompt: &str, expected: &str) -> Option<Question> {
    let facts = bank.facts().facts();
    // The answer as shown then, or (for answers reworded since) the fact
    // whose answer it contains, the longest such.
    let fact = facts
        .iter()
        .find(|fact| fact.answer == expected || fact.items.iter().any(|item| item == expected))
        .or_else(|| {
            facts
                .iter()
                .filter(|fact| crate::text::contains_phrase(expected, &fact.answer))
                .max_by_key(|fact| fact.answer.len())
        })?;
    let cloze = prompt.starts_with("Fill in the blank");
    let whole = !fact.items.iter().any(|item| item == expected);
    let mut question = Question {
        id: String::new(),
        kind: if cloze {
            QuestionKind::FillInTheBlank
        } else {
            QuestionKind::ShortAnswer
        },
        difficulty: Difficulty::Medium,
        prompt: String::new(),
        choices: Vec::new(),
        matching_items: Vec::new(),
        answer_format: String::new(),
        topic: fact.topic.clone(),
        source_id: fact.source_id.clone(),
        fact_ids: vec![fact.id.clone()],
        fact_topics: Vec::new(),
        key: AnswerKey::Text {
            expected: String::new(),
            aliases: Vec::new(),
            former_names: Vec::new(),
            kind: fact.answer_kind,
            items: Vec::new(),
        },
        canonical_answer: expected.to_string(),
        explanation: String::new(),
        citations: vec![fact.citation.clone()],
    };
    question.prompt = prompt.to_string();
    question.key = AnswerKey::Text {
        // A whole answer reworded since is keyed as the fact now words it,
        // with the wording people saw as an alias.
        expected: if whole {
            fact.answer.clone()
        } else {
            expected.to_string()
        },
        aliases: if whole {
            let mut aliases = fact.aliases.clone();
            if fact.answer != expected {
                aliases.push(expected.to_string());
            }
            aliases
        } else {
            Vec::new()
        },
        former_names: if whole {
            fact.former_names.clone()
        } else {
            Vec::new()
        },
        kind: if whole {
            fact.answer_kind
        } else {
            AnswerKind::Concept
        },
        items: if cloze || !whole {
            Vec::new()
        } else {
            fact.items.clone()
        },
    };
    Some(question)
}

/// Share of held-out typed answers the grader must judge as the people did
/// (335/351 after the grade6 round, with no false accept; 337/351 after
/// the grade7 round; 344/351 after the grade12 round).
const AGREEMENT_FLOOR: f64 = 0.980;

#[test]
fn the_grader_agrees_with_people_on_the_heldout_typed_answers() {
    let answers: Vec<TypedAnswer> = serde_json::from_str(TYPED_JSON).expect("held-out set parses");
    assert!(answers.len() >= 150);
    let mut prompts: Vec<&str> = answers.iter().map(|a| a.prompt.as_str()).collect();
    prompts.sort_unstable();
    prompts.dedup();
    let mut questions = questions_for(&prompts);
    let bank = QuestionBank::new(Arc::new(FactBase::embedded().expect("valid facts")));
    for item in &answers {
        if !questions.contains_key(&item.prompt)
            && let Some(question) = question_from_fact(&bank, &item.prompt, &item.expected)
        {
            questions.insert(item.prompt.clone(), question);
        }
    }
    let missing: Vec<&&str> = prompts
        .iter()
        .filter(|p| !questions.contains_key(**p))
        .collect();
    assert!(missing.is_empty(), "prompts not regenerated: {missing:?}");
    let (mut agreed, mut false_accepts, mut false_refusals) = (0, Vec::new(), Vec::new());
    for item in &answers {
        let question = &questions[&item.prompt];
        let graded = grade(question, &item.answer);
        // Only full credit counts as right, so "partial" and "wrong" both
        // ask for an answer not marked correct.
        let agrees = graded.correct == (item.verdict == "right");
        let line = format!(
            "  {:?} -> {:?} ({}, {}): graded {:.2} {:?}",
            item.expected, item.answer, item.verdict, item.why, graded.score, graded.feedback
        );
        if agrees {
            agreed += 1;
        } else if graded.correct {
            false_accepts.push(line);
        } else {
            false_refusals.push(line);
        }
    }
    let share = agreed as f64 / answers.len() as f64;
    println!(
        "Grading held-out: {agreed}/{} agree ({:.1} %), {} false accepts, {} false refusals",
        answers.len(),
        share * 100.0,
        false_accepts.len(),
        false_refusals.len()
    );
    for line in false_accepts.iter().chain(&false_refusals) {
        println!("{line}");
    }
    assert!(
        share >= AGREEMENT_FLOOR && false_accepts.is_empty(),
        "agreement {share:.3} (floor {AGREEMENT_FLOOR}), false accepts {false_accepts:?}"
    );
}

/// The fourth blind typed set: 439 answers to 56 generated short-answer and
/// fill-in-the-blank questions, keyed by question id, written and judged on
/// 2026-12-02 by people who saw only the article and the prompts, and
/// measured before anyone tuned on it (403/439, 2 false accepts); after the
/// grade3 round (general rules, tuned on it) 419/439 with none; 421/439
/// after the grade5 round; 425/439 with none after the grade6 round;
/// 427/439 after the grade7 round (rare-word slips, manner adverbs,
/// qualities above rare nouns, former names, spans of time); 436/439
/// after the grade12 round; 438/439 after the grade13 round.
const FRESH4_JSON: &str = include_str!("../../tests/heldout/typed_fresh4.json");
/// Share of the fourth set the grader must judge as the people did.
const FRESH4_AGREEMENT_FLOOR: f64 = 0.997;

#[derive(serde::Deserialize)]
struct TypedById {
    id: String,
    answer: String,
    verdict: String,
}

/// The fifth blind typed set: 464 answers to 60 generated short-answer and
/// fill-in-the-blank questions, written and judged on 2026-12-02 by people
/// who saw only the article and the prompts, never tuned on: 433/464 with
/// 3 false accepts before the grade3 round, 442/464 with 2 after it,
/// 446/464 with the same 2 after the grade5 round; 451/464 with none
/// after the grade6 round; 454/464 after the grade7 round; 461/464
/// after the grade12 round; 462/464 after the grade13 round; 461/464
/// once "diplomatic ties" for "decades of diplomatic ties" earned partial
/// credit (this set's judge called it right; four later judges, partial).
const FRESH5_JSON: &str = include_str!("../../tests/heldout/typed_fresh5.json");
/// Share of the fifth set the grader must judge as the people did.
const FRESH5_AGREEMENT_FLOOR: f64 = 0.993;

/// The sixth blind typed set: 467 answers to 60 generated short-answer and
/// fill-in-the-blank questions, written and judged on 2026-12-02 by people
/// who saw only the article and the prompts, never tuned on: 446/467 with
/// 2 false accepts, before and after the sixth round (which changed no
/// verdict); 450/467 with 1 after the grade5 round (tuned on it);
/// 455/467 with none after the grade6 round; 458/467 after grade7;
/// 465/467 after grade12; 466/467 after grade13; 467/467 after the ask50
/// round ("over two milennia").
const FRESH6_JSON: &str = include_str!("../../tests/heldout/typed_fresh6.json");
/// Share of the sixth set the grader must judge as the people did.
const FRESH6_AGREEMENT_FLOOR: f64 = 1.0;

/// The seventh blind typed set: 450 answers to 60 generated short-answer
/// and fill-in-the-blank questions, written and judged on 2026-12-02 by
/// people who saw only the article and the prompts, never tuned on:
/// 429/450 with 3 false accepts before the grade5 round, 431/450 with 3
/// after it, 437/450 with none after the grade6 round; 441/450 after
/// grade7; 447/450 after grade12; 448/450 after grade13; 447/450 once
/// "diplomatic ties" earned partial credit (see the fifth set).
const FRESH7_JSON: &str = include_str!("../../tests/heldout/typed_fresh7.json");
/// Share of the seventh set the grader must judge as the people did.
const FRESH7_AGREEMENT_FLOOR: f64 = 0.993;

/// The eighth blind typed set: 455 answers to 60 generated short-answer
/// and fill-in-the-blank questions (`review_sample --seed 20261502`),
/// written and judged on 2026-12-02 by people who saw only the article and
/// the prompts, never tuned on: 437/455 with 1 false accept ("Nur-Sultan",
/// the city's former name, for "Astana") before and after the grade6 round;
/// 438 once a three-letter function word took a slip that makes no word
/// ("ths year"), read off this set (spent since); 443/455 with none after
/// the grade7 round ("Nur-Sultan" is now data's former name, no alias);
/// 449/455 after the grade12 round.
const FRESH8_JSON: &str = include_str!("../../tests/heldout/typed_fresh8.json");
/// Share of the eighth set the grader must judge as the people did.
const FRESH8_AGREEMENT_FLOOR: f64 = 0.989;
/// False accepts the eighth set allows: none since the grade7 round.
const FRESH8_MOST_FALSE_ACCEPTS: usize = 0;

/// The ninth blind typed set: 468 answers (243 right, 225 wrong) to 60
/// generated short-answer and fill-in-the-blank questions
/// (`review_sample --seed 20261602`), written and judged on 2026-12-02 by
/// people who saw only the article and the prompts, never tuned on:
/// 459/468 (98.1 %) with no false accept before the grade7 round, 463/468
/// (98.9 %) with none after it, 468/468 after the grade12 round.
const FRESH9_JSON: &str = include_str!("../../tests/heldout/typed_fresh9.json");
/// Share of the ninth set the grader must judge as the people did.
const FRESH9_AGREEMENT_FLOOR: f64 = 1.0;

/// The tenth blind typed set: 471 answers (260 right, 211 wrong) to 60
/// generated short-answer and fill-in-the-blank questions
/// (`review_sample --seed 20261203`), written and judged on 2026-12-03 by
/// people who saw only the article and the prompts, never tuned on:
/// 462/471 (98.1 %), no false accept; the grader did not change after
/// until the grade12 round: 468/471; 469/471 after the grade13 round.
const FRESH10_JSON: &str = include_str!("../../tests/heldout/typed_fresh10.json");
/// Share of the tenth set the grader must judge as the people did.
const FRESH10_AGREEMENT_FLOOR: f64 = 0.997;

/// The eleventh blind typed set: 447 answers (248 right, 199 wrong) to 60
/// generated short-answer and fill-in-the-blank questions
/// (`review_sample --seed 20261211`), written and judged on 2026-12-02 by
/// people who saw only the article and the prompts, never tuned on:
/// 431/447 agree (96.4 %), 1 false accept, and the same after the ask11
/// round; 440/447 (98.4 %) with none after the grade12 round (tuned on
/// it); 442/447 (98.9 %) after the grade13 round.
const FRESH11_JSON: &str = include_str!("../../tests/heldout/typed_fresh11.json");
/// Share of the eleventh set the grader must judge as the people did.
const FRESH11_AGREEMENT_FLOOR: f64 = 0.993;

/// The twelfth blind typed set: 482 answers (249 right, 233 wrong) to 60
/// generated short-answer and fill-in-the-blank questions
/// (`review_sample --seed 20261312`), written and judged on 2026-12-03 by
/// people who saw only the article and the prompts, never tuned on:
/// 462/482 agree (95.9 %) with 2 false accepts before the grade12 round
/// (whose developer never saw it), 471/482 (97.7 %) with 2 false accepts
/// after; 474/482 (98.3 %) with none after the grade13 round (tuned on
/// it).
const FRESH12_JSON: &str = include_str!("../../tests/heldout/typed_fresh12.json");
/// Share of the twelfth set the grader must judge as the people did.
const FRESH12_AGREEMENT_FLOOR: f64 = 0.989;

/// The thirteenth blind typed set: 471 answers (240 right, 231 wrong) to 60
/// generated short-answer and fill-in-the-blank questions
/// (`review_sample --seed 20261401`), written and judged on 2026-12-03 by
/// people who saw only the article and the prompts, never tuned on:
/// 464/471 (98.5 %) with 1 false accept before the grade13 round (whose
/// developer never saw it), 466/471 (98.9 %) with none after.
const FRESH13_JSON: &str = include_str!("../../tests/heldout/typed_fresh13.json");
/// Share of the thirteenth set the grader must judge as the people did.
const FRESH13_AGREEMENT_FLOOR: f64 = 0.989;

/// The fourteenth blind typed set (480 answers to 60 short-answer and
/// fill-in prompts a server generated, written by a helper who saw only
/// the article and the prompts), never tuned on: 473/480 (98.5 %) with no
/// false accept when first scored.
const FRESH14_JSON: &str = include_str!("../../tests/heldout/typed_fresh14.json");
/// Share of the fourteenth set the grader must judge as the people did.
const FRESH14_AGREEMENT_FLOOR: f64 = 0.985;

/// The fifteenth blind typed set (288 answers to 36 short-answer and
/// fill-in prompts of `review_sample --seed 20261204`, written and judged
/// by a helper who saw only the article and the prompts): 285/288 (99.0 %)
/// when first scored, 286/288 (99.3 %) after "itself" became a frame word.
/// Its two false accepts are answers that drop a modifier ("diplomatic
/// ties", "uncertainty"), which this judge halves and the judges of sets
/// 5, 7, 10 and 12 accepted in full: the grader keeps the majority's view.
const FRESH15_JSON: &str = include_str!("../../tests/heldout/typed_fresh15.json");
/// Share of the fifteenth set the grader must judge as the people did.
const FRESH15_AGREEMENT_FLOOR: f64 = 0.993;

/// The sixteenth blind typed set (288 answers to 36 short-answer and
/// fill-in prompts of `review_sample --seed 20261205`, written and judged
/// by a helper who saw only the article and the prompts): 284/288
/// (98.6 %) when first scored, before any tuning on it. Its three false
/// accepts are answers its judge halves: two drop a modifier ("fairness
/// and justice", "diplomatic ties"), which earlier judges accepted, and
/// one names the platform by the article's other word for it
/// ("mechanism").
const FRESH16_JSON: &str = include_str!("../../tests/heldout/typed_fresh16.json");
/// Share of the sixteenth set the grader must judge as the people did.
const FRESH16_AGREEMENT_FLOOR: f64 = 0.986;

/// The seventeenth blind typed set (272 answers to 34 short-answer and
/// fill-in prompts of `review_sample --seed 20261206`, written and judged
/// by a helper who saw only the article and the prompts): 268/272
/// (98.5 %) and no false accept when first scored, before any tuning on
/// it. Its four false refusals are paraphrases: "an example of
/// cooperation for the region", "a top priority", "several decades of
/// diplomacy" and "the spread of deserts".
const FRESH17_JSON: &str = include_str!("../../tests/heldout/typed_fresh17.json");
/// Share of the seventeenth set the grader must judge as the people did.
const FRESH17_AGREEMENT_FLOOR: f64 = 0.988;

/// The eighteenth blind typed set (296 answers to 37 short-answer and
/// fill-in prompts of `review_sample --seed 20261207`, written and judged
/// by a helper who saw only the article and the prompts): 289/296
/// (97.6 %) with two false accepts when first scored, before any tuning
/// on it. Both accept an answer that drops a modifier ("diplomatic ties",
/// "uncertainty"), which this judge halves and earlier judges accepted;
/// its five false refusals are paraphrases ("programs" for "projects"
/// twice, "couple of years", "becoming modern", "the spread of deserts").
/// 290/296 with one false accept ("uncertainty") once "diplomatic ties"
/// earned partial credit. In the ask63 round 291/296 with two: "becoming
/// modern" and "the spread of deserts" became right, and "Kazakhstan's
/// capital" for Astana, which this judge calls partial, is now right (the
/// article's own description of it; six of eight blind judges call it
/// right).
const FRESH18_JSON: &str = include_str!("../../tests/heldout/typed_fresh18.json");
/// Share of the eighteenth set the grader must judge as the people did.
const FRESH18_AGREEMENT_FLOOR: f64 = 0.979;

/// The nineteenth blind typed set (312 answers to 39 short-answer and
/// fill-in prompts of `review_sample --seed 20261208`, written and judged
/// by a helper who saw only the article and the prompts): 307/312
/// (98.4 %) with one false accept ("diplomatic ties", which its judge
/// calls partial) when first scored, before any tuning on it (main
/// `1ae7ac9`). Its four false refusals are paraphrases: "a top priority",
/// "the spread of deserts", "increasing significance" and "as one".
/// 308/312 with none once "diplomatic ties" earned partial credit.
const FRESH19_JSON: &str = include_str!("../../tests/heldout/typed_fresh19.json");
/// Share of the nineteenth set the grader must judge as the people did.
const FRESH19_AGREEMENT_FLOOR: f64 = 0.990;

/// Typed answers to 37 prompts of `review_sample --seed 20261209`
/// (8 each), judged by a helper session that saw only the article and
/// the prompts: 290/296 (98.0 %) with one false accept ("global interest
/// rates") when first scored, before any tuning on it (main `827b23d`).
/// 293/296 with none once a detail beside a right date or number was no
/// rival answer ("Tuesday, in Astana") and a key noun made singular
/// before the learner's noun named another thing.
const FRESH20_JSON: &str = include_str!("../../tests/heldout/typed_fresh20.json");
/// Share of the twentieth set the grader must judge as the people did.
const FRESH20_AGREEMENT_FLOOR: f64 = 0.993;

/// The twenty-first blind typed set: 304 answers (170 right, 30 partial,
/// 104 wrong) to 38 generated short-answer and fill-in-the-blank
/// questions (`review_sample --seed 20261210`, 8 each), judged by a
/// helper session that saw only the article and the prompts: 293/304
/// (96.4 %) with one false accept ("uncertainty" for "global
/// uncertainty", which earlier judges accepted) when first scored, before
/// any tuning on it (main `cb59975`). 295/304 (97.0 %) once an ordinal
/// before a noun beside a right date named no time ("Tuesday, during the
/// second summit") and "a top priority" stood for "a key priority".
const FRESH21_JSON: &str = include_str!("../../tests/heldout/typed_fresh21.json");
/// Share of the twenty-first set the grader must judge as the people did.
const FRESH21_AGREEMENT_FLOOR: f64 = 0.970;

/// The twenty-second blind typed set: 304 answers (153 right, 69 partial,
/// 82 wrong) to 38 generated short-answer and fill-in-the-blank
/// questions (`review_sample --seed 20261211`, 8 each), judged by a
/// helper session that saw only the article and the prompts: 291/304
/// (95.7 %) with ten false accepts when first scored, before any tuning
/// on it (main `29adcbc`), and the same after the ask28 round, which
/// left grading alone. Its judge is stricter than most: "2,000 years"
/// for "over 2,000 years" is partial (eight earlier judges called it
/// right), and "education" or "professional development" for "training"
/// partial.
const FRESH22_JSON: &str = include_str!("../../tests/heldout/typed_fresh22.json");
/// Share of the twenty-second set the grader must judge as the people did.
const FRESH22_AGREEMENT_FLOOR: f64 = 0.957;

/// The twenty-third blind typed set: 360 answers (181 right, 66 partial,
/// 113 wrong) to 45 questions (`review_sample --seed 20261212`, 8
/// each), judged as the twenty-second was: 346/360 (96.1 %) with eight
/// false accepts when first scored, before any tuning on it (main
/// `4f2e0d5`), and the same after the ask28 round. Its judge calls "2"
/// for "second" and "2,000 years" for "over 2,000 years" partial; the
/// number rules stay as they are.
const FRESH23_JSON: &str = include_str!("../../tests/heldout/typed_fresh23.json");
/// Share of the twenty-third set the grader must judge as the people did.
const FRESH23_AGREEMENT_FLOOR: f64 = 0.966;

/// The twenty-fourth blind typed set: 296 answers (188 right, 30
/// partial, 78 wrong) to 37 questions (`review_sample --seed 20261213`,
/// 8 each): 285/296 (96.3 %) with no false accept when first scored,
/// before any tuning on it (main `a084778`), and the same after the
/// ask29 round. Its judge takes "might makes right" for the law of the
/// jungle and "the capital of Kazakhstan" for Astana.
const FRESH24_JSON: &str = include_str!("../../tests/heldout/typed_fresh24.json");
/// Share of the twenty-fourth set the grader must judge as the people did.
const FRESH24_AGREEMENT_FLOOR: f64 = 0.966;

/// The twenty-fifth blind typed set: 296 answers (189 right, 33
/// partial, 74 wrong) to 37 questions (`--seed 20261214`): 283/296
/// (95.6 %) with no false accept when first scored (main `a084778`),
/// 285/296 after the ask29 round ("longterm friendship", "neibors").
const FRESH25_JSON: &str = include_str!("../../tests/heldout/typed_fresh25.json");
/// Share of the twenty-fifth set the grader must judge as the people did.
const FRESH25_AGREEMENT_FLOOR: f64 = 0.966;

/// The twenty-sixth blind typed set: 272 answers (161 right, 30
/// partial, 81 wrong) to 34 questions (`--seed 20261215`): 269/272
/// (98.9 %) with no false accept when first scored, before any tuning on
/// it (main `2246581`), and the same after the ask30 round.
const FRESH26_JSON: &str = include_str!("../../tests/heldout/typed_fresh26.json");
/// Share of the twenty-sixth set the grader must judge as the people did.
const FRESH26_AGREEMENT_FLOOR: f64 = 0.988;

/// The twenty-seventh blind typed set: 296 answers (178 right, 35
/// partial, 83 wrong) to 37 questions (`--seed 20261216`): 291/296
/// (98.3 %) with no false accept when first scored (main `2246581`), and
/// the same after the ask30 round ("going backward" for regression and
/// "lasting" for long-term stay refused).
const FRESH27_JSON: &str = include_str!("../../tests/heldout/typed_fresh27.json");
/// Share of the twenty-seventh set the grader must judge as the people did.
const FRESH27_AGREEMENT_FLOOR: f64 = 0.983;

/// The twenty-eighth blind typed set: 288 answers (174 right, 29
/// partial, 85 wrong) to 36 questions (`--seed 20261217`): 284/288
/// (98.6 %) with no false accept when first scored (main `d427fcc`), and
/// the same after the ask31 round (a right answer wrapped in its
/// sentence, "in unity" with more detail and "lasting, long-term" stay
/// refused).
const FRESH28_JSON: &str = include_str!("../../tests/heldout/typed_fresh28.json");
/// Share of the twenty-eighth set the grader must judge as the people did.
const FRESH28_AGREEMENT_FLOOR: f64 = 0.986;

/// The twenty-ninth blind typed set: 312 answers (185 right, 33
/// partial, 94 wrong) to 39 questions (`--seed 20261218`): 297/312
/// (95.2 %) with 2 false accepts when first scored (main `8b1047e`), and
/// 300/312 (96.2 %) with 1 after the ask32 round; 301/312 (96.5 %) with
/// none after the ask33 round, which grades "poverty and desertification"
/// for the one social problem half right, as its writer did; 302/312
/// (96.8 %) after the ask34 round.
const FRESH29_JSON: &str = include_str!("../../tests/heldout/typed_fresh29.json");
/// Share of the twenty-ninth set the grader must judge as the people did.
const FRESH29_AGREEMENT_FLOOR: f64 = 0.967;

/// The thirtieth blind typed set: 296 answers (178 right, 36 partial, 82
/// wrong) to 37 questions (`--seed 20261219`): 292/296 (98.6 %) with 2
/// false accepts when first scored (main `028edd8`), both a right item
/// named "and" another item of its sentence ("modern and green
/// agriculture"); 294/296 (99.3 %) with none after the ask33 round.
const FRESH30_JSON: &str = include_str!("../../tests/heldout/typed_fresh30.json");
/// Share of the thirtieth set the grader must judge as the people did.
const FRESH30_AGREEMENT_FLOOR: f64 = 0.993;

/// The thirty-first blind typed set: 320 answers (193 right, 36 partial,
/// 91 wrong) to 40 questions (`--seed 20261220`): 318/320 (99.4 %) with
/// 1 false accept when first scored (main `3a197d4`), the given name
/// "Jinping" for Xi; 319/320 (99.7 %) with none after the ask34 round.
const FRESH31_JSON: &str = include_str!("../../tests/heldout/typed_fresh31.json");
/// Share of the thirty-first set the grader must judge as the people did.
const FRESH31_AGREEMENT_FLOOR: f64 = 0.996;

/// The thirty-second blind typed set: 272 answers (167 right, 30
/// partial, 75 wrong) to 34 questions (`--seed 20261221`): 265/272
/// (97.4 %) with no false accept when first scored (main `2156e02`), and
/// the same after the ask35 round. Its seven refusals are fair rewordings
/// ("to modernize their countries", "this calendar year", "dividing
/// people or going backward").
const FRESH32_JSON: &str = include_str!("../../tests/heldout/typed_fresh32.json");
/// Share of the thirty-second set the grader must judge as the people did.
const FRESH32_AGREEMENT_FLOOR: f64 = 0.974;

/// The thirty-third blind typed set: 312 answers (192 right, 34 partial,
/// 86 wrong) to 39 questions (`--seed 20261222`): 298/312 (95.5 %) with no
/// false accept when first scored (main `bbbc90f`), 300/312 (96.2 %)
/// after the ask36 round. Its writer was generous: most of its twelve
/// refusals are loose paraphrases ("the spread of deserts", "an unstable,
/// unpredictable one", "being equal, being sincere, and prospering
/// together").
const FRESH33_JSON: &str = include_str!("../../tests/heldout/typed_fresh33.json");
/// Share of the thirty-third set the grader must judge as the people did.
const FRESH33_AGREEMENT_FLOOR: f64 = 0.961;
const FRESH34_JSON: &str = include_str!("../../tests/heldout/typed_fresh34.json");
/// Share of the thirty-fourth set the grader must judge as the people
/// did: 307/320 (95.9 %, no false accepts) when first scored, before any
/// tuning on it (main `7136671`, `review_sample --seed 20261223`).
const FRESH34_AGREEMENT_FLOOR: f64 = 0.959;
const FRESH35_JSON: &str = include_str!("../../tests/heldout/typed_fresh35.json");
/// Share of the thirty-fifth set the grader must judge as the people
/// did: 317/320 (99.1 %, no false accepts) when first scored, before any
/// tuning on it (main `ad03b62`, `review_sample --seed 20261224`). Its
/// three refusals are loose paraphrases ("dividing people and going
/// backwards" for "division or regression").
const FRESH35_AGREEMENT_FLOOR: f64 = 0.990;
const FRESH36_JSON: &str = include_str!("../../tests/heldout/typed_fresh36.json");
/// Share of the thirty-sixth set the grader must judge as the people
/// did: 266/272 (97.8 %, no false accepts) when first scored, before any
/// tuning on it (main `a636e59`, `review_sample --seed 20261225`). Its
/// refusals are synonyms doubled with a comma ("their lasting, long-term
/// friendship", "an unstable, unpredictable one") and loose paraphrases.
const FRESH36_AGREEMENT_FLOOR: f64 = 0.977;
const FRESH37_JSON: &str = include_str!("../../tests/heldout/typed_fresh37.json");
/// Share of the thirty-seventh set the grader must judge as the people
/// did: 294/296 (99.3 %, no false accepts) when first scored, before any
/// tuning on it (main `ab762e8`, `review_sample --seed 20261226`). Its
/// two refusals are loose paraphrases ("an example for cooperation in the
/// region" for "a regional model for collaboration").
const FRESH37_AGREEMENT_FLOOR: f64 = 0.993;
const FRESH38_JSON: &str = include_str!("../../tests/heldout/typed_fresh38.json");
/// Share of the thirty-eighth set the grader must judge as the people
/// did: 294/296 (99.3 %, no false accepts) when first scored, before any
/// tuning on it (main `d3bfd07`, `review_sample --seed 20261227`). Its
/// refusals were a right answer with a detail set off by a comma ("The
/// Astana Declaration, of the 2nd summit", since accepted) and one with
/// a true clause after it ("in a united way, building a shared future
/// for mankind").
const FRESH38_AGREEMENT_FLOOR: f64 = 0.996;
const FRESH39_JSON: &str = include_str!("../../tests/heldout/typed_fresh39.json");
/// Share of the thirty-ninth set the grader must judge as the people
/// did: 310/320 (96.9 %, no false accepts) when first scored, before any
/// tuning on it (main `5fa14b5`, `review_sample --seed 20261228`). Most
/// refusals are loose paraphrases ("benefit for both sides" for "mutual
/// benefit", "honesty" for "sincerity"); "open, free trade" is since
/// accepted.
const FRESH39_AGREEMENT_FLOOR: f64 = 0.971;

const FRESH40_JSON: &str = include_str!("../../tests/heldout/typed_fresh40.json");
/// Share of the fortieth set the grader must judge as the people did:
/// 301/312 (96.5 %, one false accept: "over the past two years" for
/// "over the next two years") when first scored, before any tuning on it
/// (main `1c3121f`, `review_sample --seed 20261229`). Since, a span
/// turned the other way in time is wrong (302/312, none). Most refusals
/// are loose paraphrases ("benefiting each other" for "mutual benefit",
/// "couple of years" for "two years").
const FRESH40_AGREEMENT_FLOOR: f64 = 0.967;

const FRESH41_JSON: &str = include_str!("../../tests/heldout/typed_fresh41.json");
/// Share of the forty-first set the grader must judge as the people did:
/// 271/280 (96.8 %, two false accepts: "Belt and Road protests" beside
/// the alias "Belt and Road", and "Astana, Uzbekistan" for Astana,
/// Kazakhstan's capital) when first scored, before any tuning on it
/// (main `3e3ace9`, `review_sample --seed 20261230`; 35 distinct prompts).
/// Since, a word misspelling the full answer into another word and a
/// country other than the sentence's are wrong (273/280, none). Most
/// refusals are loose paraphrases ("becoming modern countries" for
/// "modernization").
const FRESH41_AGREEMENT_FLOOR: f64 = 0.975;

const FRESH42_JSON: &str = include_str!("../../tests/heldout/typed_fresh42.json");
/// Share of the forty-second set the grader must judge as the people did:
/// 276/280 (98.6 %, one false accept) when first scored, before any
/// tuning on it (main `0dd1547`, `review_sample --seed 20261231`; 35
/// distinct prompts). The false accept is "tow years" for "two years",
/// which an earlier set's writer judged a slip before a unit and this
/// one judged another word; the grader keeps the earlier reading. Its
/// refusals are one of two descriptions where both were asked, and
/// "benefit for both sides" for "mutual benefit".
const FRESH42_AGREEMENT_FLOOR: f64 = 0.985;

const FRESH43_JSON: &str = include_str!("../../tests/heldout/typed_fresh43.json");
/// Share of the forty-third set the grader must judge as the people did:
/// 288/296 (97.3 %, one false accept) when first scored, before any
/// tuning on it (main `9caf3f5`, `review_sample --seed 20270101`; 37
/// distinct prompts). The false accept was "a regional model for
/// competition" for "… for collaboration", credited through the shorter
/// accepted wording "a regional model"; a swapped word of the longer
/// wording is now wrong. "over two years" for "Over how many years …?"
/// now repeats the prompt's frame rather than claiming a bound.
/// 290/296 (98.0 %, no false accept) after. Its refusals are paraphrases
/// of lists and phrases in other parts of speech ("acting unilaterally
/// and behaving like a hegemon").
const FRESH43_AGREEMENT_FLOOR: f64 = 0.979;

const FRESH44_JSON: &str = include_str!("../../tests/heldout/typed_fresh44.json");
/// Share of the forty-fourth set the grader must judge as the people did:
/// 316/320 (98.8 %, two false accepts) when first scored, before any
/// tuning on it (main `a90d1a2`, `review_sample --seed 20270102`; 40
/// distinct prompts). The false accepts are "a regional modem for
/// collaboration", a rare word one slip from "model" that the grader
/// takes as a slip, and "the next too years", "too" for "two" before
/// its unit, which an earlier set's writer judged a slip too. Its
/// refusals are "diplomatic ties" without its "decades", and "Belt and
/// Rode projects", a real word for "Road". Not tuned on. 315/320 (98.4
/// %, three false accepts) since the ask63 round: "Kazakhstan's capital"
/// for Astana, which this judge calls partial, is right as the article's
/// own description of it (six of eight blind judges call it right).
const FRESH44_AGREEMENT_FLOOR: f64 = 0.984;

const FRESH45_JSON: &str = include_str!("../../tests/heldout/typed_fresh45.json");
/// Share of the forty-fifth set the grader must judge as the people did:
/// 309/312 (99.0 %, no false accepts) when first scored, before any tuning
/// on it (main `8d4c88f`, `review_sample --seed 20270103`; 39 distinct
/// prompts). Its three refusals are "diplomatic ties" without its
/// "decades", which this writer, like some earlier ones, took as full
/// credit and others as partial; the grader keeps it partial.
const FRESH45_AGREEMENT_FLOOR: f64 = 0.990;

const FRESH46_JSON: &str = include_str!("../../tests/heldout/typed_fresh46.json");
/// Share of the forty-sixth set the grader must judge as the people did:
/// 301/304 (99.0 %, no false accepts) when first scored, before any tuning
/// on it (main `588fad0`, `review_sample --seed 20270104`; 38 distinct
/// prompts). Not tuned on: its refusals are "diplomatic ties" without its
/// "decades" (kept partial, as in set 45), "the spread of deserts" for
/// desertification, and "professionals in the five Central Asian
/// countries" for "professionals from Central Asia".
const FRESH46_AGREEMENT_FLOOR: f64 = 0.990;

const FRESH47_JSON: &str = include_str!("../../tests/heldout/typed_fresh47.json");
/// Share of the forty-seventh set the grader must judge as the people did:
/// 290/296 (98.0 %, no false accepts) when first scored, before any tuning
/// on it (main `991b715`, `review_sample --seed 20270105`; 37 distinct
/// prompts); 291/296 after the ask50 round read a long time unit with one
/// slip ("over 2 millenia"). Left refused: "in 2025" for "this year" (the
/// article gives no year), "couple of years" for "two years", "deserts
/// spreading" for desertification, "diplomatic ties" without "decades"
/// (partial, as in set 45) and a whole sentence around "comprehensive
/// cooperation" (partial).
const FRESH47_AGREEMENT_FLOOR: f64 = 0.983;

const FRESH48_JSON: &str = include_str!("../../tests/heldout/typed_fresh48.json");
/// Share of the forty-eighth set the grader must judge as the people did:
/// 293/296 (99.0 %, no false accepts) when first scored, before any tuning
/// on it (main `0a3d379`, `review_sample --seed 20270106`; 37 distinct
/// prompts). Not tuned on: "diplomatic ties" without its "decades" (kept
/// partial, as in set 45), "the spread of deserts" for desertification,
/// and "modernization via high quality development" (the sentence's
/// "through high-quality development" reworded, partial).
const FRESH48_AGREEMENT_FLOOR: f64 = 0.989;

const FRESH49_JSON: &str = include_str!("../../tests/heldout/typed_fresh49.json");
/// Share of the forty-ninth set the grader must judge as the people did:
/// 295/296 (99.7 %, no false accepts) when first scored, before any tuning
/// on it (main `2857c5c`, `review_sample --seed 20270107`; 37 distinct
/// prompts). Not tuned on: "Belt and Rode projects" (the writer's small
/// typo, but "rode" is a word of its own, which the grader never takes
/// for a slip, as with "jingle").
const FRESH49_AGREEMENT_FLOOR: f64 = 0.996;

const FRESH50_JSON: &str = include_str!("../../tests/heldout/typed_fresh50.json");
/// Share of the fiftieth set the grader must judge as the people did:
/// 316/320 (98.8 %, one false accept) when first scored, before any tuning
/// on it (main `7767940`, `review_sample --seed 20270108`; 40 distinct
/// prompts). Not tuned on: "Belt and Rode projects" (as in set 49), "the
/// capital of Kazakhstan" for Astana (a description, not the name asked
/// for), "trade facilitation" for "smooth trade", and the false accept
/// "educational opportunities" for "training" (WordNet puts training under
/// education; the writer judged it vaguer, partial).
const FRESH50_AGREEMENT_FLOOR: f64 = 0.987;

const FRESH51_JSON: &str = include_str!("../../tests/heldout/typed_fresh51.json");
/// Share of the fifty-first set the grader must judge as the people did:
/// 318/320 (99.4 %, no false accept) when first scored, before any tuning
/// on it (main `f5824a2`, `review_sample --seed 20270109`; 40 distinct
/// prompts). Not tuned on: "Long-term friendship between China and
/// Central Asia" for "long-term" (the answer's noun with the sentence's
/// frame) and "diplomatic ties" for "decades of diplomatic ties" (judged
/// partial in other sets' keys).
const FRESH51_AGREEMENT_FLOOR: f64 = 0.993;

const FRESH52_JSON: &str = include_str!("../../tests/heldout/typed_fresh52.json");
/// Share of the fifty-second set the grader must judge as the people did:
/// 221/224 (98.7 %, one false accept) when first scored, before any tuning
/// on it (main `caa43ad`; GenerateQuestions, seed 20270110, short-answer
/// and fill-in-the-blank at each difficulty: 28 distinct prompts, 8
/// answers each, written by two helpers who saw only the article and the
/// prompts). Not tuned on: "the Belt an Rode" (a slip that is another real
/// word), "a long-term, legally binding friendship" (read as two answers)
/// and the false accept "uncertainty" for "global uncertainty" (the
/// writer judged the head noun alone partial).
const FRESH52_AGREEMENT_FLOOR: f64 = 0.986;

const FRESH53_JSON: &str = include_str!("../../tests/heldout/typed_fresh53.json");
/// Share of the fifty-third set the grader must judge as the person did:
/// 217/224 (96.9 %, no false accept) when first scored, before any tuning
/// on it (main `6942737`; GenerateQuestions, seed 20270111, 14
/// short-answer prompts at medium and, seed 20270112, 14
/// fill-in-the-blank at hard: 28 prompts, 8 answers each, written by a
/// helper who saw only the article and the prompts). Tuned on in the
/// ask63 round: "the spread of deserts" and "land turning into desert"
/// for "desertification" are now right (a process noun said in plain
/// words), and so is "Kazakhstan's capital" for Astana (the article's own
/// description of it; six of eight blind judges call it right). Not tuned
/// on: "people around the world" for "humanity", "trade facilitation" for
/// "smooth trade", "many years of diplomatic ties" for "decades of …" and
/// "Belt and Rode projects" (a slip that is another real word).
const FRESH53_AGREEMENT_FLOOR: f64 = 0.982;

const FRESH54_JSON: &str = include_str!("../../tests/heldout/typed_fresh54.json");
/// Share of the fifty-fourth set the grader must judge as the person did:
/// 221/224 (98.7 %, one false accept) when first scored, before any tuning
/// on it (main `1528a33`; GenerateQuestions, seed 20270113, 14
/// short-answer prompts at medium and, seed 20270114, 14
/// fill-in-the-blank at hard: 28 prompts, 8 answers each, written by a
/// helper who saw only the article and the prompts). Not tuned on: the
/// false accept "Astana" for "Which declaration did the leaders sign?"
/// (the question's own noun completes the name, which the grader credits
/// as it does "volatile" for "volatile environment"; the writer judged it
/// partial), "the countries next to China" for "its neighbors" and "B&R
/// projects" for "Belt and Road projects" (an abbreviation the article
/// never uses).
const FRESH54_AGREEMENT_FLOOR: f64 = 0.986;

/// Grades a typed set keyed by question id; returns the share the grader
/// judged as the people did and the false accepts.
fn score_typed_by_id(name: &str, json: &str) -> (f64, Vec<String>) {
    let answers: Vec<TypedById> = serde_json::from_str(json).expect("set parses");
    let bank = QuestionBank::new(Arc::new(FactBase::embedded().expect("valid facts")));
    let (mut agreed, mut false_accepts) = (0, Vec::new());
    for item in &answers {
        let question = bank
            .rebuild(&item.id)
            .expect("every id of the set rebuilds");
        let graded = grade(&question, &item.answer);
        if graded.correct == (item.verdict == "right") {
            agreed += 1;
        } else if graded.correct {
            false_accepts.push(format!(
                "{:?} -> {:?}",
                question.canonical_answer, item.answer
            ));
        }
    }
    println!(
        "Grading {name}: {agreed}/{} agree, false accepts {false_accepts:?}",
        answers.len()
    );
    (agreed as f64 / answers.len() as f64, false_accepts)
}

/// Grades `json` and fails unless the grader agrees with the people on at
/// least `floor` of it and marks at most `most_false_accepts` of its wrong
/// answers right.
fn assert_typed_set_holds(name: &str, json: &str, floor: f64, most_false_accepts: usize) {
    let (share, false_accepts) = score_typed_by_id(name, json);
    assert!(
        share >= floor && false_accepts.len() <= most_false_accepts,
        "{name}: agreement {share:.3} (floor {floor}), false accepts {false_accepts:?} (at most \
         {most_false_accepts})"
    );
}

#[test]
fn the_grader_holds_its_first_measured_agreement_on_the_fourth_blind_typed_set() {
    // No wrong answer of the set may be marked right.
    assert_typed_set_holds("fresh4", FRESH4_JSON, FRESH4_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fifth_blind_typed_set() {
    assert_typed_set_holds("fresh5", FRESH5_JSON, FRESH5_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_sixth_blind_typed_set() {
    assert_typed_set_holds("fresh6", FRESH6_JSON, FRESH6_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_seventh_blind_typed_set() {
    assert_typed_set_holds("fresh7", FRESH7_JSON, FRESH7_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_eighth_blind_typed_set() {
    assert_typed_set_holds(
        "fresh8",
        FRESH8_JSON,
        FRESH8_AGREEMENT_FLOOR,
        FRESH8_MOST_FALSE_ACCEPTS,
    );
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_ninth_blind_typed_set_with_no_false_accept() {
    assert_typed_set_holds("fresh9", FRESH9_JSON, FRESH9_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_tenth_blind_typed_set_with_no_false_accept() {
    assert_typed_set_holds("fresh10", FRESH10_JSON, FRESH10_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_eleventh_blind_typed_set_with_no_false_accept() {
    assert_typed_set_holds("fresh11", FRESH11_JSON, FRESH11_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twelfth_blind_typed_set_with_no_false_accept() {
    assert_typed_set_holds("fresh12", FRESH12_JSON, FRESH12_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirteenth_blind_typed_set_with_no_false_accept()
{
    assert_typed_set_holds("fresh13", FRESH13_JSON, FRESH13_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fourteenth_blind_typed_set_with_no_false_accept()
{
    assert_typed_set_holds("fresh14", FRESH14_JSON, FRESH14_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fifteenth_blind_typed_set() {
    assert_typed_set_holds("fresh15", FRESH15_JSON, FRESH15_AGREEMENT_FLOOR, 2);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_sixteenth_blind_typed_set() {
    assert_typed_set_holds("fresh16", FRESH16_JSON, FRESH16_AGREEMENT_FLOOR, 3);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_seventeenth_blind_typed_set_with_no_false_accept()
{
    assert_typed_set_holds("fresh17", FRESH17_JSON, FRESH17_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_eighteenth_blind_typed_set() {
    assert_typed_set_holds("fresh18", FRESH18_JSON, FRESH18_AGREEMENT_FLOOR, 2);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_nineteenth_blind_typed_set() {
    assert_typed_set_holds("fresh19", FRESH19_JSON, FRESH19_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twentieth_blind_typed_set() {
    assert_typed_set_holds("fresh20", FRESH20_JSON, FRESH20_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_first_blind_typed_set() {
    assert_typed_set_holds("fresh21", FRESH21_JSON, FRESH21_AGREEMENT_FLOOR, 1);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_second_blind_typed_set() {
    assert_typed_set_holds("fresh22", FRESH22_JSON, FRESH22_AGREEMENT_FLOOR, 10);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_third_blind_typed_set() {
    assert_typed_set_holds("fresh23", FRESH23_JSON, FRESH23_AGREEMENT_FLOOR, 8);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_fourth_blind_typed_set() {
    assert_typed_set_holds("fresh24", FRESH24_JSON, FRESH24_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_fifth_blind_typed_set() {
    assert_typed_set_holds("fresh25", FRESH25_JSON, FRESH25_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_sixth_blind_typed_set() {
    assert_typed_set_holds("fresh26", FRESH26_JSON, FRESH26_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_seventh_blind_typed_set() {
    assert_typed_set_holds("fresh27", FRESH27_JSON, FRESH27_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_eighth_blind_typed_set() {
    assert_typed_set_holds("fresh28", FRESH28_JSON, FRESH28_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_twenty_ninth_blind_typed_set() {
    assert_typed_set_holds("fresh29", FRESH29_JSON, FRESH29_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirtieth_blind_typed_set() {
    assert_typed_set_holds("fresh30", FRESH30_JSON, FRESH30_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_first_blind_typed_set() {
    assert_typed_set_holds("fresh31", FRESH31_JSON, FRESH31_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_second_blind_typed_set() {
    assert_typed_set_holds("fresh32", FRESH32_JSON, FRESH32_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_third_blind_typed_set() {
    assert_typed_set_holds("fresh33", FRESH33_JSON, FRESH33_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_fourth_blind_typed_set() {
    assert_typed_set_holds("fresh34", FRESH34_JSON, FRESH34_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_fifth_blind_typed_set() {
    assert_typed_set_holds("fresh35", FRESH35_JSON, FRESH35_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_sixth_blind_typed_set() {
    assert_typed_set_holds("fresh36", FRESH36_JSON, FRESH36_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_seventh_blind_typed_set() {
    assert_typed_set_holds("fresh37", FRESH37_JSON, FRESH37_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_eighth_blind_typed_set() {
    assert_typed_set_holds("fresh38", FRESH38_JSON, FRESH38_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_thirty_ninth_blind_typed_set() {
    assert_typed_set_holds("fresh39", FRESH39_JSON, FRESH39_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fortieth_blind_typed_set() {
    assert_typed_set_holds("fresh40", FRESH40_JSON, FRESH40_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_first_blind_typed_set() {
    assert_typed_set_holds("fresh41", FRESH41_JSON, FRESH41_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_second_blind_typed_set() {
    assert_typed_set_holds("fresh42", FRESH42_JSON, FRESH42_AGREEMENT_FLOOR, 1);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_third_blind_typed_set() {
    assert_typed_set_holds("fresh43", FRESH43_JSON, FRESH43_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_fourth_blind_typed_set() {
    assert_typed_set_holds("fresh44", FRESH44_JSON, FRESH44_AGREEMENT_FLOOR, 3);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_fifth_blind_typed_set() {
    assert_typed_set_holds("fresh45", FRESH45_JSON, FRESH45_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_sixth_blind_typed_set() {
    assert_typed_set_holds("fresh46", FRESH46_JSON, FRESH46_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_seventh_blind_typed_set() {
    assert_typed_set_holds("fresh47", FRESH47_JSON, FRESH47_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_eighth_blind_typed_set() {
    assert_typed_set_holds("fresh48", FRESH48_JSON, FRESH48_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_forty_ninth_blind_typed_set() {
    assert_typed_set_holds("fresh49", FRESH49_JSON, FRESH49_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fiftieth_blind_typed_set() {
    assert_typed_set_holds("fresh50", FRESH50_JSON, FRESH50_AGREEMENT_FLOOR, 1);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fifty_first_blind_typed_set() {
    assert_typed_set_holds("fresh51", FRESH51_JSON, FRESH51_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fifty_second_blind_typed_set() {
    assert_typed_set_holds("fresh52", FRESH52_JSON, FRESH52_AGREEMENT_FLOOR, 1);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fifty_third_blind_typed_set() {
    assert_typed_set_holds("fresh53", FRESH53_JSON, FRESH53_AGREEMENT_FLOOR, 0);
}

#[test]
fn the_grader_holds_its_measured_agreement_on_the_fifty_fourth_blind_typed_set() {
    assert_typed_set_holds("fresh54", FRESH54_JSON, FRESH54_AGREEMENT_FLOOR, 1);
}
