//! Question generation: overgenerate candidates from relation templates,
//! verify distractors against the fact base, then pick and rank.

mod distractors;
mod leaks;
mod numeric;
mod pool;
mod render;
mod review;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use thiserror::Error;

use crate::facts::{AnswerKind, Fact, FactBase, SpecError};
use crate::quality::{self, Flaw};
use crate::question::{Difficulty, Question, QuestionKind};
use crate::question_id::QuestionSpec;

pub use distractors::{Distractor, Truths};
use leaks::{FoldedFact, LeakMasks, Printed, Printers, folded, holds};
pub use numeric::Nearness;
use pool::{Bits, Variant};
pub use render::BLANK;
use render::{RenderError, can_pair, matchable, matching_pairs};

/// The most questions one request may ask for.
pub const MAX_COUNT: usize = 100;

/// What to generate. Built by adapters from validated input.
#[derive(Debug, Clone, Default)]
pub struct GenerateRequest {
    /// 1 to [`MAX_COUNT`].
    pub count: usize,
    /// Formats to use; empty means a mix suited to the difficulty.
    pub kinds: Vec<QuestionKind>,
    /// Topic names; empty means every topic.
    pub topics: Vec<String>,
    /// Fact ids; empty means every fact.
    pub fact_ids: Vec<String>,
    pub difficulty: Difficulty,
    /// The same seed and request give the same questions.
    pub seed: u64,
    /// Only facts of this source.
    pub source_id: Option<String>,
}

/// A batch of generated questions.
#[derive(Debug, Clone)]
pub struct Generated {
    pub questions: Vec<Question>,
    pub seed: u64,
    /// Why fewer than `count` questions came back, if they did.
    pub note: Option<String>,
}

/// A batch of generated questions shared with the bank's variant pool, for
/// callers that only read them (an adapter mapping them onto the wire):
/// the same questions as [`Generated`], without copying their texts.
#[derive(Debug, Clone)]
pub struct SharedGenerated {
    pub questions: Vec<Arc<Question>>,
    pub seed: u64,
    /// Why fewer than `count` questions came back, if they did.
    pub note: Option<String>,
}

impl From<SharedGenerated> for Generated {
    fn from(shared: SharedGenerated) -> Generated {
        Generated {
            questions: shared
                .questions
                .into_iter()
                .map(Arc::unwrap_or_clone)
                .collect(),
            seed: shared.seed,
            note: shared.note,
        }
    }
}

/// Why a request could not be served.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum GenerateError {
    #[error("count must be between 1 and {MAX_COUNT}, got {0}")]
    CountOutOfRange(usize),
    #[error("unknown topic `{topic}`; known topics: {}", known.join(", "))]
    UnknownTopic { topic: String, known: Vec<String> },
    #[error("unknown fact `{0}`")]
    UnknownFact(String),
    #[error("unknown source `{0}`")]
    UnknownSource(String),
    #[error("no facts match the filters for {0}")]
    NothingToAsk(String),
}

/// Why a question id could not be turned back into a question.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum RebuildError {
    /// Not an id this service could ever have issued.
    #[error("malformed question id: {0}")]
    Malformed(String),
    /// Well formed, but issued against another fact set or naming a fact
    /// this one lacks. Carries the reason, not the id.
    #[error("unknown question: {0}")]
    Unknown(String),
}

/// Candidates rendered per question slot before the best is kept
/// (overgenerate, then rank).
const CANDIDATES_PER_SLOT: usize = 3;
/// Tries per slot before giving up on filling it.
const ATTEMPTS_PER_SLOT: usize = 30;
/// The fewest content words a concept answer needs to be blanked in a
/// cloze: shorter ones are guessed from the words around the blank.
const CLOZE_CONCEPT_WORDS: usize = 3;
/// Failed renders of one fact in one kind before it is given up.
const FAILURES_PER_FACT: usize = 3;

/// The default mix of formats for a difficulty: easy is recognition (true/
/// false, multiple choice), hard is recall (short answer, select-all).
fn default_mix(difficulty: Difficulty) -> &'static [(QuestionKind, u32)] {
    use QuestionKind::*;
    match difficulty {
        Difficulty::Easy => &[(TrueFalse, 4), (MultipleChoice, 4), (Matching, 2)],
        Difficulty::Medium => &[
            (MultipleChoice, 6),
            (TrueFalse, 4),
            (FillInTheBlank, 5),
            (ShortAnswer, 3),
            (Matching, 2),
            (MultiSelect, 2),
        ],
        Difficulty::Hard => &[
            (ShortAnswer, 6),
            (MultiSelect, 5),
            (FillInTheBlank, 4),
            (MultipleChoice, 4),
            (Matching, 1),
        ],
    }
}

/// Whether a fact can, in principle, be asked in a kind: open facts only as
/// typed questions, lists as select-all but not single-answer choices.
/// Rendering still decides in the end (it needs enough verified distractors).
/// Facts general knowledge answers are never asked; typed kinds ask only
/// answers a learner can type, and a cloze never blanks one item of a
/// verbatim list.
pub(crate) fn suits(fact: &Fact, kind: QuestionKind) -> bool {
    let is_list = fact.answer_kind == AnswerKind::List;
    if fact.general_knowledge {
        return false;
    }
    let typeable = !quality::check(&quality::ItemView {
        typed: Some(quality::TypedView {
            answer: &fact.answer,
            items: &fact.items,
        }),
        ..quality::ItemView::default()
    })
    .contains(&quality::Flaw::LongTypedAnswer);
    match kind {
        QuestionKind::MultipleChoice => !fact.open && !is_list,
        QuestionKind::TrueFalse => !fact.open,
        // A blanked concept word or two is filled from its collocation
        // ("___ agriculture", "benefit ___") or by another phrase of the
        // article; names, numbers, dates and longer named ideas ("Belt and
        // Road projects") are what a cloze can fairly test.
        QuestionKind::FillInTheBlank => {
            typeable
                && !is_list
                && (fact.answer_kind != AnswerKind::Concept
                    || quality::content_stems(&fact.answer).len() >= CLOZE_CONCEPT_WORDS)
        }
        QuestionKind::ShortAnswer => typeable,
        QuestionKind::MultiSelect => !fact.open && is_list,
        QuestionKind::Matching => matchable(fact),
    }
}

/// The facts a request may draw on, as indices into `base.facts()`.
fn select_facts(base: &FactBase, request: &GenerateRequest) -> Result<Vec<usize>, GenerateError> {
    if let Some(source) = &request.source_id
        && base.source(source).is_none()
    {
        return Err(GenerateError::UnknownSource(source.clone()));
    }
    for topic in &request.topics {
        if base.topic(topic).is_none() {
            return Err(GenerateError::UnknownTopic {
                topic: topic.clone(),
                known: base.topics().iter().map(|t| t.name.clone()).collect(),
            });
        }
    }
    let mut wanted = BTreeSet::new();
    for id in &request.fact_ids {
        wanted.insert(
            base.fact_index(id)
                .ok_or_else(|| GenerateError::UnknownFact(id.clone()))?,
        );
    }
    let mut pool = Vec::with_capacity(base.facts().len());
    pool.extend(
        base.facts()
            .iter()
            .enumerate()
            .filter(|(index, fact)| {
                (wanted.is_empty() || wanted.contains(index))
                    && (request.topics.is_empty() || request.topics.contains(&fact.topic))
                    && request
                        .source_id
                        .as_ref()
                        .is_none_or(|s| &fact.source_id == s)
            })
            .map(|(index, _)| index),
    );
    Ok(pool)
}

