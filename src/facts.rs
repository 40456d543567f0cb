//! The fact model: curated atomic facts, each citing one article sentence,
//! and their loading and validation.
//!
//! A fact set is a JSON document (see `data/facts.json`) naming its source
//! articles, topics, relation templates, distractor pools and facts. It is
//! validated as a whole when loaded; a fact base that exists is a good one,
//! so the rest of the product never re-checks it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::Deserialize;
use thiserror::Error;

use crate::article::{Article, ArticleError};
use crate::quality::{self, Polarity};
use crate::question_id::{IdError, IdParts, QuestionSpec, fact_key, source_key};
use crate::text::{capitalize_first, contains_phrase, normalize};

/// The curated fact set shipped with the binary.
pub const EMBEDDED_FACTS_JSON: &str = include_str!("../data/facts.json");
/// The article the embedded fact set cites, by the file name the set uses.
pub const EMBEDDED_ARTICLES: &[(&str, &str)] = &[(
    "china-central-asia-summit-2025.txt",
    include_str!("../data/china-central-asia-summit-2025.txt"),
)];

/// The most facts one set may hold: question ids address facts with 16 bits.
pub const MAX_FACTS: usize = u16::MAX as usize;
/// The longest topic title, in characters: it is read inside a sentence
/// ("It can tell you about …") and as a one-line heading.
pub const MAX_TOPIC_TITLE_CHARS: usize = 80;

/// What kind of thing an answer is. Grading and distractor choice depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    Person,
    Place,
    Organization,
    Number,
    Money,
    DateTime,
    Duration,
    List,
    Concept,
    Event,
}

impl AnswerKind {
    /// Kinds whose answers are quantities: graded by value, never by spelling.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            AnswerKind::Number | AnswerKind::Money | AnswerKind::Duration
        )
    }
}

/// One sentence reference: where a fact comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub source_id: String,
    /// 1-based number of the sentence in the article body; 0 is the
    /// headline, which facts may cite too (it states the article's point).
    pub sentence_index: u32,
    /// The sentence verbatim, so a client can quote it without a second call.
    pub text: String,
}

impl Citation {
    /// Where the cited text sits, in words: "the headline" or "sentence 5".
    pub fn place(&self) -> String {
        if self.sentence_index == 0 {
            "the headline".to_string()
        } else {
            format!("sentence {}", self.sentence_index)
        }
    }
}

/// A topic facts are grouped under.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Machine name, used as a filter value ("regional-views").
    pub name: String,
    /// What a reader would call the topic: a short noun phrase as it reads
    /// mid-sentence, lower case unless it opens with a name ("how the
    /// Central Asian leaders see China", "Xi's views on global
    /// cooperation"). One string serves both "It can tell you about
    /// <title>" and, capitalised by whoever shows it, a summary heading,
    /// so the machine name never reaches a learner.
    pub title: String,
    pub description: String,
}

/// One atomic, self-contained fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub id: String,
    pub source_id: String,
    pub topic: String,
    /// The fact as one self-contained sentence; the cloze blanks `answer` in it.
    pub statement: String,
    /// The canonical answer span, as the article words it.
    pub answer: String,
    pub answer_kind: AnswerKind,
    /// Other accepted wordings; grading also accepts type-aware matches.
    pub aliases: Vec<String>,
    /// Names the answer went by before ("Nur-Sultan" for Astana): kept
    /// apart from the aliases because a question about the article asks
    /// for the name it uses, so a former name earns no full credit, and
    /// no option may offer one as a wrong answer either.
    pub former_names: Vec<String>,
    /// For list facts, the items (each appears in the statement).
    pub items: Vec<String>,
    pub citation: Citation,
    /// The relation this fact instantiates; facts sharing relation and
    /// subject answer the same question, which is how a claim is proved false.
    pub relation: String,
    /// The noun phrase the relation templates are filled with.
    pub subject: String,
    /// Wh-questions asking for `answer`, rendered from the relation templates
    /// (several rewordings, so repeated quizzes do not read the same).
    pub questions: Vec<String>,
    /// A declarative template with `{answer}`, used for true/false claims.
    pub claim: String,
    /// Name of the curated distractor pool of the same type as the answer.
    pub pool: Option<String>,
    /// Hand-picked tempting wrong answers for this fact ("near" distractors).
    pub distractors: Vec<String>,
    /// What the fact rules out as a description of its answer: opposites
    /// and incompatible alternatives ("loan" of a grant, "rival" of a
    /// partner). A yes/no question claiming one of them in the answer's
    /// place is answered "no"; the general lexicon has too few antonyms of
    /// nouns and phrases to know these.
    pub contrasts: Vec<String>,
    /// True when the article's answer need not be the only true one, so no
    /// distractor can be proven wrong: such facts get only typed questions.
    pub open: bool,
    /// The grammatical form of a concept answer ("adjective", "verb",
    /// "ordinal"...), so option sets and matching sets stay parallel.
    pub form: Option<String>,
    /// True when general knowledge answers the fact without the article
    /// ("Astana is the capital of Kazakhstan"): it is never asked.
    pub general_knowledge: bool,
    /// From the relation: the article's value is the only true one (a day,
    /// a city, a count), so a statement with another value contradicts the
    /// article instead of merely saying something it leaves out. Only such
    /// facts are asked as false statements.
    pub exclusive: bool,
    /// What the answer describes, when the article describes that thing in
    /// several ways ("the treaty": landmark, legally binding...): facts
    /// sharing it are rival answers to "what kind of" questions, so none of
    /// them is asked as a typed question and none is another's distractor.
    pub describes: Option<String>,
}

impl Fact {
    /// The answer class option sets must share: the answer kind, refined by
    /// the form when the data gives one.
    pub fn answer_class(&self) -> String {
        let kind = format!("{:?}", self.answer_kind).to_lowercase();
        match &self.form {
            Some(form) => format!("{kind}/{form}"),
            None => kind,
        }
    }

    /// The participial clause that follows a verb answer in the cited
    /// sentence ("backfire, harming global interests"): a second true
    /// answer to "what will they do?".
    pub fn consequence_clause(&self) -> Option<String> {
        let verb = self.form.as_deref() == Some("verb");
        quality::consequence_clause(&self.citation.text, &self.answer, verb)
    }

