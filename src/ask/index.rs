//! A BM25F index over the facts, one document per fact.
//!
//! Each fact is indexed in three fields, weighted by how directly they speak
//! for the fact: its self-contained `statement`, the wh-`questions` rendered
//! for it (curated paraphrases: "take place", "speed up", "pledge"), and the
//! article `sentence` it cites (context the statement leaves out, shared
//! with the other facts of that sentence). BM25F (Robertson & Zaragoza,
//! 2009) sums the length-normalised, weighted term frequencies of the fields
//! before saturating them, so a term repeated across fields is not counted
//! as several independent matches.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::ask::analyze::Analyzer;
use crate::facts::FactBase;

/// The fields of a fact document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Statement = 0,
    Questions = 1,
    Sentence = 2,
}

const FIELDS: usize = 3;
/// How much a match in each field counts towards the BM25F score.
const WEIGHTS: [f64; FIELDS] = [1.0, 0.6, 0.4];
/// Term-frequency saturation and length normalisation (the usual values).
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// One fact's terms, per field.
#[derive(Debug)]
struct Doc {
    frequencies: HashMap<String, [u32; FIELDS]>,
    lengths: [u32; FIELDS],
    /// Terms this fact writes only capitalised mid-sentence ("Central" of
    /// "Central Asia"): parts of names here, whatever they are elsewhere.
    names_only: HashSet<String>,
}

/// The index: per-fact term frequencies, document frequencies, and the
/// article's vocabulary for telling known words from unknown ones.
#[derive(Debug)]
pub struct Index {
    docs: Vec<Doc>,
    document_frequency: HashMap<String, u32>,
    average_lengths: [f64; FIELDS],
    /// Every folded word in any fact, question or article sentence: the
    /// targets of typo correction.
    surface_words: HashSet<String>,
    /// The terms of the statements and sentences: the article's words,
    /// which mean what the article means by them (a word only our own
    /// questions use, "stay", may still be a learner's word for one).
    text_terms: HashSet<String>,
    /// Terms the article only ever writes capitalised mid-sentence: names.
    proper: HashSet<String>,
    /// Each term's documents, in order: a question is scored only against
    /// the facts that hold one of its terms, the only ones that score.
    postings: HashMap<String, Vec<usize>>,
}

impl Index {
    /// Indexes every fact of `base`; document `i` is `base.facts()[i]`.
    pub fn build(base: &FactBase, analyzer: &Analyzer) -> Index {
        let mut docs = Vec::with_capacity(base.facts().len());
        let mut document_frequency: HashMap<String, u32> = HashMap::new();
        let mut totals = [0u64; FIELDS];
        let mut surface_words = HashSet::new();
        let mut text_terms = HashSet::new();
        for fact in base.facts() {
            // The answer's other names ("Belt and Road *Initiative*") say
            // what the answer is as much as the rendered questions do.
            let questions = fact.questions.iter().chain(&fact.aliases);
            let texts = [
                fact.statement.clone(),
                questions.map(String::as_str).collect::<Vec<_>>().join(" "),
                fact.citation.text.clone(),
            ];
            let mut frequencies: HashMap<String, [u32; FIELDS]> = HashMap::new();
            let mut lengths = [0u32; FIELDS];
            let names_only = name_only_terms(&texts, analyzer);
            for (field, text) in texts.iter().enumerate() {
                surface_words.extend(analyzer.word_texts(text));
                let terms = analyzer.index_terms(text);
                if field != 1 {
                    text_terms.extend(terms.iter().cloned());
                }
                lengths[field] = u32::try_from(terms.len()).unwrap_or(u32::MAX);
                totals[field] += u64::from(lengths[field]);
                for term in terms {
                    frequencies.entry(term).or_default()[field] += 1;
                }
            }
            for term in frequencies.keys() {
                *document_frequency.entry(term.clone()).or_default() += 1;
            }
            docs.push(Doc {
                frequencies,
                lengths,
                names_only,
            });
        }
        let count = docs.len().max(1) as f64;
        let average_lengths = totals.map(|total| (total as f64 / count).max(1.0));
        let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
        for (doc, Doc { frequencies, .. }) in docs.iter().enumerate() {
            for term in frequencies.keys() {
                postings.entry(term.clone()).or_default().push(doc);
            }
        }
        Index {
            postings,
            docs,
            document_frequency,
            average_lengths,
            surface_words,
            text_terms,
            proper: proper_terms(base, analyzer),
        }
    }

