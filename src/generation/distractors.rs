//! Distractors: wrong answers of the same type as the right one, verified
//! against the fact base so that none of them is also true.
//!
//! Candidates come from the fact's hand-picked list, from answers of other
//! facts of the same semantic class (the same pool, or the same kind), from
//! the curated pool, and from numeric perturbation. Each is checked with the
//! grader: if the grader would accept it for any fact asking the same
//! question (same relation and subject), it is true, not a distractor.

use rand::Rng;

use crate::facts::{AnswerKind, Fact, FactBase};
use crate::grading;
use crate::quality::{Polarity, has_absolute_word};
use crate::question::Difficulty;
use crate::text::{normalize, normalize_keep_articles};

use super::numeric::{Nearness, perturb};

/// One verified wrong answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Distractor {
    pub text: String,
    pub nearness: Nearness,
    /// The article itself uses it (or it is a perturbed number or date):
    /// computed once here, since false statements and select-all ask for
    /// it on every render.
    pub in_world: bool,
    /// Its tone in the fact data, looked up once for the same reason.
    pub polarity: Polarity,
    /// The article states it for a sibling fact (another fact of the same
    /// pool or kind): a fine wrong option beside the right one, but as the
    /// lure of a false statement, or among condemned things, a reader can
    /// defend it as true.
    pub sibling: bool,
}

/// What a distractor must not be: every accepted wording of every fact that
/// answers the same question (closed world over relation and subject), or,
/// for list facts, any item of the list or of a rival list (see
/// `FactBase::rival_lists`), or a rival value of the slot (see
/// `FactBase::rivals`).
pub struct Truths {
    values: Vec<(String, Vec<String>, AnswerKind)>,
}

impl Truths {
    pub fn for_fact(base: &FactBase, fact: &Fact) -> Truths {
        let mut values = Vec::new();
        for other in base.facts().iter().filter(|other| {
            other.source_id == fact.source_id
                && other.relation == fact.relation
                && other.subject == fact.subject
        }) {
            // A former name is no fair wrong option: it names the same
            // thing.
            let names = other.aliases.iter().chain(&other.former_names);
            values.push((
                other.answer.clone(),
                names.cloned().collect(),
                other.answer_kind,
            ));
            for item in &other.items {
                values.push((item.clone(), Vec::new(), AnswerKind::Concept));
            }
        }
        // Lists filed under the same heading (same subject, topic or
        // sentence): their items would be defensible answers too.
        for other in base.rival_lists(fact) {
            values.push((
                other.answer.clone(),
                other.aliases.clone(),
                other.answer_kind,
            ));
            for item in &other.items {
                values.push((item.clone(), Vec::new(), AnswerKind::Concept));
            }
        }
        // Other true values of the same slot: the country a city lies in,
        // a second description of the same thing.
        for rival in base.rivals(fact).values {
            values.push((rival, Vec::new(), fact.answer_kind));
        }
        Truths { values }
    }

    /// True when `candidate` would count as right for any of the truths, or
    /// a truth would count as right for it (so "trade" never pretends to be
    /// wrong when "free trade" is right).
    pub fn admits(&self, candidate: &str) -> bool {
        self.values.iter().any(|(answer, aliases, kind)| {
            grading::accepts(answer, aliases, *kind, candidate)
                || grading::accepts(candidate, &[], *kind, answer)
                || aliases
                    .iter()
                    .any(|alias| grading::accepts(candidate, &[], *kind, alias))
        })
    }
}

/// All verified distractor candidates for `fact`'s answer (or, with
/// `for_items`, for its list items), without duplicates.
pub fn candidates(base: &FactBase, fact: &Fact, for_items: bool) -> Vec<Distractor> {
    let truths = Truths::for_fact(base, fact);
    let reference = if for_items {
        fact.items
            .first()
            .map_or(fact.answer.as_str(), String::as_str)
    } else {
        fact.answer.as_str()
    };
    let article = FoldedSentences::of(base, fact);
    // A perturbed quantity or date is believable by construction.
    let numeric = fact.answer_kind.is_numeric() || fact.answer_kind == AnswerKind::DateTime;
    let siblings: Vec<String> = same_class(base, fact)
        .flat_map(|other| std::iter::once(&other.answer).chain(&other.items))
        .map(|value| normalize(value))
        .collect();
    let mut accepted: Vec<Distractor> = Vec::new();
    for (text, nearness) in raw_candidates(base, fact, for_items, reference, &article) {
        let text = text.trim().to_string();
        if text.is_empty() || has_absolute_word(&text) && !has_absolute_word(reference) {
            continue;
        }
        if truths.admits(&text) {
            continue;
        }
        if let Some(existing) = accepted.iter_mut().find(|d| {
            normalize(&d.text) == normalize(&text)
                || grading::accepts(&d.text, &[], AnswerKind::Concept, &text)
        }) {
            // Keep the nearer reading of a duplicate.
            existing.nearness = existing.nearness.min(nearness);
            continue;
        }
        accepted.push(Distractor {
            in_world: numeric || article.uses(&text),
            polarity: base.polarity(&text),
            sibling: siblings.contains(&normalize(&text)),
            text,
            nearness,
        });
    }
    accepted
}

/// The sentences of a fact's article, each folded once and padded so a
/// phrase matches whole words: whether the article uses a value decides
/// how tempting a distractor is.
struct FoldedSentences {
    sentences: Vec<String>,
}