/// True when `d` may be swapped into a false statement about `fact`: a
/// value the article uses (not a sibling fact's, which a reader could
/// defend), or, for a single-valued relation, one of the fact's own
/// curated near distractors (another city for the signing city).
pub(crate) fn believable_swap(fact: &Fact, d: &Distractor) -> bool {
    !d.sibling && (d.in_world || fact.exclusive && fact.distractors.contains(&d.text))
}

/// Bookkeeping while a batch is filled: what has been asked, and how often
/// each topic came up, so the batch spreads across topics.
/// Every draw looks at every fact of the pool, so the per-fact counts are
/// dense (by fact position, or by the [`Groups`] numbers of its topic and
/// sentence), not maps.
#[derive(Default)]
struct Progress {
    /// Per kind (by position in [`QuestionKind::ALL`]), the facts asked
    /// (or given up) in it; and how many such pairs.
    asked: [Bits; QuestionKind::ALL.len()],
    asked_pairs: usize,
    /// Changes whenever what a draw depends on changes (a fact asked or
    /// given up, a question chosen), so a kind's [`Drawable`] facts are
    /// worked out once per version.
    version: u64,
    fact_uses: Tally<u16>,
    topic_uses: Tally<u16>,
    kind_uses: [usize; QuestionKind::ALL.len()],
    /// Uses of each cited sentence, so a quiz spreads over the article.
    sentence_uses: Tally<u16>,
    /// Flawed or unrenderable candidates per fact and kind: a fact is given
    /// up for a kind only after several tries, since another seed may
    /// render it cleanly.
    failures: BTreeMap<(usize, QuestionKind), usize>,
    /// Normalised prompts (with matching items) already in the batch.
    prompts: PromptSet,
    /// What the batch's questions show a learner (prompts, matching items)
    /// and the answers they ask for, as key numbers (see
    /// [`QuestionBank::keys`]): a later stem must not print an earlier key,
    /// nor an earlier stem a later one. `shown_keys` holds the keys some
    /// shown text prints; `answer_uses` counts, per key, the chosen
    /// questions asking for it. Each candidate's printed keys are worked
    /// out once, in its [`Variant`], so the checks are bit tests.
    shown_keys: Bits,
    answer_uses: Vec<u16>,
    /// The facts whose keys are asked (the facts of every chosen
    /// question), and the facts one of whose keys some shown text prints:
    /// with [`LeakMasks`], a fresh fact's leak check is a few bit tests.
    answered_facts: Bits,
    shown_facts: Bits,
    /// Per wording class, the facts every wording of which prints a key
    /// the batch asks for, kept up to date as facts are asked.
    printed: Printed,
    /// True/false statements keyed true and false so far, so a batch does
    /// not teach "answer False".
    true_false: [usize; 2],
    /// Per fact, [`Progress::packed_uses`] as of the last
    /// [`Progress::record`] (absent entries are 0): every draw compares
    /// them, so they are worked out once per chosen question.
    packed: Vec<u64>,
}

/// Small counts by a dense number (a fact position, a topic or sentence
/// number); absent entries are 0.
#[derive(Debug, Clone, Default)]
struct Tally<T> {
    counts: Vec<T>,
}

impl<T: Copy + Default> Tally<T> {
    fn get(&self, at: usize) -> T {
        self.counts.get(at).copied().unwrap_or_default()
    }

    fn update(&mut self, at: usize, change: impl FnOnce(T) -> T) {
        if self.counts.len() <= at {
            self.counts.resize(at + 1, T::default());
        }
        self.counts[at] = change(self.counts[at]);
    }
}

/// The prompt keys ([`prompt_key`]) of a batch's questions, looked up by
/// each variant's hash of its key first.
#[derive(Default)]
struct PromptSet {
    /// The keys' hashes, sorted.
    hashes: Vec<u64>,
    keys: Vec<(u64, String)>,
}

impl PromptSet {
    fn contains(&self, variant: &Variant) -> bool {
        self.hashes.binary_search(&variant.prompt_hash).is_ok()
            && self
                .keys
                .iter()
                .any(|(hash, key)| *hash == variant.prompt_hash && *key == variant.prompt_key)
    }

    fn insert(&mut self, variant: &Variant) {
        if !self.contains(variant) {
            let at = self
                .hashes
                .partition_point(|&hash| hash < variant.prompt_hash);
            self.hashes.insert(at, variant.prompt_hash);
            self.keys
                .push((variant.prompt_hash, variant.prompt_key.clone()));
        }
    }
}

/// A kind's position in [`QuestionKind::ALL`] (a match, not a search:
/// draws ask it for every fact they look at).
fn kind_slot(kind: QuestionKind) -> usize {
    match kind {
        QuestionKind::MultipleChoice => 0,
        QuestionKind::TrueFalse => 1,
        QuestionKind::FillInTheBlank => 2,
        QuestionKind::ShortAnswer => 3,
        QuestionKind::MultiSelect => 4,
        QuestionKind::Matching => 5,
    }
}

/// A difficulty's position in [`Difficulty::ALL`].
fn difficulty_slot(difficulty: Difficulty) -> usize {
    match difficulty {
        Difficulty::Easy => 0,
        Difficulty::Medium => 1,
        Difficulty::Hard => 2,
    }
}

/// What a question shows before it is answered: its prompt and items.
fn shown_text(question: &Question) -> Vec<&str> {
    std::iter::once(question.prompt.as_str())
        .chain(question.matching_items.iter().map(String::as_str))
        .collect()
}

/// Points a candidate loses per answer it leaks to, or takes from,
/// another question of the batch, and for tipping the true/false balance.
const LEAK_PENALTY: f64 = 2.0;
const IMBALANCE_PENALTY: f64 = 3.0;

impl Progress {
    /// How many of the batch's keys the candidate prints, plus how many
    /// of the batch's stems print the candidate's key.
    fn leaks(&self, bank: &QuestionBank, candidate: &Variant) -> usize {
        let mut printed = 0;
        candidate.prints.for_each(|key| {
            printed += usize::from(self.answer_uses.get(key).copied().unwrap_or(0));
        });
        let taken = candidate
            .spec
            .facts
            .iter()
            .flat_map(|&i| bank.keys(usize::from(i)))
            .filter(|&key| self.shown_keys.contains(key))
            .count();
        printed + taken
    }

    /// Whether asking the fact at `index` in `kind` would leak: its key is
    /// already shown in the batch, or every wording it could show prints a
    /// key the batch asks for.
    #[cfg(test)]
    fn fact_leaks(&self, index: usize, kind: QuestionKind) -> bool {
        self.shown_facts.contains(index) || self.printed.every_wording(kind).contains(index)
    }

