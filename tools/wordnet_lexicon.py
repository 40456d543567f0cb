#!/usr/bin/env python3
"""Distils WordNet 3.0 into data/wordnet.json for the words of the fact set.

Run from the repository root after `apt-get install wordnet-base`:

    python3 tools/wordnet_lexicon.py > data/wordnet.json
    python3 tools/wordnet_lexicon.py words > data/english-words.txt
    python3 tools/wordnet_lexicon.py short > data/english-short-words.txt
    python3 tools/wordnet_lexicon.py attributes > data/wordnet-attributes.txt
    python3 tools/wordnet_lexicon.py related > data/wordnet-related.json
    python3 tools/wordnet_lexicon.py irregular > data/english-irregular.txt

For every word the facts and the article use, it records what WordNet says
about its lemma: words of the same meaning (lemmas of its first senses),
adjectives of a similar meaning (similar-to links within an adjective
cluster, first senses only: "volatile" / "unstable"; also-see links are
left out, they reach too far: "volatile" / "temporary"), words of the same derivational family (derivation and pertainym links:
reduction / reduce, education / educational), opposites (antonyms, and the
antonyms' similar words, so "temporary" opposes "permanent"; and verbs
that change an amount the other way, so "deepen" opposes "reduce") and, for
nouns, what kinds of thing it is (hypernyms: Tuesday is a weekday, not a
month). The product reads only the JSON; WordNet is not needed at run time.
WordNet 3.0 is (c) Princeton University, under the WordNet licence, which
allows redistribution with its notice (kept in the JSON's "licence").
"""
import json
import re
import sys

WN = "/usr/share/wordnet"
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SENSES = 3  # senses whose opposites count: the rarer ones are noise
SYNONYM_SENSES = 1  # synonyms of the commonest sense only: "see" is not "meet"
KIND_DEPTH = 8
SIMILAR_CLUSTER = 4  # a head's similar-to links count only in a cluster this small
# Nouns a question may ask for whose members WordNet lists: a month is one
# of the calendar months, a currency one of the monetary units. Each is
# (noun, [synset offsets], hyponym depth); the synsets' own lemmas name the
# set too ("nation" asks for a country).
SETS = [
    ("month", ["15209413"], 2),
    ("weekday", ["15163157"], 1),
    ("currency", ["13604718"], 4),
    ("capital", ["08518505"], 2),
    ("city", ["08524735", "08518505"], 2),
    ("country", ["08544813", "08168978"], 3),
]
# Nouns that ask for a set's member though WordNet does not name the set
# with them: a date is a day of a month, so "on what date" wants a month
# (a weekday or an event is no date).
SET_EXTRA_NAMES = {"month": ["date"]}