    /// How many documents (facts) there are.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Whether any fact is indexed under `term`.
    pub fn knows(&self, term: &str) -> bool {
        self.document_frequency.contains_key(term)
    }

    /// Whether the article's own text (a statement or a sentence, not the
    /// questions written about it) holds `term`.
    pub fn in_text(&self, term: &str) -> bool {
        self.text_terms.contains(term)
    }

    /// Whether `word` (folded) occurs anywhere in the indexed text.
    pub fn has_word(&self, word: &str) -> bool {
        self.surface_words.contains(word)
    }

    /// The indexed words, for typo correction.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.surface_words.iter().map(String::as_str)
    }

    /// Whether the article writes `term` only as a name (capitalised).
    pub fn is_proper(&self, term: &str) -> bool {
        self.proper.contains(term)
    }

    /// Inverse document frequency (the BM25 form, always positive). A term
    /// no fact contains gets the highest value: an unknown word is the
    /// strongest evidence there is about what a question is not about.
    pub fn idf(&self, term: &str) -> f64 {
        let n = self.docs.len() as f64;
        let df = f64::from(self.document_frequency.get(term).copied().unwrap_or(0));
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The fields of document `doc` that contain `term`.
    pub fn fields_with(&self, doc: usize, term: &str) -> [bool; FIELDS] {
        self.docs
            .get(doc)
            .and_then(|d| d.frequencies.get(term))
            .map_or([false; FIELDS], |tf| tf.map(|n| n > 0))
    }

    /// Whether document `doc` writes `term` only as part of a name.
    pub fn names_only(&self, doc: usize, term: &str) -> bool {
        self.docs
            .get(doc)
            .is_some_and(|d| d.names_only.contains(term))
    }

    /// Whether document `doc` contains `term` in `field`.
    pub fn in_field(&self, doc: usize, term: &str, field: Field) -> bool {
        self.fields_with(doc, term)[field as usize]
    }

    /// The documents that hold `term`, in order.
    pub fn docs_with(&self, term: &str) -> &[usize] {
        self.postings.get(term).map_or(&[], Vec::as_slice)
    }

    /// The documents that hold any of `terms`, in order: every document
    /// whose [`Index::score`] is above zero, and no other.
    pub fn matching(&self, terms: &QueryTerms) -> Vec<usize> {
        let mut docs: Vec<usize> = terms
            .0
            .iter()
            .filter_map(|term| self.postings.get(term))
            .flatten()
            .copied()
            .collect();
        docs.sort_unstable();
        docs.dedup();
        docs
    }

    /// The BM25F score of document `doc` for the query terms.
    pub fn score(&self, doc: usize, terms: &QueryTerms) -> f64 {
        let Some(d) = self.docs.get(doc) else {
            return 0.0;
        };
        terms
            .0
            .iter()
            .filter_map(|term| d.frequencies.get(term).map(|tf| (term, tf)))
            .map(|(term, tf)| {
                let weighted: f64 = (0..FIELDS)
                    .map(|f| {
                        let norm = 1.0 - B + B * f64::from(d.lengths[f]) / self.average_lengths[f];
                        WEIGHTS[f] * f64::from(tf[f]) / norm
                    })
                    .sum();
                self.idf(term) * weighted * (K1 + 1.0) / (K1 + weighted)
            })
            .sum()
    }
}

/// A question's terms for [`Index::score`], each once (a question rarely
/// repeats a word on purpose). Deduplicated when built, not in every
/// document's score: a question is scored against every fact.
#[derive(Debug, Clone, Default)]
pub struct QueryTerms(Vec<String>);

impl<S: Into<String>> FromIterator<S> for QueryTerms {
    fn from_iter<I: IntoIterator<Item = S>>(terms: I) -> QueryTerms {
        let mut distinct: Vec<String> = Vec::new();
        for term in terms {
            let term = term.into();
            if !distinct.contains(&term) {
                distinct.push(term);
            }
        }
        QueryTerms(distinct)
    }
}