    /// Every wording that counts as this fact's answer.
    pub fn accepted_answers(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.answer.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// The claim with a value filled in: true with `answer`, false with a
    /// verified distractor.
    pub fn claim_with(&self, value: &str) -> String {
        capitalize_first(&self.claim.replace("{answer}", value))
    }
}

/// The question wordings for one relation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RelationTemplates {
    /// Wh-questions with a `{subject}` slot.
    questions: Vec<String>,
    /// A declarative sentence with `{subject}` and `{answer}` slots.
    claim: String,
    /// The relation has one value per subject, so another value contradicts
    /// the article (see [`Fact::exclusive`]).
    #[serde(default)]
    exclusive: bool,
}

/// A place the article names, with the place it lies in, so a blank that
/// one place fills is known to be filled by its container too ("took place
/// in ___": Astana, or Kazakhstan).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The place's name as the article spells it.
    pub name: String,
    /// What sort of place it is ("city", "country"): a prompt naming it
    /// rules out places of other sorts.
    pub sort: String,
    /// The name of the place it lies in, listed too.
    #[serde(default)]
    pub within: Option<String>,
}

/// Other true values of the article that would fill a typed question's
/// slot as well as its answer does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rivals {
    /// The rival values.
    pub values: Vec<String>,
    /// A word that rules every rival out when the prompt uses it ("city"
    /// rules out the country a city lies in); None when no word does.
    pub ruled_out_by: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    /// The article file, resolved by the caller (relative to the fact set).
    file: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: String,
    #[serde(default)]
    source: Option<String>,
    sentence: u32,
    topic: String,
    relation: String,
    subject: String,
    statement: String,
    answer: String,
    kind: AnswerKind,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    former_names: Vec<String>,
    #[serde(default)]
    items: Vec<String>,
    #[serde(default)]
    pool: Option<String>,
    #[serde(default)]
    distractors: Vec<String>,
    #[serde(default)]
    contrasts: Vec<String>,
    /// Overrides the relation's question templates when English needs it.
    #[serde(default)]
    questions: Vec<String>,
    /// Overrides the relation's claim template.
    #[serde(default)]
    claim: Option<String>,
    #[serde(default)]
    open: bool,
    #[serde(default)]
    form: Option<String>,
    #[serde(default)]
    general_knowledge: bool,
    #[serde(default)]
    describes: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFactSet {
    sources: Vec<RawSource>,
    topics: Vec<Topic>,
    relations: BTreeMap<String, RelationTemplates>,
    #[serde(default)]
    pools: BTreeMap<String, Vec<String>>,
    /// Phrases with a marked tone, so option sets can keep one register.
    #[serde(default)]
    polarity: RawPolarity,
    /// Places the article names and what they lie in.
    #[serde(default)]
    places: Vec<Place>,
    facts: Vec<RawFact>,
}

/// Answers, list items and pool entries of marked tone; the rest is neutral.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolarity {
    #[serde(default)]
    positive: Vec<String>,
    #[serde(default)]
    negative: Vec<String>,
}

/// Why a fact set was refused. Each variant names the fact and the problem.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum FactBaseError {
    #[error("fact set is not valid JSON: {0}")]
    Json(String),
    #[error("source `{source_id}`: cannot read `{file}`: {reason}")]
    SourceUnreadable {
        source_id: String,
        file: String,
        reason: String,
    },
    #[error(transparent)]
    Article(#[from] ArticleError),
    #[error("fact set has no sources")]
    NoSources,
    #[error("facts `{0}` and `{1}` hash to the same key in question ids; rename one of them")]
    FactKeyClash(String, String),
    #[error("fact set has no facts")]
    NoFacts,
    #[error("fact set has {0} facts; at most {MAX_FACTS} are supported")]
    TooManyFacts(usize),
    #[error("duplicate source id `{0}`")]
    DuplicateSource(String),
    #[error("duplicate topic `{0}`")]
    DuplicateTopic(String),
    #[error("topic `{topic}`: {problem}")]
    InvalidTopic { topic: String, problem: String },
    #[error("fact `{0}`: duplicate fact id")]
    DuplicateFact(String),
    #[error("fact `{fact}`: {problem}")]
    InvalidFact { fact: String, problem: String },
    #[error("polarity phrase `{phrase}` {problem}")]
    InvalidPolarity { phrase: String, problem: String },
    #[error("relation `{relation}`: {problem}")]
    InvalidRelation { relation: String, problem: String },
    #[error("place `{place}`: {problem}")]
    InvalidPlace { place: String, problem: String },
}

fn invalid(fact: &str, problem: impl Into<String>) -> FactBaseError {
    FactBaseError::InvalidFact {
        fact: fact.to_string(),
        problem: problem.into(),
    }
}

/// A validated fact base: articles, topics, facts and distractor pools.
#[derive(Debug, Clone)]
pub struct FactBase {
    sources: Vec<Article>,
    topics: Vec<Topic>,
    /// Sorted by id, so a fact's index is stable for a given fact set.
    facts: Vec<Fact>,
    pools: BTreeMap<String, Vec<String>>,
    /// Normalised phrase → tone, for the item-writing-flaw checks.
    polarity: BTreeMap<String, Polarity>,
    /// Places the article names, each `within` naming another of them.
    places: Vec<Place>,
    /// Changes whenever the fact set changes: the revision question ids
    /// carry, so a server keeping older revisions rebuilds an old id from
    /// the facts it was issued against.
    fingerprint: u32,
    /// Position of each fact by [`fact_key`] of its id.
    keys: BTreeMap<u32, u16>,
    /// The fact set as loaded, so a revision can be stored and reloaded.
    record: Revision,
    /// Per fact (same order as `facts`): its [`Rivals`], worked out on
    /// first use. Generation asks for them on every candidate it renders
    /// and checks, and working them out folds every sentence of the
    /// article, so they are computed once per fact, not per call.
    rivals: Vec<OnceLock<Rivals>>,
}

/// A fact set exactly as loaded: its JSON and the text of each article
/// file it names. [`FactBase::from_revision`] loads it again.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct Revision {
    pub json: String,
    /// (file name, text), in the order the set lists its sources.
    pub articles: Vec<(String, String)>,
}