    /// 1 when the candidate is a true/false statement keyed the way the
    /// batch already leans, else 0.
    fn tips_balance(&self, question: &Question) -> usize {
        match (&question.kind, &question.key) {
            (QuestionKind::TrueFalse, crate::question::AnswerKey::Single { correct }) => {
                let [keyed_true, keyed_false] = self.true_false;
                let leaning = if *correct == 0 {
                    keyed_true > keyed_false
                } else {
                    keyed_false > keyed_true
                };
                usize::from(leaning)
            }
            _ => 0,
        }
    }

    /// Notes what a chosen question shows and asks, for later candidates.
    fn record_question(&mut self, bank: &QuestionBank, chosen: &Variant) {
        let question = &chosen.question;
        self.version += 1;
        self.prompts.insert(chosen);
        self.shown_keys.union_with(&chosen.prints);
        self.shown_facts.union_with(&chosen.prints_facts);
        for &index in &chosen.spec.facts {
            let index = usize::from(index);
            for key in bank.keys(index) {
                if self.answer_uses.len() <= key {
                    self.answer_uses.resize(key + 1, 0);
                }
                self.answer_uses[key] = self.answer_uses[key].saturating_add(1);
            }
            if bank.facts().facts().get(index).is_some() && !self.answered_facts.contains(index) {
                self.answered_facts.insert(index);
                self.printed.answer(bank.printers(), index);
            }
        }
        if let (QuestionKind::TrueFalse, crate::question::AnswerKey::Single { correct }) =
            (&question.kind, &question.key)
            && let Some(count) = self.true_false.get_mut(*correct)
        {
            *count += 1;
        }
    }

    /// Whether the fact at `index` was asked (or given up) in `kind`.
    fn was_asked(&self, index: usize, kind: QuestionKind) -> bool {
        self.asked[kind_slot(kind)].contains(index)
    }

    /// Marks the fact at `index` asked (or given up) in `kind`.
    fn mark_asked(&mut self, index: usize, kind: QuestionKind) {
        if !self.was_asked(index, kind) {
            self.asked[kind_slot(kind)].insert(index);
            self.asked_pairs += 1;
            self.version += 1;
        }
    }

    /// How often the kind was chosen so far.
    fn kind_uses(&self, kind: QuestionKind) -> usize {
        self.kind_uses[kind_slot(kind)]
    }

    /// How often the fact at `index`, its topic and its sentence were
    /// used so far: draws prefer the least used.
    fn uses(&self, bank: &QuestionBank, index: usize) -> (u16, u16, u16) {
        let groups = bank.groups(index);
        (
            self.fact_uses.get(index),
            self.topic_uses.get(groups.topic),
            self.sentence_uses.get(groups.sentence),
        )
    }

    /// [`Progress::uses`] as one number that orders the same way
    /// (fact uses, then topic uses, then sentence uses).
    fn packed_uses(&self, index: usize) -> u64 {
        self.packed.get(index).copied().unwrap_or(0)
    }

    /// A batch's progress before its first question, sized for the bank's
    /// facts so that recording allocates nothing.
    fn for_bank(bank: &QuestionBank) -> Progress {
        let facts = bank.facts().facts().len();
        let (topics, sentences) = bank.groups.iter().fold((0, 0), |(topics, sentences), g| {
            (topics.max(g.topic + 1), sentences.max(g.sentence + 1))
        });
        let sized = |len: usize| Tally {
            counts: vec![0; len],
        };
        Progress {
            fact_uses: sized(facts),
            topic_uses: sized(topics),
            sentence_uses: sized(sentences),
            answer_uses: vec![0; bank.key_start.last().copied().unwrap_or(0)],
            packed: Vec::with_capacity(facts),
            ..Progress::default()
        }
    }

    fn record(&mut self, bank: &QuestionBank, spec: &QuestionSpec) {
        let bump = |count: u16| count.saturating_add(1);
        self.version += 1;
        for &index in &spec.facts {
            let index = usize::from(index);
            self.mark_asked(index, spec.kind);
            self.fact_uses.update(index, bump);
            self.sentence_uses.update(bank.groups(index).sentence, bump);
        }
        if let Some(&main) = spec.facts.first() {
            self.topic_uses
                .update(bank.groups(usize::from(main)).topic, bump);
        }
        self.kind_uses[kind_slot(spec.kind)] += 1;
        let mut packed = std::mem::take(&mut self.packed);
        packed.clear();
        packed.extend((0..bank.groups.len()).map(|index| {
            let (fact, topic, sentence) = self.uses(bank, index);
            (u64::from(fact) << 32) | (u64::from(topic) << 16) | u64::from(sentence)
        }));
        self.packed = packed;
    }

    /// Higher is better: unseen topics and facts first.
    fn novelty(&self, bank: &QuestionBank, spec: &QuestionSpec) -> f64 {
        let topic_uses = spec.facts.first().map_or(0, |&main| {
            self.topic_uses.get(bank.groups(usize::from(main)).topic)
        });
        let (fact_uses, sentence_uses) =
            spec.facts
                .iter()
                .fold((0.0, 0.0), |(facts, sentences), &index| {
                    let index = usize::from(index);
                    (
                        facts + f64::from(self.fact_uses.get(index)),
                        sentences + f64::from(self.sentence_uses.get(bank.groups(index).sentence)),
                    )
                });
        -f64::from(topic_uses) * 1.5 - fact_uses - sentence_uses * 1.5
    }
}

/// The fact base plus what generation derives from it once: the verified
/// distractor candidates of every fact. Checking candidates against the
/// grader is the costly part of rendering, so it is done once per fact
/// (servers do them all on a blocking thread right after start-up) rather
/// than on every GenerateQuestions or CheckAnswer call.
#[derive(Debug)]
pub struct QuestionBank {
    base: Arc<FactBase>,
    /// Per fact (same order as `FactBase::facts`): candidates for the whole
    /// answer, and for single list items. Verified on first use, or by
    /// [`QuestionBank::warm`] in the background, so a server answers health
    /// checks before every fact's candidates are checked; a value is the
    /// same whoever computes it first.
    distractors: Vec<OnceLock<Verified>>,
    /// Whether two facts' answers can sit in one matching question, filled
    /// in on first use: each check runs the grader both ways, and matching
    /// draws test many pairs.
    pairable: Vec<OnceLock<bool>>,
    /// Per fact: whether it suits each kind (in `QuestionKind::ALL` order);
    /// asked on every draw, so decided once.
    suits: Vec<[bool; 6]>,
    /// Per fact: its texts folded for the leak checks, on first use (every
    /// draw checks every fresh fact, so folding them per draw was most of
    /// a batch's cost).
    folded: Vec<OnceLock<FoldedFact>>,
    /// Per fact: which facts' keys each of its texts prints, on first use.
    leak_masks: Vec<OnceLock<LeakMasks>>,
    /// The same turned around (which texts print each fact's keys), once
    /// every fact's masks are known.
    printers: OnceLock<Printers>,
    /// The item-writing flaws of rendered candidates, by
    /// [`review::verdict_key`]: the checks were most of a render's cost,
    /// and candidates come back with the same texts and option sets under
    /// ever new seeds (only their order and id differ). Bounded; a value is
    /// the same whoever computes it.
    verdicts: quick_cache::sync::Cache<String, Vec<Flaw>>,
    /// Where each fact's keys (its answer, then its list items) start in
    /// the numbering the leak checks use; one more entry than facts.
    key_start: Vec<usize>,
    /// The variant pool (see [`pool`]): per fact × kind × difficulty, the
    /// finished questions new batches draw from, filled on first use or by
    /// [`QuestionBank::warm`].
    pool: Vec<OnceLock<pool::Cell>>,
    /// Matching questions outside the pool (drawn when a narrow filter
    /// leaves no pooled set, whose partners are any matchable facts, all
    /// fresh) as rendered, by spec, or None when the spec fails the flaw
    /// gate. Their seeds are the main fact's pool seeds, so repeats hit.
    /// Bounded; a value is the same whoever computes it.
    matchings: quick_cache::sync::Cache<QuestionSpec, Option<Arc<Variant>>>,
    /// Set once [`QuestionBank::warm`] has filled everything: batches are
    /// then cheap enough to serve inline.
    warmed: AtomicBool,
    /// Per kind × difficulty: the facts of the whole base that kind may
    /// ask at all (see [`eligible_facts`]), once the bank is warm.
    eligible: Vec<OnceLock<Bits>>,
    /// Per fact: its topic, cited sentence and answer class as small
    /// numbers, so draws count and compare them without strings.
    groups: Vec<Groups>,
}

