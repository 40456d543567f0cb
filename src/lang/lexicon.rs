//! WordNet, distilled: which words are one family, mean the same, mean the
//! opposite, or are a kind of something, and which strings are English
//! words at all.
//!
//! Built once from `data/wordnet.json` and `data/english-words.txt` (see
//! `tools/wordnet_lexicon.py`) and shared. Words are compared by family
//! key: the Snowball stem of the word, merged with the stems of its
//! WordNet lemma and derivationally related forms, so "reduction",
//! "reduce" and "reducing" share one key, and so do "education" and
//! "educational".

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;
use thiserror::Error;

use super::stem;

/// The distilled WordNet shipped with the binary.
pub const EMBEDDED_WORDNET_JSON: &str = include_str!("../../data/wordnet.json");
/// Every WordNet lemma of four letters or more, one a line, with its parts
/// of speech and how common it is (tagged uses, or "name"; nothing when
/// rare).
pub const EMBEDDED_ENGLISH_WORDS: &str = include_str!("../../data/english-words.txt");
/// Every WordNet lemma of two or three letters, one a line.
pub const EMBEDDED_SHORT_WORDS: &str = include_str!("../../data/english-short-words.txt");
/// Irregular noun and verb forms and the lemma each inflects ("went go"),
/// one pair a line, from WordNet's exception files.
pub const EMBEDDED_IRREGULAR: &str = include_str!("../../data/english-irregular.txt");
/// Nouns and the adjective naming the same quality ("strength strong"),
/// one pair a line, from WordNet's attribute pointers.
pub const EMBEDDED_ATTRIBUTES: &str = include_str!("../../data/wordnet-attributes.txt");

/// Why a lexicon file is not usable.
#[derive(Debug, Error)]
pub enum LexiconError {
    #[error("the lexicon is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the lexicon has no words")]
    Empty,
    #[error("the lexicon entry {0:?} is not a folded word")]
    BadWord(String),
}

#[derive(Deserialize)]
struct File {
    words: BTreeMap<String, Entry>,
    #[serde(default)]
    sets: BTreeMap<String, Set>,
}

/// A noun a question may ask for and the words that name one.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Set {
    names: Vec<String>,
    members: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct Entry {
    lemmas: Vec<String>,
    same: Vec<String>,
    family: Vec<String>,
    opposite: Vec<String>,
    kinds: Vec<String>,
    similar: Vec<String>,
    near: Vec<String>,
    /// The quality a rare quality noun is a kind of ("friendliness" of
    /// "amity").
    broader: Vec<String>,
    /// "noun head": a noun derived from this word that is a kind of the
    /// head it modifies in the article ("protectionism policies").
    names: Vec<String>,
}

/// The lexical resource; see the module docs.
#[derive(Debug)]
pub struct Lexicon {
    /// Stem → family key (the representative stem of its family).
    family: HashMap<String, String>,
    /// What WordNet's entries say of the families: synonyms, opposites,
    /// kinds and the looser links only the grader reads.
    relations: Relations,
    /// Family key → family keys of the noun or adjective naming the same
    /// quality ("strength" / "strong"), either way: "being strong" says
    /// "strength". Only the grader reads it.
    attributes: HashMap<String, HashSet<String>>,
    /// Dictionary words and the parts of speech each can be ("nv"), for
    /// telling a slip from another real word and a verb from an adjective.
    dictionary: HashMap<&'static str, &'static str>,
    /// Dictionary words that WordNet's sense-tagged corpus never used and
    /// that are no name ("trad", "amide"): a slip that makes one is still
    /// read as a slip.
    rare: HashSet<&'static str>,
    /// Dictionary words WordNet lists only as names ("russia", "bishkek"):
    /// a name in a lower-case question is still a name.
    names: HashSet<&'static str>,
    /// Dictionary words of two or three letters: kept apart, so that only
    /// [`Lexicon::is_word`] (a slip or another word?) reads them.
    short_words: HashMap<&'static str, &'static str>,
    /// Irregular forms to their lemma ("made" → "make"): the stemmer
    /// cannot see that they are one word.
    irregular: HashMap<&'static str, &'static str>,
    /// Word → its WordNet lemmas, derivational family and synonyms, as
    /// listed (not merged by stem): tells real relatives from words that
    /// only share a Snowball stem ("comprehensive" / "comprehensible").
    forms: HashMap<String, Vec<String>>,
    /// Stemmed name ("nation") → the set it names ("country").
    set_names: HashMap<String, String>,
    /// Set ("month") → stemmed members ("januari", …).
    set_members: HashMap<String, HashSet<String>>,
    /// Set → its members as written (folded), for an exact test: "sultan"
    /// shares a stem with "sultanate" but names no country.
    set_words: HashMap<String, HashSet<String>>,
    /// Word → family key, as [`Lexicon::key`] found it: grading and Ask ask
    /// for the keys of the same few thousand words on every call, and a hit
    /// spares the stemming of each word of a phrase. Bounded in entries;
    /// only words of at most [`KEY_CACHE_MAX_WORD`] bytes are kept.
    keys: quick_cache::sync::Cache<String, String>,
}

/// How many words [`Lexicon::key`] remembers.
const KEY_CACHE_WORDS: usize = 16_384;

/// The longest word or phrase [`Lexicon::key`] remembers, in bytes.
const KEY_CACHE_MAX_WORD: usize = 48;