/// Why a question id does not name a question of this fact base.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SpecError {
    #[error(transparent)]
    Malformed(#[from] IdError),
    #[error("{0}")]
    Unknown(&'static str),
}

impl FactBase {
    /// The curated fact base compiled into the binary.
    pub fn embedded() -> Result<FactBase, FactBaseError> {
        FactBase::load(EMBEDDED_FACTS_JSON, |file| {
            EMBEDDED_ARTICLES
                .iter()
                .find(|(name, _)| *name == file)
                .map(|(_, text)| text.to_string())
                .ok_or_else(|| "not an embedded article".to_string())
        })
    }

    /// Loads and validates a fact set. `read_article` maps the file names the
    /// set lists to article text; the caller decides where files live.
    pub fn load(
        json: &str,
        read_article: impl Fn(&str) -> Result<String, String>,
    ) -> Result<FactBase, FactBaseError> {
        let raw: RawFactSet =
            serde_json::from_str(json).map_err(|e| FactBaseError::Json(e.to_string()))?;
        // What each article file read as, kept for the stored revision.
        let read = std::cell::RefCell::new(Vec::new());
        let sources = load_sources(&raw.sources, |file| {
            let text = read_article(file)?;
            read.borrow_mut().push((file.to_string(), text.clone()));
            Ok(text)
        })?;
        let topics = check_topics(raw.topics)?;
        check_relations(&raw.relations)?;
        let mut facts = Vec::with_capacity(raw.facts.len());
        let mut seen = BTreeSet::new();
        for raw_fact in raw.facts {
            if !seen.insert(raw_fact.id.clone()) {
                return Err(FactBaseError::DuplicateFact(raw_fact.id));
            }
            facts.push(build_fact(
                raw_fact,
                &sources,
                &topics,
                &raw.relations,
                &raw.pools,
            )?);
        }
        if facts.is_empty() {
            return Err(FactBaseError::NoFacts);
        }
        if facts.len() > MAX_FACTS {
            return Err(FactBaseError::TooManyFacts(facts.len()));
        }
        facts.sort_by(|a, b| a.id.cmp(&b.id));
        let fingerprint = fingerprint(json, &sources);
        let polarity = check_polarity(&raw.polarity, &facts, &raw.pools)?;
        let keys = fact_keys(&facts)?;
        let places = check_places(raw.places)?;
        let rivals = facts.iter().map(|_| OnceLock::new()).collect();
        Ok(FactBase {
            sources,
            topics,
            facts,
            pools: raw.pools,
            polarity,
            places,
            fingerprint,
            keys,
            record: Revision {
                json: json.to_string(),
                articles: read.into_inner(),
            },
            rivals,
        })
    }

    /// The article's other true values that would fill `fact`'s slot in a
    /// typed question: rival descriptions of the same thing, other answers
    /// to the same relation and subject, and places that contain the
    /// answer's place or lie in it (when the article names them).
    pub fn rivals(&self, fact: &Fact) -> Rivals {
        let memo = self.fact_index(&fact.id).and_then(|index| {
            // Only this base's own fact (not one with the same id from
            // another revision) may use its memo.
            std::ptr::eq(&self.facts[index], fact).then(|| &self.rivals[index])
        });
        match memo {
            Some(cell) => cell.get_or_init(|| self.work_out_rivals(fact)).clone(),
            None => self.work_out_rivals(fact),
        }
    }

    /// [`FactBase::rivals`] without the memo.
    fn work_out_rivals(&self, fact: &Fact) -> Rivals {
        let accepted: BTreeSet<String> = fact.accepted_answers().map(normalize).collect();
        let mut values: Vec<String> = self
            .facts_for_source(&fact.source_id)
            .filter(|other| other.id != fact.id && !accepted.contains(&normalize(&other.answer)))
            .filter(|other| {
                fact.describes.is_some() && other.describes == fact.describes
                    || other.relation == fact.relation && other.subject == fact.subject
            })
            .map(|other| other.answer.clone())
            .collect();
        // Computed before the place rivals: no sort word rules these out.
        values.extend(self.back_reference_rivals(fact));
        values.extend(fact.consequence_clause());
        let mut ruled_out_by = None;
        if let Some(place) = self
            .places
            .iter()
            .find(|place| accepted.contains(&normalize(&place.name)))
        {
            let mentioned = |name: &str| {
                self.source(&fact.source_id).is_some_and(|article| {
                    contains_phrase(&article.title, name)
                        || article.sentences.iter().any(|s| contains_phrase(s, name))
                })
            };
            let related: Vec<&Place> = self
                .places
                .iter()
                .filter(|other| {
                    other.name != place.name
                        && (self.lies_in(place, &other.name) || self.lies_in(other, &place.name))
                        && mentioned(&other.name)
                })
                .collect();
            let same_sort = related.iter().any(|other| other.sort == place.sort);
            if !related.is_empty() && values.is_empty() && !same_sort {
                ruled_out_by = Some(place.sort.clone());
            }
            values.extend(related.into_iter().map(|other| other.name.clone()));
        }
        Rivals {
            values,
            ruled_out_by,
        }
    }

    /// What an anaphoric span of `fact` points back to ("this cooperative
    /// spirit" after "a spirit based on mutual respect, trust ..."): the
    /// answers of facts whose statement names the same noun in an earlier
    /// sentence, else that earlier sentence, else the sentence just before
    /// (what "this" points to when no noun repeats). Any of them answers a
    /// typed question about the span.
    fn back_reference_rivals(&self, fact: &Fact) -> Vec<String> {
        let Some(noun) = quality::back_reference(&fact.citation.text, &fact.answer) else {
            return Vec::new();
        };
        let Some(article) = self.source(&fact.source_id) else {
            return Vec::new();
        };
        let text = |index: u32| {
            if index == 0 {
                Some(&article.title)
            } else {
                article.sentences.get(index as usize - 1)
            }
        };
        let cited = fact.citation.sentence_index;
        let earlier = (0..cited).rev().find_map(|index| {
            Some((index, text(index)?)).filter(|(_, s)| contains_phrase(s, &noun))
        });
        let Some((index, sentence)) = earlier else {
            return cited
                .checked_sub(1)
                .and_then(text)
                .into_iter()
                .cloned()
                .collect();
        };
        let described: Vec<String> = self
            .facts_for_source(&fact.source_id)
            .filter(|other| {
                other.citation.sentence_index == index && contains_phrase(&other.statement, &noun)
            })
            .map(|other| other.answer.clone())
            .collect();
        if described.is_empty() {
            vec![sentence.clone()]
        } else {
            described
        }
    }

    /// The places the article names, each `within` naming another of them.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The sort ("city", "country") of the place the data lists under
    /// `name`, if any.
    pub fn place_sort(&self, name: &str) -> Option<&str> {
        self.places
            .iter()
            .find(|place| normalize(&place.name) == normalize(name))
            .map(|place| place.sort.as_str())
    }

    /// Other list facts of `fact`'s article that a reader files under the
    /// same heading: the same subject, the same topic, or the same cited
    /// sentence ("guided by principles of ..." beside "on the basis of ..."
    /// in one sentence). Their items are true of something close enough that
    /// none can serve as a wrong option for `fact`'s list.
    pub fn rival_lists<'a>(&'a self, fact: &'a Fact) -> impl Iterator<Item = &'a Fact> + 'a {
        self.facts_for_source(&fact.source_id).filter(move |other| {
            fact.answer_kind == AnswerKind::List
                && other.answer_kind == AnswerKind::List
                && other.id != fact.id
                && (other.subject == fact.subject
                    || other.topic == fact.topic
                    || other.citation.sentence_index == fact.citation.sentence_index)
        })
    }

    /// True when `place` lies (directly or not) in the place named `outer`.
    fn lies_in(&self, place: &Place, outer: &str) -> bool {
        let mut current = place;
        // Bounded by the number of places, so a cycle cannot loop forever.
        for _ in 0..self.places.len() {
            let Some(within) = &current.within else {
                return false;
            };
            if normalize(within) == normalize(outer) {
                return true;
            }
            match self
                .places
                .iter()
                .find(|p| normalize(&p.name) == normalize(within))
            {
                Some(next) => current = next,
                None => return false,
            }
        }
        false
    }

    /// Loads a fact set kept by [`FactBase::revision`].
    pub fn from_revision(revision: &Revision) -> Result<FactBase, FactBaseError> {
        FactBase::load(&revision.json, |file| {
            revision
                .articles
                .iter()
                .find(|(name, _)| name == file)
                .map(|(_, text)| text.clone())
                .ok_or_else(|| "not part of the stored revision".to_string())
        })
    }

    /// The fact set as loaded, to store.
    pub fn revision(&self) -> &Revision {
        &self.record
    }

    /// The id of `spec`'s question: its facts named by [`fact_key`], its
    /// source by the main fact's. `None` if a position is out of range.
    pub fn encode_spec(&self, spec: &QuestionSpec) -> Option<String> {
        let facts = spec
            .facts
            .iter()
            .map(|&index| self.facts.get(usize::from(index)))
            .collect::<Option<Vec<&Fact>>>()?;
        let main = facts.first()?;
        Some(
            IdParts {
                revision: spec.fingerprint,
                source: source_key(&main.source_id),
                kind: spec.kind,
                difficulty: spec.difficulty,
                facts: facts.iter().map(|fact| fact_key(&fact.id)).collect(),
                seed: spec.seed,
            }
            .encode(),
        )
    }

    /// The question an id names, as positions in this base. The revision is
    /// kept as the id says (so the question rebuilds under its own id), and
    /// any revision is accepted: a fact named by id is the same fact here
    /// unless it was edited, and a server keeping older revisions routes
    /// their ids to them first (`crate::revisions`).
    pub fn decode_spec(&self, id: &str) -> Result<QuestionSpec, SpecError> {
        let parts = IdParts::decode(id)?;
        let facts = parts
            .facts
            .iter()
            .map(|key| self.keys.get(key).copied())
            .collect::<Option<Vec<u16>>>()
            .ok_or(SpecError::Unknown("it names a fact this fact set lacks"))?;
        let main = facts
            .first()
            .and_then(|&index| self.facts.get(usize::from(index)))
            .ok_or(SpecError::Unknown("it names no fact"))?;
        if source_key(&main.source_id) != parts.source {
            return Err(SpecError::Unknown("it names another source for its fact"));
        }
        Ok(QuestionSpec {
            fingerprint: parts.revision,
            kind: parts.kind,
            difficulty: parts.difficulty,
            facts,
            seed: parts.seed,
        })
    }

    pub fn sources(&self) -> &[Article] {
        &self.sources
    }

    pub fn source(&self, id: &str) -> Option<&Article> {
        self.sources.iter().find(|source| source.id == id)
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    pub fn topic(&self, name: &str) -> Option<&Topic> {
        self.topics.iter().find(|topic| topic.name == name)
    }

    /// All facts, sorted by id.
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.fact_index(id).map(|index| &self.facts[index])
    }

    /// The position of a fact in [`FactBase::facts`].
    pub fn fact_index(&self, id: &str) -> Option<usize> {
        self.facts
            .binary_search_by(|fact| fact.id.as_str().cmp(id))
            .ok()
    }

    /// A curated distractor pool by name (empty when unknown).
    pub fn pool(&self, name: &str) -> &[String] {
        self.pools.get(name).map(Vec::as_slice).unwrap_or_default()
    }

    /// The tone the data gives a phrase (neutral when unmarked).
    pub fn polarity(&self, phrase: &str) -> Polarity {
        self.polarity
            .get(&normalize(phrase))
            .copied()
            .unwrap_or_default()
    }

    /// Identifies this exact fact set and its articles.
    pub fn fingerprint(&self) -> u32 {
        self.fingerprint
    }

    /// Facts citing a source.
    pub fn facts_for_source<'a>(&'a self, source_id: &'a str) -> impl Iterator<Item = &'a Fact> {
        self.facts
            .iter()
            .filter(move |fact| fact.source_id == source_id)
    }

    /// Sentences of a source that no fact cites: coverage gaps.
    pub fn uncited_sentences(&self, source_id: &str) -> Vec<u32> {
        let Some(source) = self.source(source_id) else {
            return Vec::new();
        };
        let cited: BTreeSet<u32> = self
            .facts_for_source(source_id)
            .map(|fact| fact.citation.sentence_index)
            .collect();
        // 0 is the headline: it states the article's point, so it is asked too.
        (0..=source.sentence_count())
            .filter(|n| !cited.contains(n))
            .collect()
    }
}