/// A fact's topic, cited sentence and answer class, numbered densely in
/// the order facts first have them: two facts share a number exactly when
/// they share the topic name, sentence index or `Fact::answer_class`.
#[derive(Debug, Clone, Copy, Default)]
struct Groups {
    topic: usize,
    sentence: usize,
    class: usize,
}

impl Groups {
    fn of_every_fact(base: &FactBase) -> Vec<Groups> {
        fn number<K: Ord>(seen: &mut BTreeMap<K, usize>, key: K) -> usize {
            let next = seen.len();
            *seen.entry(key).or_insert(next)
        }
        let (mut topics, mut sentences, mut classes) =
            (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
        base.facts()
            .iter()
            .map(|fact| Groups {
                topic: number(&mut topics, fact.topic.as_str()),
                sentence: number(&mut sentences, fact.citation.sentence_index),
                class: number(&mut classes, fact.answer_class()),
            })
            .collect()
    }
}

/// How many rendered matching questions a bank keeps.
const MATCHING_CAPACITY: usize = 8_192;

/// How many candidates' flaw verdicts a bank keeps (a few MB at most).
const VERDICT_CAPACITY: usize = 16_384;

/// One fact's verified distractor candidates, and what follows from them.
#[derive(Debug)]
struct Verified {
    /// For the whole answer, and for single list items.
    lists: [Vec<Distractor>; 2],
    /// Whether a false statement about the fact can swap in a value of the
    /// article's own world (see [`QuestionBank::can_be_false`]).
    can_be_false: bool,
}

impl QuestionBank {
    /// The bank over `base`. Cheap: each fact's distractors are verified
    /// when first needed (call [`QuestionBank::warm`] to do them all).
    pub fn new(base: Arc<FactBase>) -> QuestionBank {
        let count = base.facts().len();
        let distractors = (0..count).map(|_| OnceLock::new()).collect();
        let pairable = (0..count * count).map(|_| OnceLock::new()).collect();
        let suits = base
            .facts()
            .iter()
            .map(|fact| {
                // A typed slot that another true value fills is asked only
                // when some word in the prompt can rule the rivals out.
                let rivals = base.rivals(fact);
                let fair_slot = rivals.values.is_empty() || rivals.ruled_out_by.is_some();
                QuestionKind::ALL.map(|kind| {
                    let typed = matches!(
                        kind,
                        QuestionKind::FillInTheBlank | QuestionKind::ShortAnswer
                    );
                    suits(fact, kind) && (fair_slot || !typed)
                })
            })
            .collect();
        let folded = (0..count).map(|_| OnceLock::new()).collect();
        let leak_masks = (0..count).map(|_| OnceLock::new()).collect();
        let key_start = std::iter::once(0)
            .chain(base.facts().iter().scan(0, |start, fact| {
                *start += 1 + fact.items.len();
                Some(*start)
            }))
            .collect();
        let cells = pool::cell(count, QuestionKind::ALL[0], Difficulty::ALL[0]);
        let pool = (0..cells).map(|_| OnceLock::new()).collect();
        let groups = Groups::of_every_fact(&base);
        QuestionBank {
            base,
            distractors,
            pairable,
            suits,
            folded,
            leak_masks,
            printers: OnceLock::new(),
            verdicts: quick_cache::sync::Cache::new(VERDICT_CAPACITY),
            key_start,
            pool,
            matchings: quick_cache::sync::Cache::new(MATCHING_CAPACITY),
            warmed: AtomicBool::new(false),
            eligible: (0..QuestionKind::ALL.len() * Difficulty::ALL.len())
                .map(|_| OnceLock::new())
                .collect(),
            groups,
        }
    }

    /// Verifies every fact's distractors and fills the variant pool now,
    /// so no request waits for either. Servers run this on a blocking
    /// thread right after start-up.
    pub fn warm(&self) {
        for index in 0..self.distractors.len() {
            self.verified(index);
        }
        self.printers();
        for index in 0..self.distractors.len() {
            for kind in QuestionKind::ALL {
                for difficulty in Difficulty::ALL {
                    self.variants(index, kind, difficulty);
                }
            }
        }
        self.warmed.store(true, Ordering::Release);
        for kind in QuestionKind::ALL {
            for difficulty in Difficulty::ALL {
                self.eligible(kind, difficulty);
            }
        }
    }

    /// The topic, sentence and class numbers of the fact at `index`.
    fn groups(&self, index: usize) -> Groups {
        self.groups.get(index).copied().unwrap_or_default()
    }

    /// True once [`QuestionBank::warm`] has finished: a batch of a few
    /// dozen questions then costs tens of microseconds.
    pub fn is_warm(&self) -> bool {
        self.warmed.load(Ordering::Acquire)
    }

    /// The numbers of the fact at `index`'s keys (its answer, then its
    /// list items) in the leak checks' numbering; empty past the last fact.
    fn keys(&self, index: usize) -> std::ops::Range<usize> {
        match (self.key_start.get(index), self.key_start.get(index + 1)) {
            (Some(&start), Some(&end)) => start..end,
            _ => 0..0,
        }
    }

    /// The pooled variants with the fact at `index` as main fact in a kind
    /// and difficulty, rendered on first use; empty when none passes the
    /// flaw gate.
    fn variants(
        &self,
        index: usize,
        kind: QuestionKind,
        difficulty: Difficulty,
    ) -> &[Arc<Variant>] {
        &self.cell(index, kind, difficulty).variants
    }

    /// The pool's cell of a fact, kind and difficulty, filled on first
    /// use; an empty one past the last fact.
    fn cell(&self, index: usize, kind: QuestionKind, difficulty: Difficulty) -> &pool::Cell {
        static EMPTY: pool::Cell = pool::Cell {
            variants: Vec::new(),
            draws: Vec::new(),
        };
        self.pool
            .get(pool::cell(index, kind, difficulty))
            .map_or(&EMPTY, |cell| {
                cell.get_or_init(|| pool::fill(self, index, kind, difficulty))
            })
    }