impl FoldedSentences {
    /// The folded sentences of the article `fact` comes from (none when
    /// its source is unknown).
    fn of(base: &FactBase, fact: &Fact) -> FoldedSentences {
        let sentences = base
            .source(&fact.source_id)
            .map(|source| {
                source
                    .sentences
                    .iter()
                    .map(|s| format!(" {} ", normalize_keep_articles(s)))
                    .collect()
            })
            .unwrap_or_default();
        FoldedSentences { sentences }
    }

    /// Whether the article uses `value`, as whole words.
    fn uses(&self, value: &str) -> bool {
        let needle = normalize_keep_articles(value);
        !needle.is_empty()
            && self
                .sentences
                .iter()
                .any(|s| s.contains(&format!(" {needle} ")))
    }
}

/// Every distractor candidate before verification, with how near each
/// is: the fact's own distractors, the answers (or items) of facts of its
/// class, its pool's words, and perturbations of a number or date.
fn raw_candidates(
    base: &FactBase,
    fact: &Fact,
    for_items: bool,
    reference: &str,
    article: &FoldedSentences,
) -> Vec<(String, Nearness)> {
    let mut raw: Vec<(String, Nearness)> = Vec::new();
    raw.extend(fact.distractors.iter().map(|d| (d.clone(), Nearness::Near)));
    for other in same_class(base, fact) {
        if for_items {
            raw.extend(
                other
                    .items
                    .iter()
                    .map(|item| (item.clone(), Nearness::Near)),
            );
        } else if other.answer_kind != AnswerKind::List {
            raw.push((other.answer.clone(), Nearness::Near));
        }
    }
    if let Some(pool) = &fact.pool {
        for item in base.pool(pool) {
            // A pool word that the article itself mentions is more tempting.
            let nearness = if article.uses(item) {
                Nearness::Near
            } else {
                Nearness::Far
            };
            raw.push((item.clone(), nearness));
        }
    }
    if !for_items && (fact.answer_kind.is_numeric() || fact.answer_kind == AnswerKind::DateTime) {
        raw.extend(perturb(reference));
    }
    raw
}

/// Other facts of the same semantic class: the same pool when the fact names
/// one (pools are curated by meaning: cities, principles, focus areas), else
/// the same answer kind.
fn same_class<'a>(base: &'a FactBase, fact: &'a Fact) -> impl Iterator<Item = &'a Fact> {
    base.facts().iter().filter(move |other| {
        other.id != fact.id
            && other.source_id == fact.source_id
            && match (&fact.pool, &other.pool) {
                (Some(mine), Some(theirs)) => mine == theirs,
                (None, None) => other.answer_kind == fact.answer_kind,
                _ => false,
            }
    })
}

/// Picks `count` distractors for an answer: near ones first for hard
/// questions, far ones first for easy ones, and among those the ones whose
/// length is closest to the answer, so the right option is not the odd one
/// out by length. Returns fewer when there are not enough.
pub fn pick(
    candidates: &[Distractor],
    count: usize,
    difficulty: Difficulty,
    reference: &str,
    rng: &mut impl Rng,
) -> Vec<String> {
    let reference_len = reference.chars().count().max(1) as f64;
    let mut scored: Vec<(f64, &Distractor)> = candidates
        .iter()
        .map(|candidate| {
            let nearness_penalty = match (difficulty, candidate.nearness) {
                (Difficulty::Hard, Nearness::Far) | (Difficulty::Easy, Nearness::Near) => 1.0,
                _ => 0.0,
            };
            let length_gap = ((candidate.text.chars().count() as f64 - reference_len).abs()
                / reference_len)
                .min(2.0);
            // Reviewers find wrong options taken from the article itself
            // tempting and fair; invented ones are often off register.
            let invented_penalty = if candidate.in_world { 0.0 } else { 1.0 };
            let jitter: f64 = rng.random_range(0.0..0.6);
            (
                nearness_penalty * 2.0 + invented_penalty + length_gap + jitter,
                candidate,
            )
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    scored
        .into_iter()
        .take(count)
        .map(|(_, candidate)| candidate.text.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    fn candidate(text: &str, nearness: Nearness) -> Distractor {
        Distractor {
            text: text.into(),
            nearness,
            in_world: true,
            polarity: Polarity::Neutral,
            sibling: false,
        }
    }

    #[test]
    fn absolute_words_are_spotted_on_word_boundaries() {
        assert!(has_absolute_word("It will always work"));
        assert!(!has_absolute_word("hallways"));
    }

    #[test]
    fn hard_questions_prefer_near_distractors_and_easy_ones_far() {
        let pool = vec![
            candidate("Almaty", Nearness::Near),
            candidate("Bishkek", Nearness::Near),
            candidate("Lisbon", Nearness::Far),
            candidate("Ottawa", Nearness::Far),
        ];
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let hard = pick(&pool, 2, Difficulty::Hard, "Astana", &mut rng);
        assert!(
            hard.iter().all(|d| d == "Almaty" || d == "Bishkek"),
            "{hard:?}"
        );
        let easy = pick(&pool, 2, Difficulty::Easy, "Astana", &mut rng);
        assert!(
            easy.iter().all(|d| d == "Lisbon" || d == "Ottawa"),
            "{easy:?}"
        );
    }

    #[test]
    fn the_embedded_facts_never_get_a_distractor_that_is_also_true() {
        let base = FactBase::embedded().expect("embedded facts load");
        for fact in base.facts() {
            let truths = Truths::for_fact(&base, fact);
            for distractor in candidates(&base, fact, false) {
                assert!(
                    !truths.admits(&distractor.text),
                    "{}: {}",
                    fact.id,
                    distractor.text
                );
                assert!(!grading::accepts(
                    &fact.answer,
                    &fact.aliases,
                    fact.answer_kind,
                    &distractor.text
                ));
            }
        }
    }
}