fn load_sources(
    raw: &[RawSource],
    read_article: impl Fn(&str) -> Result<String, String>,
) -> Result<Vec<Article>, FactBaseError> {
    if raw.is_empty() {
        return Err(FactBaseError::NoSources);
    }
    let mut sources: Vec<Article> = Vec::with_capacity(raw.len());
    for source in raw {
        if sources.iter().any(|known| known.id == source.id) {
            return Err(FactBaseError::DuplicateSource(source.id.clone()));
        }
        let text =
            read_article(&source.file).map_err(|reason| FactBaseError::SourceUnreadable {
                source_id: source.id.clone(),
                file: source.file.clone(),
                reason,
            })?;
        sources.push(Article::parse(&source.id, &text)?);
    }
    Ok(sources)
}

fn check_topics(topics: Vec<Topic>) -> Result<Vec<Topic>, FactBaseError> {
    let mut seen = BTreeSet::new();
    for topic in &topics {
        if !seen.insert(topic.name.as_str()) {
            return Err(FactBaseError::DuplicateTopic(topic.name.clone()));
        }
        let title = &topic.title;
        let length = title.chars().count();
        let problem = if title.trim().is_empty() {
            Some("the title is empty".to_string())
        } else if length > MAX_TOPIC_TITLE_CHARS {
            Some(format!(
                "the title has {length} characters; at most {MAX_TOPIC_TITLE_CHARS}"
            ))
        } else if title.trim() != title || title.chars().any(char::is_control) {
            Some("the title has surrounding spaces or control characters".to_string())
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(FactBaseError::InvalidTopic {
                topic: topic.name.clone(),
                problem,
            });
        }
    }
    Ok(topics)
}