    /// The finished candidate a drawn spec names: from the pool, or for
    /// matching rendered once and remembered. None when it fails the flaw
    /// gate or does not render.
    fn variant(&self, spec: &QuestionSpec) -> Option<Arc<Variant>> {
        let main = usize::from(*spec.facts.first()?);
        let pooled = self
            .variants(main, spec.kind, spec.difficulty)
            .iter()
            .find(|variant| variant.spec == *spec);
        if pooled.is_some() || spec.kind != QuestionKind::Matching {
            return pooled.cloned();
        }
        if let Some(known) = self.matchings.get(spec) {
            return known;
        }
        let made = render::render(self, spec)
            .ok()
            .map(|question| Arc::new(Variant::new(self, spec.clone(), question)));
        self.matchings.insert(spec.clone(), made.clone());
        made
    }

    /// The candidates of the fact at `index`, verified on first use;
    /// `None` past the last fact.
    fn verified(&self, index: usize) -> Option<&Verified> {
        let cell = self.distractors.get(index)?;
        let fact = self.base.facts().get(index)?;
        Some(cell.get_or_init(|| {
            let for_items = fact.answer_kind == AnswerKind::List;
            let items = if for_items {
                distractors::candidates(&self.base, fact, true)
            } else {
                Vec::new()
            };
            let lists = [distractors::candidates(&self.base, fact, false), items];
            // A statement false only by what it leaves out is no false
            // statement: only single-valued relations are asked so.
            let can_be_false = fact.exclusive
                && lists[usize::from(for_items)]
                    .iter()
                    .any(|d| believable_swap(fact, d));
            Verified {
                lists,
                can_be_false,
            }
        }))
    }

    /// The leak-check texts of the fact at `index`, folded on first use.
    fn folded(&self, index: usize) -> Option<&FoldedFact> {
        let fact = self.base.facts().get(index)?;
        Some(
            self.folded
                .get(index)?
                .get_or_init(|| FoldedFact::new(fact)),
        )
    }

    /// The flaws of a question rendered from the facts at `indices`
    /// (`facts`), remembered by [`review::verdict_key`].
    fn flaws_of(
        &self,
        indices: &[u16],
        facts: &[&Fact],
        question: &Question,
        extras: &review::Extras,
    ) -> Vec<Flaw> {
        let key = review::verdict_key(indices, question, extras);
        if let Some(flaws) = self.verdicts.get(&key) {
            return flaws;
        }
        let flaws = review::flaws(&self.base, facts, question, extras);
        self.verdicts.insert(key, flaws.clone());
        flaws
    }

    /// Whether the fact at `index` may be asked in `kind` and `difficulty`
    /// at all: it suits the kind, can be false for true/false, and for
    /// single-fact kinds has a pooled variant.
    fn may_ask(&self, index: usize, kind: QuestionKind, difficulty: Difficulty) -> bool {
        self.suits(index, kind)
            && (kind != QuestionKind::TrueFalse || self.can_be_false(index))
            && (kind == QuestionKind::Matching
                || !self.variants(index, kind, difficulty).is_empty())
    }

    /// The facts of the whole base [`QuestionBank::may_ask`] allows, worked
    /// out on first use once the bank is warm (before that, asking every
    /// fact would fill pool cells no request needs yet).
    fn eligible(&self, kind: QuestionKind, difficulty: Difficulty) -> Option<&Bits> {
        if !self.is_warm() {
            return None;
        }
        let cell = self
            .eligible
            .get(kind_slot(kind) * Difficulty::ALL.len() + difficulty_slot(difficulty))?;
        Some(cell.get_or_init(|| {
            let mut set = Bits::default();
            for index in 0..self.base.facts().len() {
                if self.may_ask(index, kind, difficulty) {
                    set.insert(index);
                }
            }
            set
        }))
    }

    /// The leak masks of the fact at `index`, worked out on first use.
    fn leak_masks(&self, index: usize) -> Option<&LeakMasks> {
        let cell = self.leak_masks.get(index)?;
        if let Some(masks) = cell.get() {
            return Some(masks);
        }
        let folded = self.folded(index)?;
        Some(cell.get_or_init(|| LeakMasks::new(self, folded)))
    }

    /// Which texts print each fact's keys (see [`Printers`]), worked out on
    /// first use from every fact's leak masks.
    fn printers(&self) -> &Printers {
        self.printers.get_or_init(|| Printers::new(self))
    }

    /// True when the facts at `a` and `b` can be paired in one matching
    /// question (see `render::can_pair`); cached per pair.
    pub fn can_pair(&self, a: usize, b: usize) -> bool {
        let facts = self.base.facts();
        let (Some(first), Some(second)) = (facts.get(a), facts.get(b)) else {
            return false;
        };
        let (low, high) = (a.min(b), a.max(b));
        // A rival value of one item's slot ("landmark" beside "legally
        // binding", both kinds of the treaty) answers it as well.
        let rival =
            |fact: &Fact, other: &Fact| {
                self.base.rivals(fact).values.iter().any(|value| {
                    crate::text::normalize(value) == crate::text::normalize(&other.answer)
                })
            };
        self.pairable
            .get(low * facts.len() + high)
            .is_some_and(|cell| {
                *cell.get_or_init(|| {
                    can_pair(first, second) && !rival(first, second) && !rival(second, first)
                })
            })
    }

    /// True when a false statement about the fact at `index` can swap in a
    /// value of the article's own world; true/false asks only such facts,
    /// so a statement is never true merely because no false one exists.
    pub fn can_be_false(&self, index: usize) -> bool {
        self.verified(index)
            .is_some_and(|verified| verified.can_be_false)
    }

    /// Whether the fact at `index` may be asked in `kind` (see [`suits`]).
    pub(crate) fn suits(&self, index: usize, kind: QuestionKind) -> bool {
        self.suits
            .get(index)
            .is_some_and(|row| row[kind_slot(kind)])
    }

    /// Whether the fact at `index` is asked in quizzes at all: some kind of
    /// question about it passes the item-writing checks. The others (a
    /// general-knowledge answer, too few believable distractors) serve Ask
    /// only, and progress does not count them.
    pub fn quizzable(&self, index: usize) -> bool {
        QuestionKind::ALL
            .iter()
            .any(|&kind| self.suits(index, kind))
    }

    /// The fact base questions are drawn from.
    pub fn facts(&self) -> &FactBase {
        &self.base
    }

    /// The same fact base, shared, for adapters that serve facts too.
    pub fn shared_facts(&self) -> Arc<FactBase> {
        Arc::clone(&self.base)
    }

    /// Verified distractor candidates for the fact at `index`: for its whole
    /// answer, or with `for_items` for one item of its list.
    pub fn distractors(&self, index: usize, for_items: bool) -> &[Distractor] {
        self.verified(index).map_or(&[], |verified| {
            verified.lists[usize::from(for_items)].as_slice()
        })
    }

    /// Generates a batch of questions; see [`generate_from`].
    pub fn generate(&self, request: &GenerateRequest) -> Result<Generated, GenerateError> {
        generate_from(self, request).map(Generated::from)
    }