impl Lexicon {
    /// The embedded lexicon, built on first use.
    pub fn embedded() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            Lexicon::parse(EMBEDDED_WORDNET_JSON, EMBEDDED_ENGLISH_WORDS)
                .expect("the embedded lexicon is valid (checked by its tests)")
                .with_short_words(EMBEDDED_SHORT_WORDS)
                .with_irregular(EMBEDDED_IRREGULAR)
                .with_attributes(EMBEDDED_ATTRIBUTES)
        })
    }

    /// Reads a distilled WordNet and a word list, validating both.
    pub fn parse(json: &str, dictionary: &'static str) -> Result<Lexicon, LexiconError> {
        let file: File = serde_json::from_str(json)?;
        check_words(&file.words)?;
        let family = families(&file.words);
        let relations = Relations::collect(&file.words, &family);
        let sets = SetIndex::read(&file.sets);
        Ok(Lexicon {
            forms: listed_forms(&file.words),
            set_names: sets.names,
            set_members: sets.members,
            set_words: sets.words,
            short_words: HashMap::new(),
            irregular: HashMap::new(),
            attributes: HashMap::new(),
            family,
            relations,
            dictionary: parts_of_speech(dictionary),
            rare: rare_words(dictionary),
            names: proper_names(dictionary),
            keys: quick_cache::sync::Cache::new(KEY_CACHE_WORDS),
        })
    }

    /// Adds the irregular forms (as `data/english-irregular.txt`): one
    /// "form lemma" pair a line.
    pub fn with_irregular(mut self, list: &'static str) -> Lexicon {
        self.irregular = parts_of_speech(list);
        self
    }

    /// The lemma an irregular noun or verb form inflects ("went" → "go"),
    /// if the word is one.
    pub fn irregular_base(&self, word: &str) -> Option<&'static str> {
        self.irregular.get(word).copied()
    }

    /// The lexicon with a list of two- and three-letter words (one a line,
    /// as `data/english-short-words.txt`) that [`Lexicon::is_word`] knows.
    pub fn with_short_words(mut self, list: &'static str) -> Lexicon {
        self.short_words = parts_of_speech(list);
        self
    }

    /// The lexicon with pairs of a noun and the adjective naming the same
    /// quality (one pair a line, as `data/wordnet-attributes.txt`).
    pub fn with_attributes(mut self, list: &str) -> Lexicon {
        for line in list.lines() {
            let mut fields = line.split_whitespace();
            let (Some(noun), Some(adjective)) = (fields.next(), fields.next()) else {
                continue;
            };
            let (noun, adjective) = (self.key(noun), self.key(adjective));
            link_both(&mut self.attributes, &noun, &adjective);
        }
        self
    }

    /// The family key of a folded word or phrase.
    pub fn key(&self, word: &str) -> String {
        if word.len() > KEY_CACHE_MAX_WORD {
            return family_key(&self.family, word);
        }
        if let Some(key) = self.keys.get(word) {
            return key;
        }
        let key = family_key(&self.family, word);
        self.keys.insert(word.to_owned(), key.clone());
        key
    }

    /// The family key of an already stemmed word.
    pub fn key_of_stem<'a>(&'a self, stemmed: &'a str) -> &'a str {
        self.family.get(stemmed).map_or(stemmed, String::as_str)
    }

    /// True when two folded words are forms of one word or of one
    /// derivational family ("reducing" / "reduction").
    pub fn same_family(&self, a: &str, b: &str) -> bool {
        if a.contains(' ') || b.contains(' ') {
            return self.key(a) == self.key(b);
        }
        let (a, b) = (stem(a), stem(b));
        a == b || self.key_of_stem(&a) == self.key_of_stem(&b)
    }

    /// Family keys of the words that mean what `key` means.
    pub fn synonyms_of(&self, key: &str) -> impl Iterator<Item = &str> {
        self.relations
            .same
            .get(key)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// True when two folded words share a WordNet synset: synonyms and
    /// spelling variants ("neighbour" / "neighbor").
    pub fn synonymous(&self, a: &str, b: &str) -> bool {
        let (a, b) = (self.key(a), self.key(b));
        a == b
            || self
                .relations
                .same
                .get(&a)
                .is_some_and(|set| set.contains(&b))
    }

    /// True when a learner's folded word says what the expected one says:
    /// one family, one synset of the commonest sense, or adjectives WordNet
    /// links as similar ("unstable" for "volatile", "common" for
    /// "shared"), or a noun and the adjective naming its quality ("strong"
    /// for "strength"); never a pair WordNet calls opposites.
    pub fn close_in_meaning(&self, expected: &str, given: &str) -> bool {
        let (a, b) = (self.key(expected), self.key(given));
        if a == b {
            return true;
        }
        let linked = |map: &HashMap<String, HashSet<String>>| {
            map.get(&a).is_some_and(|set| set.contains(&b))
        };
        let near = self
            .relations
            .near
            .get(expected)
            .is_some_and(|set| set.contains(given));
        (linked(&self.relations.same)
            || linked(&self.relations.similar)
            || linked(&self.attributes)
            || linked(&self.relations.broader)
            || near)
            && !self.opposite_keys(&a, &b)
    }

    /// True when some noun derived from the folded `modifier` names it with
    /// a head ([`Lexicon::names_modified_head`]).
    pub fn has_noun_forms(&self, modifier: &str) -> bool {
        self.relations.noun_forms.contains_key(&stem(modifier))
    }

    /// True when the folded noun `noun` names the modifier and head noun
    /// together: derived from `modifier` and a kind of `head`
    /// ("protectionism" for "protectionist policies").
    pub fn names_modified_head(&self, modifier: &str, head: &str, noun: &str) -> bool {
        self.relations
            .noun_forms
            .get(&stem(modifier))
            .is_some_and(|forms| {
                let (noun, head) = (stem(noun), stem(head));
                forms.iter().any(|(n, h)| *n == noun && *h == head)
            })
    }

    /// True when a folded word or phrase ("long term") has a word close in
    /// meaning by [`Lexicon::close_in_meaning`]'s links.
    pub fn has_close_words(&self, word: &str) -> bool {
        let key = self.key(word);
        self.relations.near.contains_key(word)
            || [
                &self.relations.same,
                &self.relations.similar,
                &self.attributes,
                &self.relations.broader,
            ]
            .iter()
            .any(|map| map.contains_key(&key))
    }

    /// True when the two folded words (or phrases) mean the opposite:
    /// "temporary" / "permanent", "criticize" / "praise".
    pub fn opposite(&self, a: &str, b: &str) -> bool {
        self.opposite_keys(&self.key(a), &self.key(b))
    }

    /// [`Lexicon::opposite`] on family keys.
    pub fn opposite_keys(&self, a: &str, b: &str) -> bool {
        self.opposites_of(a).is_some_and(|set| set.contains(b))
    }

    /// The family keys of the opposite meaning of the family key `key`,
    /// when it has any.
    pub fn opposites_of(&self, key: &str) -> Option<&HashSet<String>> {
        self.relations.opposite.get(key)
    }

    /// True when `word` names a kind of `kind` ("tuesday" is a "weekday",
    /// not a "month"), or is `kind` itself.
    pub fn is_a(&self, word: &str, kind: &str) -> bool {
        let key = self.key(word);
        key == self.key(kind)
            || self
                .relations
                .kinds
                .get(&key)
                .is_some_and(|set| set.contains(kind))
    }

    /// True when the lexicon knows what kind of thing `word` is.
    pub fn knows_kind(&self, word: &str) -> bool {
        self.relations.kinds.contains_key(&self.key(word))
    }

    /// The set a folded noun asks for ("nation" → "country", "month"),
    /// when WordNet lists its members.
    pub fn set_named(&self, noun: &str) -> Option<&str> {
        self.set_names.get(&phrase_stem(noun)).map(String::as_str)
    }

    /// True when a folded word or phrase is a member of `set` ("june" of
    /// "month", "euros" of "currency").
    pub fn in_set(&self, set: &str, word: &str) -> bool {
        self.set_members
            .get(set)
            .is_some_and(|members| members.contains(&phrase_stem(word)))
    }

    /// True when a folded word or phrase is, as written, a member of `set`
    /// ("kazakhstan" of "country"; not "sultan", though it shares a stem
    /// with "sultanate").
    pub fn is_member(&self, set: &str, word: &str) -> bool {
        self.set_words
            .get(set)
            .is_some_and(|members| members.contains(word))
    }

    /// The sets a folded word is a member of.
    pub fn sets_of<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a str> {
        let stemmed = phrase_stem(word);
        self.set_members
            .iter()
            .filter(move |(_, members)| members.contains(&stemmed))
            .map(|(set, _)| set.as_str())
    }

    /// Every word of the dictionary (four letters or more).
    pub fn dictionary_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.dictionary.keys().copied()
    }

    /// Every word of the short list (two and three letters), when given.
    pub fn short_dictionary_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.short_words.keys().copied()
    }

    /// True when a folded word is an English word (or a regular inflection
    /// of one); words of two or three letters only when the short list was
    /// given ([`Lexicon::with_short_words`]).
    pub fn is_word(&self, word: &str) -> bool {
        if word.len() <= 3 {
            return self.short_words.contains_key(word);
        }
        self.parts_of_speech(word).is_some()
    }

    /// True when a folded word is no dictionary word and no slip of one:
    /// six letters or more, and no insertion, deletion, substitution or
    /// swap of one letter makes a word ("cybersecurity", not "goverments").
    /// Such a word is one the dictionary lacks, not a typing slip.
    pub fn is_coined(&self, word: &str) -> bool {
        if word.len() < 6 || !word.bytes().all(|b| b.is_ascii_lowercase()) || self.is_word(word) {
            return false;
        }
        !one_edit_away(word).any(|candidate| self.is_word(&candidate))
    }

    /// The dictionary words (or inflections of one) one slip from a
    /// folded ASCII word, each once: what a misspelling may have meant.
    pub fn words_one_slip_away(&self, word: &str) -> Vec<String> {
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return Vec::new();
        }
        let mut found: Vec<String> = one_edit_away(word)
            .filter(|candidate| self.is_word(candidate))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// True when a folded word of four letters or more is a dictionary
    /// word (or inflects one) that no reading makes common: WordNet's
    /// sense-tagged corpus never used it and it is no name ("trad",
    /// "trads"; not "jingle", used once, nor "police" of "polices").
    pub fn is_rare(&self, word: &str) -> bool {
        if word.len() <= 3 {
            return false;
        }
        let mut known = self
            .bases(word)
            .into_iter()
            .filter(|base| self.dictionary.contains_key(base.as_str()))
            .peekable();
        known.peek().is_some() && known.all(|base| self.rare.contains(base.as_str()))
    }

    /// True when WordNet lists a folded word as a name ("russia",
    /// "bishkek"; not "date").
    pub fn is_name(&self, word: &str) -> bool {
        self.names.contains(word)
    }

    /// Whether a folded word can be a verb; `None` when it is no
    /// dictionary word (or an irregular form: "held").
    pub fn can_be_verb(&self, word: &str) -> Option<bool> {
        let known = self.parts_of_speech(word)?;
        // "farming" is a noun, and the "-ing" form of "farm".
        let inflects_a_verb = ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
            word.strip_suffix(suffix).is_some_and(|base| {
                [base.to_string(), format!("{base}e")].iter().any(|b| {
                    self.dictionary
                        .get(b.as_str())
                        .is_some_and(|p| p.contains('v'))
                })
            })
        });
        // "spent" is listed as an adjective, and is the past of "spend".
        // (A regular form with its consonant doubled, "planned", stays as
        // the dictionary lists it.)
        let irregular_form = || {
            self.irregular_base(word)
                .is_some_and(|base| !word.starts_with(base) && self.is_base_verb(base))
        };
        Some(known.contains('v') || inflects_a_verb || irregular_form())
    }

    /// The dictionary form of a verb in the past tense or a past
    /// participle ("committed" → "commit", "announced" → "announce",
    /// "given" → "give"); `None` for any other word.
    pub fn past_verb_base(&self, word: &str) -> Option<String> {
        if let Some(base) = self.irregular_base(word) {
            return (base != word && self.is_base_verb(base)).then(|| base.to_string());
        }
        let stem = word.strip_suffix("ed").filter(|stem| stem.len() >= 2)?;
        let mut candidates = vec![stem.to_string(), format!("{stem}e")];
        if let Some(single) = undoubled(stem, "ed") {
            candidates.insert(0, single.to_string());
        }
        if let Some(y) = stem.strip_suffix('i') {
            candidates.push(format!("{y}y"));
        }
        candidates.into_iter().find(|base| self.is_base_verb(base))
    }

    /// Whether a folded word is itself a verb's dictionary form ("say",
    /// "attend"), not an inflection of one ("says", "attended").
    pub fn is_base_verb(&self, word: &str) -> bool {
        let entry = if word.len() <= 3 {
            self.short_words.get(word)
        } else {
            self.dictionary.get(word)
        };
        entry.is_some_and(|parts| parts.split_whitespace().next().unwrap_or("").contains('v'))
    }

    /// Whether a folded word can be a noun ("development", "road");
    /// `None` when it is no dictionary word.
    pub fn can_be_noun(&self, word: &str) -> Option<bool> {
        Some(self.any_length_parts_of_speech(word)?.contains('n'))
    }

    /// Whether a folded word can be an adjective ("low", "binding");
    /// `None` when it is no dictionary word.
    pub fn can_be_adjective(&self, word: &str) -> Option<bool> {
        let known = self.any_length_parts_of_speech(word)?;
        Some(known.contains('a') || known.contains('s'))
    }

    /// Whether a folded word can be an adverb ("personally", "soon");
    /// `None` when it is no dictionary word.
    pub fn can_be_adverb(&self, word: &str) -> Option<bool> {
        Some(self.any_length_parts_of_speech(word)?.contains('r'))
    }

    /// [`Lexicon::parts_of_speech`], with words of two or three letters
    /// read from the short list.
    fn any_length_parts_of_speech(&self, word: &str) -> Option<&'static str> {
        if word.len() <= 3 {
            self.short_words.get(word).copied()
        } else {
            self.parts_of_speech(word)
        }
    }

    /// The parts of speech of a word or of the word it inflects.
    fn parts_of_speech(&self, word: &str) -> Option<&'static str> {
        let known = |w: &str| self.dictionary.get(w).copied();
        known(word)
            .or_else(|| {
                ["s", "es", "ed", "d", "ing", "ly"]
                    .iter()
                    .find_map(|suffix| {
                        let base = word.strip_suffix(suffix)?;
                        // A bare "d" follows only an "e" ("used"): "unitd"
                        // is no "unit".
                        if *suffix == "d" && !base.ends_with('e') {
                            return None;
                        }
                        // A dropped "e" comes back only before a vowel
                        // suffix ("making", "used"): "tird" is no "tire".
                        let restores_e = matches!(*suffix, "ed" | "es" | "ing");
                        known(base)
                            .or_else(|| restores_e.then(|| known(&format!("{base}e"))).flatten())
                            .or_else(|| undoubled(base, suffix).and_then(known))
                    })
            })
            .or_else(|| known(&format!("{}y", word.strip_suffix("ies")?)))
    }

    /// The dictionary words a folded word is or inflects: "policies" →
    /// "policies"?, "policy"; "reducing" → "reducing", "reduce".
    fn bases(&self, word: &str) -> Vec<String> {
        let mut found = vec![word.to_string()];
        let mut add = |base: String| {
            if self.dictionary.contains_key(base.as_str()) && !found.contains(&base) {
                found.push(base);
            }
        };
        for suffix in ["s", "es", "ed", "d", "ing", "ly"] {
            let Some(base) = word.strip_suffix(suffix) else {
                continue;
            };
            if suffix == "d" && !base.ends_with('e') {
                continue;
            }
            add(base.to_string());
            if matches!(suffix, "ed" | "es" | "ing") {
                add(format!("{base}e"));
            }
            if let Some(base) = undoubled(base, suffix) {
                add(base.to_string());
            }
        }
        if let Some(stem) = word.strip_suffix("ies") {
            add(format!("{stem}y"));
        }
        found
    }

    /// True when `given` is a dictionary word that only shares a Snowball
    /// stem with `expected`, while WordNet lists `expected`'s derivational
    /// family and `given` is not in it (nor the other way round):
    /// "comprehensible" is another word than "comprehensive", though both
    /// stem to "comprehens". False whenever WordNet says nothing either way.
    pub fn stem_collision(&self, expected: &str, given: &str) -> bool {
        // One word extending the other ("historic" / "historical",
        // "control" / "controlling", "reduce" / "reducing") is a
        // derivation WordNet need not list.
        let extends =
            |long: &str, short: &str| long.starts_with(short.strip_suffix('e').unwrap_or(short));
        if !self.is_word(given) || extends(given, expected) || extends(expected, given) {
            return false;
        }
        let (of_expected, of_given) = (self.bases(expected), self.bases(given));
        let forms = |bases: &[String]| -> Option<Vec<&str>> {
            let listed: Vec<&str> = bases
                .iter()
                .filter_map(|b| self.forms.get(b))
                .flatten()
                .map(String::as_str)
                .collect();
            (!listed.is_empty()).then_some(listed)
        };
        let Some(expected_forms) = forms(&of_expected) else {
            return false;
        };
        let given_forms = forms(&of_given).unwrap_or_default();
        let related = of_given.iter().any(|b| of_expected.contains(b))
            || of_given
                .iter()
                .any(|b| expected_forms.contains(&b.as_str()))
            || of_expected
                .iter()
                .any(|b| given_forms.contains(&b.as_str()));
        !related
    }

    /// True when `given`, a dictionary word, can be the same part of speech
    /// as `expected` (a word the dictionary does not know is a name: a
    /// noun). A slip that makes a word of another part of speech ("Chian",
    /// an adjective, for "China") cannot stand where the answer stands; one
    /// of the same part ("jingle" for "jungle") is another answer.
    ///
    /// Every reading of a word counts, its own lemma's and the word it
    /// inflects: "raining" is a WordNet adjective but also a form of the
    /// verb "rain", so it can stand where "training" (a form of "train")
    /// stands, and is another word, not a slip.
    pub fn same_part_of_speech(&self, expected: &str, given: &str) -> bool {
        let expected = self.every_part_of_speech(expected);
        let expected = if expected.is_empty() {
            "n".to_string()
        } else {
            expected
        };
        self.every_part_of_speech(given)
            .chars()
            .any(|p| expected.contains(p))
    }

    /// The parts of speech of a word as a lemma and as an inflection
    /// ("-s", "-es", "-ed", "-d", "-ing", "-ies") of another lemma, all
    /// together; empty when it is no dictionary word.
    fn every_part_of_speech(&self, word: &str) -> String {
        let mut found = String::new();
        let mut add = |pos: &str| {
            for p in pos.chars() {
                if !found.contains(p) {
                    found.push(p);
                }
            }
        };
        if let Some(pos) = self.dictionary.get(word) {
            add(pos);
        }
        for base in self.bases(word).iter().skip(1) {
            // An adverb in "-ly" is not the adjective it comes from.
            if word.ends_with("ly") && word.strip_suffix("ly") == Some(base.as_str()) {
                continue;
            }
            if let Some(pos) = self.dictionary.get(base.as_str()) {
                add(pos);
            }
        }
        found
    }
}