/// Every marked phrase must be a value the data uses (an answer, a list
/// item, a distractor or a pool entry), and none may be both tones: a typo
/// would otherwise silently leave a phrase neutral.
fn check_polarity(
    raw: &RawPolarity,
    facts: &[Fact],
    pools: &BTreeMap<String, Vec<String>>,
) -> Result<BTreeMap<String, Polarity>, FactBaseError> {
    let used: BTreeSet<String> = facts
        .iter()
        .flat_map(|fact| {
            std::iter::once(&fact.answer)
                .chain(&fact.items)
                .chain(&fact.distractors)
        })
        .chain(pools.values().flatten())
        .map(|value| normalize(value))
        .collect();
    let mut tones = BTreeMap::new();
    let marked = raw
        .positive
        .iter()
        .map(|p| (p, Polarity::Positive))
        .chain(raw.negative.iter().map(|p| (p, Polarity::Negative)));
    for (phrase, tone) in marked {
        let key = normalize(phrase);
        let problem = if !used.contains(&key) {
            Some("is no answer, list item, distractor or pool entry")
        } else if tones.insert(key, tone).is_some() {
            Some("is marked twice")
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(FactBaseError::InvalidPolarity {
                phrase: phrase.clone(),
                problem: problem.to_string(),
            });
        }
    }
    Ok(tones)
}

fn check_relations(relations: &BTreeMap<String, RelationTemplates>) -> Result<(), FactBaseError> {
    for (name, templates) in relations {
        let problem = if templates.questions.is_empty() {
            Some("has no question templates")
        } else if templates
            .questions
            .iter()
            .any(|q| !q.trim_end().ends_with('?'))
        {
            Some("a question template does not end with `?`")
        } else if !templates.claim.contains("{answer}") {
            Some("the claim template has no `{answer}` slot")
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(FactBaseError::InvalidRelation {
                relation: name.clone(),
                problem: problem.to_string(),
            });
        }
    }
    Ok(())
}

/// The most words a contrast has: a short phrase, as a learner's claim.
const MOST_CONTRAST_WORDS: usize = 3;

/// Checks a fact's contrasts: each a short phrase of letters, none twice,
/// and none the answer itself or one of its accepted wordings or items (a
/// contrast that is the answer would turn a right claim into "no").
fn check_contrasts(raw: &RawFact) -> Result<(), FactBaseError> {
    let accepted: BTreeSet<String> = std::iter::once(&raw.answer)
        .chain(&raw.aliases)
        .chain(&raw.items)
        .map(|text| normalize(text))
        .collect();
    let mut seen = BTreeSet::new();
    for contrast in &raw.contrasts {
        let words = contrast.split_whitespace().count();
        let problem = if words == 0 || words > MOST_CONTRAST_WORDS {
            Some(format!("has 1 to {MOST_CONTRAST_WORDS} words"))
        } else if !contrast
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        {
            Some("has only letters, spaces and `-`".to_string())
        } else if accepted.contains(&normalize(contrast)) {
            Some("is the answer itself".to_string())
        } else if !seen.insert(normalize(contrast)) {
            Some("is listed twice".to_string())
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(invalid(&raw.id, format!("contrast `{contrast}` {problem}")));
        }
    }
    Ok(())
}

/// Checks a fact as written against the set it belongs to and builds it:
/// its id, source, cited sentence, topic, relation and pool must exist,
/// and its answer (and list items) must be in the text it cites.
fn build_fact(
    raw: RawFact,
    sources: &[Article],
    topics: &[Topic],
    relations: &BTreeMap<String, RelationTemplates>,
    pools: &BTreeMap<String, Vec<String>>,
) -> Result<Fact, FactBaseError> {
    let id = raw.id.clone();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(invalid(&id, "ids use only letters, digits and `-`"));
    }
    let source = cited_source(&raw, sources)?;
    let sentence = cited_sentence(&raw, source)?;
    if !topics.iter().any(|topic| topic.name == raw.topic) {
        let known: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
        let known = known.join(", ");
        return Err(invalid(
            &id,
            format!("unknown topic `{}` (known: {known})", raw.topic),
        ));
    }
    let templates = relations
        .get(&raw.relation)
        .ok_or_else(|| invalid(&id, format!("unknown relation `{}`", raw.relation)))?;
    if let Some(pool) = &raw.pool
        && !pools.contains_key(pool)
    {
        return Err(invalid(&id, format!("unknown distractor pool `{pool}`")));
    }
    check_answer(&raw, sentence)?;
    check_items(&raw, sentence)?;
    check_contrasts(&raw)?;
    if raw.describes.as_ref().is_some_and(|d| d.trim().is_empty()) {
        return Err(invalid(&id, "`describes` is empty"));
    }
    let claim = raw.claim.clone().unwrap_or_else(|| templates.claim.clone());
    if !claim.contains("{answer}") {
        return Err(invalid(&id, "the claim has no `{answer}` slot"));
    }
    let questions = question_texts(&raw, templates)?;
    Ok(Fact {
        citation: Citation {
            source_id: source.id.clone(),
            sentence_index: raw.sentence,
            text: sentence.to_string(),
        },
        source_id: source.id.clone(),
        claim: claim.replace("{subject}", &raw.subject),
        id,
        topic: raw.topic,
        statement: raw.statement,
        answer: raw.answer,
        answer_kind: raw.kind,
        aliases: raw.aliases,
        former_names: raw.former_names,
        items: raw.items,
        relation: raw.relation,
        subject: raw.subject,
        questions,
        pool: raw.pool,
        distractors: raw.distractors,
        contrasts: raw.contrasts,
        open: raw.open,
        form: raw.form,
        general_knowledge: raw.general_knowledge,
        exclusive: templates.exclusive,
        describes: raw.describes,
    })
}