    /// The same batch as [`QuestionBank::generate`], its questions shared
    /// with the bank rather than copied.
    pub fn generate_shared(
        &self,
        request: &GenerateRequest,
    ) -> Result<SharedGenerated, GenerateError> {
        generate_from(self, request)
    }

    /// The spec an id names in this bank's fact set.
    pub fn decode(&self, id: &str) -> Result<QuestionSpec, RebuildError> {
        self.base.decode_spec(id).map_err(|error| match error {
            SpecError::Malformed(e) => RebuildError::Malformed(e.to_string()),
            SpecError::Unknown(reason) => RebuildError::Unknown(reason.into()),
        })
    }

    /// Renders the question a spec describes without the flaw gate, with
    /// the item-writing flaws it has (none for an issued one).
    pub fn review_spec(&self, spec: &QuestionSpec) -> Result<(Question, Vec<Flaw>), RebuildError> {
        render::render_with_flaws(self, spec).map_err(|error| match error {
            RenderError::Unknown(reason) => RebuildError::Unknown(reason),
            RenderError::NotApplicable => {
                RebuildError::Unknown("no question of this kind exists for these facts".into())
            }
        })
    }

    /// Renders the question an id describes without the flaw gate, with
    /// the item-writing flaws it has (none for an issued id).
    pub fn review(&self, id: &str) -> Result<(Question, Vec<Flaw>), RebuildError> {
        self.review_spec(&self.decode(id)?)
    }