def load():
    index, data, exc = {}, {}, {}
    for p, name in POS.items():
        with open(f"{WN}/index.{name}", encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                lemma, n_synsets, p_cnt = parts[0], int(parts[2]), int(parts[3])
                offsets = parts[4 + p_cnt + 2:]
                index[(lemma, p)] = offsets[:n_synsets]
        with open(f"{WN}/data.{name}", encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                head, _, _gloss = line.partition("|")
                parts = head.split()
                offset, ss_type = parts[0], parts[2]
                w_cnt = int(parts[3], 16)
                words = [parts[4 + 2 * i] for i in range(w_cnt)]
                words = [re.sub(r"\(.*\)$", "", w).lower() for w in words]
                at = 4 + 2 * w_cnt
                p_cnt = int(parts[at])
                pointers = []
                for i in range(p_cnt):
                    sym, off, pp, st = parts[at + 1 + 4 * i: at + 5 + 4 * i]
                    pp = "a" if pp == "s" else pp
                    pointers.append((sym, off, pp, int(st[:2], 16), int(st[2:], 16)))
                data[(offset, p)] = (words, pointers)
        with open(f"{WN}/{name}.exc", encoding="latin-1") as f:
            for line in f:
                inflected, *bases = line.split()
                exc.setdefault((inflected, p), bases)
    return index, data, exc


SUFFIXES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}


def morphy(word, p, index, exc):
    """WordNet's own lemmatiser: exceptions, then suffix rules."""
    if (word, p) in exc:
        return [b for b in exc[(word, p)] if (b, p) in index]
    found = [word] if (word, p) in index else []
    for suffix, repl in SUFFIXES[p]:
        if word.endswith(suffix):
            base = word[: len(word) - len(suffix)] + repl
            if (base, p) in index and base not in found:
                found.append(base)
    return found


def uses():
    """How often each lemma was tagged in WordNet's sense-tagged corpus
    (cntlist.rev, all senses and parts of speech together): 0 for a word
    no tagged text used ("trad"), more for common words ("trade" 93)."""
    counts = {}
    with open(f"{WN}/cntlist.rev", encoding="latin-1") as f:
        for line in f:
            key, _sense, count = line.split()
            lemma = key.split("%")[0]
            counts[lemma] = counts.get(lemma, 0) + int(count)
    return counts


def names():
    """Lemmas WordNet writes with a capital in some synset: words that can
    be a name ("Astana", "Thursday"), never rare however seldom tagged."""
    found = set()
    for name in POS.values():
        with open(f"{WN}/data.{name}", encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                for i in range(int(parts[3], 16)):
                    word = re.sub(r"\(.*\)$", "", parts[4 + 2 * i])
                    if word != word.lower():
                        found.add(word.lower())
    return found


def dictionary(shape=r"[a-z]{4,}", frequency=True):
    """Every single-word WordNet lemma of four letters or more, with the
    parts of speech it can be (n, v, a, r): the dictionary that tells a
    misspelling from another real word, and a verb from an adjective.
    A third field, when there is one, says how common the word is: the
    times the sense-tagged corpus used it, or "name" for a word that can
    be a proper name; a word with neither is rare, and a slip that makes
    it is still a slip ("trad" for "trade"). `short` lists the lemmas of
    two and three letters (parts of speech only), so a slip in a short
    word ("kay" for "key") is told from another word ("low" for "law")."""
    found = {}
    for p, name in POS.items():
        with open(f"{WN}/index.{name}", encoding="latin-1") as f:
            for line in f:
                word = line.split()[0]
                if not line.startswith(" ") and re.fullmatch(shape, word):
                    found.setdefault(word, set()).add(p)
    # Irregular forms are words too ("went", "held", "met"): WordNet lists
    # them only in its exception files, each with the lemmas it inflects.
    irregular = {}
    for p, name in POS.items():
        with open(f"{WN}/{name}.exc", encoding="latin-1") as f:
            for line in f:
                word, *bases = line.split()
                if re.fullmatch(shape, word) and word not in found:
                    irregular.setdefault(word, (set(), set()))
                    irregular[word][0].add(p)
                    irregular[word][1].update(bases)
    counts, proper = (uses(), names()) if frequency else ({}, set())
    for word, (parts, bases) in irregular.items():
        found[word] = parts
        # As common as the commonest lemma it inflects.
        base_uses = max((counts.get(b, 0) for b in bases), default=0)
        if base_uses and not counts.get(word):
            counts[word] = base_uses

    def line(w):
        mark = "name" if w in proper else str(counts[w]) if counts.get(w) else ""
        return f"{w} {''.join(sorted(found[w]))}" + (f" {mark}" if mark else "") + "\n"
    sys.stdout.write("".join(line(w) for w in sorted(found)))


def irregular():
    """Irregular noun and verb forms and the lemma each inflects, one pair
    a line ("went go", "made make", "children child"), from WordNet's
    exception files: a stemmer leaves "made" apart from "make". A form
    that inflects several lemmas keeps the first WordNet lists."""
    index, _data, exc = load()
    pairs = {}
    for (word, p), bases in sorted(exc.items()):
        if p not in ("n", "v") or not re.fullmatch(r"[a-z]{3,}", word):
            continue
        bases = [b for b in bases if (b, p) in index and re.fullmatch(r"[a-z]+", b) and b != word]
        if bases and word not in pairs:
            pairs[word] = bases[0]
    sys.stdout.write("".join(f"{w} {b}\n" for w, b in sorted(pairs.items())))


def attributes():
    """Nouns and the adjective that names the same quality, one pair a
    line: WordNet's attribute pointer links "strength" to "strong" and to
    "weak" alike, so a pair is kept only when the noun's attribute values
    hold exactly one adjective spelt like it (its first three letters) and
    not undone by "-less": "strength strong" stays, "fear" / "fearless"
    does not. Read by the grader only."""
    index, data, exc = load()
    pairs = set()
    for (offset, p), (words, pointers) in data.items():
        if p != "n":
            continue
        values = [a for sym, off, pp, _, _ in pointers if sym == "=" for a in data[(off, pp)][0]]
        for noun in words:
            if not re.fullmatch(r"[a-z]{4,}", noun):
                continue
            # "-less" undoes the noun ("fear" / "fearless"): never alike.
            alike = {a for a in values if a[:3] == noun[:3] and a != noun and not (a.endswith("less") and "less" not in noun)}
            if len(alike) == 1 and re.fullmatch(r"[a-z]{3,}", next(iter(alike))):
                pairs.add((noun, next(iter(alike))))
    sys.stdout.write("".join(f"{n} {a}\n" for n, a in sorted(pairs)))


LICENCE = "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED AS IS AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database."
NEAR_SENSES = 1  # an article adjective's senses whose neighbourhood counts
RELATED_SENSES = 2  # an article word's senses that count; the other word's, one more
RELATED_HYPONYMS = 12  # a synset's hyponyms count only when this few
RELATED_POINTERS = {"+", "&", "\\"}


def related(index, data, exc, vocabulary):
    """Words one WordNet relation away from the article's words, each with
    the article words it is near: the synonyms of an article word's first
    senses, their hypernyms, small sets of hyponyms, derivational relatives
    and similar adjectives. A learner's "increasing" meets the article's
    "grows". A relation counts only through a common sense of both words
    (an article word's first two, the other word's first three): "prime"
    is not "summit", though both can name a peak. Words the article uses
    itself are left out: they mean what the article means by them."""
    near = {}
    own = set(vocabulary)
    for word in vocabulary:
        if len(word) < 4:
            continue
        for p in POS:
            for lemma in morphy(word, p, index, exc):
                for offset in index[(lemma, p)][:RELATED_SENSES]:
                    words, pointers = data[(offset, p)]
                    targets = [(offset, p)]
                    for sym, off, pp, _, _ in pointers:
                        if sym not in RELATED_POINTERS:
                            continue
                        if sym in ("~", "~i") and sum(q[0] in ("~", "~i") for q in pointers) > RELATED_HYPONYMS:
                            continue
                        targets.append((off, pp))
                    for off, pp in targets:
                        for other in data[(off, pp)][0]:
                            # Only where the meaning is common for the
                            # other word too: "prime" is not "summit".
                            common = off in index.get((other, pp), [])[:RELATED_SENSES + 1]
                            if common and re.fullmatch(r"[a-z]{3,}", other) and other not in own:
                                near.setdefault(other, set()).add(word)
    json.dump(
        {
            "source": "WordNet 3.0, distilled by tools/wordnet_lexicon.py related: words one relation away from the words of data/facts.json and its articles",
            "licence": LICENCE,
            "near": {w: sorted(near[w]) for w in sorted(near)},
        },
        sys.stdout,
        indent=0,
        sort_keys=True,
    )
    sys.stdout.write("\n")


NEAR_CLUSTER = 30  # a cluster head links its satellites as near only when it has this few


def adjective_neighbourhood(offset, data):
    """An adjective synset and the synsets one similar-to link away, but no
    cluster head of more than NEAR_CLUSTER satellites (the numbers'
    "cardinal" has 133: "two" is not near "five"). Also-see links reach
    too far ("volatile" / "temporary")."""
    def small(off):
        return sum(q[0] == "&" for q in data[(off, "a")][1]) <= NEAR_CLUSTER
    found = {offset}
    if not small(offset):
        return found
    for sym, off, pp, _, _ in data[(offset, "a")][1]:
        if sym == "&" and pp == "a" and small(off):
            found.add(off)
    return found


def near(vocabulary, index, data, exc):
    """Adjectives two steps from an article adjective: sisters of one small
    cluster ("long-term" and "long-lasting" are both kinds of "long"; "key"
    and "main" of "important"), a head and its satellites, and a synonym of
    a word one step away ("crucial" shares a synset with "important", which
    "key" is similar to), every word read in its commonest sense (its
    first): "large" is no near "comprehensive", though one rare sense of
    it is a satellite of "comprehensive". Antonym
    links are never followed, and the grader refuses any pair WordNet calls
    opposites."""
    def first(w):
        return index.get((w, "a"), [None])[0]

    def lemmas(offsets):
        # The words of these synsets that mean them first.
        return {w for off in offsets for w in data[(off, "a")][0] if first(w) in offsets}
    by_synset, by_lemma, own = {}, {}, {}
    for (lemma, p), offsets in index.items():
        if p != "a" or not re.fullmatch(r"[a-z]+(-[a-z]+)*", lemma):
            continue
        around = adjective_neighbourhood(offsets[0], data)
        own[lemma] = lemmas(around)
        for off in around:
            by_synset.setdefault(off, set()).add(lemma)
        for w in lemmas({offsets[0]}):
            by_lemma.setdefault(w, set()).add(lemma)
    out = {}
    for word in vocabulary:
        offsets = set()
        for lemma in morphy(word, "a", index, exc) if "-" not in word else [word]:
            offsets.update(index.get((lemma, "a"), [])[:NEAR_SENSES])
        if not offsets:
            continue
        around = set().union(*(adjective_neighbourhood(o, data) for o in offsets))
        found = set()
        for off in around:
            found |= by_synset.get(off, set())
        # A synonym of a word one step away, and the other way round.
        for w in lemmas(around):
            found |= by_lemma.get(w, set())
        mine = lemmas(offsets)
        found |= {x for x, theirs in own.items() if mine & theirs}
        found = {w.replace("-", " ") for w in found} - {word.replace("-", " ")}
        if found:
            out[word.replace("-", " ")] = found
    return out


def manner_words(vocabulary, index, data):
    """Words that say what an article adjective says when it tells how
    something is done: the synonyms of its "-ly" adverb's commonest sense
    ("together" shares a synset with "unitedly", so "move forward
    together" is "move forward united"). Only the grader reads them, as
    words near the adjective."""
    out = {}
    for word in vocabulary:
        adverb = index.get((word + "ly", "r"))
        if len(word) < 5 or not index.get((word, "a")) or not adverb:
            continue
        found = {w for w in data[(adverb[0], "r")][0] if re.fullmatch(r"[a-z]+", w)}
        found.discard(word)
        if found:
            out[word] = found
    return out


BROADER_USES = 1  # a noun this seldom used (sense-tagged corpus) is a rare word
BROADER_DEPTH = 5  # a hypernym this far below the root is still a specific quality
ATTRIBUTE = "00024264"  # attribute: the qualities and states a rare noun may name


def broader(vocabulary, index, data, exc):
    """Qualities a learner may name a rare quality noun of the article by:
    the direct hypernyms of its first two senses ("friendliness" for
    "amity"), for a noun the sense-tagged corpus used at most BROADER_USES
    times, when the hypernym is an attribute (quality or state) at least
    BROADER_DEPTH steps below the root: a learner rewords a rare word by
    the common one above it, while "weekday" (Tuesday is common), "place"
    (for "summit", no quality) or "state" (too near the root) name
    something else. Words the article uses are left out. Only the grader
    reads them, one way only."""
    counts, own = uses(), set(vocabulary)

    def ancestors(offset):
        # Every hypernym path's synsets, and the shortest depth.
        seen, frontier, depth = set(), [offset], 0
        while frontier:
            nxt = [o for f in frontier for sym, o, _, _, _ in data[(f, "n")][1] if sym in ("@", "@i")]
            if not nxt:
                return seen, depth
            seen.update(nxt)
            frontier, depth = nxt, depth + 1
        return seen, depth

    out = {}
    for word in vocabulary:
        for lemma in morphy(word, "n", index, exc):
            if len(word) < 4 or counts.get(lemma, 0) > BROADER_USES:
                continue
            for offset in index[(lemma, "n")][:2]:
                for off in [o for sym, o, _, _, _ in data[(offset, "n")][1] if sym == "@"]:
                    above, depth = ancestors(off)
                    if depth >= BROADER_DEPTH and ATTRIBUTE in above:
                        # An article word means what the article means by
                        # it: "justice" is an item of its own beside
                        # "fairness", not another name for it.
                        out.setdefault(word, set()).update(
                            w for w in data[(off, "n")][0] if re.fullmatch(r"[a-z]+", w) and w not in own
                        )
    return out


NOUN_FORM_DEPTH = 3  # how far up a derived noun's kinds its head may stand
# Regular endings of an adjective WordNet does not list, and the noun's
# ending they come from: "hegemonic" of "hegemony", "protectionist" of
# "protectionism".
ADJECTIVE_OF_NOUN = [("ical", "y"), ("ic", "y"), ("istic", "ism"), ("ist", "ism")]


def conduct_noun(head, index, data, exc):
    """True when the head noun's commonest sense is conduct itself
    ("behavior", "behaviour", "conduct"): "hegemonic behavior" is
    hegemony in action, so the noun of the modifier names it."""
    for lemma in morphy(head, "n", index, exc):
        if "conduct" in data[(index[(lemma, "n")][0], "n")][0]:
            return True
    return False


def noun_forms(texts, index, data, exc):
    """Nouns that name a modifier and its head noun together, for the
    modifier-head pairs the article writes: "protectionism" is a kind of
    "policy" and derived from "protectionist", so it names "protectionist
    policies". The noun must derive from the modifier (WordNet's
    derivation links, first two senses) and be, in its first sense, a kind
    of the head (hypernyms up to NOUN_FORM_DEPTH): "economy" derives from
    "economic" but is no kind of "growth". A head that names conduct
    itself ("behavior") takes any noun of the modifier: "hegemony" is
    hegemonic behavior. A modifier WordNet does not list is read by its
    regular ending ("hegemonic" of "hegemony")."""
    pairs = set()
    for t in texts:
        ws = re.findall(r"[a-z]+", t.lower())
        pairs |= set(zip(ws, ws[1:]))
    out = {}
    for modifier, head in sorted(pairs):
        heads = set(morphy(head, "n", index, exc))
        if len(modifier) < 4 or not heads:
            continue
        derived = set()
        for p in POS:
            for lemma in morphy(modifier, p, index, exc):
                for offset in index[(lemma, p)][:2]:
                    words, pointers = data[(offset, p)]
                    w_index = words.index(lemma) + 1 if lemma in words else 0
                    for sym, off, pp, src, dst in pointers:
                        if sym == "+" and pp == "n" and src in (0, w_index):
                            target = data[(off, pp)][0]
                            derived.add(target[dst - 1] if dst else target[0])
        if not any(morphy(modifier, p, index, exc) for p in POS):
            for ending, noun_ending in ADJECTIVE_OF_NOUN:
                if modifier.endswith(ending):
                    derived.add(modifier[: -len(ending)] + noun_ending)
        conduct = conduct_noun(head, index, data, exc)
        for noun in sorted(derived - {modifier}):
            if not re.fullmatch(r"[a-z]+", noun) or not index.get((noun, "n")):
                continue
            if conduct:
                out.setdefault(modifier, set()).add(f"{noun} {head}")
                continue
            kinds, frontier = set(), [index[(noun, "n")][0]]
            for _ in range(NOUN_FORM_DEPTH):
                frontier = [o for f in frontier for sym, o, _, _, _ in data[(f, "n")][1] if sym in ("@", "@i")]
                kinds |= {w for o in frontier for w in data[(o, "n")][0]}
            if heads & kinds:
                out.setdefault(modifier, set()).add(f"{noun} {head}")
    return out


KIN_PREFIX = 4  # letters a word and a relative found through a synonym share


def kin_through_synonyms(word, words, w_index, pointers, lemma_words):
    """Derivational relatives of a word that WordNet links only from a
    synonym in its commonest sense, when they are spelt like the word
    itself: "justice" has no link of its own to "just", but its synonym
    "justness" has, and "just" shares "just" with "justice". A relative
    spelt otherwise ("evolve", through "evolution", for "development")
    is the synonym's family, not the word's."""
    found = set()
    for sym, off, pp, src, dst in pointers:
        if sym not in ("+", "\\") or src == 0 or src == w_index or not dst:
            continue
        other = lemma_words(off, pp)[dst - 1]
        if other != word and other[:KIN_PREFIX] == word[:KIN_PREFIX] and len(word) >= KIN_PREFIX:
            found.add(other)
    return found


def demonyms(data, countries):
    """Adjectives WordNet makes pertain to a country ("Chinese" of China,
    "Kazakhstani"): the words that may stand before a person's name as
    context ("the Chinese president"), not as another answer."""
    found = set()
    for (offset, p), (words, pointers) in data.items():
        if p != "a":
            continue
        for sym, off, pp, src, dst in pointers:
            if sym != "\\" or pp != "n":
                continue
            targets = data[(off, "n")][0]
            targets = [targets[dst - 1]] if dst else targets
            if any(t.replace("_", " ") in countries for t in targets):
                sources = [words[src - 1]] if src else words
                found.update(w.replace("_", " ") for w in sources)
    return found


# Verbs of changing an amount: a word under "increase" opposes one under
# "decrease" ("deepen cooperation" / "scale back cooperation"), though
# WordNet links no antonym between them. Each is the synsets of the first
# two senses of "increase" and "decrease".
DIRECTION_DEPTH = 3  # hypernym steps from a word's sense to increase/decrease
# Hyponyms reached by a rarer sense that a learner means otherwise ("root
# for", "button up", "content oneself"), and multiplication verbs that say
# how much, not which way.
DIRECTION_NOISE = {
    "add", "add on", "add to", "backlog", "blow up", "branch", "butylate", "button",
    "compound", "conglomerate", "confine", "content", "decoct", "delay", "double",
    "flex", "intercalate", "irrupt", "kite", "lour", "manifold", "mount", "punctuate",
    "quadruple", "quintuple", "ration", "regenerate", "root", "screw up", "slake",
    "triple", "up", "wax", "wear on", "work in",
}
# Comparatives that say which way an amount goes without a verb ("the
# uncertainty becomes *smaller*" of "uncertainty grows").
DIRECTION_COMPARATIVES = {
    "+": {"more", "greater", "bigger", "larger", "higher", "deeper", "wider"},
    "-": {"less", "fewer", "smaller", "lower", "shallower", "narrower"},
}


def directions(index, data, exc):
    """Each way an amount changes ("+", "-") and the verbs that say it: the
    lemmas of "increase" / "decrease" and their hyponyms two levels down,
    kept when one of their first two senses lies under that way only."""
    roots = {"+": set(index[("increase", "v")][:2]), "-": set(index[("decrease", "v")][:2])}

    def ways(word):
        found = set()
        for lemma in morphy(word.replace(" ", "_"), "v", index, exc):
            for offset in index[(lemma, "v")][:2]:
                frontier = [offset]
                for _ in range(DIRECTION_DEPTH):
                    found.update(way for way, offs in roots.items() if offs & set(frontier))
                    frontier = [o for f in frontier for s, o, _, _, _ in data[(f, "v")][1] if s == "@"]
        return found

    out = {}
    for way, offsets in roots.items():
        words, frontier = set(), list(offsets)
        for _ in range(3):
            words.update(w.replace("_", " ") for f in frontier for w in data[(f, "v")][0])
            frontier = [o for f in frontier for s, o, _, _, _ in data[(f, "v")][1] if s == "~"]
        out[way] = {w for w in words - DIRECTION_NOISE if ways(w) == {way}} | DIRECTION_COMPARATIVES[way]
    return out, ways


def main():
    if sys.argv[1:] == ["words"]:
        return dictionary()
    if sys.argv[1:] == ["attributes"]:
        return attributes()
    if sys.argv[1:] == ["irregular"]:
        return irregular()
    if sys.argv[1:] == ["short"]:
        return dictionary(r"[a-z]{2,3}", frequency=False)
    index, data, exc = load()
    facts = json.load(open("data/facts.json"))
    texts = []
    for fact in facts["facts"]:
        for key in ("statement", "answer", "subject"):
            texts.append(fact.get(key) or "")
        texts.extend(fact.get("questions", []))
        texts.extend(fact.get("aliases", []))
        texts.extend(fact.get("items", []))
    for source in facts["sources"]:
        texts.append(open("data/" + source["file"], encoding="utf-8").read())
    vocabulary = sorted({w for t in texts for w in re.findall(r"[a-z]+", t.lower())})
    # Hyphenated words WordNet lists as one lemma ("long-term"), folded
    # the way the grader folds them ("long term").
    compounds = sorted(
        {w for t in texts for w in re.findall(r"[a-z]+(?:-[a-z]+)+", t.lower()) if (w, "a") in index}
    )
    if sys.argv[1:] == ["related"]:
        return related(index, data, exc, vocabulary)

    def synset(offset, p):
        return data[(offset, p)]

    def lemma_words(offset, p):
        return [w.replace("_", " ") for w in synset(offset, p)[0]]

    ways, verb_ways = directions(index, data, exc)

    def way_of(word):
        for sign, comparatives in DIRECTION_COMPARATIVES.items():
            if word in comparatives:
                return {sign}
        if any(lemma in DIRECTION_NOISE for lemma in morphy(word, "v", index, exc)):
            return set()
        return verb_ways(word)

    out = {}
    for word in vocabulary:
        same, family, opposite, kinds, similar = set(), set(), set(), set(), set()
        lemmas = set()
        for p in POS:
            for lemma in morphy(word, p, index, exc):
                lemmas.add(lemma)
                offsets = index[(lemma, p)]
                for rank, offset in enumerate(offsets):
                    words, pointers = synset(offset, p)
                    if rank < SYNONYM_SENSES:
                        same.update(w.replace("_", " ") for w in words)
                    w_index = words.index(lemma) + 1 if lemma in words else 0
                    if rank == 0:
                        family.update(kin_through_synonyms(word, words, w_index, pointers, lemma_words))
                    for sym, off, pp, src, dst in pointers:
                        # Lexical pointers hold for one word of the synset.
                        lexical = src != 0
                        if lexical and src != w_index:
                            continue
                        target = lemma_words(off, pp)
                        target = [target[dst - 1]] if lexical and dst else target
                        if sym in ("+", "\\"):
                            family.update(target)
                        elif sym == "!" and rank < SENSES:
                            # The antonym's whole synset: "impermanent" is
                            # "temporary" too.
                            opposite.update(lemma_words(off, pp))
                            # The opposite's cluster: "impermanent" brings
                            # "temporary" along.
                            for sym2, off2, pp2, _, _ in synset(off, pp)[1]:
                                if sym2 == "&":
                                    opposite.update(lemma_words(off2, pp2))
                        elif sym == "&" and rank < SENSES:
                            # Similar-to links an adjective cluster's head
                            # and satellites: "volatile" / "unstable",
                            # "shared" / "common". A satellite reaches its
                            # head; a head only satellites of a small
                            # cluster ("smooth" has 25, "diplomatic" among
                            # them, and is not that).
                            if sum(q[0] == "&" for q in pointers) <= SIMILAR_CLUSTER:
                                similar.update(target)
                            # A satellite's head antonym opposes it too.
                            for sym2, off2, pp2, _, _ in synset(off, pp)[1]:
                                if sym2 == "!":
                                    opposite.update(lemma_words(off2, pp2))
                    if p == "n" and rank < 2:
                        frontier, depth = [(offset, p)], 0
                        while frontier and depth < KIND_DEPTH:
                            nxt = []
                            for off, pp in frontier:
                                for sym, off2, pp2, _, _ in synset(off, pp)[1]:
                                    if sym in ("@", "@i"):
                                        kinds.update(lemma_words(off2, pp2))
                                        nxt.append((off2, pp2))
                            frontier, depth = nxt, depth + 1
        # "unilateralism" opposes "multilateralism": a doctrine named by an
        # adjective and "-ism" opposes the one its antonym names, and is of
        # the adjective's family (WordNet lists few such nouns).
        if word.endswith("ism") and len(word) > 6:
            for lemma in morphy(word[:-3], "a", index, exc):
                family.add(lemma)
                for offset in index[(lemma, "a")][:SENSES]:
                    for sym, off, pp, _, _ in synset(offset, "a")[1]:
                        if sym == "!":
                            opposite.update(w + "ism" for w in lemma_words(off, pp) if w.isalpha())
        # "deepen" opposes "reduce": the verbs that change an amount the
        # other way.
        way = way_of(word)
        if len(way) == 1:
            (sign,) = way
            opposite.update(ways["-" if sign == "+" else "+"])
        lemmas.discard(word)
        same -= {word}
        family -= {word} | same
        opposite -= {word} | same
        similar -= {word} | same | opposite
        entry = {}
        for key, values in (("lemmas", lemmas), ("same", same), ("family", family), ("opposite", opposite), ("kinds", kinds), ("similar", similar)):
            if values:
                entry[key] = sorted(values)
        if entry:
            out[word] = entry
    for word, found in near(vocabulary + compounds, index, data, exc).items():
        out.setdefault(word, {})["near"] = sorted(found)
    for word, found in manner_words(vocabulary, index, data).items():
        entry = out.setdefault(word, {})
        entry["near"] = sorted(set(entry.get("near", [])) | found)
    # An article word's synonym means what the article word means: no
    # broader name of another ("justness", justice's, is not fairness's).
    synonyms_of_own = {w for entry in out.values() for w in entry.get("same", [])}
    for word, found in broader(vocabulary, index, data, exc).items():
        found -= synonyms_of_own
        if found:
            out.setdefault(word, {})["broader"] = sorted(found)
    for word, found in noun_forms(texts, index, data, exc).items():
        out.setdefault(word, {})["names"] = sorted(found)
    sets = {}
    for noun, offsets, depth in SETS:
        members, names = set(), {noun, *SET_EXTRA_NAMES.get(noun, [])}
        for offset in offsets:
            names.update(w.replace("_", " ") for w in data[(offset, "n")][0])
            frontier = [offset]
            for _ in range(depth):
                nxt = []
                for off in frontier:
                    for sym, off2, pp2, _, _ in data[(off, "n")][1]:
                        if sym in ("~", "~i"):
                            members.update(w.replace("_", " ") for w in data[(off2, "n")][0])
                            nxt.append(off2)
                frontier = nxt
        sets[noun] = {"names": sorted(names), "members": sorted(members)}
    sets["demonym"] = {"names": ["demonym"], "members": sorted(demonyms(data, set(sets["country"]["members"])))}
    json.dump(
        {
            "sets": sets,
            "source": "WordNet 3.0, distilled by tools/wordnet_lexicon.py for the words of data/facts.json and its articles",
            "licence": LICENCE,
            "words": out,
        },
        sys.stdout,
        indent=0,
        sort_keys=True,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