/// The article a fact cites: the one it names, or the set's only one.
fn cited_source<'a>(raw: &RawFact, sources: &'a [Article]) -> Result<&'a Article, FactBaseError> {
    let found = match &raw.source {
        Some(name) => sources.iter().find(|s| &s.id == name),
        None if sources.len() == 1 => sources.first(),
        None => {
            return Err(invalid(
                &raw.id,
                "`source` is required when the set has several sources",
            ));
        }
    };
    found.ok_or_else(|| {
        let named = raw.source.clone().unwrap_or_default();
        invalid(&raw.id, format!("unknown source `{named}`"))
    })
}

/// The text of the sentence a fact cites (0 is the headline).
fn cited_sentence<'a>(raw: &RawFact, source: &'a Article) -> Result<&'a str, FactBaseError> {
    let headline = (raw.sentence == 0).then_some(source.title.as_str());
    headline.or(source.sentence(raw.sentence)).ok_or_else(|| {
        invalid(
            &raw.id,
            format!(
                "cites sentence {} but `{}` has sentences 1 to {} (0 is the headline)",
                raw.sentence,
                source.id,
                source.sentence_count()
            ),
        )
    })
}

/// The answer is not empty, its former names are sound, and the cited
/// sentence holds the answer or an alias, the statement the answer.
fn check_answer(raw: &RawFact, sentence: &str) -> Result<(), FactBaseError> {
    let id = &raw.id;
    if raw.answer.trim().is_empty() {
        return Err(invalid(id, "the answer is empty"));
    }
    check_former_names(id, &raw.former_names, &raw.answer, &raw.aliases, sentence)?;
    if !std::iter::once(&raw.answer)
        .chain(&raw.aliases)
        .any(|answer| contains_phrase(sentence, answer))
    {
        return Err(invalid(
            id,
            format!(
                "neither the answer `{}` nor an alias appears in cited sentence {}",
                raw.answer, raw.sentence
            ),
        ));
    }
    if !contains_phrase(&raw.statement, &raw.answer) {
        return Err(invalid(
            id,
            format!("the statement does not contain the answer `{}`", raw.answer),
        ));
    }
    Ok(())
}

/// A list fact has at least two items, each in the cited sentence; no
/// other fact has items.
fn check_items(raw: &RawFact, sentence: &str) -> Result<(), FactBaseError> {
    let id = &raw.id;
    if raw.kind != AnswerKind::List {
        return if raw.items.is_empty() {
            Ok(())
        } else {
            Err(invalid(id, "only list facts have items"))
        };
    }
    if raw.items.len() < 2 {
        return Err(invalid(id, "a list fact needs at least two items"));
    }
    match raw
        .items
        .iter()
        .find(|item| !contains_phrase(sentence, item))
    {
        Some(missing) => Err(invalid(
            id,
            format!(
                "list item `{missing}` does not appear in cited sentence {}",
                raw.sentence
            ),
        )),
        None => Ok(()),
    }
}

/// The fact's own questions, or its relation's templates filled with its
/// subject; each must end with `?`.
fn question_texts(
    raw: &RawFact,
    templates: &RelationTemplates,
) -> Result<Vec<String>, FactBaseError> {
    let questions: Vec<String> = if raw.questions.is_empty() {
        templates
            .questions
            .iter()
            .map(|template| capitalize_first(&template.replace("{subject}", &raw.subject)))
            .collect()
    } else {
        raw.questions.clone()
    };
    if questions.iter().any(|q| !q.trim_end().ends_with('?')) {
        return Err(invalid(&raw.id, "a question does not end with `?`"));
    }
    Ok(questions)
}

/// A former name is a real name, is not also accepted (the answer or an
/// alias), and is not what the cited sentence calls the answer: the
/// article uses the name it is known by now, so a name it prints is no
/// former one.
fn check_former_names(
    id: &str,
    former_names: &[String],
    answer: &String,
    aliases: &[String],
    sentence: &str,
) -> Result<(), FactBaseError> {
    for former in former_names {
        let folded = normalize(former);
        if folded.is_empty() {
            return Err(invalid(id, "a former name is empty"));
        }
        if std::iter::once(answer)
            .chain(aliases)
            .any(|accepted| normalize(accepted) == folded)
        {
            return Err(invalid(
                id,
                format!("`{former}` is a former name, so it cannot be accepted too"),
            ));
        }
        if contains_phrase(sentence, former) {
            return Err(invalid(
                id,
                format!("`{former}` is a former name, but the cited sentence uses it"),
            ));
        }
    }
    Ok(())
}

/// Place names are unique and non-empty, sorts are single lower-case words,
/// and every `within` names a listed place other than itself.
fn check_places(places: Vec<Place>) -> Result<Vec<Place>, FactBaseError> {
    let refuse = |place: &Place, problem: &str| FactBaseError::InvalidPlace {
        place: place.name.clone(),
        problem: problem.to_string(),
    };
    let mut names = BTreeSet::new();
    for place in &places {
        if place.name.trim().is_empty() {
            return Err(refuse(place, "the name is empty"));
        }
        if !names.insert(normalize(&place.name)) {
            return Err(refuse(place, "is listed twice"));
        }
        if place.sort.is_empty() || !place.sort.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(refuse(place, "the sort must be one lower-case word"));
        }
    }
    for place in &places {
        if let Some(within) = &place.within
            && (!names.contains(&normalize(within)) || normalize(within) == normalize(&place.name))
        {
            return Err(refuse(place, "`within` must name another listed place"));
        }
    }
    Ok(places)
}