    /// Rebuilds the question an id was issued for, exactly as it was issued.
    pub fn rebuild(&self, id: &str) -> Result<Question, RebuildError> {
        let spec = self.decode(id)?;
        render::render(self, &spec).map_err(|error| match error {
            RenderError::Unknown(reason) => RebuildError::Unknown(reason),
            RenderError::NotApplicable => {
                RebuildError::Unknown("no question of this kind exists for these facts".into())
            }
        })
    }
}

/// Generates a batch of questions: for each slot it draws a kind and a fact
/// not yet asked in that kind, renders a few candidates and keeps the best
/// (the freshest topic, a prompt of sensible length).
fn generate_from(
    bank: &QuestionBank,
    request: &GenerateRequest,
) -> Result<SharedGenerated, GenerateError> {
    if request.count == 0 || request.count > MAX_COUNT {
        return Err(GenerateError::CountOutOfRange(request.count));
    }
    let pool = select_facts(bank.facts(), request)?;
    if pool.is_empty() {
        return Err(GenerateError::NothingToAsk(
            "these topics, facts and source".into(),
        ));
    }
    let mut batch = Batch::new(bank, request, pool);
    let mut questions = Vec::with_capacity(request.count);
    while questions.len() < request.count {
        if !batch.any_open_kind() {
            break;
        }
        match batch.best_candidate() {
            Some(chosen) => {
                batch.progress.record(bank, &chosen.spec);
                batch.progress.record_question(bank, &chosen);
                questions.push(Arc::clone(&chosen.question));
            }
            None if batch.exhausted_kinds() >= batch.kinds.len() => break,
            None => {}
        }
        // Guard against a kind that keeps failing to render at all.
        if questions.is_empty()
            && batch.progress.asked_pairs > batch.pool.len() * QuestionKind::ALL.len()
        {
            break;
        }
    }
    let note = (questions.len() < request.count).then(|| {
        format!(
            "Only {} of {} questions: the filters leave too few facts for the requested kinds, and no fact is asked twice in the same kind.",
            questions.len(),
            request.count
        )
    });
    if questions.is_empty() {
        return Err(GenerateError::NothingToAsk(
            batch
                .kinds
                .iter()
                .map(|(kind, _)| kind.name())
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    Ok(SharedGenerated {
        questions,
        seed: request.seed,
        note,
    })
}

/// One request's batch as it fills: what it may draw from and what it has
/// asked so far. Per-kind draws are worked out lazily and kept until the
/// batch's [`Progress`] moves on, so the draws of one slot share them.
struct Batch<'a> {
    bank: &'a QuestionBank,
    difficulty: Difficulty,
    /// The facts the request's filters allow.
    pool: Vec<usize>,
    /// The kinds to draw, with their weights (1 each when the request
    /// names kinds, which are then covered evenly instead of by weight).
    kinds: Vec<(QuestionKind, u32)>,
    explicit_kinds: bool,
    rng: ChaCha8Rng,
    progress: Progress,
    /// Per kind, the pool's facts that kind can ask about at all.
    eligible_by_kind: [Option<Bits>; QuestionKind::ALL.len()],
    /// Per kind, its drawable facts as of a `Progress::version`.
    drawables: [KindDraws; QuestionKind::ALL.len()],
    /// Buffers every [`drawable`] of the batch reuses.
    scratch: Scratch,
    /// Kinds with nothing left to draw, as bits by [`kind_slot`].
    exhausted: u8,
    /// The kinds not yet exhausted, with their weights (refilled per slot).
    open_kinds: Vec<(QuestionKind, u32)>,
}

/// A candidate a draw yields: a pooled variant, borrowed from the bank, or
/// a matching set rendered outside the pool (shared with the bank's cache).
enum Candidate<'a> {
    Pooled(&'a Variant),
    Rendered(Arc<Variant>),
}

impl std::ops::Deref for Candidate<'_> {
    type Target = Variant;

    fn deref(&self) -> &Variant {
        match self {
            Candidate::Pooled(variant) => variant,
            Candidate::Rendered(variant) => variant,
        }
    }
}

impl<'a> Batch<'a> {
    fn new(bank: &'a QuestionBank, request: &GenerateRequest, pool: Vec<usize>) -> Batch<'a> {
        let kinds: Vec<(QuestionKind, u32)> = if request.kinds.is_empty() {
            default_mix(request.difficulty).to_vec()
        } else {
            let unique: BTreeSet<QuestionKind> = request.kinds.iter().copied().collect();
            unique.into_iter().map(|kind| (kind, 1)).collect()
        };
        Batch {
            bank,
            difficulty: request.difficulty,
            pool,
            open_kinds: Vec::with_capacity(kinds.len()),
            kinds,
            explicit_kinds: !request.kinds.is_empty(),
            rng: ChaCha8Rng::seed_from_u64(request.seed),
            progress: Progress::for_bank(bank),
            eligible_by_kind: Default::default(),
            drawables: Default::default(),
            scratch: Scratch::default(),
            exhausted: 0,
        }
    }

    fn is_exhausted(&self, kind: QuestionKind) -> bool {
        self.exhausted & (1 << kind_slot(kind)) != 0
    }

    /// How many kinds are exhausted.
    fn exhausted_kinds(&self) -> usize {
        self.exhausted.count_ones() as usize
    }

    /// Whether some kind is not yet exhausted.
    fn any_open_kind(&self) -> bool {
        self.kinds.iter().any(|(kind, _)| !self.is_exhausted(*kind))
    }

    /// Overgenerate, then rank: draws candidates for one slot until enough
    /// clean ones are found (or the tries run out) and returns the best.
    /// A draw that is flawed, a repeat or unrenderable counts against its
    /// facts, and a kind with nothing left is marked exhausted.
    fn best_candidate(&mut self) -> Option<Candidate<'a>> {
        let mut open_kinds = std::mem::take(&mut self.open_kinds);
        open_kinds.clear();
        open_kinds.extend(
            self.kinds
                .iter()
                .copied()
                .filter(|(kind, _)| !self.is_exhausted(*kind)),
        );
        let mut best: Option<(f64, Candidate<'a>)> = None;
        let mut found = 0;
        for _ in 0..ATTEMPTS_PER_SLOT {
            if found >= 2 * CANDIDATES_PER_SLOT {
                break;
            }
            let kind = self.next_kind(&open_kinds);
            let Some(drawn) = self.draw(kind) else {
                self.exhausted |= 1 << kind_slot(kind);
                break;
            };
            let candidate = match &drawn {
                Drawn::Pooled(variant) => Some(Candidate::Pooled(variant)),
                Drawn::Spec(spec) => self.bank.variant(spec).map(Candidate::Rendered),
            };
            match candidate {
                Some(candidate) if !self.progress.prompts.contains(&candidate) => {
                    let (score, clean) = self.rank(&candidate);
                    // A candidate that leaks or tips the balance counts half,
                    // so more are drawn before settling for one.
                    found += if clean { 2 } else { 1 };
                    if best
                        .as_ref()
                        .is_none_or(|(best_score, _)| score > *best_score)
                    {
                        best = Some((score, candidate));
                    }
                }
                _ => self.give_up_on(drawn.spec(), kind),
            }
        }
        self.open_kinds = open_kinds;
        best.map(|(_, chosen)| chosen)
    }

    /// The kind of the next draw: the least used of the requested kinds
    /// (even coverage), or one drawn by the difficulty's weights.
    fn next_kind(&mut self, open_kinds: &[(QuestionKind, u32)]) -> QuestionKind {
        if !self.explicit_kinds {
            return weighted_kind(open_kinds, &mut self.rng);
        }
        let uses = |kind: QuestionKind| self.progress.kind_uses(kind);
        let least = open_kinds
            .iter()
            .map(|(kind, _)| uses(*kind))
            .min()
            .unwrap_or(0);
        let tied = open_kinds
            .iter()
            .filter(|(kind, _)| uses(*kind) == least)
            .count();
        let pick = self.rng.random_range(0..tied);
        open_kinds
            .iter()
            .map(|(kind, _)| *kind)
            .filter(|kind| uses(*kind) == least)
            .nth(pick)
            .unwrap_or(open_kinds[0].0)
    }

    /// Draws one candidate of `kind`; `None` when the kind has no fact
    /// left to ask about.
    fn draw(&mut self, kind: QuestionKind) -> Option<Drawn<'a>> {
        let (bank, difficulty) = (self.bank, self.difficulty);
        let slot = kind_slot(kind);
        let eligible = self.eligible_by_kind[slot]
            .get_or_insert_with(|| eligible_facts(bank, &self.pool, kind, difficulty));
        let now = &mut self.drawables[slot];
        if now.version != Some(self.progress.version) {
            now.any = drawable(
                bank,
                eligible,
                (kind, difficulty),
                &self.progress,
                &mut self.scratch,
                &mut now.drawable,
            );
            now.version = Some(self.progress.version);
        }
        if !now.any {
            return None;
        }
        draw_spec(
            bank,
            &now.drawable,
            (kind, difficulty),
            &mut self.scratch.mains,
            &mut self.rng,
        )
    }

    /// A candidate's score (fresh topics up; flaws, leaks and imbalance
    /// down; a little noise so equal candidates vary by seed) and whether
    /// it neither leaks nor tips the balance.
    fn rank(&mut self, candidate: &Variant) -> (f64, bool) {
        let leaks = self.progress.leaks(self.bank, candidate);
        let tips = self.progress.tips_balance(&candidate.question);
        let score = self.progress.novelty(self.bank, &candidate.spec)
            - candidate.penalty
            - leaks as f64 * LEAK_PENALTY
            - tips as f64 * IMBALANCE_PENALTY
            + self.rng.random_range(0.0..0.5);
        (score, leaks + tips == 0)
    }

    /// Counts a failed draw against its facts: after a few, a fact is given
    /// up for this kind.
    fn give_up_on(&mut self, spec: &QuestionSpec, kind: QuestionKind) {
        for &index in &spec.facts {
            let index = usize::from(index);
            let tries = self.progress.failures.entry((index, kind)).or_default();
            *tries += 1;
            if *tries >= FAILURES_PER_FACT {
                self.progress.mark_asked(index, kind);
            }
        }
    }
}

fn weighted_kind(kinds: &[(QuestionKind, u32)], rng: &mut impl Rng) -> QuestionKind {
    let total: u32 = kinds.iter().map(|(_, weight)| weight).sum();
    let mut roll = rng.random_range(0..total.max(1));
    for &(kind, weight) in kinds {
        if roll < weight {
            return kind;
        }
        roll -= weight;
    }
    kinds[0].0
}

/// What makes two questions the same to a learner: the prompt and, for
/// matching, its items.
pub fn prompt_key(question: &Question) -> String {
    let mut key = crate::text::normalize(&question.prompt);
    for item in &question.matching_items {
        key.push('|');
        key.push_str(&crate::text::normalize(item));
    }
    key
}

/// Very long prompts read badly in a chat window.
fn prompt_penalty(question: &Question) -> f64 {
    let length = question.prompt.chars().count()
        + question
            .matching_items
            .iter()
            .map(|item| item.chars().count())
            .sum::<usize>();
    if length > 400 { 1.0 } else { 0.0 }
}

/// The facts of `pool` a kind may ask at all: they suit it, can be false
/// for true/false, and for single-fact kinds have a pooled variant. The
/// same for every draw of a request, so worked out once per kind.
fn eligible_facts(
    bank: &QuestionBank,
    pool: &[usize],
    kind: QuestionKind,
    difficulty: Difficulty,
) -> Bits {
    let mut facts = Bits::default();
    match bank.eligible(kind, difficulty) {
        Some(eligible) => pool
            .iter()
            .copied()
            .filter(|&i| eligible.contains(i))
            .for_each(|i| facts.insert(i)),
        None => pool
            .iter()
            .copied()
            .filter(|&i| bank.may_ask(i, kind, difficulty))
            .for_each(|i| facts.insert(i)),
    }
    facts
}

/// What one kind may draw from at one state of the batch: the fresh facts
/// (clean ones only, when there are any) and the least used of them.
/// Draws change nothing until a question is chosen or a fact given up, so
/// the draws of one slot share it.
#[derive(Default)]
struct Drawable {
    /// For matching (whose sets take partners from them): the fresh facts.
    /// Empty for the single-fact kinds, which draw from the least used.
    fresh: Bits,
    /// The least used of them, smallest position first.
    candidates: Vec<usize>,
}

/// A kind's [`Drawable`] facts, the `Progress::version` they were worked
/// out at (None before the first draw), and whether any is left.
#[derive(Default)]
struct KindDraws {
    version: Option<u64>,
    any: bool,
    drawable: Drawable,
}

/// Buffers [`drawable`] and [`draw_spec`] fill and empty on every call,
/// kept by the batch so a draw allocates nothing once they have grown.
#[derive(Default)]
struct Scratch {
    fresh: Bits,
    clean: Bits,
    per_class: Tally<usize>,
    mains: Vec<usize>,
}

/// One candidate a kind's draw yields: a pooled variant, or the spec of a
/// matching set put together outside the pool.
enum Drawn<'a> {
    Pooled(&'a Variant),
    Spec(QuestionSpec),
}

impl Drawn<'_> {
    fn spec(&self) -> &QuestionSpec {
        match self {
            Drawn::Pooled(variant) => &variant.spec,
            Drawn::Spec(spec) => spec,
        }
    }
}

/// Works out into `into` a kind's [`Drawable`] facts (of the `eligible`
/// ones): those not yet asked in this kind, and of them the least used;
/// false when none is left.
fn drawable(
    bank: &QuestionBank,
    eligible: &Bits,
    (kind, difficulty): (QuestionKind, Difficulty),
    progress: &Progress,
    scratch: &mut Scratch,
    into: &mut Drawable,
) -> bool {
    let Drawable { fresh, candidates } = into;
    fresh.clear();
    let unasked = &mut scratch.fresh;
    unasked.set_difference(eligible, &[&progress.asked[kind_slot(kind)]]);
    if kind != QuestionKind::Matching {
        // Single-fact kinds draw from the least used alone.
        least_used(unasked, kind, progress, candidates, &mut scratch.clean);
        return !candidates.is_empty();
    }
    // A matching set needs enough fresh facts of one answer class.
    let per_class = &mut scratch.per_class;
    per_class.counts.clear();
    for i in unasked.iter() {
        per_class.update(bank.groups(i).class, |count| count + 1);
    }
    let wanted = matching_pairs(difficulty);
    for i in unasked.iter() {
        if per_class.get(bank.groups(i).class) >= wanted {
            fresh.insert(i);
        }
    }
    if fresh.is_empty() {
        return false;
    }
    // Facts that would print a key the batch asks for, or whose key the
    // batch already printed, only when nothing else is left.
    let clean = &mut scratch.clean;
    clean.set_difference(
        fresh,
        &[&progress.shown_facts, progress.printed.every_wording(kind)],
    );
    if !clean.is_empty() {
        std::mem::swap(fresh, clean);
    }
    // The least-used facts first, then the least-used topics, then the
    // least-used sentences: a quiz spreads over the whole article.
    least_of(fresh, progress, candidates);
    true
}

/// Into `candidates`, smallest position first: the members of `facts` at
/// the least [`Progress::uses`].
fn least_of(facts: &Bits, progress: &Progress, candidates: &mut Vec<usize>) {
    candidates.clear();
    let mut least = u64::MAX;
    facts.for_each(|index| {
        let used = progress.packed_uses(index);
        if used < least {
            least = used;
            candidates.clear();
        }
        if used == least {
            candidates.push(index);
        }
    });
}

/// Into `candidates`, in order: the least-used of the `fresh` facts that
/// would not leak (see [`Progress::fact_leaks`]), or the least-used of all
/// of them when every one would.
fn least_used(
    fresh: &Bits,
    kind: QuestionKind,
    progress: &Progress,
    candidates: &mut Vec<usize>,
    clean: &mut Bits,
) {
    clean.set_difference(
        fresh,
        &[&progress.shown_facts, progress.printed.every_wording(kind)],
    );
    let from = if clean.is_empty() { fresh } else { &*clean };
    least_of(from, progress, candidates);
}

/// Draws one candidate: a main fact from the least-used topics that has
/// not been asked in this kind, as one of its pooled variants; for
/// matching, a pooled set whose partners are all fresh, or else the spec
/// of a set put together from fresh facts. `mains` is a scratch buffer.
fn draw_spec<'a>(
    bank: &'a QuestionBank,
    drawable: &Drawable,
    (kind, difficulty): (QuestionKind, Difficulty),
    mains: &mut Vec<usize>,
    rng: &mut impl Rng,
) -> Option<Drawn<'a>> {
    let Drawable { fresh, candidates } = drawable;
    if kind != QuestionKind::Matching {
        // One of the main fact's pooled variants, drawn by its seeds.
        let main = candidates[rng.random_range(0..candidates.len())];
        let cell = bank.cell(main, kind, difficulty);
        let drawn = cell
            .draws
            .get(rng.random_range(0..cell.draws.len().max(1)))?;
        return cell
            .variants
            .get(usize::from(*drawn))
            .map(|variant| Drawn::Pooled(variant));
    }
    // A pooled set around one of the least-used facts whose partners
    // are all fresh, if any; else one put together from fresh facts.
    // The mains are tried in random order, so one fact without usable
    // sets does not close the kind.
    mains.clear();
    mains.extend_from_slice(candidates);
    mains.shuffle(rng);
    for &main in mains.iter() {
        let variants = bank.variants(main, kind, difficulty);
        let is_usable = |variant: &&Arc<Variant>| variant.facts.is_subset(fresh);
        let count = variants.iter().filter(is_usable).count();
        if count > 0 {
            let pick = rng.random_range(0..count);
            return variants
                .iter()
                .filter(is_usable)
                .nth(pick)
                .map(|variant| Drawn::Pooled(variant));
        }
    }
    let fresh: Vec<usize> = fresh.iter().collect();
    let chosen = matching_set(bank, &fresh, candidates.clone(), difficulty, rng)?;
    // The seed: one of the main fact's fixed pool seeds.
    let main = *chosen.first()?;
    let seeds = pool::seeds(bank.facts().facts().get(main)?, kind, difficulty);
    let seed = seeds[rng.random_range(0..seeds.len())];
    Some(Drawn::Spec(QuestionSpec::over(
        bank.facts().fingerprint(),
        kind,
        difficulty,
        chosen,
        seed,
    )))
}