/// Terms `texts` write capitalised in the middle of a sentence and never
/// in lower case: name parts, in this fact ([`Doc::names_only`]).
fn name_only_terms(texts: &[String], analyzer: &Analyzer) -> HashSet<String> {
    let mut capital = HashSet::new();
    let mut lower = HashSet::new();
    for text in texts {
        for (i, word) in analyzer.words(text).iter().enumerate() {
            if word.is_numeric() || analyzer.is_stopword(&word.text) {
                continue;
            }
            let term = analyzer.term(&word.text);
            if word.capitalized && i > 0 {
                capital.insert(term);
            } else {
                lower.insert(term);
            }
        }
    }
    capital.difference(&lower).cloned().collect()
}

/// Terms the article writes capitalised in the middle of a sentence and
/// never in lower case ("Paris", "France", "Belt"), but not words that
/// also occur in lower case ("President Xi" / "the presidents").
fn proper_terms(base: &FactBase, analyzer: &Analyzer) -> HashSet<String> {
    let mut capital = HashSet::new();
    let mut lower = HashSet::new();
    for article in base.sources() {
        for sentence in std::iter::once(&article.title).chain(&article.sentences) {
            for (i, word) in analyzer.words(sentence).iter().enumerate() {
                if word.is_numeric() || analyzer.is_stopword(&word.text) {
                    continue;
                }
                let term = analyzer.term(&word.text);
                if word.capitalized {
                    if i > 0 {
                        capital.insert(term);
                    }
                } else {
                    lower.insert(term);
                }
            }
        }
    }
    capital.difference(&lower).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> (FactBase, Analyzer, Index) {
        let base = FactBase::embedded().expect("valid facts");
        let analyzer = Analyzer::new();
        let index = Index::build(&base, &analyzer);
        (base, analyzer, index)
    }

    #[test]
    fn a_word_written_only_in_a_name_is_marked_so_per_fact() {
        let (base, analyzer, index) = index();
        let central = analyzer.term("central");
        let of = |id: &str| {
            base.facts()
                .iter()
                .position(|fact| fact.id == id)
                .expect("the fact exists")
        };
        assert!(index.names_only(of("summit-host-country"), &central));
        assert!(!index.names_only(of("global-cooperation-values"), &central));
    }

    #[test]
    fn rare_terms_weigh_more_than_common_ones() {
        let (_, analyzer, index) = index();
        let china = analyzer.term("china");
        let desert = analyzer.term("desertification");
        assert!(index.idf(&desert) > 2.0 * index.idf(&china));
        assert!(index.idf("zzzunknown") > index.idf(&desert));
        assert!(index.idf(&china) > 0.0);
    }

    #[test]
    fn the_fact_that_says_it_scores_highest() {
        let (base, analyzer, index) = index();
        let query: QueryTerms = analyzer
            .index_terms("desertification control centre")
            .into_iter()
            .collect();
        let best = (0..index.len())
            .max_by(|&a, &b| index.score(a, &query).total_cmp(&index.score(b, &query)))
            .expect("facts");
        assert_eq!(base.facts()[best].id, "desertification-centre");
    }

    #[test]
    fn a_statement_match_outscores_a_sentence_only_match() {
        let (base, analyzer, index) = index();
        let doc = |id: &str| base.fact_index(id).expect("fact");
        let query: QueryTerms = analyzer.index_terms("training").into_iter().collect();
        // Both cite sentence 11; only one statement mentions training.
        assert!(
            index.score(doc("training-period"), &query) > index.score(doc("grant-timing"), &query)
        );
        assert!(index.score(doc("grant-timing"), &query) > 0.0);
    }

    #[test]
    fn the_matching_facts_are_exactly_those_that_score_above_zero() {
        let (_, analyzer, index) = index();
        for question in [
            "desertification control centre",
            "where did they sign the pact",
            "president of Kazakhstan",
            "zzzunknown",
        ] {
            let query: QueryTerms = analyzer.index_terms(question).into_iter().collect();
            let scoring: Vec<usize> = (0..index.len())
                .filter(|&doc| index.score(doc, &query) > 0.0)
                .collect();
            assert_eq!(index.matching(&query), scoring, "{question}");
        }
    }

    #[test]
    fn names_are_proper_and_ordinary_words_are_not() {
        let (_, analyzer, index) = index();
        assert!(index.is_proper(&analyzer.term("astana")));
        assert!(index.is_proper(&analyzer.term("kazakhstan")));
        assert!(!index.is_proper(&analyzer.term("president")));
        assert!(!index.is_proper(&analyzer.term("summit")));
    }
}