/// Refuses an empty word list or a key that is not a folded word: every
/// lookup folds first, so such a key could never be found.
fn check_words(words: &BTreeMap<String, Entry>) -> Result<(), LexiconError> {
    if words.is_empty() {
        return Err(LexiconError::Empty);
    }
    let folded = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == ' ');
    if let Some(bad) = words.keys().find(|w| !folded(w)) {
        return Err(LexiconError::BadWord(bad.clone()));
    }
    Ok(())
}

/// Stem → family key: a union-find over stems, where a word, its lemmas
/// and its derivational family are one family.
fn families(words: &BTreeMap<String, Entry>) -> HashMap<String, String> {
    let mut parent: HashMap<String, String> = HashMap::new();
    for (word, entry) in words {
        let own = phrase_stem(word);
        for other in entry.lemmas.iter().chain(&entry.family) {
            if other.contains(' ') {
                continue;
            }
            // The word's root is found afresh for every relative: a
            // union may have moved it, and linking from a stale root
            // would cut the earlier link ("division" lost "divide"
            // when "divisional" was joined after it).
            let root = find_root(&parent, &own);
            let other_root = find_root(&parent, &stem(other));
            if other_root != root {
                // The smaller stem represents: deterministic.
                let (low, high) = if other_root < root {
                    (other_root, root.clone())
                } else {
                    (root.clone(), other_root)
                };
                parent.insert(high, low.clone());
                parent.insert(low.clone(), low);
            }
        }
    }
    parent
        .keys()
        .map(|k| (k.clone(), find_root(&parent, k)))
        .collect()
}