/// A matching set around one of `mains` (tried in random order, so one
/// fact without partners does not close the kind): partners from `fresh`
/// of the same answer class, so no item's wording fits only one answer,
/// each pairable with every other.
fn matching_set(
    bank: &QuestionBank,
    fresh: &[usize],
    mut mains: Vec<usize>,
    difficulty: Difficulty,
    rng: &mut impl Rng,
) -> Option<Vec<usize>> {
    let wanted = matching_pairs(difficulty);
    mains.shuffle(rng);
    mains
        .into_iter()
        .find_map(|main| set_around(bank, main, fresh, wanted, rng))
}

/// A matching set of `wanted` facts around `main`: partners from `others`
/// of the same answer class, in random order, each pairable with every
/// other; None when too few are.
fn set_around(
    bank: &QuestionBank,
    main: usize,
    others: &[usize],
    wanted: usize,
    rng: &mut impl Rng,
) -> Option<Vec<usize>> {
    let class = bank.groups(main).class;
    let mut partners: Vec<usize> = others
        .iter()
        .copied()
        .filter(|&i| i != main && bank.groups(i).class == class)
        .collect();
    partners.shuffle(rng);
    let mut chosen = vec![main];
    for candidate in partners {
        if chosen.len() == wanted {
            break;
        }
        if chosen.iter().all(|&c| bank.can_pair(c, candidate)) {
            chosen.push(candidate);
        }
    }
    (chosen.len() == wanted).then_some(chosen)
}

#[cfg(test)]
mod tests;