/// Each fact's position by its key; two ids with one key are refused, or
/// an id could name either fact.
fn fact_keys(facts: &[Fact]) -> Result<BTreeMap<u32, u16>, FactBaseError> {
    let mut keys = BTreeMap::new();
    for (index, fact) in facts.iter().enumerate() {
        let position =
            u16::try_from(index).map_err(|_| FactBaseError::TooManyFacts(facts.len()))?;
        if let Some(&other) = keys.get(&fact_key(&fact.id)) {
            let other: &Fact = &facts[usize::from(other)];
            return Err(FactBaseError::FactKeyClash(
                other.id.clone(),
                fact.id.clone(),
            ));
        }
        keys.insert(fact_key(&fact.id), position);
    }
    Ok(keys)
}

/// FNV-1a over the fact set and the article texts.
fn fingerprint(json: &str, sources: &[Article]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |bytes: &[u8]| {
        for &byte in bytes {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    };
    feed(json.as_bytes());
    for source in sources {
        feed(source.title.as_bytes());
        for sentence in &source.sentences {
            feed(sentence.as_bytes());
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Headline\nThe treaty was signed in Astana on Tuesday.\nXi met leaders of Kazakhstan and Uzbekistan.";

    fn fact_set(facts: &str) -> String {
        format!(
            r#"{{
  "sources": [{{"id": "s", "file": "a.txt"}}],
  "topics": [{{"name": "treaty", "title": "the treaty", "description": "The treaty"}}],
  "relations": {{
    "signed_in": {{"questions": ["Where was {{subject}} signed?"], "claim": "{{subject}} was signed in {{answer}}."}}
  }},
  "pools": {{"cities": ["Almaty", "Bishkek"]}},
  "facts": [{facts}]
}}"#
        )
    }

    const GOOD: &str = r#"{"id": "city", "sentence": 1, "topic": "treaty", "relation": "signed_in",
        "subject": "the treaty", "statement": "The treaty was signed in Astana.", "answer": "Astana",
        "kind": "place", "pool": "cities"}"#;

    fn load(json: &str) -> Result<FactBase, FactBaseError> {
        FactBase::load(json, |file| {
            if file == "a.txt" {
                Ok(ARTICLE.to_string())
            } else {
                Err("no such file".into())
            }
        })
    }

    /// The good fact with `extra` fields added.
    fn with(extra: &str) -> String {
        GOOD.replace(
            r#""pool": "cities""#,
            &format!(r#""pool": "cities", {extra}"#),
        )
    }

    #[test]
    fn contrasts_load_and_one_that_is_the_answer_or_no_short_phrase_is_refused() {
        let base = load(&fact_set(&with(r#""contrasts": ["a village"]"#))).expect("loads");
        assert_eq!(base.fact("city").expect("present").contrasts, ["a village"]);
        for (bad, problem) in [
            (r#""contrasts": ["astana"]"#, "is the answer itself"),
            (r#""contrasts": [" "]"#, "words"),
            (r#""contrasts": ["one two three four"]"#, "words"),
            (r#""contrasts": ["town", "Town"]"#, "twice"),
            (r#""contrasts": ["2 towns"]"#, "letters"),
        ] {
            let message = problem_of(&with(bad));
            assert!(message.contains(problem), "{bad}: {message}");
        }
    }

    #[test]
    fn a_former_name_loads_apart_from_the_aliases_and_is_never_also_accepted() {
        let base = load(&fact_set(&with(r#""former_names": ["Nur-Sultan"]"#))).expect("loads");
        let fact = base.fact("city").expect("present");
        assert_eq!(fact.former_names, vec!["Nur-Sultan"]);
        assert!(fact.accepted_answers().all(|a| a != "Nur-Sultan"));
        for bad in [
            r#""former_names": ["Nur-Sultan"], "aliases": ["Nur Sultan"]"#,
            r#""former_names": ["  "]"#,
            r#""former_names": ["Astana"]"#,
        ] {
            assert!(
                matches!(
                    load(&fact_set(&with(bad))),
                    Err(FactBaseError::InvalidFact { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_good_fact_set_loads_with_rendered_questions_and_claims() {
        let base = load(&fact_set(GOOD)).expect("loads");
        let fact = base.fact("city").expect("present");
        assert_eq!(fact.questions, vec!["Where was the treaty signed?"]);
        assert_eq!(
            fact.claim_with("Almaty"),
            "The treaty was signed in Almaty."
        );
        assert_eq!(fact.citation.sentence_index, 1);
        assert_eq!(base.uncited_sentences("s"), vec![0, 2]);
    }

    fn problem_of(fact: &str) -> String {
        load(&fact_set(fact)).expect_err("refused").to_string()
    }

    #[test]
    fn duplicate_fact_ids_are_refused() {
        let message = load(&fact_set(&format!("{GOOD},{GOOD}")))
            .expect_err("refused")
            .to_string();
        assert_eq!(message, "fact `city`: duplicate fact id");
    }

    #[test]
    fn a_citation_past_the_article_end_is_refused() {
        let message = problem_of(&GOOD.replace(r#""sentence": 1"#, r#""sentence": 9"#));
        assert!(
            message.contains("fact `city`") && message.contains("sentences 1 to 2"),
            "{message}"
        );
    }

    #[test]
    fn an_answer_missing_from_the_cited_sentence_is_refused() {
        let message = problem_of(&GOOD.replace(r#""sentence": 1"#, r#""sentence": 2"#));
        assert!(
            message.contains("does not appear in cited sentence 2")
                || message.contains("neither the answer"),
            "{message}"
        );
    }

    #[test]
    fn an_unknown_topic_is_refused_with_the_known_ones() {
        let message = problem_of(&GOOD.replace(r#""topic": "treaty""#, r#""topic": "sports""#));
        assert!(
            message.contains("unknown topic `sports` (known: treaty)"),
            "{message}"
        );
    }

    #[test]
    fn an_unknown_relation_or_pool_is_refused() {
        assert!(problem_of(&GOOD.replace("signed_in", "held_in")).contains("unknown relation"));
        assert!(
            problem_of(&GOOD.replace(r#""pool": "cities""#, r#""pool": "towns""#))
                .contains("unknown distractor pool")
        );
    }

    #[test]
    fn an_unreadable_article_is_named() {
        let json = fact_set(GOOD).replace("a.txt", "missing.txt");
        let message = load(&json).expect_err("refused").to_string();
        assert!(message.contains("missing.txt"), "{message}");
    }

    #[test]
    fn a_topic_title_must_be_short_readable_text() {
        let with_title = |title: &str| {
            let json = fact_set(GOOD).replace(
                r#""title": "the treaty""#,
                &format!(r#""title": {}"#, serde_json::Value::from(title)),
            );
            load(&json).map(|base| base.topics()[0].title.clone())
        };
        assert_eq!(with_title("the treaty").as_deref(), Ok("the treaty"));
        let long = "x".repeat(MAX_TOPIC_TITLE_CHARS);
        assert_eq!(with_title(&long), Ok(long.clone()));
        let too_long = format!("{long}x");
        for (title, problem) in [
            ("", "the title is empty"),
            ("  ", "the title is empty"),
            (too_long.as_str(), "the title has 81 characters; at most 80"),
            (" the treaty", "surrounding spaces"),
            ("the\ntreaty", "control characters"),
        ] {
            let message = with_title(title).expect_err(title).to_string();
            assert!(
                message.starts_with("topic `treaty`: ") && message.contains(problem),
                "{title:?}: {message}"
            );
        }
        let untitled = fact_set(GOOD).replace(r#""title": "the treaty", "#, "");
        let message = load(&untitled).expect_err("refused").to_string();
        assert!(message.contains("missing field `title`"), "{message}");
    }

    #[test]
    fn a_fact_may_cite_the_headline_as_sentence_zero() {
        let headline = GOOD
            .replace(r#""sentence": 1"#, r#""sentence": 0"#)
            .replace("Astana", "Headline");
        let base = load(&fact_set(&headline)).expect("loads");
        let citation = &base.fact("city").expect("present").citation;
        assert_eq!(citation.text, "Headline");
        assert_eq!(citation.place(), "the headline");
        assert_eq!(base.uncited_sentences("s"), vec![1, 2]);
    }

    #[test]
    fn a_place_answer_has_its_container_as_rival_ruled_out_by_its_sort() {
        let base = FactBase::embedded().expect("embedded facts load");
        let city = base
            .facts()
            .iter()
            .find(|fact| fact.answer == "Astana")
            .expect("a fact answered by a city");
        let rivals = base.rivals(city);
        assert!(
            rivals.values.iter().any(|v| v == "Kazakhstan"),
            "{rivals:?}"
        );
        assert_eq!(rivals.ruled_out_by.as_deref(), Some("city"));
    }

    #[test]
    fn facts_describing_one_thing_are_rivals_no_word_rules_out() {
        let base = FactBase::embedded().expect("embedded facts load");
        let described: Vec<&Fact> = base
            .facts()
            .iter()
            .filter(|fact| fact.describes.is_some())
            .collect();
        assert!(described.len() >= 2);
        for fact in described {
            let rivals = base.rivals(fact);
            assert!(!rivals.values.is_empty() && rivals.ruled_out_by.is_none());
            assert!(!rivals.values.contains(&fact.answer));
        }
    }

    /// An article whose third sentence points back to the second ("this
    /// bold plan") and ends a verb with a consequence ("will fail, hurting").
    fn anaphora_base() -> FactBase {
        let article = "Headline\nThe mayor backed a plan based on thrift and care.\n\
            She called for keeping this bold plan with fresh funds.\n\
            She warned that the tax will fail, hurting shops.";
        let json = fact_set(
            r#"{"id": "basis", "sentence": 1, "topic": "treaty", "relation": "signed_in",
                "subject": "the basis", "statement": "The mayor backed a plan based on thrift and care.",
                "answer": "thrift and care", "kind": "list", "items": ["thrift", "care"]},
               {"id": "kind", "sentence": 2, "topic": "treaty", "relation": "signed_in",
                "subject": "the plan", "statement": "She called for keeping the bold plan.",
                "answer": "bold", "kind": "concept", "form": "adjective"},
               {"id": "outcome", "sentence": 3, "topic": "treaty", "relation": "signed_in",
                "subject": "the tax", "statement": "She warned that the tax will fail.",
                "answer": "fail", "kind": "concept"}"#,
        );
        FactBase::load(&json, |_| Ok(article.to_string())).expect("loads")
    }

    #[test]
    fn a_span_pointing_back_with_this_has_the_earlier_description_as_rival() {
        let base = anaphora_base();
        let rivals = base.rivals(base.fact("kind").expect("present"));
        assert_eq!(rivals.values, vec!["thrift and care".to_string()]);
        assert_eq!(rivals.ruled_out_by, None);
        assert!(
            base.rivals(base.fact("basis").expect("present"))
                .values
                .is_empty()
        );
    }

    #[test]
    fn a_verb_answer_followed_by_a_participial_clause_has_it_as_rival() {
        let base = anaphora_base();
        let outcome = base.fact("outcome").expect("present");
        assert_eq!(
            outcome.consequence_clause().as_deref(),
            Some("hurting shops")
        );
        assert_eq!(
            base.rivals(outcome).values,
            vec!["hurting shops".to_string()]
        );
    }

    #[test]
    fn a_place_within_an_unlisted_place_is_refused() {
        let json = fact_set(GOOD).replace(
            "\"facts\":",
            "\"places\": [{\"name\": \"Astana\", \"sort\": \"city\", \"within\": \"Atlantis\"}], \"facts\":",
        );
        let error = load(&json).expect_err("refused");
        assert!(error.to_string().contains("Astana"), "{error}");
    }

    #[test]
    fn malformed_json_is_refused() {
        assert!(matches!(load("{"), Err(FactBaseError::Json(_))));
    }

    #[test]
    fn the_embedded_fact_base_is_valid_and_covers_every_sentence() {
        let base = FactBase::embedded().expect("embedded facts are valid");
        assert!(
            base.facts().len() >= 60,
            "only {} facts",
            base.facts().len()
        );
        for source in base.sources() {
            assert_eq!(base.uncited_sentences(&source.id), Vec::<u32>::new());
        }
    }
}