/// The root of a stem in the union-find [`families`] builds; a stem not
/// yet in it is its own root.
fn find_root(parent: &HashMap<String, String>, key: &str) -> String {
    let mut at = key.to_string();
    while let Some(up) = parent.get(&at).filter(|up| **up != at) {
        at = up.clone();
    }
    at
}

/// The family key of a folded word or phrase: its stem's family, or the
/// stem itself when WordNet lists no family for it.
fn family_key(family: &HashMap<String, String>, word: &str) -> String {
    let stemmed = phrase_stem(word);
    family.get(&stemmed).cloned().unwrap_or(stemmed)
}

/// The relations between families that WordNet's entries list, read
/// once into the [`Lexicon`].
#[derive(Debug, Default)]
struct Relations {
    /// Family key → family keys of words of the same meaning (either way).
    same: HashMap<String, HashSet<String>>,
    /// Family key → family keys of words of the opposite meaning.
    opposite: HashMap<String, HashSet<String>>,
    /// Family key → what it is a kind of ("tuesday" → "weekday", "day"…).
    kinds: HashMap<String, HashSet<String>>,
    /// Family key → family keys of adjectives of a similar meaning
    /// (WordNet's similar-to, either way: "volatile" / "unstable"). Looser
    /// than `same`, so only the grader reads it, where a learner's own word
    /// for the same idea should count.
    similar: HashMap<String, HashSet<String>>,
    /// Folded adjective → adjectives two steps away in WordNet, each read
    /// in its commonest sense: sisters of one small cluster ("long term" /
    /// "long lasting", "key" / "main"), a head and its satellites
    /// ("comprehensive" / "all round"). Kept by the words themselves, not
    /// by family key: a noun of the family ("friend" of "friendly") is not
    /// near "neighbourly". Only the grader reads it.
    near: HashMap<String, HashSet<String>>,
    /// Family key of a rare quality noun → family keys of the quality it
    /// is a kind of ("amity" → "friendliness", whose family holds
    /// "friendship"), one way: a learner names a rare word by the common
    /// one above it. Only the grader reads it.
    broader: HashMap<String, HashSet<String>>,
    /// Modifier's stem → (noun's stem, head's stem): a noun derived from
    /// the modifier that is a kind of the head, and so names both
    /// ("protectionism" for "protectionist policies"). Only the grader
    /// reads it.
    noun_forms: HashMap<String, Vec<(String, String)>>,
}

impl Relations {
    /// Every entry's relations, keyed by family.
    fn collect(words: &BTreeMap<String, Entry>, family: &HashMap<String, String>) -> Relations {
        let mut relations = Relations::default();
        for (word, entry) in words {
            relations.add(word, entry, |w| family_key(family, w));
        }
        relations
    }

    /// One entry's relations: the symmetric ones both ways, never a
    /// family to itself.
    fn add(&mut self, word: &str, entry: &Entry, key_of: impl Fn(&str) -> String) {
        for pair in &entry.names {
            if let Some((noun, head)) = pair.split_once(' ') {
                self.noun_forms
                    .entry(stem(word))
                    .or_default()
                    .push((stem(noun), stem(head)));
            }
        }
        let key = key_of(word);
        for other in &entry.broader {
            self.broader
                .entry(key.clone())
                .or_default()
                .insert(key_of(other));
        }
        // Near words are kept as written, not by family key.
        for other in &entry.near {
            link_both(&mut self.near, word, other);
        }
        for other in &entry.similar {
            link_both(&mut self.similar, &key, &key_of(other));
        }
        for other in &entry.same {
            link_both(&mut self.same, &key, &key_of(other));
        }
        for other in &entry.opposite {
            link_both(&mut self.opposite, &key, &key_of(other));
        }
        if !entry.kinds.is_empty() {
            self.kinds
                .entry(key)
                .or_default()
                .extend(entry.kinds.iter().cloned());
        }
    }
}

/// Links two entries of a symmetric relation each to the other, unless
/// they are one: a word is not its own synonym or opposite.
fn link_both(map: &mut HashMap<String, HashSet<String>>, a: &str, b: &str) {
    if a != b {
        map.entry(a.to_string()).or_default().insert(b.to_string());
        map.entry(b.to_string()).or_default().insert(a.to_string());
    }
}

/// Word → its lemmas, derivational family and synonyms as listed, for
/// the words that list a family (see [`Lexicon`]'s `forms`).
fn listed_forms(words: &BTreeMap<String, Entry>) -> HashMap<String, Vec<String>> {
    words
        .iter()
        .filter(|(_, entry)| !entry.family.is_empty())
        .map(|(word, entry)| {
            let listed = entry.lemmas.iter().chain(&entry.family).chain(&entry.same);
            (word.clone(), listed.cloned().collect())
        })
        .collect()
}

/// The noun sets a question may ask for, indexed three ways (see the
/// [`Lexicon`] fields `set_names`, `set_members` and `set_words`).
struct SetIndex {
    names: HashMap<String, String>,
    members: HashMap<String, HashSet<String>>,
    words: HashMap<String, HashSet<String>>,
}

impl SetIndex {
    /// Indexes the lexicon file's sets; a set is also named by its own noun.
    fn read(sets: &BTreeMap<String, Set>) -> SetIndex {
        let mut index = SetIndex {
            names: HashMap::new(),
            members: HashMap::new(),
            words: HashMap::new(),
        };
        for (noun, set) in sets {
            for name in set.names.iter().chain(std::iter::once(noun)) {
                index.names.insert(phrase_stem(name), noun.clone());
            }
            index
                .words
                .insert(noun.clone(), set.members.iter().cloned().collect());
            index.members.insert(
                noun.clone(),
                set.members.iter().map(|m| phrase_stem(m)).collect(),
            );
        }
        index
    }
}

/// Word → its parts of speech ("nv") from a word list, one word a line
/// with its parts of speech after it.
/// Every ASCII lowercase string one edit from `word` (itself ASCII
/// lowercase): each letter dropped, swapped with the next or replaced,
/// and a letter inserted anywhere.
fn one_edit_away(word: &str) -> impl Iterator<Item = String> + '_ {
    let bytes = word.as_bytes();
    let edited = |at: usize, keep_from: usize, insert: Option<u8>| {
        let mut out = Vec::with_capacity(bytes.len() + 1);
        out.extend_from_slice(&bytes[..at]);
        out.extend(insert);
        out.extend_from_slice(&bytes[keep_from..]);
        String::from_utf8(out).unwrap_or_default()
    };
    let dropped = (0..bytes.len()).map(move |at| edited(at, at + 1, None));
    let swapped = (1..bytes.len()).map(move |at| {
        let mut out = bytes.to_vec();
        out.swap(at - 1, at);
        String::from_utf8(out).unwrap_or_default()
    });
    let letters = || b'a'..=b'z';
    let replaced = (0..bytes.len())
        .flat_map(move |at| letters().map(move |letter| edited(at, at + 1, Some(letter))));
    let inserted = (0..=bytes.len())
        .flat_map(move |at| letters().map(move |letter| edited(at, at, Some(letter))));
    dropped.chain(swapped).chain(replaced).chain(inserted)
}

fn parts_of_speech(list: &'static str) -> HashMap<&'static str, &'static str> {
    list.lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            Some((fields.next()?, fields.next().unwrap_or("")))
        })
        .collect()
}

/// The words of the dictionary list that are rare: a line with no third
/// field has no tagged use and is no name.
fn rare_words(dictionary: &'static str) -> HashSet<&'static str> {
    words_by_use(dictionary, |uses| uses.is_none())
}

/// The words of the dictionary list tagged as names (a third field
/// "name"; a word with tagged uses is a common word too).
fn proper_names(dictionary: &'static str) -> HashSet<&'static str> {
    words_by_use(dictionary, |uses| uses == Some("name"))
}

/// The words of the dictionary list whose third field (how often it was
/// tagged, "name", or nothing) `keep` accepts.
fn words_by_use(dictionary: &'static str, keep: fn(Option<&str>) -> bool) -> HashSet<&'static str> {
    dictionary
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let word = fields.next()?;
            keep(fields.nth(1)).then_some(word)
        })
        .collect()
}

/// The stems of a phrase's words, joined by spaces.
fn phrase_stem(phrase: &str) -> String {
    if !phrase.contains(' ') {
        return stem(phrase);
    }
    phrase
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The base of a word whose last consonant doubles before a vowel
/// suffix: "scrapping" → "scrap", "planned" → "plan".
fn undoubled<'a>(base: &'a str, suffix: &str) -> Option<&'a str> {
    let bytes = base.as_bytes();
    let n = bytes.len();
    // ASCII letters only: a byte of a wider character is no consonant,
    // and no place to cut the text.
    (matches!(suffix, "ed" | "ing")
        && n >= 4
        && bytes[n - 1].is_ascii_alphabetic()
        && bytes[n - 1] == bytes[n - 2]
        && !b"aeiouslfz".contains(&bytes[n - 1]))
    .then(|| &base[..n - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_doubled_byte_of_a_wide_character_is_no_doubled_consonant() {
        // "𑓓" is four bytes whose last two are equal.
        assert_eq!(undoubled("𑓓", "ing"), None);
        assert_eq!(undoubled("scrapp", "ing"), Some("scrap"));
        assert_eq!(Lexicon::embedded().can_be_verb("𑓓ing"), None);
        assert_eq!(Lexicon::embedded().can_be_verb("𑓓ed"), None);
    }

    #[test]
    fn a_past_form_gives_its_verb() {
        let lexicon = Lexicon::embedded();
        for (past, base) in [
            ("committed", "commit"),
            ("announced", "announce"),
            ("signed", "sign"),
            ("cautioned", "caution"),
            ("given", "give"),
            ("held", "hold"),
            ("applied", "apply"),
        ] {
            assert_eq!(
                lexicon.past_verb_base(past).as_deref(),
                Some(base),
                "{past}"
            );
        }
        for other in ["treaty", "speed", "signing", "red", "sign"] {
            assert_eq!(lexicon.past_verb_base(other), None, "{other}");
        }
    }

    #[test]
    fn verbs_that_change_an_amount_the_other_way_are_opposites() {
        let lexicon = Lexicon::embedded();
        for (article, other) in [
            ("deepen", "reduce"),
            ("deepen", "lessen"),
            ("growing", "shrink"),
            ("grows", "diminish"),
            ("accelerating", "slow"),
            ("growing", "less"),
        ] {
            assert!(lexicon.opposite(article, other), "{article} / {other}");
        }
        // The same way is no opposite, nor is a verb that changes no amount.
        assert!(!lexicon.opposite("deepen", "expand"));
        assert!(!lexicon.opposite("deepen", "sign"));
    }

    #[test]
    fn the_embedded_lexicon_loads_and_knows_opposites_and_kinds() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.opposite("temporary", "permanent"));
        assert!(lexicon.opposite("criticize", "praised"));
        assert!(lexicon.is_a("tuesday", "weekday"));
        assert!(!lexicon.is_a("tuesday", "month"));
        assert!(!lexicon.opposite("permanent", "permanent"));
        assert_eq!(lexicon.set_named("nation"), Some("country"));
        assert!(lexicon.in_set("month", "june") && !lexicon.in_set("month", "tuesday"));
        assert!(lexicon.in_set("currency", "euros"));
    }

    #[test]
    fn a_relative_spelt_like_the_word_joins_its_family_through_a_synonym() {
        let lexicon = Lexicon::embedded();
        // WordNet links "just" only from "justness", justice's synonym.
        assert!(lexicon.same_family("justice", "just"));
        assert!(lexicon.same_family("uncertainty", "uncertain"));
        // The synonym's own word is no broader name of another article
        // word: "justice" is no kind of fairness.
        assert!(!lexicon.close_in_meaning("fairness", "justice"));
    }

    #[test]
    fn real_words_are_told_from_slips() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.is_word("jingle") && lexicon.is_word("thursday"));
        assert!(lexicon.is_word("reducing") && lexicon.is_word("policies"));
        assert!(!lexicon.is_word("seccond") && !lexicon.is_word("thrid"));
        assert_eq!(lexicon.can_be_verb("signing"), Some(true));
        assert_eq!(lexicon.can_be_verb("good"), Some(false));
        // A consonant doubled before the suffix.
        assert_eq!(lexicon.can_be_verb("scrapping"), Some(true));
        // An irregular past listed only as an adjective.
        assert_eq!(lexicon.can_be_verb("spent"), Some(true));
        assert!(lexicon.is_word("planned") && !lexicon.is_word("goverments"));
        assert!(lexicon.is_base_verb("say") && lexicon.is_base_verb("attend"));
        assert!(!lexicon.is_base_verb("attended") && !lexicon.is_base_verb("good"));
    }

    #[test]
    fn a_word_no_tagged_text_used_is_rare_but_a_used_word_or_a_name_is_not() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.is_rare("trad") && lexicon.is_rare("trads"));
        for common in [
            "trade", "jingle", "polices", "thursday", "astana", "seccond",
        ] {
            assert!(!lexicon.is_rare(common), "{common}");
        }
    }

    #[test]
    fn a_name_is_told_from_a_common_word() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.is_name("russia") && lexicon.is_name("bishkek"));
        assert!(!lexicon.is_name("date") && !lexicon.is_name("trade"));
    }

    #[test]
    fn a_word_no_dictionary_holds_is_coined_unless_one_edit_makes_a_word() {
        let lexicon = Lexicon::embedded();
        for coined in ["cybersecurity", "fintech", "blockchains"] {
            assert!(lexicon.is_coined(coined), "{coined}");
        }
        // Slips: one letter left out, swapped, wrong or added.
        for slip in [
            "goverments",
            "goverment",
            "agriclture",
            "tarrifs",
            "deserts",
        ] {
            assert!(!lexicon.is_coined(slip), "{slip}");
        }
        // Short words are too often slips or abbreviations to tell.
        assert!(!lexicon.is_coined("zqxw"));
        assert_eq!(one_edit_away("ab").count(), 2 + 1 + 2 * 26 + 3 * 26);
    }

    #[test]
    fn a_slip_is_no_inflection_of_a_word_it_only_resembles() {
        let lexicon = Lexicon::embedded();
        // "tird" is not "tire" + "d"; "tired" is.
        assert!(!lexicon.is_word("tird") && lexicon.is_word("tired"));
        assert!(lexicon.is_word("making") && lexicon.is_word("used"));
    }

    #[test]
    fn similar_adjectives_are_close_in_meaning_but_opposites_never() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.close_in_meaning("volatile", "unstable"));
        assert!(lexicon.close_in_meaning("shared", "common"));
        assert!(lexicon.close_in_meaning("key", "important"));
        assert!(lexicon.close_in_meaning("strength", "strong"));
        assert!(!lexicon.close_in_meaning("strength", "weak"));
        assert!(!lexicon.close_in_meaning("permanent", "temporary"));
        assert!(!lexicon.close_in_meaning("volatile", "stable"));
    }

    #[test]
    fn adjectives_two_steps_apart_are_close_but_not_across_big_clusters() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.close_in_meaning("key", "main"));
        assert!(lexicon.close_in_meaning("long term", "long lasting"));
        assert!(lexicon.close_in_meaning("comprehensive", "all round"));
        // Two numbers are both kinds of "cardinal", a cluster of 133.
        assert!(!lexicon.close_in_meaning("second", "third"));
        assert!(!lexicon.close_in_meaning("long term", "short term"));
        assert!(!lexicon.close_in_meaning("comprehensive", "large"));
        assert!(!lexicon.close_in_meaning("volatile", "temporary"));
        assert!(lexicon.names_modified_head("protectionist", "policies", "protectionism"));
        assert!(!lexicon.names_modified_head("protectionist", "wars", "protectionism"));
        // A head naming conduct itself takes the modifier's noun, read by
        // its regular ending when WordNet lists no "hegemonic".
        assert!(lexicon.names_modified_head("hegemonic", "behavior", "hegemony"));
        // A rare quality noun is named by the common quality above it,
        // not the other way, and a common noun not by its kind.
        assert!(lexicon.close_in_meaning("amity", "friendship"));
        assert!(lexicon.close_in_meaning("amity", "friendliness"));
        assert!(!lexicon.close_in_meaning("friendship", "amity"));
        assert!(!lexicon.close_in_meaning("tuesday", "weekday"));
        assert!(lexicon.close_in_meaning("united", "together"));
        // Nouns of an adjective's family are not near its sisters.
        assert!(!lexicon.close_in_meaning("friend", "neighbor"));
    }

    #[test]
    fn malformed_lexicons_are_refused() {
        assert!(matches!(
            Lexicon::parse(r#"{"words": {}}"#, ""),
            Err(LexiconError::Empty)
        ));
        assert!(matches!(
            Lexicon::parse(r#"{"words": {"Bad": {}}}"#, ""),
            Err(LexiconError::BadWord(_))
        ));
        assert!(Lexicon::parse("[", "").is_err());
    }
}
