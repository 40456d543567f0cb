//! The Ask evaluation set: learner questions in their own words, each with
//! the facts that answer it, and questions the article cannot answer.
//!
//! Written before the ranking was tuned, and kept honest since: wording is
//! varied on purpose (synonyms, other question forms, lower case, no
//! question mark, a typo or two) and avoids the facts' own statements and
//! question templates. `cargo test --lib -- ask::eval --nocapture` prints
//! the accuracy and every miss.

use std::sync::Arc;

use super::Asker;
use crate::facts::FactBase;

/// Answerable questions and the fact ids accepted as the best answer.
const ANSWERABLE: &[(&str, &[&str])] = &[
    ("Where was the treaty signed?", &["treaty-signing-city"]),
    ("what day did they sign the pact", &["treaty-signing-day"]),
    (
        "In which city did the summit take place?",
        &["treaty-signing-city", "summit-host-country"],
    ),
    (
        "Which country hosted the meeting?",
        &["summit-host-country"],
    ),
    (
        "Who represented China at the summit?",
        &["summit-chinese-president"],
    ),
    (
        "How many Central Asian countries signed the agreement with China?",
        &["treaty-central-asian-signatory-count"],
    ),
    (
        "How much money did Xi pledge to Central Asia?",
        &["grant-amount-yuan", "grant-amount-dollars"],
    ),
    (
        "What is the grant worth in US dollars?",
        &["grant-amount-dollars"],
    ),
    (
        "how many training places will china offer",
        &["training-opportunities-count"],
    ),
    (
        "Over what period will the training be provided?",
        &["training-period"],
    ),
    (
        "Who are the training opportunities for?",
        &["training-beneficiaries"],
    ),
    ("What will the grant money be used for?", &["grant-purpose"]),
    (
        "Which country will host the next summit?",
        &["third-summit-host"],
    ),
    (
        "What declaration was signed at the summit?",
        &["astana-declaration"],
    ),
    (
        "How many cooperation centres were launched?",
        &["cooperation-centres-count"],
    ),
    (
        "What do the new centers focus on?",
        &[
            "cooperation-centres-focus",
            "desertification-centre",
            "poverty-reduction-centre",
        ],
    ),
    (
        "What is the new trade platform meant to promote?",
        &["smooth-trade-platform"],
    ),
    (
        "How long is the history of exchanges between China and Central Asia?",
        &["history-exchanges-span"],
    ),
    (
        "what did xi say about trade wars",
        &["trade-wars-benefit-no-one", "what-benefits-no-one"],
    ),
    (
        "What did Xi warn will backfire?",
        &[
            "what-will-backfire",
            "unilateralism-outcome",
            "unilateralism-harms",
        ],
    ),
    (
        "What should humanity not go back to?",
        &["law-of-the-jungle"],
    ),
    (
        "Which projects should be sped up?",
        &["belt-and-road-projects"],
    ),
    (
        "Is the treaty legally binding?",
        &["treaty-legally-binding"],
    ),
    (
        "What did the nations promise each other in the treaty?",
        &["treaty-commitment"],
    ),
    (
        "How do the Central Asian leaders see China?",
        &["china-partner-and-friend"],
    ),
    (
        "What values must stay central to global cooperation according to Xi?",
        &["global-cooperation-values"],
    ),
    (
        "What are fairness and justice key to?",
        &["global-values-purpose"],
    ),
    (
        "On what basis does China engage with the region?",
        &["engagement-basis"],
    ),
    (
        "what principles steer china's relations with central asia",
        &[
            "guiding-principles",
            "engagement-basis",
            "spirit-principles",
        ],
    ),
    (
        "What areas should the cooperation mechanism focus on?",
        &["mechanism-focus-areas"],
    ),
    (
        "What is Central Asia's place in China's diplomacy?",
        &["central-asia-key-priority", "neighborhood-diplomacy"],
    ),
    (
        "What spirit did Xi credit for the success of the ties?",
        &["spirit-principles"],
    ),
    (
        "What have the principles helped both sides achieve?",
        &["pursuit-of-modernization", "high-quality-development"],
    ),
    (
        "What drives cooperation in the modern era?",
        &["history-modern-driver"],
    ),
    (
        "What has strengthened China-Central Asia cooperation?",
        &["history-strengthened-by"],
    ),
    (
        "What did the Central Asian presidents praise?",
        &["platform-praised", "platform-praise-reason"],
    ),
    (
        "What are China's strength and prosperity creating for its neighbours?",
        &["tangible-benefits", "benefits-for-neighbors"],
    ),
    (
        "What did the leaders pledge to uphold with China?",
        &["uphold-free-trade", "regional-commitments"],
    ),
    (
        "What kind of cooperation do the Central Asian leaders want to deepen with Beijing?",
        &["comprehensive-cooperation"],
    ),
    (
        "What do the leaders hope the mechanism will become?",
        &["regional-model-for-collaboration"],
    ),
    ("when was the traety signed", &["treaty-signing-day"]),
    (
        "Where did Xi Jinping meet the Central Asian presidents?",
        &["treaty-signing-city", "summit-host-country"],
    ),
    ("Which edition was the Astana summit?", &["summit-edition"]),
    ("How much is the grant in yuan?", &["grant-amount-yuan"]),
    (
        "What future did Xi call for humanity to build?",
        &[
            "shared-future-for-mankind",
            "regional-community-shared-future",
        ],
    ),
    (
        "Which countries' presidents attended the summit?",
        &["summit-central-asian-countries"],
    ),
    (
        "What did Xi propose to improve?",
        &["mechanism-to-refine", "mechanism-refinement-goals"],
    ),
    (
        "What did Xi say about unilateralism?",
        &[
            "what-will-backfire",
            "unilateralism-outcome",
            "unilateralism-harms",
        ],
    ),
    (
        "In what kind of global environment is the mechanism becoming more important?",
        &["volatile-global-environment"],
    ),
    (
        "what environmental issue will one of the new centres fight",
        &["desertification-centre", "cooperation-centres-focus"],
    ),
    ("when will china give the grant", &["grant-timing"]),
    (
        "Who proposed accelerating Belt and Road projects?",
        &["belt-and-road-projects"],
    ),
    (
        "wher was the summit held",
        &["summit-host-country", "treaty-signing-city"],
    ),
    (
        "What did Xi urge humanity to do?",
        &[
            "move-forward-united",
            "law-of-the-jungle",
            "shared-future-for-mankind",
        ],
    ),
    (
        "which regional priority did xi reaffirm",
        &["central-asia-key-priority", "key-priority-region"],
    ),
    (
        "What kinds of agriculture are a focus?",
        &["modern-agriculture", "mechanism-focus-areas"],
    ),
    (
        "Who will receive tangible benefits from China's prosperity?",
        &["benefits-for-neighbors"],
    ),
    ("what does the treaty solidify", &["treaty-friendship-kind"]),
];

/// Questions the article does not answer: each must abstain.
const UNANSWERABLE: &[&str] = &[
    "Who is the president of Kazakhstan?",
    "What is the capital of France?",
    "asdf qwerty zxcv",
    "??",
    "What's the weather tomorrow?",
    "How many people attended the football match?",
    "When was the first China-Central Asia Summit held?",
    "How much did the treaty cost?",
    "What did Putin say about the summit?",
    "What is the population of Uzbekistan?",
    "Who won the election in Kyrgyzstan?",
    "When will the third summit take place?",
    "How many soldiers does China have?",
    "What is Xi Jinping's favourite food?",
    "Who leads Turkmenistan?",
];

/// Unseen questions, kept apart from [`ANSWERABLE`] because that set was
/// tuned on: each with the accepted fact ids and words the reply must
/// contain ("" for none). The first block was asked through the client by
/// a person after the first tuning; the second was written before the
/// second round of tuning, in styles the first set lacks (imperatives, bare
/// noun phrases, typos, British spelling, numbers asked by their unit,
/// answers that need the cited sentence).
const FRESH: &[(&str, &[&str], &str)] = &[
    // Asked through the client.
    (
        "how much money did china promise?",
        &["grant-amount-yuan", "grant-amount-dollars"],
        "1.5 billion yuan",
    ),
    (
        "how long will the training programme last?",
        &["training-period"],
        "two years",
    ),
    (
        "who gave the speech at the summit?",
        &[
            "history-exchanges-span",
            "history-exchanges-kind",
            "history-strengthened-by",
            "history-modern-driver",
        ],
        "Xi",
    ),
    (
        "how old are the ties between china and central asia?",
        &["history-exchanges-span"],
        "2,000 years",
    ),
    (
        "what document did the leaders sign?",
        &["astana-declaration"],
        "Astana Declaration",
    ),
    (
        "what is the treaty about?",
        &["treaty-commitment"],
        "good-neighborliness and friendly cooperation",
    ),
    (
        "what does unilateralism lead to?",
        &["unilateralism-outcome", "unilateralism-harms"],
        "backfire",
    ),
    (
        "what did xi say about the law of the jungle?",
        &["law-of-the-jungle", "law-of-the-jungle-audience"],
        "law of the jungle",
    ),
    (
        "when did they sign the treaty",
        &["treaty-signing-day"],
        "Tuesday",
    ),
    (
        "what day was the treaty signed",
        &["treaty-signing-day"],
        "Tuesday",
    ),
    (
        "which city hosted the summit",
        &["treaty-signing-city", "summit-host-country"],
        "Astana",
    ),
    (
        "how much is the grant in dollars",
        &["grant-amount-dollars"],
        "$209 million",
    ),
    (
        "how many training places will china offer",
        &["training-opportunities-count"],
        "3,000",
    ),
    (
        "what did xi say about trade wars",
        &["trade-wars-benefit-no-one", "what-benefits-no-one"],
        "benefit no one",
    ),
    (
        "which countries signed the treaty",
        &[
            "treaty-partner-country",
            "treaty-central-asian-signatory-count",
            "treaty-signing-day",
        ],
        "Central Asian nations",
    ),
    (
        "what are the three new centres",
        &["cooperation-centres-focus", "cooperation-centres-count"],
        "",
    ),
    (
        "where will the next summit be held",
        &["third-summit-host"],
        "China",
    ),
    (
        "who will host the third summit",
        &["third-summit-host"],
        "China",
    ),
    (
        "what did the central asian leaders call china",
        &["china-partner-and-friend"],
        "dependable friend",
    ),
    (
        "what did xi warn against",
        &[
            "trade-wars-benefit-no-one",
            "what-benefits-no-one",
            "what-will-backfire",
            "unilateralism-outcome",
            "unilateralism-harms",
        ],
        "",
    ),
    ("what is the grant for", &["grant-purpose"], "livelihood"),
    (
        "who attended the summit",
        &["summit-central-asian-countries", "summit-chinese-president"],
        "",
    ),
    (
        "which summit was this",
        &["summit-edition", "treaty-signing-event"],
        "second",
    ),
    (
        "what is Kazakhstan's capital",
        &["treaty-signing-city", "summit-host-country"],
        "Astana",
    ),
    (
        "what did the presidents praise",
        &["platform-praised", "platform-praise-reason"],
        "platform",
    ),
    (
        "how many countries are in central asia",
        &["treaty-central-asian-signatory-count"],
        "five",
    ),
    (
        "what did the leaders commit to",
        &[
            "regional-commitments",
            "uphold-free-trade",
            "defend-fairness-and-justice",
            "treaty-commitment",
        ],
        "",
    ),
    // Written before the second round of tuning.
    (
        "tell me about the grant",
        &[
            "grant-amount-yuan",
            "grant-amount-dollars",
            "grant-purpose",
            "grant-timing",
        ],
        "grant",
    ),
    (
        "grant amount?",
        &["grant-amount-yuan", "grant-amount-dollars"],
        "1.5 billion yuan",
    ),
    (
        "the treaty signing date",
        &["treaty-signing-day"],
        "Tuesday",
    ),
    (
        "how many yuan is the grant worth",
        &["grant-amount-yuan", "grant-amount-dollars"],
        "1.5 billion yuan",
    ),
    (
        "whre did the leeders meet",
        &["treaty-signing-city", "summit-host-country"],
        "Astana",
    ),
    // From a held-out check, answered wrongly before the fix it prompted
    // (the negation must be matched; "whre did the leeders meet" above
    // failed in it too).
    (
        "what benefits no one",
        &["what-benefits-no-one"],
        "Trade wars and protectionist policies",
    ),
    (
        "what is the purpose of the new specialised centres",
        &["cooperation-centres-focus"],
        "poverty reduction",
    ),
    (
        "who is the chinese president",
        &["summit-chinese-president"],
        "Xi Jinping",
    ),
    (
        "what happened in astana",
        &[
            "treaty-signing-city",
            "summit-host-country",
            "treaty-signing-event",
        ],
        "",
    ),
    (
        "for how many years will the training be offered",
        &["training-period"],
        "two years",
    ),
    (
        "what did xi say china's cooperation with central asia is rooted in",
        &["history-exchanges-span", "history-exchanges-kind"],
        "2,000 years",
    ),
    (
        "how does xi want to change the cooperation mechanism",
        &["mechanism-refinement-goals", "mechanism-to-refine"],
        "results-driven",
    ),
    (
        "name the five central asian countries",
        &["summit-central-asian-countries"],
        "Uzbekistan",
    ),
    (
        "explain what the leaders agreed about the next summit",
        &["third-summit-host"],
        "China",
    ),
    (
        "what behaviour did xi say would backfire",
        &["what-will-backfire"],
        "hegemonic",
    ),
    (
        "why is the mechanism becoming more important",
        &[
            "volatile-global-environment",
            "mechanism-growing-importance",
        ],
        "volatile",
    ),
    (
        "Is Central Asia a priority for China?",
        &["central-asia-key-priority", "key-priority-region"],
        "key priority",
    ),
    (
        "What's the relationship between China and Central Asia based on?",
        &[
            "spirit-principles",
            "engagement-basis",
            "guiding-principles",
        ],
        "",
    ),
];

/// Unseen questions the article does not answer, kept apart like
/// [`FRESH`]: the first block asked through the client, the second written
/// before the second round of tuning (near misses that share the article's
/// words: "the treaty", "the grant", "the summit").
const FRESH_UNANSWERABLE: &[&str] = &[
    "who is the president of uzbekistan",
    "what is the population of kazakhstan",
    "how much oil does kazakhstan export",
    "when was the first summit held",
    "what did putin say",
    "what is the gdp of china",
    "who won the election",
    "how many people died",
    "what was the weather like in astana",
    "what time did the summit start?",
    // Written before the second round of tuning.
    "how many troops did china send",
    "tell me about the oil pipeline",
    "when does the treaty expire?",
    "how much did kazakhstan contribute to the grant?",
    "what time was the treaty signed",
    "who is the prime minister of china?",
    "How long did the summit last?",
    "what currency does uzbekistan use",
    // From a held-out check, answered confidently and wrongly before the
    // general fixes they prompted: one member of a group the article only
    // lists, and a period in another unit than the article gives.
    "what did the president of uzbekistan say",
    "for how many decades have there been diplomatic ties",
];

/// The blind set, written before reading the code: 35 questions a learner
/// might type after reading only the article, and 12 it cannot answer,
/// written by a helper who had not seen this file, the facts or the
/// ranking. Varied on purpose: yes/no ("did China …"), imperatives ("name
/// the …"), bare noun phrases, typos, lower case, British spelling, words
/// the article never uses ("funding", "opened"), numbers as words, and one
/// or more questions on every paragraph. Nine answerable and four
/// unanswerable ones turned out to match questions already above word for
/// word; they are kept, since they were written blind.
///
/// Each has the accepted fact ids and words the reply must contain; a `^`
/// before them means the reply must open with them (a yes/no question is
/// answered by the statement, not by a bare span such as "Five.").
///
/// Measured before any change prompted by it: 28/35 (80.0 %) right, 9/12
/// unanswerable abstained, 7 answered wrongly (2 outright wrong: "Division
/// or regression." for what Xi warned against, "China." for which *city*
/// hosts the third summit). After the general fixes it prompted (yes/no
/// replies, numbers in words, list requests, fuller answers, opinions,
/// kinds of place, ordinals, a few synonyms): 35/35 and 12/12; it has now
/// been tuned on like the sets above.
const BLIND: &[(&str, &[&str], &str)] = &[
    (
        "Where was the treaty signed?",
        &["treaty-signing-city"],
        "Astana",
    ),
    (
        "wher was the tready signed",
        &["treaty-signing-city"],
        "Astana",
    ),
    (
        "Which city hosted the summit?",
        &["treaty-signing-city", "summit-host-country"],
        "Astana",
    ),
    (
        "which summit was it, the first or the second?",
        &["summit-edition", "treaty-signing-event"],
        "second",
    ),
    (
        "Did China sign a treaty with the Central Asian countries?",
        &[
            "treaty-central-asian-signatory-count",
            "treaty-partner-country",
            "treaty-commitment",
            "treaty-signing-day",
        ],
        "^Yes. China",
    ),
    (
        "tell me what the treaty commits them to",
        &["treaty-commitment"],
        "permanent good-neighborliness and friendly cooperation",
    ),
    (
        "what day was the deal signed",
        &["treaty-signing-day"],
        "Tuesday",
    ),
    (
        "How many Central Asian nations signed the treaty?",
        &["treaty-central-asian-signatory-count"],
        "Five",
    ),
    (
        "grant amount",
        &["grant-amount-yuan", "grant-amount-dollars"],
        "1.5 billion yuan",
    ),
    (
        "how mutch money did china pledge in dollars",
        &["grant-amount-dollars"],
        "$209 million",
    ),
    (
        "how many training places will china offer",
        &["training-opportunities-count"],
        "3,000",
    ),
    (
        "Over what period will the training opportunities be provided?",
        &["training-period"],
        "two years",
    ),
    (
        "who are the three thousand training opportunities for?",
        &["training-beneficiaries"],
        "professionals",
    ),
    (
        "What is the funding for?",
        &["grant-purpose"],
        "livelihood and development projects",
    ),
    (
        "How long have China and Central Asia had exchanges?",
        &["history-exchanges-span"],
        "2,000 years",
    ),
    (
        "What did Xi say about trade wars?",
        &["trade-wars-benefit-no-one", "what-benefits-no-one"],
        "benefit no one",
    ),
    (
        "did xi say trade wars help anyone",
        &["trade-wars-benefit-no-one", "what-benefits-no-one"],
        "^No. Xi cautioned",
    ),
    (
        "what did xi warn humanity not to go back to",
        &["law-of-the-jungle"],
        "law of the jungle",
    ),
    (
        "Name the three cooperation centres that were launched",
        &["cooperation-centres-focus"],
        "poverty reduction, education exchange, and desertification control",
    ),
    (
        "how many centers were opened",
        &["cooperation-centres-count"],
        "Three",
    ),
    (
        "Who will host the third summit?",
        &["third-summit-host"],
        "China",
    ),
    (
        "What declaration did the leaders sign?",
        &["astana-declaration"],
        "Astana Declaration",
    ),
    (
        "What did the Central Asian leaders call China?",
        &["china-partner-and-friend"],
        "strategic partner and dependable friend",
    ),
    (
        "What values must remain central to global cooperation according to Xi?",
        &["global-cooperation-values"],
        "fairness, justice, and mutual benefit",
    ),
    (
        "what principles guide china's engagment with the region",
        &["guiding-principles", "engagement-basis"],
        "Xi said China",
    ),
    (
        "Which areas should the cooperation mechanism focus on?",
        &["mechanism-focus-areas"],
        "trade, industrial investment",
    ),
    (
        "Who is the Chinese president?",
        &["summit-chinese-president"],
        "Xi Jinping",
    ),
    (
        "what new platform was launched",
        &["smooth-trade-platform"],
        "smooth trade",
    ),
    (
        "What will unilateralism and hegemonic behaviour do, according to Xi?",
        &[
            "unilateralism-outcome",
            "what-will-backfire",
            "unilateralism-harms",
        ],
        "backfire",
    ),
    (
        "which contries' presidents attended the meeting",
        &["summit-central-asian-countries"],
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan",
    ),
    (
        "What did the Central Asian leaders commit to?",
        &["regional-commitments"],
        "uphold free trade, support multilateralism",
    ),
    (
        "What spirit did Xi credit for the success of the ties?",
        &["spirit-principles"],
        "mutual respect, trust, benefit, and support",
    ),
    (
        "Is Central Asia a priority in China's neighbourhood diplomacy?",
        &[
            "central-asia-key-priority",
            "neighborhood-diplomacy",
            "key-priority-region",
        ],
        "key priority",
    ),
    (
        "which projects did xi want to speed up",
        &["belt-and-road-projects"],
        "Belt and Road projects",
    ),
    (
        "What did the presidents praise the China-Central Asia platform for?",
        &["platform-praise-reason"],
        "enhancing regional development and stability",
    ),
];

/// The blind set's unanswerable questions: facts the article lacks (other
/// presidents' names, the first summit's date, trade figures, a city it
/// never names), an opinion, a future date, the weather, trivia, nonsense,
/// a bare "why?", and article words asking what it does not say.
const BLIND_UNANSWERABLE: &[&str] = &[
    "What is the name of the president of Kazakhstan?",
    "When was the first China-Central Asia Summit held?",
    "What was the trade volume between China and Central Asia last year?",
    "Do you think the treaty is a good idea?",
    "When will the third summit take place?",
    "What was the weather like in Astana during the summit?",
    "What is the tallest mountain in the world?",
    "purple monkey dishwasher flibber",
    "why?",
    "How many centres will be built next year?",
    "How much did Kazakhstan contribute to the grant?",
    "Which city will host the third summit?",
];

/// The share of answerable questions that must be answered with an
/// accepted fact.
const ACCURACY_FLOOR: f64 = 0.9;
/// The same for [`FRESH`], which was not tuned on as long.
const FRESH_ACCURACY_FLOOR: f64 = 0.85;
/// The same for [`BLIND`].
const BLIND_ACCURACY_FLOOR: f64 = 0.9;

/// Scores one evaluation set and asserts its floor. An answer counts when
/// the asker answers, its best fact is accepted, and the reply holds the
/// expected words ("" for none; a leading `^` asks for the reply to open
/// with them). Every unanswerable question must abstain. Prints the
/// accuracy and every miss (`--nocapture`).
fn evaluate(name: &str, answerable: &[(&str, &[&str], &str)], unanswerable: &[&str], floor: f64) {
    let asker = Asker::new(Arc::new(FactBase::embedded().expect("valid facts")));
    let mut misses = Vec::new();
    for (question, accepted, expected) in answerable {
        let answer = asker.ask(question, None);
        let best = answer.fact_ids.first().map(String::as_str);
        let says = match expected.strip_prefix('^') {
            Some(opening) => answer.answer.starts_with(opening),
            None => answer.answer.contains(expected),
        };
        if !(answer.answered && best.is_some_and(|id| accepted.contains(&id)) && says) {
            misses.push(format!(
                "  {question:?}: got {best:?} (answered {}, {:.2}) {:?}, want {accepted:?} with {expected:?}",
                answer.answered, answer.confidence, answer.answer
            ));
        }
    }
    let mut wrongly_answered = Vec::new();
    for question in unanswerable {
        let answer = asker.ask(question, None);
        if answer.answered {
            wrongly_answered.push(format!(
                "  {question:?}: answered {:?} ({:.2}) {:?}",
                answer.fact_ids, answer.confidence, answer.answer
            ));
        }
    }
    let correct = answerable.len() - misses.len();
    let accuracy = correct as f64 / answerable.len() as f64;
    println!(
        "Ask {name}: {correct}/{} answerable right ({:.1} %), {}/{} unanswerable abstained",
        answerable.len(),
        accuracy * 100.0,
        unanswerable.len() - wrongly_answered.len(),
        unanswerable.len()
    );
    for miss in misses.iter().chain(&wrongly_answered) {
        println!("{miss}");
    }
    assert!(
        accuracy >= floor,
        "{name}: accuracy {accuracy:.3} below {floor}:\n{}",
        misses.join("\n")
    );
    assert!(
        wrongly_answered.is_empty(),
        "{name}: answered what the article doesn't say:\n{}",
        wrongly_answered.join("\n")
    );
}

#[test]
fn ask_answers_paraphrased_questions_and_abstains_on_the_rest() {
    assert!(ANSWERABLE.len() >= 40 && UNANSWERABLE.len() >= 10);
    let answerable: Vec<(&str, &[&str], &str)> = ANSWERABLE
        .iter()
        .map(|&(question, accepted)| (question, accepted, ""))
        .collect();
    evaluate("evaluation", &answerable, UNANSWERABLE, ACCURACY_FLOOR);
}

/// The fresh set: questions asked through the client or written before the
/// second round of tuning.
#[test]
fn ask_answers_unseen_questions_and_abstains_on_unseen_unanswerable_ones() {
    assert!(FRESH.len() >= 40 && FRESH_UNANSWERABLE.len() >= 15);
    evaluate(
        "fresh evaluation",
        FRESH,
        FRESH_UNANSWERABLE,
        FRESH_ACCURACY_FLOOR,
    );
}

/// The blind set: written from the article alone, before reading the code.
#[test]
fn ask_answers_the_blind_set_and_abstains_on_its_unanswerable_questions() {
    assert!(BLIND.len() >= 35 && BLIND_UNANSWERABLE.len() >= 12);
    evaluate(
        "blind evaluation",
        BLIND,
        BLIND_UNANSWERABLE,
        BLIND_ACCURACY_FLOOR,
    );
}

/// The held-out set of issue 8: written from the article alone by people who
/// never saw the code, and scored before any tuning on it. A reply is right
/// when it holds every expected phrase (case-insensitive; "A|B" takes
/// either); a "Yes"/"No" first phrase must open the reply.
const HELDOUT_JSON: &str = include_str!("../../tests/heldout/ask_heldout.json");

#[derive(serde::Deserialize)]
struct Heldout {
    answerable: Vec<HeldoutQuestion>,
    unanswerable: Vec<HeldoutUnanswerable>,
}

#[derive(serde::Deserialize)]
struct HeldoutQuestion {
    q: String,
    expect: Vec<String>,
}

#[derive(serde::Deserialize)]
struct HeldoutUnanswerable {
    q: String,
}

/// Share of the held-out answerable questions that must be answered right.
const HELDOUT_ACCURACY_FLOOR: f64 = 0.916;
/// How many held-out unanswerable questions may still be answered.
const HELDOUT_ANSWERED_UNANSWERABLE_CEILING: usize = 2;

/// The second development set of issue 8, written from the article alone by
/// a writer who never saw the code (tuning on it is allowed; the final
/// figures come from a fresh set nobody here has seen).
const DEV2_JSON: &str = include_str!("../../tests/heldout/ask_dev2.json");
/// Share of its answerable questions that must be answered right.
const DEV2_ACCURACY_FLOOR: f64 = 0.960;
/// How many of its unanswerable questions may still be answered.
const DEV2_ANSWERED_UNANSWERABLE_CEILING: usize = 0;

/// The third development set of issue 8 (50 + 18 questions), written from
/// the article alone; its misses were tuned on in the fourth round.
const DEV3_JSON: &str = include_str!("../../tests/heldout/ask_dev3.json");
/// Share of its answerable questions that must be answered right.
const DEV3_ACCURACY_FLOOR: f64 = 0.940;

/// The fourth blind set (70 + 20 questions), written from the article alone
/// on 2026-12-02 and measured before anyone tuned on it (49/70, 19/20); kept
/// so later rounds can only hold or raise it.
const FRESH4_JSON: &str = include_str!("../../tests/heldout/ask_fresh4.json");
/// Share of its answerable questions that must be answered right.
/// 67/70 after the ask28 round.
const FRESH4_ACCURACY_FLOOR: f64 = 0.957;

/// The fifth blind set (70 + 20 questions), written from the article alone
/// on 2026-12-02 before the fifth round and never tuned on: 47/70 with
/// 17/20 abstaining before that round, 50/70 with 18/20 after it; tuned
/// on in the sixth round (52/70, 19/20), the eighth (53/70, 20/20) and
/// the ninth (59/70, 20/20, no confident wrong reply).
const FRESH5_JSON: &str = include_str!("../../tests/heldout/ask_fresh5.json");
/// Share of its answerable questions that must be answered right.
/// 63/70 after the ask28 round.
const FRESH5_ACCURACY_FLOOR: f64 = 0.928;

/// The sixth blind set (70 + 20 questions), written from the article alone
/// on 2026-12-02 before the sixth round and never tuned on: 49/70 with
/// 18/20 abstaining and 7 confident wrong replies before that round, 49/70
/// with 18/20 and 6 after it; tuned on in the seventh round (53/70, 20/20,
/// no confident wrong reply) and the ninth (59/70).
const FRESH6_JSON: &str = include_str!("../../tests/heldout/ask_fresh6.json");
/// Share of its answerable questions that must be answered right.
/// 66/70 (20/20, 0) after the ask53 round.
const FRESH6_ACCURACY_FLOOR: f64 = 0.942;

/// The seventh blind set (70 + 20 questions), written from the article
/// alone on 2026-12-02 before the seventh round and never tuned on: 57/70
/// with 18/20 abstaining and 4 confident wrong replies both before and
/// after that round; tuned on in the eighth round (59/70, 20/20, no
/// confident wrong reply) and the ninth (63/70).
const FRESH7_JSON: &str = include_str!("../../tests/heldout/ask_fresh7.json");
/// Share of its answerable questions that must be answered right.
/// 66/70 after the ask28 round.
const FRESH7_ACCURACY_FLOOR: f64 = 0.971;
/// The eighth blind set (70 + 20 questions), written from the article
/// alone on 2026-12-02 before the ninth round and never tuned on: 52/70
/// with 18/20 abstaining and 7 confident wrong replies before that round,
/// 55/70 with 18/20 and 6 after it; tuned on in the tenth round (59/70,
/// 20/20, no confident wrong reply).
const FRESH8_JSON: &str = include_str!("../../tests/heldout/ask_fresh8.json");
/// Share of its answerable questions that must be answered right.
const FRESH8_ACCURACY_FLOOR: f64 = 0.928;

/// The ninth blind set (70 + 20 questions), written from the article
/// alone on 2026-12-02 before the tenth round (ask8) and never tuned on:
/// 49/70 with 18/20 abstaining and 9 confident wrong replies before that
/// round, 50/70 with 18/20 and 9 after it; 55/70, 20/20 and 5 after the
/// ask12 round.
const FRESH9_JSON: &str = include_str!("../../tests/heldout/ask_fresh9.json");
/// Share of its answerable questions that must be answered right.
/// 60/70 (20/20, 0) after the ask50 round.
const FRESH9_ACCURACY_FLOOR: f64 = 0.857;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures (2 and
/// 9 until a date asked for needed a month, 2026-12-03; 1 and 8 until
/// the ask11 round, 0 and 6 after it, at 54/70; 0 and 5 after the ask12
/// round; 0 and 2 after the ask13 round, at 57/70).
const FRESH9_MOST_ANSWERED: usize = 0;
const FRESH9_MOST_CONFIDENT_WRONG: usize = 0;

/// The tenth blind set (70 + 20 questions), written from the article
/// alone on 2026-12-03 and scored before any change this stop: 54/70
/// right, 20/20 unanswerable refused, 2 confident wrong replies. Reading
/// those two led to the general stated-amount check (a yes/no question's
/// sum or span the fact does not state is not confirmed): 54/70, 20/20,
/// 1 confident wrong reply after; a list answering "why" then weighed
/// less (0.6, from 0.8), which refuses the last one: 54/70, 20/20, 0.
const FRESH10_JSON: &str = include_str!("../../tests/heldout/ask_fresh10.json");
/// Share of its answerable questions that must be answered right.
/// 63/70 after the ask28 round.
const FRESH10_ACCURACY_FLOOR: f64 = 0.942;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH10_MOST_ANSWERED: usize = 0;
const FRESH10_MOST_CONFIDENT_WRONG: usize = 0;

/// The eleventh blind set (70 + 20 questions), written from the article
/// alone on 2026-12-02 and scored on main before the ask11 round (whose
/// developer never saw it) and after it, untouched by tuning:
/// 54/70 right, 19/20 refused and 6 confident wrong before;
/// 56/70 right, 19/20 refused and 4 confident wrong after. Tuned on in
/// the ask12 round: 60/70 right, 20/20 refused, no confident wrong reply.
/// Since the ask25 round a country typed in lower case is a name, as it
/// is capitalised, so "did russia send anyone to the summit" is answered
/// "No" from the list of who attended, as "Did Russia …" already was; this
/// set's writer held it unanswerable (19/20).
const FRESH11_JSON: &str = include_str!("../../tests/heldout/ask_fresh11.json");
/// Share of its answerable questions that must be answered right.
/// 63/70 (19/20, 1) after the ask53 round.
const FRESH11_ACCURACY_FLOOR: f64 = 0.900;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH11_MOST_ANSWERED: usize = 1;
const FRESH11_MOST_CONFIDENT_WRONG: usize = 1;

/// The twelfth blind set (70 + 20 questions), written from the article
/// alone on 2026-12-03 and scored on main before the ask12 and grade12
/// rounds (whose developers never saw it) and after them, untouched by
/// tuning: 58/70 right, 19/20 refused and 5 confident wrong before, the same after.
/// Tuned on in the ask13 round: 61/70 right, 19/20 refused, 1 confident
/// wrong.
const FRESH12_JSON: &str = include_str!("../../tests/heldout/ask_fresh12.json");
/// Share of its answerable questions that must be answered right.
/// 65/70 (19/20 refused, 1 confident wrong) after the ask26 round.
/// 67/70 (19/20, 2) after the ask53 round.
/// 68/70 (19/20, 2) after the ask54 round.
const FRESH12_ACCURACY_FLOOR: f64 = 0.971;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures. The
/// ask28 round answers "did xi support division between nations?" with
/// "No." from the sentence that sets a shared future against division;
/// the writer's expected words name the other sentence ("united"), so it
/// counts as a second confident wrong reply.
const FRESH12_MOST_ANSWERED: usize = 1;
const FRESH12_MOST_CONFIDENT_WRONG: usize = 2;

/// The thirteenth blind set (70 + 20 questions), written from the article
/// alone on 2026-12-03 and scored on main before the ask13 and grade13
/// rounds (whose developers never saw it) and after them, untouched by
/// tuning: 50/70 right, 19/20 refused, 9 confident wrong before; 51/70
/// right (72.9 %), 19/20 refused, 8 confident wrong after. After ask14
/// (plural person nouns ask "who", "names of" people wants a person,
/// an "-ing" modifier the fact has otherwise leaves a yes/no open): 51/70
/// right, 20/20 refused, 5 confident wrong.
const FRESH13_JSON: &str = include_str!("../../tests/heldout/ask_fresh13.json");
/// Share of its answerable questions that must be answered right.
/// 54/70 (20/20 refused, 2 confident wrong) after the ask26 round; 55/70
/// (20/20, 1) after the ask27 round.
/// 57/70 (20/20, 1) after the ask52 round.
/// 58/70 (20/20, 1) after the ask53 round.
const FRESH13_ACCURACY_FLOOR: f64 = 0.828;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH13_MOST_ANSWERED: usize = 0;
const FRESH13_MOST_CONFIDENT_WRONG: usize = 1;

/// The fourteenth blind set: 70 answerable and 20 unanswerable questions
/// written by a helper that saw only the article, scored before any
/// tuning on it (main `8455cef`, and unchanged after this stop's Ask
/// changes): 63/70 right (90.0 %), 19/20 refused, 2 confident wrong (one
/// of them a right "Yes. The five presidents who joined Xi …" that lacks
/// the set's expected "Kazakhstan").
const FRESH14_JSON: &str = include_str!("../../tests/heldout/ask_fresh14.json");
/// Share of its answerable questions that must be answered right.
/// 66/70 (20/20, 1) after the ask53 round.
const FRESH14_ACCURACY_FLOOR: f64 = 0.942;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH14_MOST_ANSWERED: usize = 0;
const FRESH14_MOST_CONFIDENT_WRONG: usize = 1;

/// The fifteenth blind set: 70 answerable and 20 unanswerable questions
/// written by a helper that saw only the article, scored before any
/// tuning on it (main `59c601d`): 57/70 right (81.4 %), 20/20 refused, 1
/// confident wrong ("where is astana" → "China"). After this stop's Ask
/// changes (definitions, present-tense where, "instead of", spending as
/// a purpose): 60/70 (85.7 %), 20/20, none confidently wrong.
const FRESH15_JSON: &str = include_str!("../../tests/heldout/ask_fresh15.json");
/// Share of its answerable questions that must be answered right.
/// 61/70 (20/20, 0) after the ask51 round.
const FRESH15_ACCURACY_FLOOR: f64 = 0.871;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH15_MOST_ANSWERED: usize = 0;
const FRESH15_MOST_CONFIDENT_WRONG: usize = 0;

/// The sixteenth blind set: 70 answerable and 20 unanswerable questions
/// written by a helper that saw only the article, scored before any
/// tuning on it (main `72d7cac`): 53/70 right (75.7 %), 19/20 refused, 2
/// confident wrong ("will the training take place in China or in the
/// Central Asian countries?" → "Yes. …"). After this stop's Ask changes
/// (either-or questions, "where do they stand on …", "long-term", what a
/// speaker criticised, a misspelt word's meanings): 57/70 (81.4 %), 20/20,
/// none confidently wrong.
const FRESH16_JSON: &str = include_str!("../../tests/heldout/ask_fresh16.json");
/// Share of its answerable questions that must be answered right.
/// 58/70 (20/20, 0) after the ask51 round.
const FRESH16_ACCURACY_FLOOR: f64 = 0.828;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH16_MOST_ANSWERED: usize = 0;
const FRESH16_MOST_CONFIDENT_WRONG: usize = 0;

/// The seventeenth blind set: 70 answerable and 20 unanswerable questions
/// written by a helper that saw only the article, scored before any
/// tuning on it (main `0b1f7e8`): 52/70 right (74.3 %), 19/20 refused, 7
/// confident wrong. After this stop's Ask changes (a clause after a
/// preposition in a yes/no question, mention questions, irregular verb
/// forms, the kind a "what kind of" question asks): 53/70 (75.7 %),
/// 19/20, 5 confident wrong.
const FRESH17_JSON: &str = include_str!("../../tests/heldout/ask_fresh17.json");
/// Share of its answerable questions that must be answered right.
/// 54/70 (20/20 refused, 3 confident wrong) after the ask26 round.
/// 57/70 (20/20, 3) after the ask50 round.
const FRESH17_ACCURACY_FLOOR: f64 = 0.814;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH17_MOST_ANSWERED: usize = 0;
const FRESH17_MOST_CONFIDENT_WRONG: usize = 3;

/// The eighteenth blind set: 87 answerable and 25 unanswerable questions
/// written by a helper that saw only the article, scored before any
/// tuning on it (main `1b6358e`): 64/87 right (73.6 %), 22/25 refused, 11
/// confident wrong. After this stop's Ask changes ("yes or no" closing a
/// question, what a "how many" question counts, "how long" told only by a
/// span, one fact word per question word, an opposite in the statement,
/// what the article is about): 68/87 (78.2 %), 23/25, 7 confident wrong.
const FRESH18_JSON: &str = include_str!("../../tests/heldout/ask_fresh18.json");
/// Share of its answerable questions that must be answered right.
/// 70/87 (23/25 refused, 4 confident wrong) after the ask26 round; 71/87
/// (23/25, 3) after the ask27 round.
/// 77/87 (23/25, 3) after the ask53 round.
const FRESH18_ACCURACY_FLOOR: f64 = 0.885;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH18_MOST_ANSWERED: usize = 2;
const FRESH18_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH19_JSON: &str = include_str!("../../tests/heldout/ask_fresh19.json");
/// Share of its answerable questions that must be answered right.
const FRESH19_ACCURACY_FLOOR: f64 = 0.973;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH19_MOST_ANSWERED: usize = 0;
const FRESH19_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH20_JSON: &str = include_str!("../../tests/heldout/ask_fresh20.json");
/// Share of its answerable questions that must be answered right.
const FRESH20_ACCURACY_FLOOR: f64 = 1.000;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH20_MOST_ANSWERED: usize = 0;
const FRESH20_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH21_JSON: &str = include_str!("../../tests/heldout/ask_fresh21.json");
/// Share of its answerable questions that must be answered right: 57/70
/// when first scored, 58/70 once a sentence's opening pronoun was named,
/// 60/70 once "the next China-Central Asia summit" was the third and the
/// article's own name of several words was held by its sentence.
/// 62/70 after the ask28 round.
const FRESH21_ACCURACY_FLOOR: f64 = 0.9;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH21_MOST_ANSWERED: usize = 0;
const FRESH21_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH22_JSON: &str = include_str!("../../tests/heldout/ask_fresh22.json");
/// Share of its answerable questions that must be answered right: 58/70
/// when first scored, before any tuning on it; 62/70 after the ask22
/// round (options said in other words, "which Chinese leader", "speak",
/// "the next China-Central Asia summit", "the summit in Kazakhstan");
/// 63/70 after the ask24 round.
const FRESH22_ACCURACY_FLOOR: f64 = 0.928;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH22_MOST_ANSWERED: usize = 0;
const FRESH22_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH23_JSON: &str = include_str!("../../tests/heldout/ask_fresh23.json");
/// Share of its answerable questions that must be answered right: 55/70
/// when first scored, before any tuning on it; 57/70 once "3rd" was the
/// article's "third" and its name of several words was held by its
/// sentence.
/// 58/70 (20/20 refused, 1 confident wrong) after the ask26 round.
/// 63/70 (20/20, 1) after the ask53 round.
const FRESH23_ACCURACY_FLOOR: f64 = 0.900;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH23_MOST_ANSWERED: usize = 0;
const FRESH23_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH24_JSON: &str = include_str!("../../tests/heldout/ask_fresh24.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (19/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `a1a8dc8`); 66/70 (20/20, 1) after the ask24 round
/// (tag questions, an item of several words a list leaves out, counts of
/// a list and "including Xi", a thing another fact names, "for whom",
/// statements ending in options, judging verbs in the question); 67/70
/// (20/20, 0) after the ask25 round ("what kind of N" of a fact naming N);
/// 68/70 once "which summit was it" pointed at the reported one.
const FRESH24_ACCURACY_FLOOR: f64 = 0.985;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH24_MOST_ANSWERED: usize = 0;
const FRESH24_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH25_JSON: &str = include_str!("../../tests/heldout/ask_fresh25.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (19/20, 2 confident wrong) when first scored, before any tuning on it
/// (main `a1a8dc8`); 63/70 (19/20, 2) after the ask24 round.
/// 67/70 (19/20, 2) after the ask53 round.
const FRESH25_ACCURACY_FLOOR: f64 = 0.957;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH25_MOST_ANSWERED: usize = 1;
const FRESH25_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH26_JSON: &str = include_str!("../../tests/heldout/ask_fresh26.json");
/// Share of its answerable questions that must be answered right: 56/70
/// (19/20, 4 confident wrong) when first scored, before any tuning on it
/// (main `690c4fb`, after the ask24 round's first rules); 60/70 (19/20,
/// 3) after the rest of the round ("didn't", "wasnt", "is it true that",
/// amounts and periods, counts in words); 62/70 (19/20, 2) after the
/// ask25 round.
/// 63/70 (20/20 refused, 0 confident wrong) after the ask26 round.
/// 68/70 (20/20, 0) after the ask53 round.
const FRESH26_ACCURACY_FLOOR: f64 = 0.971;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH26_MOST_ANSWERED: usize = 0;
const FRESH26_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH27_JSON: &str = include_str!("../../tests/heldout/ask_fresh27.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (15/20, 8 confident wrong) when first scored, before any tuning on it
/// (main `690c4fb`); 61/70 (17/20, 5) after the rest of the round (a name
/// no fact gives, members of a kind the article only names, "the next
/// one, the third summit"); 62/70 after the ask25 round.
/// 63/70 (19/20 refused, 2 confident wrong) after the ask26 round.
/// 64/70 after the ask28 round.
/// 65/70 (19/20, 1) after the ask48 round, one lower than before it: what a
/// membership question says after the group's label ("one of the centres
/// *about fighting the spread of deserts*") is now a claim the fact must
/// hold, which refuses this paraphrase but no longer answers "Yes" to
/// "Is one of the centres about trade?" or "… about medicine?".
const FRESH27_ACCURACY_FLOOR: f64 = 0.928;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH27_MOST_ANSWERED: usize = 1;
const FRESH27_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH28_JSON: &str = include_str!("../../tests/heldout/ask_fresh28.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (19/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `4fddb5d`, after the whole ask24 round); 61/70
/// (19/20, 3) once "in favour of" took a side as "support" does; 62/70
/// once "a document called …" was read as the name alone; 63/70 (19/20,
/// 2) after the ask25 round.
/// 63/70 (20/20 refused, 1 confident wrong) after the ask26 round.
const FRESH28_ACCURACY_FLOOR: f64 = 0.914;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH28_MOST_ANSWERED: usize = 0;
const FRESH28_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH29_JSON: &str = include_str!("../../tests/heldout/ask_fresh29.json");
/// Share of its answerable questions that must be answered right: 63/70
/// (20/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `1ae7ac9`, after the ask24 round); 64/70 (20/20,
/// 1) after the ask25 round (a money amount in both currencies).
const FRESH29_ACCURACY_FLOOR: f64 = 0.914;
/// At most this many of its unanswerable questions answered, and at most
/// this many confident wrong replies in all: the measured figures.
const FRESH29_MOST_ANSWERED: usize = 0;
const FRESH29_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH30_JSON: &str = include_str!("../../tests/heldout/ask_fresh30.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `1ae7ac9`). Its writer played several learners,
/// a sceptic among them. 63/70 (20/20, 0) after the ask25 round (a word
/// no dictionary holds, "nuclear energy" a list leaves out, "Tashkent,
/// Uzbekistan"); 66/70 after the ask35 round.
/// 68/70 (20/20, 0) after the ask53 round.
const FRESH30_ACCURACY_FLOOR: f64 = 0.971;
const FRESH30_MOST_ANSWERED: usize = 0;
const FRESH30_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH31_JSON: &str = include_str!("../../tests/heldout/ask_fresh31.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (19/20 refused, 4 confident wrong) when first scored, written after
/// the ask25 round's other rules and scored at `1f80637` before any
/// tuning on it; 59/70 once a city typed in lower case ("tashkent") was a
/// name as a capitalised one is; 60/70 once "1.5bn" read as "1.5
/// billion".
/// 61/70 (19/20 refused, 3 confident wrong) after the ask26 round.
/// 63/70 (19/20, 3) after the ask48 round.
/// 64/70 (19/20, 3) after the ask53 round.
const FRESH31_ACCURACY_FLOOR: f64 = 0.914;
const FRESH31_MOST_ANSWERED: usize = 1;
const FRESH31_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH32_JSON: &str = include_str!("../../tests/heldout/ask_fresh32.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (18/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `827b23d`). Its writer played a hurried student, a
/// careful paraphraser and a sceptic; it was written with "any one of"
/// expected phrases, kept as alternatives ("six|6"). 61/70 (20/20, 0)
/// after the ask26 round.
/// 62/70 after the ask28 round.
/// 63/70 (20/20, 0) after the ask48 round.
/// 65/70 (20/20, 0) after the ask52 round.
const FRESH32_ACCURACY_FLOOR: f64 = 0.928;
const FRESH32_MOST_ANSWERED: usize = 0;
const FRESH32_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH33_JSON: &str = include_str!("../../tests/heldout/ask_fresh33.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (19/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `827b23d`). Its writer played adult learners of
/// English and a fact-checking journalist, with "any one of" expected
/// phrases kept as alternatives. 66/70 (20/20, 0) after the
/// ask26 round.
const FRESH33_ACCURACY_FLOOR: f64 = 0.957;
const FRESH33_MOST_ANSWERED: usize = 0;
const FRESH33_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH34_JSON: &str = include_str!("../../tests/heldout/ask_fresh34.json");
/// Share of its answerable questions that must be answered right: 63/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `cb59975`). Its writer played a hurried student, a
/// careful adult, a non-native speaker, a sceptic and a paraphraser.
/// 65/70 (20/20, 0) after the ask27 round.
const FRESH34_ACCURACY_FLOOR: f64 = 0.942;
const FRESH34_MOST_ANSWERED: usize = 0;
const FRESH34_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH35_JSON: &str = include_str!("../../tests/heldout/ask_fresh35.json");
/// Share of its answerable questions that must be answered right: 66/70
/// (20/20 refused, 0 confident wrong) when first scored, before any
/// tuning on it (main `cb59975`). Its writer played a teacher going
/// paragraph by paragraph, a journalism student, a plain-English learner
/// and a reader asking why. The same after the ask27 round; 67/70 after
/// the ask35 round.
/// 69/70 (20/20, 0) after the ask53 round.
const FRESH35_ACCURACY_FLOOR: f64 = 0.985;
const FRESH35_MOST_ANSWERED: usize = 0;
const FRESH35_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH36_JSON: &str = include_str!("../../tests/heldout/ask_fresh36.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (20/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `bbb360d`, after the round's first rules). Its
/// writer played a teenager typing fast, an engineer, an exam-prep
/// student asking what words refer to, and a reader of attitudes. 63/70
/// (20/20, 1) after the ask27 round.
/// 67/70 (20/20, 0) after the ask48 round.
/// 68/70 (20/20, 0) after the ask53 round.
const FRESH36_ACCURACY_FLOOR: f64 = 0.971;
const FRESH36_MOST_ANSWERED: usize = 0;
const FRESH36_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH37_JSON: &str = include_str!("../../tests/heldout/ask_fresh37.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `bbb360d`). Its writer played a policy student, a
/// non-native speaker dropping auxiliaries, a fact-checker and an
/// everyday paraphraser. 63/70 (20/20, 0) after the ask27 round.
/// 64/70 after the ask28 round.
const FRESH37_ACCURACY_FLOOR: f64 = 0.942;
const FRESH37_MOST_ANSWERED: usize = 0;
const FRESH37_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH38_JSON: &str = include_str!("../../tests/heldout/ask_fresh38.json");
/// Share of its answerable questions that must be answered right: 59/70
/// (20/20 refused, no confident wrong reply) when first scored, before
/// any tuning on it (main `29adcbc`). Its writer played a retired reader
/// asking in long chatty sentences, a trade analyst, a student typing
/// fast in lower case, and a learner of yes/no questions, half of them
/// false. 64/70 (20/20, 0) after the ask28 round.
/// 69/70 (20/20, 0) after the ask53 round.
const FRESH38_ACCURACY_FLOOR: f64 = 0.985;
const FRESH38_MOST_ANSWERED: usize = 0;
const FRESH38_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH39_JSON: &str = include_str!("../../tests/heldout/ask_fresh39.json");
/// Share of its answerable questions that must be answered right: 57/70
/// (19/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `29adcbc`). Its writer played a quiz-show host, a
/// Russian speaker dropping articles, a sceptic ("did X really …?", "is
/// it true …?") and a reader asking about causes and meanings. 58/70
/// (20/20, 3) after the ask28 round, 59/70 (20/20, 2) after ask29.
/// 64/70 (20/20, 1) after ask46, which reads "…, or is it just a
/// statement?" as the claim before it.
const FRESH39_ACCURACY_FLOOR: f64 = 0.914;
const FRESH39_MOST_ANSWERED: usize = 0;
const FRESH39_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH40_JSON: &str = include_str!("../../tests/heldout/ask_fresh40.json");
/// Share of its answerable questions that must be answered right: 55/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `4f2e0d5`, after the round's first rules). Its
/// writer played a seminar student, a tired parent typing fragments
/// ("grant how much"), a learner rewording everything in everyday words
/// and a sceptic with wrong details. 58/70 (20/20, 1) after the ask28
/// round. 59/70 (20/20, 1) since "who hosts next" asks of the next
/// summit.
/// 61/70 (20/20, 1) after the ask53 round.
const FRESH40_ACCURACY_FLOOR: f64 = 0.871;
const FRESH40_MOST_ANSWERED: usize = 0;
const FRESH40_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH41_JSON: &str = include_str!("../../tests/heldout/ask_fresh41.json");
/// Share of its answerable questions that must be answered right: 63/70
/// (20/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `4f2e0d5`). Its writer played a diplomat in
/// training, a Spanish or Chinese speaker with small grammar slips, a
/// reader asking what phrases mean, and a quiz maker writing true/false
/// claims. 64/70 (20/20, 2) after the ask28 round, 66/70 (20/20, 1)
/// after the ask29 round, 67/70 after the ask35 round.
/// 69/70 (20/20, 1) after the ask53 round.
const FRESH41_ACCURACY_FLOOR: f64 = 0.985;
const FRESH41_MOST_ANSWERED: usize = 0;
const FRESH41_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH42_JSON: &str = include_str!("../../tests/heldout/ask_fresh42.json");
/// Share of its answerable questions that must be answered right: 55/70
/// (20/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `a084778`). Its writer played a teacher preparing
/// a lesson, a Spanish speaker with English word order slightly off, a
/// journalist checking details with negated yes/no questions, and a
/// reader rewording everything in everyday words ("the rule of the
/// strongest", "free money"). 59/70 (20/20, 2) after the ask29 round;
/// the two confident wrong replies are why-questions answered by the
/// sentence's other clause.
/// 62/70 (20/20, 2) after the ask53 round.
const FRESH42_ACCURACY_FLOOR: f64 = 0.885;
const FRESH42_MOST_ANSWERED: usize = 0;
const FRESH42_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH43_JSON: &str = include_str!("../../tests/heldout/ask_fresh43.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `a084778`). Its writer played an economist, a
/// learner typing in lower case with typos, a debate coach asking about
/// positions and a reader asking what things are for. 64/70 (20/20, 0)
/// after the ask29 round.
const FRESH43_ACCURACY_FLOOR: f64 = 0.928;
const FRESH43_MOST_ANSWERED: usize = 0;
/// 1 since the ask53 round: "Who did Xi Jinping join at the summit *in
/// Astana*?" had the sentence naming the five presidents only because
/// "Astana" kept the statement from covering it; the statement now covers
/// it (another fact puts the summit there) and answers as it does without
/// "in Astana": "the presidents of the five Central Asian countries".
const FRESH43_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH44_JSON: &str = include_str!("../../tests/heldout/ask_fresh44.json");
/// Share of its answerable questions that must be answered right: 47/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `d7fc015`, after the ask29 round's first rules).
/// Its writer played a student of international relations with academic
/// words ("temporal scope", "anarchic order", "normative principles"), a
/// 13-year-old typing a few words ("who paid money?"), a fact-checker
/// and a reader asking "how" and "in what way". 49/70 (19/20, 2) after
/// the round. 54/70 (19/20, 2) after ask47.
const FRESH44_ACCURACY_FLOOR: f64 = 0.771;
const FRESH44_MOST_ANSWERED: usize = 1;
const FRESH44_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH45_JSON: &str = include_str!("../../tests/heldout/ask_fresh45.json");
/// Share of its answerable questions that must be answered right: 44/70
/// (17/20 refused, 10 confident wrong) when first scored, before any
/// tuning on it (main `d7fc015`). Its writer played a business reporter
/// in newsroom shorthand ("Grant timeframe - when's the money for?",
/// "… y/n"), a French speaker with false friends ("engages",
/// "pretended", "juridically"), a careful reader of who did what to
/// whom, and a learner asking what phrases mean. 50/70 (19/20, 3) after
/// the round; 52/70 since the ask45 round read what goes on about a
/// denied claim as denied with it.
/// 53/70 (20/20, 2) after the ask48 round.
/// 54/70 (20/20, 2) after the ask52 round.
const FRESH45_ACCURACY_FLOOR: f64 = 0.771;
const FRESH45_MOST_ANSWERED: usize = 0;
const FRESH45_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH46_JSON: &str = include_str!("../../tests/heldout/ask_fresh46.json");
/// Share of its answerable questions that must be answered right: 55/70
/// (20/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `2246581`). Its writer played a student revising
/// for a test, a Russian speaker dropping articles ("How much money China
/// gives for projects?"), a sceptic asking "is it true that" with a wrong
/// detail, and a reader of numbers and comparisons. 60/70 (20/20, 0)
/// after the ask30 round.
/// 66/70 (20/20, 0) after the ask50 round.
/// 67/70 (20/20, 0) after the ask52 round.
const FRESH46_ACCURACY_FLOOR: f64 = 0.957;
const FRESH46_MOST_ANSWERED: usize = 0;
const FRESH46_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH47_JSON: &str = include_str!("../../tests/heldout/ask_fresh47.json");
/// Share of its answerable questions that must be answered right: 46/70
/// (19/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `2246581`). Its writer played a polite retired
/// reader ("I was wondering, could you tell me who it was that …"), a
/// texting teenager ("hw many ppl get training"), a politics student and
/// a quiz-show host ("True or false: …", "Venue?"). 57/70 (20/20, 0)
/// after the ask30 round.
/// 64/70 (20/20, 0) after the ask53 round.
const FRESH47_ACCURACY_FLOOR: f64 = 0.914;
const FRESH47_MOST_ANSWERED: usize = 0;
const FRESH47_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH48_JSON: &str = include_str!("../../tests/heldout/ask_fresh48.json");
/// Share of its answerable questions that must be answered right: 42/70
/// (16/20 refused, 6 confident wrong) when first scored, before any
/// tuning on it (main `7770426`, after the ask30 round's first rules).
/// Its writer played a terse phone skimmer ("third summit city?", "who
/// hosts next"), a Spanish speaker with tenses off, a 12-year-old in
/// everyday words, and a reader of negative tag questions followed by a
/// wh-question ("It wasn't the first summit, was it? Which one was it?").
/// 49/70 (19/20, 3) after the round. 52/70 (19/20, 4) since the ask46
/// round, which answered "who hosts next" but lost "Didn't
/// Turkmenistan's president skip the summit?": it got "No" from the
/// third summit's host (China, not Turkmenistan), a right verdict for a
/// wrong reason. A name saying whose president is no rival to a host, so
/// now the attendance fact answers, and its "Yes" takes "skip" for the
/// learner's own verb: no word list says that skipping is not attending.
/// 54/70 (19/20, 4) after the ask53 round.
/// 55/70 (19/20, 3) after the ask54 round.
const FRESH48_ACCURACY_FLOOR: f64 = 0.785;
const FRESH48_MOST_ANSWERED: usize = 1;
const FRESH48_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH49_JSON: &str = include_str!("../../tests/heldout/ask_fresh49.json");
/// Share of its answerable questions that must be answered right: 44/70
/// (19/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `7770426`). Its writer played a fact-checker
/// asking for exact wording, a learner paraphrasing every word ("What
/// pact did the six nations ink?"), a reader asking about the article
/// itself ("What is the main point of the article?", "Who is quoted?")
/// and a learner asking two-part and comparative questions. 45/70 (19/20,
/// 3) after the round.
/// 52/70 (20/20, 2) after the ask49 round.
/// 53/70 (20/20, 1) after the ask50 round.
/// 52/70 (20/20, 1) after the ask54 round: "Which does the article
/// mention first, the treaty or the Astana Declaration?" had been
/// answered "Astana." (its sentence names the treaty); an ordinal set off
/// as an adverb no longer counts as a summit's number, so it is refused.
const FRESH49_ACCURACY_FLOOR: f64 = 0.742;
const FRESH49_MOST_ANSWERED: usize = 0;
const FRESH49_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH50_JSON: &str = include_str!("../../tests/heldout/ask_fresh50.json");
/// Share of its answerable questions that must be answered right: 57/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `d427fcc`). Its writer played a Chinese speaker
/// leaving out verbs and articles ("Xi Jinping announce what?"), a
/// teacher opening with "According to the article, …" and "Explain why
/// …", a forgetful reader of pronouns ("what did they sign?") and a poor
/// speller ("Kazakstan", "treety", "Astanna"). 62/70 (20/20, 0) after the
/// ask31 round.
const FRESH50_ACCURACY_FLOOR: f64 = 0.928;
const FRESH50_MOST_ANSWERED: usize = 0;
const FRESH50_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH51_JSON: &str = include_str!("../../tests/heldout/ask_fresh51.json");
/// Share of its answerable questions that must be answered right: 44/70
/// (16/20 refused, 8 confident wrong) when first scored, before any
/// tuning on it (main `d427fcc`). Its writer played a business reader of
/// trade jargon ("Any capital commitments from Beijing?"), a history buff
/// asking since when and for how long, a learner giving commands ("Tell
/// me about the treaty.", "Name the president of Kazakhstan.") and a
/// learner of follow-ups ("What about Uzbekistan - was its president
/// there?"). 52/70 (17/20, 3) after the ask31 round; 55/70 since the
/// ask45 round read "the *following* summit" as the next one.
/// 55/70 (19/20, 1) after the ask50 round.
/// 56/70 (19/20, 1) after the ask52 round.
/// 57/70 (19/20, 1) after the ask53 round.
const FRESH51_ACCURACY_FLOOR: f64 = 0.814;
const FRESH51_MOST_ANSWERED: usize = 1;
const FRESH51_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH52_JSON: &str = include_str!("../../tests/heldout/ask_fresh52.json");
/// Share of its answerable questions that must be answered right: 49/70
/// (20/20 refused, 7 confident wrong) when first scored, before any
/// tuning on it (main `8b1047e`). Its writer played a French speaker of
/// false friends and French word order ("Which engagements took
/// China?", "The formations, will they be offered during five years?"),
/// a learner asking how and by what means, a learner asking who said
/// what, and a learner typing search keywords ("treaty name"). 53/70
/// (20/20, 5) after the ask32 round.
/// 61/70 (20/20, 2) after the ask51 round.
const FRESH52_ACCURACY_FLOOR: f64 = 0.871;
const FRESH52_MOST_ANSWERED: usize = 0;
const FRESH52_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH53_JSON: &str = include_str!("../../tests/heldout/ask_fresh53.json");
/// Share of its answerable questions that must be answered right: 53/70
/// (18/20 refused, 8 confident wrong) when first scored, before any
/// tuning on it (main `8b1047e`). Its writer played a German speaker
/// putting verbs last ("The friendship-treaty legally binding is?"), a
/// learner asking about roles and titles, a learner asking about goals
/// ("What is the point of the treaty?") and a British learner of idioms
/// ("Who's lined up to host the next summit?"). 57/70 (19/20, 6) after
/// the ask32 round; 61/70 (19/20, 5) after the ask34 round.
const FRESH53_ACCURACY_FLOOR: f64 = 0.871;
const FRESH53_MOST_ANSWERED: usize = 1;
const FRESH53_MOST_CONFIDENT_WRONG: usize = 5;

const FRESH54_JSON: &str = include_str!("../../tests/heldout/ask_fresh54.json");
/// Share of its answerable questions that must be answered right: 56/70
/// (18/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `028edd8`). Its writer played a learner asking
/// either/or questions ("Was the summit held in Astana or in
/// Beijing?"), a learner asking in the passive ("By whom was the treaty
/// signed?"), an Indian English speaker's polite requests ("Kindly tell
/// me the name of the treaty") and a learner asking about order and
/// durations. 66/70 (20/20, 0) after the ask33 round.
const FRESH54_ACCURACY_FLOOR: f64 = 0.957;
const FRESH54_MOST_ANSWERED: usize = 0;
const FRESH54_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH55_JSON: &str = include_str!("../../tests/heldout/ask_fresh55.json");
/// Share of its answerable questions that must be answered right: 40/70
/// (16/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `028edd8`). Its writer played a learner of a stiff,
/// formal register ("What pecuniary assistance did China pledge?"), a
/// learner asking about amounts roughly or by comparison, a Japanese or
/// Korean speaker dropping articles ("Xi himself go to summit?") and a
/// learner asking indirectly ("Not sure who proposed the new
/// initiatives"). 49/70 (17/20, 3) after the ask33 round; the formal
/// synonyms ("tenets", "aspiration", "prognosticate") and the
/// comparisons are most of what is left. 50/70 after the ask34 round.
/// 55/70 (17/20, 3) after the ask52 round.
const FRESH55_ACCURACY_FLOOR: f64 = 0.785;
const FRESH55_MOST_ANSWERED: usize = 3;
const FRESH55_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH56_JSON: &str = include_str!("../../tests/heldout/ask_fresh56.json");
/// Share of its answerable questions that must be answered right: 43/70
/// (17/20 refused, 8 confident wrong) when first scored, before any
/// tuning on it (main `3a197d4`). Its writer played an Arabic speaker
/// dropping "is" ("The treaty legally binding?"), a learner asking "how
/// come" and "what for", a learner describing people and places instead
/// of naming them ("the Chinese leader", "the speaker", "the Asian
/// giant") and a learner asking about views ("How does Xi feel about
/// protectionism?"). 58/70 (19/20, 3) after the ask34 round.
const FRESH56_ACCURACY_FLOOR: f64 = 0.857;
const FRESH56_MOST_ANSWERED: usize = 1;
const FRESH56_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH57_JSON: &str = include_str!("../../tests/heldout/ask_fresh57.json");
/// Share of its answerable questions that must be answered right: 46/70
/// (18/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `3a197d4`). Its writer played a chatty learner
/// ("ok and what day did they sign it, do we even know?"), a Portuguese
/// speaker's false friends ("Who assisted the summit?"), a learner
/// asking "what kind of" and a learner asking "what else" and "apart
/// from". 59/70 (18/20, 3) after the ask34 round; the false friends are
/// most of what is left.
/// 60/70 (18/20, 2) after the ask50 round.
/// 61/70 (18/20, 2) after the ask53 round.
const FRESH57_ACCURACY_FLOOR: f64 = 0.871;
const FRESH57_MOST_ANSWERED: usize = 2;
const FRESH57_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH58_JSON: &str = include_str!("../../tests/heldout/ask_fresh58.json");
/// Share of its answerable questions that must be answered right: 55/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `f1f0f12`, part way through the ask34 round;
/// 54/70 at `3a197d4`). Its writer played a learner asking about numbers
/// and units, a learner writing short forms ("CA leaders", "the PRC",
/// "Kaz", "on Tue"), a learner asking what is warned against or avoided
/// and a learner asking cause and effect. 64/70 (20/20, 0) after it.
/// 65/70 (20/20, 0) after the ask53 round.
const FRESH58_ACCURACY_FLOOR: f64 = 0.928;
const FRESH58_MOST_ANSWERED: usize = 0;
const FRESH58_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH59_JSON: &str = include_str!("../../tests/heldout/ask_fresh59.json");
/// Share of its answerable questions that must be answered right: 59/70
/// (18/20 refused, 7 confident wrong) when first scored, before any
/// tuning on it (main `2156e02`). Its writer played a Vietnamese or Thai
/// speaker ("Have how many country at summit?"), a learner asking "how"
/// questions of degree and manner, a learner asking echo questions
/// ("They signed what?") and a learner asking for whole lists ("Name
/// everyone who took part."). 59/70 (19/20, 5) after the ask35 round.
const FRESH59_ACCURACY_FLOOR: f64 = 0.871;
const FRESH59_MOST_ANSWERED: usize = 1;
const FRESH59_MOST_CONFIDENT_WRONG: usize = 5;

const FRESH60_JSON: &str = include_str!("../../tests/heldout/ask_fresh60.json");
/// Share of its answerable questions that must be answered right: 48/70
/// (17/20 refused, 8 confident wrong) when first scored, before any
/// tuning on it (main `2156e02`). Its writer played a learner asking
/// about firsts, lasts and places in lists ("Which area comes last in
/// Xi's list?"), a learner asking about plans, a Hindi or Urdu speaker
/// ("Treaty was signed in Astana only?") and a learner asking for
/// confirmation with a tail (", correct?"). 53/70 (20/20, 2) after the
/// ask35 round.
/// 55/70 (20/20, 2) after the ask48 round.
/// 56/70 (20/20, 2) after the ask53 round.
const FRESH60_ACCURACY_FLOOR: f64 = 0.800;
const FRESH60_MOST_ANSWERED: usize = 0;
const FRESH60_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH61_JSON: &str = include_str!("../../tests/heldout/ask_fresh61.json");
/// Share of its answerable questions that must be answered right: 43/70
/// (17/20 refused, 7 confident wrong) when first scored, before any
/// tuning on it (main `2156e02`). Its writer played a learner asking
/// "why" and "what is the reason", a learner setting a scene before the
/// question ("Xi announced a grant. Is it for projects this year?"), a
/// Nigerian or Ghanaian English speaker ("Is it that the treaty is
/// permanent?") and a learner asking how the countries relate. 48/70
/// (19/20, 3) after the ask35 round; its "why" questions are most of what
/// is left.
/// 52/70 (20/20, 0) after the ask48 round.
const FRESH61_ACCURACY_FLOOR: f64 = 0.742;
const FRESH61_MOST_ANSWERED: usize = 0;
const FRESH61_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH62_JSON: &str = include_str!("../../tests/heldout/ask_fresh62.json");
/// Share of its answerable questions that must be answered right: 57/70
/// (18/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `bbbc90f`). Its writer played an Indonesian or Malay
/// speaker ("The treaty is signed already or not?"), a fast typist
/// ("whatdid the leaders sign", "who will host teh third summit"), a
/// learner asking what the article's phrases mean and one asking what
/// each person or country did. 62/70 (19/20, 3) after the ask36 round.
const FRESH62_ACCURACY_FLOOR: f64 = 0.900;
const FRESH62_MOST_ANSWERED: usize = 0;
const FRESH62_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH63_JSON: &str = include_str!("../../tests/heldout/ask_fresh63.json");
/// Share of its answerable questions that must be answered right: 51/70
/// (18/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `bbbc90f`). Its writer played a Singaporean or
/// Malaysian English speaker ("The summit held where ah?"), a learner
/// asking who gets, pays or benefits, one counting what the article
/// lists, and one asking with "whom", "whose" and "from where". 57/70
/// (18/20, 3) after the ask36 round; its counts that need a sum ("how
/// many countries signed altogether?") are most of what it still misses.
/// 57/70 (19/20, 2) after the ask50 round.
const FRESH63_ACCURACY_FLOOR: f64 = 0.814;
const FRESH63_MOST_ANSWERED: usize = 1;
const FRESH63_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH64_JSON: &str = include_str!("../../tests/heldout/ask_fresh64.json");
/// Share of its answerable questions that must be answered right: 56/70
/// (18/20 refused, 6 confident wrong) when first scored, before any
/// tuning on it (main `bbbc90f`). Its writer played an Italian speaker
/// ("How much money has given China?"), a learner using phrasal verbs and
/// idioms ("What did Xi suggest fine-tuning?"), one asking how things
/// were described and one asking what is new or repeated ("Will the
/// training be offered again?"). 57/70 (19/20, 4) after the ask36 round.
/// 57/70 (20/20, 3) after the ask50 round.
/// 58/70 (20/20, 3) after the ask51 round.
/// 59/70 (20/20, 3) after the ask53 round.
const FRESH64_ACCURACY_FLOOR: f64 = 0.842;
const FRESH64_MOST_ANSWERED: usize = 0;
const FRESH64_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH65_JSON: &str = include_str!("../../tests/heldout/ask_fresh65.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (19/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `7136671`). Its writer played a Spanish speaker ("Xi realized a visit to where?",
/// "How many presidents of Central Asia assisted to the summit?"), a
/// student asking why and what for, a reader asking what a side said,
/// hoped or proposed, and one comparing before and after, more and less
/// ("Is the grant more or less than 2 billion yuan?").
/// 61/70 (19/20, 1) after the ask37 round; 63/70 since the ask45 round.
/// 63/70 (19/20, 1) after the ask50 round.
const FRESH65_ACCURACY_FLOOR: f64 = 0.900;
const FRESH65_MOST_ANSWERED: usize = 1;
const FRESH65_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH66_JSON: &str = include_str!("../../tests/heldout/ask_fresh66.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (17/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `7136671`). Its writer played a Japanese speaker ("Treaty is permanent, is it?"),
/// a teacher checking exact wording ("What is the missing word?"), a
/// learner asking about time and duration, and one asking negative or
/// checking questions ("Isn't most of the grant going to Kazakhstan?").
/// 60/70 (19/20, 2) after the ask37 round; 64/70 (19/20, 1) after ask46,
/// which drops "Give the article's words." as talk around the question.
/// 65/70 (19/20, 1) after the ask48 round.
/// 66/70 (19/20, 1) after the ask52 round.
const FRESH66_ACCURACY_FLOOR: f64 = 0.942;
const FRESH66_MOST_ANSWERED: usize = 1;
const FRESH66_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH67_JSON: &str = include_str!("../../tests/heldout/ask_fresh67.json");
/// Share of its answerable questions that must be answered right: 56/70
/// (19/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `7136671`). Its writer played a voice-to-text user (all lower case, no
/// punctuation), a learner asking about plans and the future, one asking
/// about places and who belongs where ("Which Central Asian country
/// hosted the summit?"), and one asking clipped questions ("Xi's
/// title?").
/// 60/70 (19/20, 4) after the ask37 round. 62/70 (19/20, 3) after
/// ask47, which reads "Xi's title?" as "what is the title of Xi?".
/// 63/70 (19/20, 3) after the ask52 round.
const FRESH67_ACCURACY_FLOOR: f64 = 0.900;
const FRESH67_MOST_ANSWERED: usize = 1;
const FRESH67_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH68_JSON: &str = include_str!("../../tests/heldout/ask_fresh68.json");
/// Share of its answerable questions that must be answered right: 55/70
/// (20/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `ad03b62`). Its writer played a Russian speaker who
/// drops articles ("Treaty about what is?"), a learner asking indirectly
/// ("Can you tell me who ..."), one misspelling names ("Astanna",
/// "Tadjikistan"), and one putting true-or-false claims with a request
/// for the correction ("If it's false, what currency is it really?").
/// 61/70 (20/20, 2) after the ask38 round.
/// 62/70 (20/20, 2) after the ask50 round.
const FRESH68_ACCURACY_FLOOR: f64 = 0.885;
const FRESH68_MOST_ANSWERED: usize = 0;
const FRESH68_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH69_JSON: &str = include_str!("../../tests/heldout/ask_fresh69.json");
/// Share of its answerable questions that must be answered right: 47/70
/// (17/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `ad03b62`). Its writer played a young learner with
/// everyday words ("Who was the big boss from China at the meeting?"), a
/// learner who paraphrases every key word ("the handout from Beijing"),
/// one asking either-or questions ("Did Xi give his speech in Chinese or
/// in English?"), and a German speaker ("Which countries have beside
/// China at the summit taken part?"). The hardest set so far.
/// 48/70 (19/20, 2) after the ask38 round.
/// 51/70 (19/20, 2) after the ask52 round.
const FRESH69_ACCURACY_FLOOR: f64 = 0.728;
const FRESH69_MOST_ANSWERED: usize = 1;
const FRESH69_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH70_JSON: &str = include_str!("../../tests/heldout/ask_fresh70.json");
/// Share of its answerable questions that must be answered right: 50/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `ad03b62`). Its writer played a learner asking
/// about quantities, dates and order, a formal learner with subordinate
/// clauses ("Given that ..., which ...?"), one quoting the article's
/// phrases ("Who spoke of 'decades of diplomatic ties'?"), and a French
/// speaker ("What is the name of the capital where was signed the
/// treaty?").
/// 58/70 (19/20, 4) after the ask38 round.
/// 59/70 (20/20, 3) after the ask48 round.
/// 60/70 (20/20, 3) after the ask52 round.
/// 61/70 (20/20, 2) after the ask53 round.
const FRESH70_ACCURACY_FLOOR: f64 = 0.871;
const FRESH70_MOST_ANSWERED: usize = 0;
const FRESH70_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH71_JSON: &str = include_str!("../../tests/heldout/ask_fresh71.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (20/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `a636e59`). Its writer played a learner asking
/// why and what for, a Brazilian Portuguese speaker ("Who was the
/// president that made the speech in the summit?"), a phone typist in
/// lowercase shorthand ("how long r china n central asia connected")
/// and a learner asking who did what to whom ("Who received the
/// grant?"). 65/70 (20/20, 2) after the ask39 round. 66/70 (20/20, 2)
/// after ask47.
const FRESH71_ACCURACY_FLOOR: f64 = 0.942;
const FRESH71_MOST_ANSWERED: usize = 0;
const FRESH71_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH72_JSON: &str = include_str!("../../tests/heldout/ask_fresh72.json");
/// Share of its answerable questions that must be answered right: 67/70
/// (18/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `a636e59`). Its writer played a learner asking
/// "what kind of", a Turkish speaker ("This summit how manyth
/// China-Central Asia summit is?"), a learner asking where, and an
/// exam-prep learner ("According to the article, …"). 67/70 (19/20, 1)
/// after the ask39 round.
const FRESH72_ACCURACY_FLOOR: f64 = 0.957;
const FRESH72_MOST_ANSWERED: usize = 1;
const FRESH72_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH73_JSON: &str = include_str!("../../tests/heldout/ask_fresh73.json");
/// Share of its answerable questions that must be answered right: 49/70
/// (20/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `a636e59`). Its writer played a Chinese speaker
/// ("Xi Jinping say what in the speech?"), a learner using journalists'
/// slang ("Who inked the deal?", "What did Xi dangle for pros?"), one
/// asking two questions in one ("Who signed the treaty and where?") and
/// one asking about amounts. 53/70 (20/20, 2) after the ask39 round.
/// 55/70 (20/20, 2) after the ask52 round.
const FRESH73_ACCURACY_FLOOR: f64 = 0.785;
const FRESH73_MOST_ANSWERED: usize = 0;
const FRESH73_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH74_JSON: &str = include_str!("../../tests/heldout/ask_fresh74.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (18/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `ab762e8`). Its writer played an Arabic speaker
/// ("In which city was make the summit?"), a learner asking negative and
/// tag questions ("The 1.5 billion yuan grant is for military projects,
/// isn't it?"), one asking about order in time ("Which summit will come
/// after the one in Astana?") and one asking what things are for. 63/70
/// (18/20, 3) after the ask40 round.
const FRESH74_ACCURACY_FLOOR: f64 = 0.900;
const FRESH74_MOST_ANSWERED: usize = 2;
const FRESH74_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH75_JSON: &str = include_str!("../../tests/heldout/ask_fresh75.json");
/// Share of its answerable questions that must be answered right: 49/70
/// (18/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `ab762e8`). Its writer played a Korean speaker, a
/// learner paraphrasing with synonyms of the article's words ("Which
/// guiding tenets steer China's dealings with Central Asia?"), one asking
/// what a phrase of the article means, and one asking about centres and
/// mechanisms. Still 49/70 (18/20, 5) after the ask40 round: most of its
/// misses are synonyms WordNet does not link ("ideals" for "values",
/// "vigor" for "energy").
const FRESH75_ACCURACY_FLOOR: f64 = 0.700;
const FRESH75_MOST_ANSWERED: usize = 1;
const FRESH75_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH76_JSON: &str = include_str!("../../tests/heldout/ask_fresh76.json");
/// Share of its answerable questions that must be answered right: 52/70
/// (17/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `ab762e8`). Its writer played a Vietnamese speaker
/// ("How many country join?"), a teenager chatting ("so like where was
/// the thing even held"), one asking comparisons ("Which is older, the
/// historical exchanges or the diplomatic ties?") and one asking for
/// reasons. 63/70 (19/20, 1) after the ask40 round.
const FRESH76_ACCURACY_FLOOR: f64 = 0.914;
const FRESH76_MOST_ANSWERED: usize = 1;
const FRESH76_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH77_JSON: &str = include_str!("../../tests/heldout/ask_fresh77.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (18/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `d3bfd07`). Its writer played an Italian speaker
/// ("The summit, where it was made?"), a learner asking how things are
/// done, one asking how someone described or called something, and one
/// asking for lists and "what else" ("Name the green minerals China and
/// Central Asia plan to work on"). 65/70 (20/20, 1) after the ask41
/// round.
const FRESH77_ACCURACY_FLOOR: f64 = 0.928;
const FRESH77_MOST_ANSWERED: usize = 0;
const FRESH77_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH78_JSON: &str = include_str!("../../tests/heldout/ask_fresh78.json");
/// Share of its answerable questions that must be answered right: 59/70
/// (17/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `d3bfd07`). Its writer played a speaker of Indian
/// English ("Kindly tell which number summit this was"), a learner who
/// gives context before a rambling question ("… and I'm wondering, what
/// is that platform actually called?"), one asking who is who, and one
/// asking "Has/Does/Will" questions. 65/70 (20/20, 0) after the ask41
/// round.
/// 66/70 (20/20, 0) after the ask52 round.
/// 67/70 (20/20, 0) after the ask53 round.
const FRESH78_ACCURACY_FLOOR: f64 = 0.957;
const FRESH78_MOST_ANSWERED: usize = 0;
const FRESH78_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH79_JSON: &str = include_str!("../../tests/heldout/ask_fresh79.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (18/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `d3bfd07`). Its writer played a Polish speaker who
/// drops articles, a learner asking fill-the-gap questions ("The trade
/// platform launched at the summit is called the what?"), one asking
/// what a figure refers to, and one asking about outcomes. 63/70 (20/20,
/// 0) after the ask41 round.
/// 64/70 (20/20, 0) after the ask53 round.
const FRESH79_ACCURACY_FLOOR: f64 = 0.914;
const FRESH79_MOST_ANSWERED: usize = 0;
const FRESH79_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH80_JSON: &str = include_str!("../../tests/heldout/ask_fresh80.json");
/// Share of its answerable questions that must be answered right: 53/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `5fa14b5`). Its writer played a Kazakh speaker
/// ("How is called the new treaty?"), a learner who writes commands
/// ("Tell me the three principles …"), one who abbreviates ("grant amt
/// in RMB?", "is Astana the capital of KZ?") and an economics student.
/// 60/70 (19/20, 2) after the ask42 round.
/// 61/70 (19/20, 2) after the ask53 round.
const FRESH80_ACCURACY_FLOOR: f64 = 0.871;
const FRESH80_MOST_ANSWERED: usize = 1;
const FRESH80_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH81_JSON: &str = include_str!("../../tests/heldout/ask_fresh81.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (18/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `5fa14b5`). Its writer played an Indonesian
/// speaker who leaves out tense ("Xi go to Astana for what?"), a learner
/// asking which country, leader or city, one checking what they half
/// remember ("I read the treaty has about 20 articles, is that right?")
/// and a history student. 61/70 (19/20, 1) after the ask42 round.
const FRESH81_ACCURACY_FLOOR: f64 = 0.871;
const FRESH81_MOST_ANSWERED: usize = 1;
const FRESH81_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH82_JSON: &str = include_str!("../../tests/heldout/ask_fresh82.json");
/// Share of its answerable questions that must be answered right: 54/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `5fa14b5`). Its writer played a Dutch speaker ("On
/// which place was the summit held?"), a learner asking how many and how
/// much, one who sets the scene first ("The second summit is finished
/// now. Will China host the third one?") and one asking about named
/// phrases. 58/70 (20/20, 0) after the ask42 round.
/// 59/70 (20/20, 0) after the ask53 round.
const FRESH82_ACCURACY_FLOOR: f64 = 0.842;
const FRESH82_MOST_ANSWERED: usize = 0;
const FRESH82_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH83_JSON: &str = include_str!("../../tests/heldout/ask_fresh83.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (17/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `1c3121f`). Its writer played a Thai speaker ("Xi
/// sign what in Astana?"), a learner asking why and what for, a young
/// student in everyday words ("What did the countries promise to be to
/// each other?") and a fact-checker. 59/70 (18/20, 2) after the ask43
/// round.
const FRESH83_ACCURACY_FLOOR: f64 = 0.842;
const FRESH83_MOST_ANSWERED: usize = 2;
const FRESH83_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH84_JSON: &str = include_str!("../../tests/heldout/ask_fresh84.json");
/// Share of its answerable questions that must be answered right: 62/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `1c3121f`). Its writer played a Persian speaker
/// ("In Astana what was signed by the leaders?"), a fast typer with
/// typos, a learner asking when, and one asking who said or wants what.
/// 67/70 (20/20, 0) after the ask43 round.
/// 68/70 (20/20, 0) after the ask48 round.
const FRESH84_ACCURACY_FLOOR: f64 = 0.971;
const FRESH84_MOST_ANSWERED: usize = 0;
const FRESH84_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH85_JSON: &str = include_str!("../../tests/heldout/ask_fresh85.json");
/// Share of its answerable questions that must be answered right: 53/70
/// (19/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `1c3121f`). Its writer played a Greek speaker
/// ("In which manner did Xi describe the relations?"), a learner
/// comparing, one asking with negations ("Is the grant not a loan?")
/// and one asking about money and numbers. 59/70 (19/20, 1) after the
/// ask43 round.
const FRESH85_ACCURACY_FLOOR: f64 = 0.842;
const FRESH85_MOST_ANSWERED: usize = 1;
const FRESH85_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH86_JSON: &str = include_str!("../../tests/heldout/ask_fresh86.json");
/// Share of its answerable questions that must be answered right: 52/70
/// (19/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `3e3ace9`). Its writer played an Uzbek speaker
/// who drops articles ("Summit in Astana who was host?"), a learner
/// typing search keywords ("training period length"), one asking where
/// and one asking in what order things happened. 55/70 (20/20, 2) after
/// the ask44 round.
/// 56/70 (20/20, 2) after the ask48 round.
/// 57/70 (20/20, 2) after the ask52 round.
const FRESH86_ACCURACY_FLOOR: f64 = 0.814;
const FRESH86_MOST_ANSWERED: usize = 0;
const FRESH86_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH87_JSON: &str = include_str!("../../tests/heldout/ask_fresh87.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (20/20 refused, 0 confident wrong) when first scored, before any
/// tuning on it (main `3e3ace9`). Its writer played a Swahili speaker
/// with textbook English, a learner chatting in lower case ("wait who's
/// hosting next time"), one asking how things were described and one
/// asking in the passive voice. 65/70 (20/20, 0) after the ask44 round.
/// 66/70 (20/20, 0) after ask47.
const FRESH87_ACCURACY_FLOOR: f64 = 0.942;
const FRESH87_MOST_ANSWERED: usize = 0;
const FRESH87_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH88_JSON: &str = include_str!("../../tests/heldout/ask_fresh88.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `3e3ace9`). Its writer played a Ukrainian speaker
/// who leaves out small words ("What Xi said about the trade?"), a
/// learner asking what a named term refers to, one asking "which" of
/// several, and one checking details with yes/no questions, half of
/// them wrong on purpose. 62/70 (20/20, 0) after the ask44 round.
const FRESH88_ACCURACY_FLOOR: f64 = 0.885;
const FRESH88_MOST_ANSWERED: usize = 0;
const FRESH88_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH89_JSON: &str = include_str!("../../tests/heldout/ask_fresh89.json");
/// Share of its answerable questions that must be answered right: 62/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `0dd1547`). Its writer played a Mongolian speaker
/// who drops verbs and articles ("Xi want accelerate which big project
/// name?"), a trade student, a learner asking for lists and one checking
/// details with yes/no questions, half of them subtly wrong. Unchanged
/// after the ask45 round; its misses ask for things from two facts ("what
/// two things were signed?") or in broken word order.
/// 63/70 (19/20, 3) after the ask48 round.
/// 64/70 (19/20, 3) after the ask49 round.
/// 65/70 (19/20, 3) after the ask53 round.
const FRESH89_ACCURACY_FLOOR: f64 = 0.928;
const FRESH89_MOST_ANSWERED: usize = 1;
const FRESH89_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH90_JSON: &str = include_str!("../../tests/heldout/ask_fresh90.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (20/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `0dd1547`). Its writer played a Hungarian speaker
/// ("In which city took place the signing?"), a teacher checking a
/// class, a learner asking why and what for, and one chatting in lower
/// case with abbreviations ("how many ppl trained"). 63/70 (20/20, 1)
/// after the ask45 round.
/// 63/70 (20/20, 1) after the ask50 round.
/// 64/70 (20/20, 1) after the ask51 round.
/// 65/70 (20/20, 1) after the ask52 round.
const FRESH90_ACCURACY_FLOOR: f64 = 0.928;
const FRESH90_MOST_ANSWERED: usize = 0;
const FRESH90_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH91_JSON: &str = include_str!("../../tests/heldout/ask_fresh91.json");
/// Share of its answerable questions that must be answered right: 44/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `0dd1547`). Its writer played a Filipino speaker
/// who mixes Tagalog particles into English ("May I know po where the
/// summit was held?"), a diplomat asking who took which position, a
/// learner asking about time and order, and one phrasing questions as
/// statements to complete. 46/70 (20/20, 1) after the ask45 round: the
/// Tagalog particles ("po", "ba", "yung") are words the asker does not
/// know, and it refuses rather than guess past them. 48/70 (20/20, 1)
/// after ask46: a sentence of particles alone ("Hi po!", "Thank you")
/// is talk around the question and is dropped. 50/70 (20/20, 1) after
/// ask47.
/// 51/70 (20/20, 1) after the ask52 round.
const FRESH91_ACCURACY_FLOOR: f64 = 0.728;
const FRESH91_MOST_ANSWERED: usize = 0;
const FRESH91_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH92_JSON: &str = include_str!("../../tests/heldout/ask_fresh92.json");
/// Share of its answerable questions that must be answered right: 35/70
/// (20/20 refused, 14 confident wrong) when first scored, before any
/// tuning on it (main `fdb24ae`). Its writer played a Bengali speaker of
/// long, formal "kindly inform whether …" requests, a learner checking
/// half-remembered details, a learner asking what words mean, and one
/// asking who did what. Twelve of its confident wrong replies are to
/// "what does 'unilateralism' mean?": the article never defines such
/// words, and the reply is the sentence that uses the word, where the
/// writer wanted a dictionary's sense. 34/70 (20/20, 8) since a reply
/// that only uses the word asked to be defined says the article does not
/// define it ("good-neighborliness" was right, by its sentence's
/// "friendly"). 36/70 (20/20, 7) after ask46, which drops "I think
/// that's what I read." and "I think so but not sure" as talk around
/// the question. 37/70 (20/20, 7) after ask47, which reads "Kindly" as
/// politeness.
/// 38/70 (20/20, 7) after the ask53 round.
const FRESH92_ACCURACY_FLOOR: f64 = 0.542;
const FRESH92_MOST_ANSWERED: usize = 0;
const FRESH92_MOST_CONFIDENT_WRONG: usize = 7;

const FRESH93_JSON: &str = include_str!("../../tests/heldout/ask_fresh93.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (20/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `fdb24ae`). Its writer played a Czech speaker with
/// unusual word order ("The treaty signed was where?"), a journalist
/// asking about numbers, a learner asking what someone wants, and a
/// teenager typing two to four words ("who hosting next"). Not tuned on.
/// 63/70 (20/20, 2) after ask47.
/// 63/70 (20/20, 2) after the ask50 round.
const FRESH93_ACCURACY_FLOOR: f64 = 0.900;
const FRESH93_MOST_ANSWERED: usize = 0;
const FRESH93_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH94_JSON: &str = include_str!("../../tests/heldout/ask_fresh94.json");
/// Share of its answerable questions that must be answered right: 49/70
/// (20/20 refused, 8 confident wrong) when first scored, before any
/// tuning on it (main `fdb24ae`). Its writer played a Tamil speaker who
/// uses "only" and "itself" for emphasis ("Treaty was signed in Astana
/// only?"), a learner comparing things, one asking negative questions
/// and one asking what each side committed to. 50/70 (20/20, 7) since
/// "only" restricts nothing away from an answer the question names
/// whole; the emphatic "only" of the other questions still reads as a
/// restriction. 51/70 (20/20, 7) after ask46 ("Tell the names only."
/// is dropped as talk around the question).
/// 52/70 (20/20, 7) after the ask48 round.
/// 52/70 (20/20, 6) after the ask51 round.
/// 53/70 (20/20, 6) after the ask53 round.
const FRESH94_ACCURACY_FLOOR: f64 = 0.757;
const FRESH94_MOST_ANSWERED: usize = 0;
const FRESH94_MOST_CONFIDENT_WRONG: usize = 6;

const FRESH95_JSON: &str = include_str!("../../tests/heldout/ask_fresh95.json");
/// Share of its answerable questions that must be answered right: 60/70 (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `9caf3f5`). Its writer played a Spanish speaker
/// ("How many is the grant?"), a policy analyst, a learner asking about
/// quantities and money, and one phrasing requests ("Tell me …",
/// "Name …"). 62/70 (20/20, 1) after the ask46 round.
/// 63/70 (20/20, 1) after the ask52 round.
const FRESH95_ACCURACY_FLOOR: f64 = 0.900;
/// 1 since the ask53 round: "Is the grant part of a loan package that
/// must be repaid later?" is answered "No" by the grant fact's contrast
/// "loan"; its writer held that the article does not say.
const FRESH95_MOST_ANSWERED: usize = 1;
const FRESH95_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH96_JSON: &str = include_str!("../../tests/heldout/ask_fresh96.json");
/// Share of its answerable questions that must be answered right: 37/70 (20/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `9caf3f5`). Its writer played a Japanese speaker's
/// very polite indirect questions, a parent re-asking worksheet
/// questions ("The sheet asks …. Can you find it?"), a learner asking
/// about places, and one who paraphrases every word of the article.
/// 46/70 (20/20, 0) after the ask46 round; most of what is left is
/// paraphrase ("a hub devoted to cutting poverty").
const FRESH96_ACCURACY_FLOOR: f64 = 0.657;
const FRESH96_MOST_ANSWERED: usize = 0;
const FRESH96_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH97_JSON: &str = include_str!("../../tests/heldout/ask_fresh97.json");
/// Share of its answerable questions that must be answered right: 52/70 (19/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `9caf3f5`). Its writer played an Arabic speaker's
/// long sentences with restated subjects ("The summit it was in a city
/// and this city it is …"), a sceptic ("Is it true that …, and not just
/// …?"), a learner asking who said what, and one asking about effects.
/// 55/70 (20/20, 3) after the ask46 round.
/// 56/70 (20/20, 2) after the ask49 round.
/// 57/70 (20/20, 2) after the ask53 round.
const FRESH97_ACCURACY_FLOOR: f64 = 0.814;
const FRESH97_MOST_ANSWERED: usize = 0;
const FRESH97_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH98_JSON: &str = include_str!("../../tests/heldout/ask_fresh98.json");
/// Share of its answerable questions that must be answered right: 60/70 (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `0cdc101`, after the ask46 round's first fixes).
/// Its writer played a Russian speaker who drops articles and
/// auxiliaries, an economist, a learner offered two options, and one
/// asking why. Unchanged since.
/// 61/70 (20/20, 1) after the ask52 round.
const FRESH98_ACCURACY_FLOOR: f64 = 0.871;
const FRESH98_MOST_ANSWERED: usize = 0;
const FRESH98_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH99_JSON: &str = include_str!("../../tests/heldout/ask_fresh99.json");
/// Share of its answerable questions that must be answered right: 55/70 (20/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `0cdc101`). Its writer played a German speaker who
/// puts verbs late, a retired reader on a phone, a learner asking what
/// the Central Asian leaders did, and one asking two things at once.
/// Unchanged since.
/// 56/70 (20/20, 2) after the ask50 round.
/// 57/70 (20/20, 2) after the ask52 round.
/// 58/70 (20/20, 2) after the ask53 round.
const FRESH99_ACCURACY_FLOOR: f64 = 0.828;
const FRESH99_MOST_ANSWERED: usize = 0;
const FRESH99_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH100_JSON: &str = include_str!("../../tests/heldout/ask_fresh100.json");
/// Share of its answerable questions that must be answered right: 55/70 (20/20 refused, no confident wrong) when first scored, before
/// any tuning on it (main `0cdc101`). Its writer played a French speaker
/// ("The treaty, it commits them to what?"), a student summing up,
/// numbers in words and digits, and one comparing pairs of details.
/// 56/70 (20/20, 0) since options sharing their head are told apart.
/// 57/70 (20/20, 0) after the ask49 round.
/// 58/70 (20/20, 0) after the ask53 round.
const FRESH100_ACCURACY_FLOOR: f64 = 0.828;
const FRESH100_MOST_ANSWERED: usize = 0;
const FRESH100_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH101_JSON: &str = include_str!("../../tests/heldout/ask_fresh101.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (19/20 refused, 4 confident wrong) when first scored, before any tuning
/// on it (main `a90d1a2`). Its writer played a Korean speaker who drops
/// subjects and objects ("Xi support unilateralism?"), a tour guide
/// preparing talking points, who said or called what, and what a phrase
/// means. 63/70 (20/20, 2) after the ask47 round.
/// 63/70 (20/20, 2) after the ask50 round.
/// 64/70 (20/20, 1) after the ask51 round.
/// 65/70 (20/20, 1) after the ask52 round.
const FRESH101_ACCURACY_FLOOR: f64 = 0.928;
const FRESH101_MOST_ANSWERED: usize = 0;
const FRESH101_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH102_JSON: &str = include_str!("../../tests/heldout/ask_fresh102.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (19/20 refused, 4 confident wrong) when first scored, before any tuning
/// on it (main `a90d1a2`). Its writer played an Indian English speaker
/// ("Kindly tell the exact date …", "which all countries"), a high-school
/// debater, order and timing ("before or after the first summit?"), and
/// negated questions ("Is it not true that …?"). 63/70 (20/20, 2) after the
/// ask47 round.
/// 63/70 (20/20, 2) after the ask50 round.
const FRESH102_ACCURACY_FLOOR: f64 = 0.900;
const FRESH102_MOST_ANSWERED: usize = 0;
const FRESH102_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH103_JSON: &str = include_str!("../../tests/heldout/ask_fresh103.json");
/// Share of its answerable questions that must be answered right: 52/70
/// (20/20 refused, 6 confident wrong) when first scored, before any tuning
/// on it (main `a90d1a2`). Its writer played a teenager texting in lower
/// case with slang ("what was xi worried was growing in the world rn"), a
/// business reporter, purposes, and how-questions. 53/70 (20/20, 6) after
/// the ask47 round.
/// 54/70 (20/20, 6) after the ask48 round.
/// 55/70 (20/20, 6) after the ask52 round.
const FRESH103_ACCURACY_FLOOR: f64 = 0.785;
const FRESH103_MOST_ANSWERED: usize = 0;
const FRESH103_MOST_CONFIDENT_WRONG: usize = 6;

const FRESH104_JSON: &str = include_str!("../../tests/heldout/ask_fresh104.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (20/20 refused, 1 confident wrong) when first scored, before any tuning
/// on it (main `37e7678`, written while the round's first fixes were made).
/// Its writer played a Portuguese speaker with false friends ("The treaty
/// compromises the countries to …"), a history teacher, counts and totals,
/// and comparisons. 62/70 (20/20, 1) after the ask47 round.
/// 63/70 (20/20, 1) after the ask48 round.
/// 64/70 (20/20, 1) after the ask49 round.
/// 65/70 (20/20, 1) after the ask53 round.
const FRESH104_ACCURACY_FLOOR: f64 = 0.928;
const FRESH104_MOST_ANSWERED: usize = 0;
const FRESH104_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH105_JSON: &str = include_str!("../../tests/heldout/ask_fresh105.json");
/// Share of its answerable questions that must be answered right: 59/70
/// (19/20 refused, 3 confident wrong) when first scored, before any tuning
/// on it (main `37e7678`, written while the round's first fixes were made).
/// Its writer played a Turkish speaker putting the verb last ("Central
/// Asian leaders China how called?"), a lawyer asking what binds,
/// commitments, and reasons. Unchanged since.
/// 60/70 (19/20, 3) after the ask53 round.
const FRESH105_ACCURACY_FLOOR: f64 = 0.857;
const FRESH105_MOST_ANSWERED: usize = 1;
const FRESH105_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH106_JSON: &str = include_str!("../../tests/heldout/ask_fresh106.json");
/// Share of its answerable questions that must be answered right: 56/70
/// (20/20 refused, 1 confident wrong) when first scored, before any tuning
/// on it (main `37e7678`, written while the round's first fixes were made).
/// Its writer played an Italian speaker with long run-on questions joined
/// by "because" ("… because I don't remember the others and I want to make
/// a list for my class?"), a fact-checker testing slightly wrong claims,
/// search-box keywords ("grant time frame"), and people and their roles.
/// 61/70 (20/20, 2) after the ask47 round.
/// 62/70 (20/20, 2) after the ask53 round.
const FRESH106_ACCURACY_FLOOR: f64 = 0.885;
const FRESH106_MOST_ANSWERED: usize = 0;
const FRESH106_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH107_JSON: &str = include_str!("../../tests/heldout/ask_fresh107.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `8d4c88f`, while the round's fixes were made).
/// Its writer played a Spanish speaker who writes "the China" and puts
/// adjectives after nouns ("the summit third"), an economics student, exam-
/// style "According to the article" questions, and what happened first,
/// next and last.
/// 62/70 (20/20, 1) after the ask48 round.
/// 63/70 (20/20, 1) after the ask53 round.
const FRESH107_ACCURACY_FLOOR: f64 = 0.900;
const FRESH107_MOST_ANSWERED: usize = 0;
const FRESH107_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH108_JSON: &str = include_str!("../../tests/heldout/ask_fresh108.json");
/// Share of its answerable questions that must be answered right: 48/70
/// (17/20 refused, 6 confident wrong) when first scored, before any
/// tuning on it (main `8d4c88f`, while the round's fixes were made).
/// Its writer played a Russian speaker who drops articles ("Which countries
/// participated on summit?"), a skeptic ("Did Xi really claim …?"),
/// paraphrases ("pact", "gathering"), and places.
/// 55/70 (17/20, 3) after the ask48 round.
/// 56/70 (17/20, 3) after the ask49 round.
/// 57/70 (17/20, 3) after the ask51 round.
/// 60/70 (17/20, 3) after the ask53 round.
const FRESH108_ACCURACY_FLOOR: f64 = 0.857;
const FRESH108_MOST_ANSWERED: usize = 3;
const FRESH108_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH109_JSON: &str = include_str!("../../tests/heldout/ask_fresh109.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `8d4c88f`, while the round's fixes were made).
/// Its writer played a very polite Japanese speaker ("Could you please
/// teach me …", "I humbly wish to learn …"), a ten-year-old ("the big boss
/// from China"), purposes, and trick numbers.
/// 65/70 (20/20, 1) after the ask48 round.
const FRESH109_ACCURACY_FLOOR: f64 = 0.928;
const FRESH109_MOST_ANSWERED: usize = 0;
const FRESH109_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH110_JSON: &str = include_str!("../../tests/heldout/ask_fresh110.json");
/// Share of its answerable questions that must be answered right: 34/70
/// (19/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `8d4c88f`, while the round's fixes were made).
/// Its writer played a German speaker who leaves German nouns in his
/// English ("In which city the Unterzeichnungszeremonie took place?"), a
/// policy analyst, quoted phrases, and lists; the German words are words no
/// English lexicon knows, and most of its questions are refused for them.
/// 35/70 (19/20, 2) after the ask48 round.
/// 36/70 (19/20, 2) after the ask49 round.
const FRESH110_ACCURACY_FLOOR: f64 = 0.514;
const FRESH110_MOST_ANSWERED: usize = 1;
const FRESH110_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH111_JSON: &str = include_str!("../../tests/heldout/ask_fresh111.json");
/// Share of its answerable questions that must be answered right: 57/70
/// (20/20 refused, 0 confident wrong) when first scored, before any
/// tuning on it (main `8d4c88f`, while the round's fixes were made).
/// Its writer played an Arabic speaker who drops "is" ("What the
/// declaration say …?"), a radio host reading long listener questions,
/// negation ("Isnt it true …"), and titles and roles.
/// 62/70 (20/20, 0) after the ask48 round.
const FRESH111_ACCURACY_FLOOR: f64 = 0.885;
const FRESH111_MOST_ANSWERED: usize = 0;
const FRESH111_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH112_JSON: &str = include_str!("../../tests/heldout/ask_fresh112.json");
/// Share of its answerable questions that must be answered right: 60/70
/// (19/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `8d4c88f`, while the round's fixes were made).
/// Its writer played a French speaker's false friends ("assist" for attend,
/// "formations" for training), a busy executive, comparisons, and
/// commitments.
/// 65/70 (20/20, 0) after the ask48 round.
/// 66/70 (20/20, 0) after the ask52 round.
/// 68/70 (20/20, 0) after the ask53 round.
const FRESH112_ACCURACY_FLOOR: f64 = 0.971;
const FRESH112_MOST_ANSWERED: usize = 0;
const FRESH112_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH113_JSON: &str = include_str!("../../tests/heldout/ask_fresh113.json");
/// Share of its answerable questions that must be answered right: 57/70
/// (20/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `50e6269`, after most of the round's fixes, written while they were made and never tuned on).
/// Its writer played a Vietnamese speaker who leaves out plurals and tenses
/// ("How many country sign treaty?"), a retired diplomat, exact wording and
/// quotes, and what Xi proposed or urged.
/// 58/70 (20/20, 1) after the ask49 round.
const FRESH113_ACCURACY_FLOOR: f64 = 0.828;
const FRESH113_MOST_ANSWERED: usize = 0;
const FRESH113_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH114_JSON: &str = include_str!("../../tests/heldout/ask_fresh114.json");
/// Share of its answerable questions that must be answered right: 59/70
/// (19/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `50e6269`, after most of the round's fixes, written while they were made and never tuned on).
/// Its writer played a Polish speaker who drops articles ("Number 3,000 —
/// which it counts, and for who?"), a podcast host, two questions at once,
/// and what numbers count.
/// 60/70 (19/20, 2) after the ask50 round.
/// 62/70 (19/20, 2) after the ask53 round.
/// 63/70 (19/20, 1) after the ask54 round.
const FRESH114_ACCURACY_FLOOR: f64 = 0.900;
const FRESH114_MOST_ANSWERED: usize = 1;
const FRESH114_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH115_JSON: &str = include_str!("../../tests/heldout/ask_fresh115.json");
/// Share of its answerable questions that must be answered right: 53/70
/// (20/20 refused, 5 confident wrong) when first scored, before any
/// tuning on it (main `50e6269`, after most of the round's fixes, written while they were made and never tuned on).
/// Its writer played a Swahili-speaking student's formal English ("Kindly
/// state …"), a sarcastic reader, two-sentence messages whose pronoun
/// points back, and the treaty and the declaration.
/// 53/70 (20/20, 4) after the ask51 round.
const FRESH115_ACCURACY_FLOOR: f64 = 0.757;
const FRESH115_MOST_ANSWERED: usize = 0;
const FRESH115_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH116_JSON: &str = include_str!("../../tests/heldout/ask_fresh116.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (20/20 refused, 2 confident wrong) when first scored, before any tuning
/// on it (main `588fad0`).
/// Its writer played a Hindi-speaking learner's Indian English ("What is the name
/// of treaty they did sign?", "Kindly tell"), a journalist fact-checking
/// ("Is it correct that …?", "Can you confirm …?"), small spelling
/// mistakes, and the order of events.
/// 62/70 (20/20, 1) after the ask49 round.
/// 63/70 (20/20, 1) after the ask53 round.
const FRESH116_ACCURACY_FLOOR: f64 = 0.900;
const FRESH116_MOST_ANSWERED: usize = 0;
const FRESH116_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH117_JSON: &str = include_str!("../../tests/heldout/ask_fresh117.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (20/20 refused, 5 confident wrong) when first scored, before any tuning
/// on it (main `588fad0`).
/// Its writer played a Korean speaker who puts the topic first ("Tajikistan
/// president, he attend the summit?"), a history teacher, cause and
/// effect, and money and figures.
/// 64/70 (20/20, 1) after the ask49 round.
/// 66/70 (20/20, 1) after the ask53 round.
const FRESH117_ACCURACY_FLOOR: f64 = 0.942;
const FRESH117_MOST_ANSWERED: usize = 0;
const FRESH117_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH118_JSON: &str = include_str!("../../tests/heldout/ask_fresh118.json");
/// Share of its answerable questions that must be answered right: 36/70
/// (18/20 refused, 5 confident wrong) when first scored, before any tuning
/// on it (main `588fad0`).
/// Its writer played a Brazilian Portuguese speaker's false friends ("realize" for
/// hold), a chatty grandparent whose questions carry asides about family
/// ("I want to write them in my little notebook."), pronouns with nothing
/// before them to point at, and roles.
/// 52/70 (18/20, 4) after the ask49 round.
/// 53/70 (18/20, 4) after the ask52 round.
/// 54/70 (18/20, 4) after the ask53 round.
/// 54/70 (19/20, 3) after the ask54 round.
const FRESH118_ACCURACY_FLOOR: f64 = 0.771;
const FRESH118_MOST_ANSWERED: usize = 1;
const FRESH118_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH119_JSON: &str = include_str!("../../tests/heldout/ask_fresh119.json");
/// Share of its answerable questions that must be answered right: 58/70
/// (19/20 refused, 4 confident wrong) when first scored, before any tuning
/// on it (main `588fad0`).
/// Its writer played a Turkish speaker ("How much years of ties?"), a trade
/// lawyer, the article's exact words, and trick questions about dates.
/// 59/70 (19/20, 4) after the ask53 round.
const FRESH119_ACCURACY_FLOOR: f64 = 0.842;
const FRESH119_MOST_ANSWERED: usize = 1;
const FRESH119_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH120_JSON: &str = include_str!("../../tests/heldout/ask_fresh120.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (20/20 refused, 4 confident wrong) when first scored, before any tuning
/// on it (main `588fad0`).
/// Its writer played an Italian speaker ("How many are the countries?"),
/// social-media shorthand ("pres", "CA", "w/"), yes/no questions whose
/// answer is often No, and lists.
/// 63/70 (20/20, 3) after the ask49 round.
/// 65/70 (20/20, 2) after the ask51 round.
/// 66/70 (20/20, 2) after the ask53 round.
const FRESH120_ACCURACY_FLOOR: f64 = 0.942;
const FRESH120_MOST_ANSWERED: usize = 0;
const FRESH120_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH121_JSON: &str = include_str!("../../tests/heldout/ask_fresh121.json");
/// Share of its answerable questions that must be answered right: 56/70
/// (20/20 refused, 5 confident wrong) when first scored, before any tuning
/// on it (main `588fad0`).
/// Its writer played a Chinese speaker learning English ("China give how much
/// money?"), a teenager texting in lower case, what a word means in the
/// article, and commitments.
/// 60/70 (20/20, 5) after the ask49 round.
const FRESH121_ACCURACY_FLOOR: f64 = 0.857;
const FRESH121_MOST_ANSWERED: usize = 0;
const FRESH121_MOST_CONFIDENT_WRONG: usize = 5;

const FRESH122_JSON: &str = include_str!("../../tests/heldout/ask_fresh122.json");
/// Share of its answerable questions that must be answered right: 59/70
/// (17/20 refused, 6 confident wrong) when first scored, before any tuning
/// on it (main `ff96186`, after the round's fixes; written while they were
/// made and never tuned on).
/// Its writer played a Dutch speaker's direct questions ("How much money gives
/// China?"), a nervous student before an exam, two facts in one question,
/// and numbers and durations.
/// 63/70 (17/20, 4) after the ask50 round.
/// 63/70 (18/20, 3) after the ask54 round.
const FRESH122_ACCURACY_FLOOR: f64 = 0.900;
const FRESH122_MOST_ANSWERED: usize = 2;
const FRESH122_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH123_JSON: &str = include_str!("../../tests/heldout/ask_fresh123.json");
/// Share of its answerable questions that must be answered right: 57/70
/// (20/20 refused, 4 confident wrong) when first scored, before any tuning
/// on it (main `ff96186`, after the round's fixes; written while they were
/// made and never tuned on).
/// Its writer played an Indonesian speaker who drops plurals and tense ("they
/// sign what?"), a retired teacher's formal sentences, purposes and
/// reasons, and people's roles.
/// 59/70 (20/20, 4) after the ask50 round.
/// 60/70 (20/20, 4) after the ask51 round.
/// 61/70 (20/20, 3) after the ask54 round.
const FRESH123_ACCURACY_FLOOR: f64 = 0.871;
const FRESH123_MOST_ANSWERED: usize = 0;
const FRESH123_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH124_JSON: &str = include_str!("../../tests/heldout/ask_fresh124.json");
/// Share of its answerable questions that must be answered right: 55/70
/// (20/20 refused, 3 confident wrong) when first scored, before any tuning
/// on it (main `ff96186`, after the round's fixes; written while they were
/// made and never tuned on).
/// Its writer played a phone's autocorrect ("Santa" for Astana), a skeptical
/// blogger, negative questions ("Didn't …?"), and what the leaders said or
/// praised.
/// 56/70 (20/20, 2) after the round's last fix (a claim restricted to
/// one part of a sentence is denied by the part it leaves out), made on
/// other sets.
/// 61/70 (20/20, 2) after the ask50 round.
/// 62/70 (20/20, 2) after the ask53 round.
/// 63/70 (20/20, 2) after the ask54 round.
const FRESH124_ACCURACY_FLOOR: f64 = 0.900;
const FRESH124_MOST_ANSWERED: usize = 0;
const FRESH124_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH125_JSON: &str = include_str!("../../tests/heldout/ask_fresh125.json");
/// Share of its answerable questions that must be answered right: 65/70
/// (19/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `991b715`).
/// Its writer played a Thai speaker's "or not?" questions ("China give money or not?"), a quiz-show
/// host's prompts ("Name the city that …"), places, and the order and
/// timing of events.
/// 66/70 (20/20, 2) after the ask50 round, which was tuned on it.
const FRESH125_ACCURACY_FLOOR: f64 = 0.942;
const FRESH125_MOST_ANSWERED: usize = 0;
const FRESH125_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH126_JSON: &str = include_str!("../../tests/heldout/ask_fresh126.json");
/// Share of its answerable questions that must be answered right: 44/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `991b715`).
/// Its writer played dictation to a phone ("she jinping" for Xi Jinping, "a stana", no
/// punctuation), a policy analyst's jargon ("MoU", "deliverables"),
/// questions worded far from the article, and the agreements.
/// 44/70 (19/20, 3) after the ask50 round, which was tuned on it: reading
/// "a stana" as "astana" (a left-out letter) answered one unanswerable
/// question more (the venue inside Astana, which the article never names)
/// and gave a bare "Yes" with the treaty's sentence to another.
/// 45/70 (19/20, 3) after the ask53 round.
const FRESH126_ACCURACY_FLOOR: f64 = 0.642;
const FRESH126_MOST_ANSWERED: usize = 1;
const FRESH126_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH127_JSON: &str = include_str!("../../tests/heldout/ask_fresh127.json");
/// Share of its answerable questions that must be answered right: 61/70
/// (20/20 refused, 4 confident wrong) when first scored, before any
/// tuning on it (main `991b715`).
/// Its writer played a Filipino speaker's polite, indirect questions ("Just want to clarify
/// if …"), a primary-school child, why and how questions, and money and
/// trade.
/// 61/70 (20/20, 4) after the ask50 round, which was tuned on it.
/// 62/70 (20/20, 4) after the ask53 round.
const FRESH127_ACCURACY_FLOOR: f64 = 0.885;
const FRESH127_MOST_ANSWERED: usize = 0;
const FRESH127_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH128_JSON: &str = include_str!("../../tests/heldout/ask_fresh128.json");
/// Share of its answerable questions that must be answered right: 64/70
/// (18/20 refused, 3 confident wrong) when first scored, before any
/// tuning on it (main `991b715`).
/// Its writer played a Persian speaker who puts the verb last, a long-winded asker who
/// gives background first, comparisons, and plans for the future.
/// Held out of the ask50 round: its misses were never read. 64/70
/// (18/20, 3) after the round.
const FRESH128_ACCURACY_FLOOR: f64 = 0.914;
const FRESH128_MOST_ANSWERED: usize = 2;
const FRESH128_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH129_JSON: &str = include_str!("../../tests/heldout/ask_fresh129.json");
/// Share of its answerable questions that must be answered right: 66/70
/// (20/20 refused, 1 confident wrong) when first scored, before any
/// tuning on it (main `991b715`).
/// Its writer played a Ukrainian speaker ("How much countries signed treaty?"), a trivia
/// fan's verbless keywords ("summit city?"), counting, and security and
/// cooperation areas.
/// Held out of the ask50 round: its misses were never read. 66/70
/// (20/20, 1) after the round.
const FRESH129_ACCURACY_FLOOR: f64 = 0.942;
const FRESH129_MOST_ANSWERED: usize = 0;
const FRESH129_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH130_JSON: &str = include_str!("../../tests/heldout/ask_fresh130.json");
/// Share of its answerable questions that must be answered right: 64/70
/// (20/20 refused, 2 confident wrong) when first scored, before any
/// tuning on it (main `991b715`).
/// Its writer played a Hungarian speaker's word order ("What signed the leaders?"),
/// headline-style questions, quoted phrases to explain, and false
/// premises to correct.
/// Held out of the ask50 round: its misses were never read. 64/70
/// (20/20, 2) after the round.
/// 66/70 (20/20, 1) after the ask53 round.
const FRESH130_ACCURACY_FLOOR: f64 = 0.942;
const FRESH130_MOST_ANSWERED: usize = 0;
const FRESH130_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH131_JSON: &str = include_str!("../../tests/heldout/ask_fresh131.json");
/// Share of its answerable questions that must be answered right: 60/70 (20/20, 1)
/// when first scored, before any tuning on it (main `0a3d379`).
/// Its writer played a Bengali speaker's dropped articles and present tense ("Who is signing treaty at summit?"), a fact-checker's "Is it accurate to say …", people and roles, and rough figures.
/// Tuned on in the ask51 round: 66/70 (20/20, 1) after the round.
const FRESH131_ACCURACY_FLOOR: f64 = 0.942;
const FRESH131_MOST_ANSWERED: usize = 0;
const FRESH131_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH132_JSON: &str = include_str!("../../tests/heldout/ask_fresh132.json");
/// Share of its answerable questions that must be answered right: 64/70 (19/20, 2)
/// when first scored, before any tuning on it (main `0a3d379`).
/// Its writer played a Portuguese speaker ("Since how long …"), a student's "Explain briefly" and "Define", causes and purposes, and plans.
/// Tuned on in the ask51 round: 65/70 (19/20, 2) after the round.
/// 66/70 (19/20, 1) after the ask54 round.
const FRESH132_ACCURACY_FLOOR: f64 = 0.942;
const FRESH132_MOST_ANSWERED: usize = 1;
const FRESH132_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH133_JSON: &str = include_str!("../../tests/heldout/ask_fresh133.json");
/// Share of its answerable questions that must be answered right: 54/70 (20/20, 4)
/// when first scored, before any tuning on it (main `0a3d379`).
/// Its writer played a Greek speaker's late subjects and closing ";" ("Which agreements signed the six presidents"), comparisons with the first summit, places, and misspelt names.
/// Tuned on in the ask51 round: 57/70 (20/20, 2) after the round.
const FRESH133_ACCURACY_FLOOR: f64 = 0.814;
const FRESH133_MOST_ANSWERED: usize = 0;
const FRESH133_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH134_JSON: &str = include_str!("../../tests/heldout/ask_fresh134.json");
/// Share of its answerable questions that must be answered right: 54/70 (19/20, 1)
/// when first scored, before any tuning on it (main `0a3d379`).
/// Its writer played phone typing ("govt", "b/c", "w/", "2000+ yrs"), an economist, follow-ups about "the deal", and yes/no questions half answered "no".
/// Held out of the ask51 round's first pass (unchanged by it), then tuned on: 58/70 (20/20, 0) after the round.
/// 60/70 (20/20, 0) after the ask53 round.
const FRESH134_ACCURACY_FLOOR: f64 = 0.857;
const FRESH134_MOST_ANSWERED: usize = 0;
const FRESH134_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH135_JSON: &str = include_str!("../../tests/heldout/ask_fresh135.json");
/// Share of its answerable questions that must be answered right: 59/70 (19/20, 3)
/// when first scored, before any tuning on it (main `0a3d379`).
/// Its writer played a Kazakh speaker's careful non-native English, a teacher's "According to the text", order and days, and paraphrases far from the article ("pact", "head of state").
/// Held out of the ask51 round's first pass (unchanged by it), then tuned on: 62/70 (19/20, 1) after the round.
const FRESH135_ACCURACY_FLOOR: f64 = 0.885;
const FRESH135_MOST_ANSWERED: usize = 1;
const FRESH135_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH136_JSON: &str = include_str!("../../tests/heldout/ask_fresh136.json");
/// Share of its answerable questions that must be answered right: 55/70 (20/20, 1)
/// when first scored, before any tuning on it (main `0a3d379`).
/// Its writer played an elderly reader's "Kindly inform me whether …", a sceptic's negative questions, false premises, and the environment, culture and security.
/// Held out of the ask51 round's first pass (unchanged by it), then tuned on: 60/70 (20/20, 0) after the round.
const FRESH136_ACCURACY_FLOOR: f64 = 0.857;
const FRESH136_MOST_ANSWERED: usize = 0;
const FRESH136_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH137_JSON: &str = include_str!("../../tests/heldout/ask_fresh137.json");
/// Share of its answerable questions that must be answered right: 62/70 (19/20, 3)
/// when first scored, before any tuning on it (main `2857c5c`).
/// Its writer played a Swedish speaker's 'it' for 'there', a journalist's 'what exactly did … commit to', what each side promised or gave, and how things will be done.
/// Tuned on in the ask52 round's first pass: 62/70 (19/20, 3) after the round.
/// 63/70 (19/20, 3) after the ask53 round.
const FRESH137_ACCURACY_FLOOR: f64 = 0.900;
const FRESH137_MOST_ANSWERED: usize = 1;
const FRESH137_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH138_JSON: &str = include_str!("../../tests/heldout/ask_fresh138.json");
/// Share of its answerable questions that must be answered right: 53/70 (19/20, 7)
/// when first scored, before any tuning on it (main `2857c5c`).
/// Its writer played a Nigerian English speaker ('up to', 'dashed', 'wey'), a child's short questions, comparisons of amounts and counts, and yes/no questions many of whose answers are No.
/// Tuned on in the ask52 round's first pass: 61/70 (19/20, 4) after the round.
/// 63/70 (19/20, 3) after the ask53 round.
const FRESH138_ACCURACY_FLOOR: f64 = 0.900;
const FRESH138_MOST_ANSWERED: usize = 1;
const FRESH138_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH139_JSON: &str = include_str!("../../tests/heldout/ask_fresh139.json");
/// Share of its answerable questions that must be answered right: 60/70 (20/20, 4)
/// when first scored, before any tuning on it (main `2857c5c`).
/// Its writer played a Czech speaker's 'also' and 'already' in odd places and dropped 'do', a business consultant's opportunities and money flows, requests for lists, and details inside long sentences.
/// Tuned on in the ask52 round's first pass: 62/70 (20/20, 4) after the round.
/// 63/70 (20/20, 4) after the ask53 round.
const FRESH139_ACCURACY_FLOOR: f64 = 0.900;
const FRESH139_MOST_ANSWERED: usize = 0;
const FRESH139_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH140_JSON: &str = include_str!("../../tests/heldout/ask_fresh140.json");
/// Share of its answerable questions that must be answered right: 63/70 (20/20, 0)
/// when first scored, before any tuning on it (main `2857c5c`).
/// Its writer played a diplomat's formal register ('heads of delegation', 'the parties', 'host nation'), a Mongolian speaker's literal word order, what was said or called, and passive 'by whom' questions.
/// Held out of the ask52 round's first pass (unchanged by it), then tuned on: 65/70 (20/20, 0) after the round.
const FRESH140_ACCURACY_FLOOR: f64 = 0.928;
const FRESH140_MOST_ANSWERED: usize = 0;
const FRESH140_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH141_JSON: &str = include_str!("../../tests/heldout/ask_fresh141.json");
/// Share of its answerable questions that must be answered right: 51/70 (17/20, 6)
/// when first scored, before any tuning on it (main `2857c5c`).
/// Its writer played a learner translating literally from Mandarin ('This time summit in where hold?'), a tourist's Astana and Kazakhstan, what a phrase refers to, and lengths of time.
/// Held out of the ask52 round's first pass (unchanged by it), then tuned on: 53/70 (17/20, 6) after the round.
/// 54/70 (17/20, 6) after the ask53 round.
/// 54/70 (19/20, 4) after the ask54 round.
const FRESH141_ACCURACY_FLOOR: f64 = 0.771;
const FRESH141_MOST_ANSWERED: usize = 1;
const FRESH141_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH142_JSON: &str = include_str!("../../tests/heldout/ask_fresh142.json");
/// Share of its answerable questions that must be answered right: 45/70 (20/20, 5)
/// when first scored, before any tuning on it (main `2857c5c`).
/// Its writer played a Scottish speaker's 'aye or no', 'wi', 'fae' and 'reckon', a debater's 'or is that an exaggeration?', two facts at once, and yes/no questions with a wrong number, name or place.
/// Held out of the ask52 round's first pass (unchanged by it), then tuned on: 55/70 (20/20, 3) after the round.
/// 58/70 (20/20, 3) after the ask53 round.
const FRESH142_ACCURACY_FLOOR: f64 = 0.828;
const FRESH142_MOST_ANSWERED: usize = 0;
const FRESH142_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH143_JSON: &str = include_str!("../../tests/heldout/ask_fresh143.json");
/// Share of its answerable questions that must be answered right: 63/70 (20/20, 1)
/// when first scored, before any tuning on it (main `7767940`).
/// Its writer played a Bengali speaker's dropped articles and present tense for past events, a sceptic's negative questions, where things happened, and plans for the future.
/// Tuned on in the ask53 round's first pass: 65/70 (20/20, 1) after the round.
/// 66/70 (20/20, 0) after the ask54 round.
const FRESH143_ACCURACY_FLOOR: f64 = 0.942;
const FRESH143_MOST_ANSWERED: usize = 0;
const FRESH143_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH144_JSON: &str = include_str!("../../tests/heldout/ask_fresh144.json");
/// Share of its answerable questions that must be answered right: 59/70 (20/20, 3)
/// when first scored, before any tuning on it (main `7767940`).
/// Its writer played someone typing fast on a phone ('govt', 'w/', '&'), a quiz-show host's prompts, counting questions, and false premises to correct.
/// Tuned on in the ask53 round's first pass: 64/70 (20/20, 3) after the round.
const FRESH144_ACCURACY_FLOOR: f64 = 0.914;
const FRESH144_MOST_ANSWERED: usize = 0;
const FRESH144_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH145_JSON: &str = include_str!("../../tests/heldout/ask_fresh145.json");
/// Share of its answerable questions that must be answered right: 58/70 (20/20, 3)
/// when first scored, before any tuning on it (main `7767940`).
/// Its writer played a Greek speaker's closing ';' and late subjects, an elderly reader's formal requests, causes and purposes, and two facts at once.
/// Tuned on in the ask53 round's first pass: 64/70 (20/20, 2) after the round.
const FRESH145_ACCURACY_FLOOR: f64 = 0.914;
const FRESH145_MOST_ANSWERED: usize = 0;
const FRESH145_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH146_JSON: &str = include_str!("../../tests/heldout/ask_fresh146.json");
/// Share of its answerable questions that must be answered right: 61/70 (19/20, 3)
/// when first scored, before any tuning on it (main `7767940`).
/// Its writer played a Thai speaker's 'or not?' and dropped articles, an economist, rough amounts, and what a quoted phrase refers to.
/// Held out of the ask53 round's first pass (unchanged by it), then tuned on: 63/70 (19/20, 3) after the round.
const FRESH146_ACCURACY_FLOOR: f64 = 0.900;
const FRESH146_MOST_ANSWERED: usize = 1;
const FRESH146_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH147_JSON: &str = include_str!("../../tests/heldout/ask_fresh147.json");
/// Share of its answerable questions that must be answered right: 47/70 (18/20, 4)
/// when first scored, before any tuning on it (main `7767940`).
/// Its writer played a Filipino speaker's polite 'Can I ask', 'Just want to clarify if', a history enthusiast, the order of events, and paraphrases far from the article's words.
/// Held out of the ask53 round's first pass (unchanged by it), then tuned on: 50/70 (18/20, 4) after the round.
const FRESH147_ACCURACY_FLOOR: f64 = 0.714;
const FRESH147_MOST_ANSWERED: usize = 2;
const FRESH147_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH148_JSON: &str = include_str!("../../tests/heldout/ask_fresh148.json");
/// Share of its answerable questions that must be answered right: 61/70 (20/20, 2)
/// when first scored, before any tuning on it (main `7767940`).
/// Its writer played dictation to a phone with homophones and no punctuation, a teacher's 'According to the text', who did what, and yes/no questions half answered No.
/// Held out of the ask53 round's first pass (unchanged by it), then tuned on: 66/70 (20/20, 1) after the round.
const FRESH148_ACCURACY_FLOOR: f64 = 0.942;
const FRESH148_MOST_ANSWERED: usize = 0;
const FRESH148_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH149_JSON: &str = include_str!("../../tests/heldout/ask_fresh149.json");
/// Share of its answerable questions that must be answered right: 64/70 (19/20, 3)
/// when first scored, before any tuning on it (main `f5824a2`).
/// Its writer played a Spanish speaker's adjectives after nouns ('the summit third', 'the president Chinese'), a busy manager's 'Quick one:' and 'Bottom line,', lists, and what a phrase means.
/// Tuned on in the ask54 round's first pass: 65/70 (20/20, 1) after the round.
const FRESH149_ACCURACY_FLOOR: f64 = 0.928;
const FRESH149_MOST_ANSWERED: usize = 0;
const FRESH149_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH150_JSON: &str = include_str!("../../tests/heldout/ask_fresh150.json");
/// Share of its answerable questions that must be answered right: 61/70 (18/20, 4)
/// when first scored, before any tuning on it (main `f5824a2`).
/// Its writer played a polite Japanese speaker's 'May I know' and 'if it is not trouble', a suspicious reader, comparisons, and false premises.
/// Tuned on in the ask54 round's first pass: 63/70 (19/20, 3) after the round.
const FRESH150_ACCURACY_FLOOR: f64 = 0.900;
const FRESH150_MOST_ANSWERED: usize = 1;
const FRESH150_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH151_JSON: &str = include_str!("../../tests/heldout/ask_fresh151.json");
/// Share of its answerable questions that must be answered right: 53/70 (19/20, 3)
/// when first scored, before any tuning on it (main `f5824a2`).
/// Its writer played a German speaker's verb-final clauses ('where the summit held was'), a crossword fan's 'Six letters:' clues, numbers and durations, and negative questions.
/// Tuned on in the ask54 round's first pass: 57/70 (20/20, 2) after the round.
const FRESH151_ACCURACY_FLOOR: f64 = 0.814;
const FRESH151_MOST_ANSWERED: usize = 0;
const FRESH151_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH152_JSON: &str = include_str!("../../tests/heldout/ask_fresh152.json");
/// Share of its answerable questions that must be answered right: 61/70 (20/20, 3)
/// when first scored, before any tuning on it (main `f5824a2`).
/// Its writer played an Arabic speaker's resumptive pronouns, a debate coach's 'What evidence does the article give that …', security and cooperation areas, and passives ending 'by whom'.
/// Held out of the ask54 round's first pass (unchanged by it), then tuned on: 63/70 (20/20, 3) after the round.
const FRESH152_ACCURACY_FLOOR: f64 = 0.900;
const FRESH152_MOST_ANSWERED: usize = 0;
const FRESH152_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH153_JSON: &str = include_str!("../../tests/heldout/ask_fresh153.json");
/// Share of its answerable questions that must be answered right: 54/70 (19/20, 4)
/// when first scored, before any tuning on it (main `f5824a2`).
/// Its writer played a Korean speaker's dropped subjects and verbs ('Signed what?'), a podcast host's 'Walk me through', plans, and two facts at once.
/// Held out of the ask54 round's first pass (unchanged by it), then tuned on: 57/70 (19/20, 4) after the round.
const FRESH153_ACCURACY_FLOOR: f64 = 0.814;
const FRESH153_MOST_ANSWERED: usize = 1;
const FRESH153_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH154_JSON: &str = include_str!("../../tests/heldout/ask_fresh154.json");
/// Share of its answerable questions that must be answered right: 60/70 (20/20, 3)
/// when first scored, before any tuning on it (main `f5824a2`).
/// Its writer played a French speaker's false friends ('actual', 'assist at'), a lawyer's 'Is it stated that', people and their roles, and yes/no questions with a wrong detail.
/// Held out of the ask54 round's first pass (unchanged by it), then tuned on: 60/70 (20/20, 3) after the round.
const FRESH154_ACCURACY_FLOOR: f64 = 0.857;
const FRESH154_MOST_ANSWERED: usize = 0;
const FRESH154_MOST_CONFIDENT_WRONG: usize = 3;

const FRESH155_JSON: &str = include_str!("../../tests/heldout/ask_fresh155.json");
/// Share of its answerable questions that must be answered right: 62/70 (19/20, 2)
/// when first scored, before any tuning on it (main `caa43ad`).
/// Its writer played a Brazilian student of international relations's Portuguese-shaped English ('What is growing in the world when …'), precise factual questions.
/// Tuned on in the ask62 round (its confident wrong answers read): 63/70 (19/20, 1) after the round.
const FRESH155_ACCURACY_FLOOR: f64 = 0.9;
const FRESH155_MOST_ANSWERED: usize = 1;
const FRESH155_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH156_JSON: &str = include_str!("../../tests/heldout/ask_fresh156.json");
/// Share of its answerable questions that must be answered right: 57/70 (19/20, 3)
/// when first scored, before any tuning on it (main `caa43ad`).
/// Its writer played a 16-year-old on a phone: lower case, 'wat', 'hw many', '4' for 'for', fragments.
/// Tuned on in the ask62 round (its confident wrong answers read): 63/70 (19/20, 2) after the round.
const FRESH156_ACCURACY_FLOOR: f64 = 0.9;
const FRESH156_MOST_ANSWERED: usize = 1;
const FRESH156_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH157_JSON: &str = include_str!("../../tests/heldout/ask_fresh157.json");
/// Share of its answerable questions that must be answered right: 20/70 (20/20, 2)
/// when first scored, before any tuning on it (main `caa43ad`).
/// Its writer played a retired diplomat's long, formal, roundabout paraphrases ('Might I respectfully inquire …', 'the magnitude, in Chinese currency').
/// Tuned on in the ask62 round (its confident wrong answers read): 20/70 (20/20, 2) after the round.
const FRESH157_ACCURACY_FLOOR: f64 = 0.285;
const FRESH157_MOST_ANSWERED: usize = 0;
const FRESH157_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH158_JSON: &str = include_str!("../../tests/heldout/ask_fresh158.json");
/// Share of its answerable questions that must be answered right: 62/70 (19/20, 5)
/// when first scored, before any tuning on it (main `caa43ad`).
/// Its writer played a fact-checker's yes/no and 'is it true that' questions with a wrong detail to correct, and near-miss unanswerables.
/// Tuned on in the ask62 round (its confident wrong answers read): 64/70 (19/20, 4) after the round.
const FRESH158_ACCURACY_FLOOR: f64 = 0.914;
const FRESH158_MOST_ANSWERED: usize = 1;
const FRESH158_MOST_CONFIDENT_WRONG: usize = 4;

const FRESH159_JSON: &str = include_str!("../../tests/heldout/ask_fresh159.json");
/// Share of its answerable questions that must be answered right: 61/70 (20/20, 2)
/// when first scored, before any tuning on it (main `caa43ad`).
/// Its writer played an economics teacher's questions on amounts, projects and institutions ('how much', 'by how much', 'why').
/// Tuned on in the ask62 round (its confident wrong answers read): 63/70 (20/20, 1) after the round.
const FRESH159_ACCURACY_FLOOR: f64 = 0.9;
const FRESH159_MOST_ANSWERED: usize = 0;
const FRESH159_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH160_JSON: &str = include_str!("../../tests/heldout/ask_fresh160.json");
/// Share of its answerable questions that must be answered right: 64/70 (20/20, 1)
/// when first scored, before any tuning on it (main `caa43ad`).
/// Its writer played a Kazakh secondary-school learner's simple English with grammar slips, on places, people and roles.
/// Tuned on in the ask62 round (its confident wrong answers read): 66/70 (20/20, 1) after the round.
const FRESH160_ACCURACY_FLOOR: f64 = 0.942;
const FRESH160_MOST_ANSWERED: usize = 0;
const FRESH160_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH161_JSON: &str = include_str!("../../tests/heldout/ask_fresh161.json");
/// Share of its answerable questions that must be answered right: 64/70 (19/20, 3)
/// when first scored, before any tuning on it (main `6942737`).
/// Its writer played a Chinese university student's English in Chinese word order, articles and plurals dropped ('what treaty China sign?').
/// Tuned on in the ask63 round (its misses read): 68/70 (19/20, 1) after the round.
const FRESH161_ACCURACY_FLOOR: f64 = 0.971;
const FRESH161_MOST_ANSWERED: usize = 1;
const FRESH161_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH162_JSON: &str = include_str!("../../tests/heldout/ask_fresh162.json");
/// Share of its answerable questions that must be answered right: 61/70 (20/20, 3)
/// when first scored, before any tuning on it (main `6942737`).
/// Its writer played a radio quiz-show host's trivia ('Which ...', 'Name the ...', 'True or false: ...', two-part questions).
/// Tuned on in the ask63 round (its misses read): 64/70 (20/20, 2) after the round.
const FRESH162_ACCURACY_FLOOR: f64 = 0.914;
const FRESH162_MOST_ANSWERED: usize = 0;
const FRESH162_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH163_JSON: &str = include_str!("../../tests/heldout/ask_fresh163.json");
/// Share of its answerable questions that must be answered right: 60/70 (19/20, 4)
/// when first scored, before any tuning on it (main `6942737`).
/// Its writer played a commuter's one-handed, lower-case keyword fragments ('grant amount yuan', 'signed in tashkent right').
/// Tuned on in the ask63 round (its misses read): 64/70 (19/20, 2) after the round.
const FRESH163_ACCURACY_FLOOR: f64 = 0.914;
const FRESH163_MOST_ANSWERED: usize = 1;
const FRESH163_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH164_JSON: &str = include_str!("../../tests/heldout/ask_fresh164.json");
/// Share of its answerable questions that must be answered right: 43/70 (18/20, 8)
/// when first scored, before any tuning on it (main `6942737`).
/// Its writer played a ten-year-old's everyday words instead of the article's ('who was the boss of the meeting').
/// Tuned on in the ask63 round (its misses read): 43/70 (18/20, 8) after the round.
const FRESH164_ACCURACY_FLOOR: f64 = 0.614;
const FRESH164_MOST_ANSWERED: usize = 2;
const FRESH164_MOST_CONFIDENT_WRONG: usize = 8;

const FRESH165_JSON: &str = include_str!("../../tests/heldout/ask_fresh165.json");
/// Share of its answerable questions that must be answered right: 60/70 (20/20, 1)
/// when first scored, before any tuning on it (main `6942737`).
/// Its writer played a logistics and trade analyst's business vocabulary ('corridor', 'financing', 'disbursed').
/// Tuned on in the ask63 round (its misses read): 61/70 (20/20, 0) after the round.
const FRESH165_ACCURACY_FLOOR: f64 = 0.871;
const FRESH165_MOST_ANSWERED: usize = 0;
const FRESH165_MOST_CONFIDENT_WRONG: usize = 0;

const FRESH166_JSON: &str = include_str!("../../tests/heldout/ask_fresh166.json");
/// Share of its answerable questions that must be answered right: 57/70 (19/20, 2)
/// when first scored, before any tuning on it (main `6942737`).
/// Its writer played a history teacher's paraphrases, 'why' questions and yes/no questions with a wrong detail.
/// Tuned on in the ask63 round (its misses read): 62/70 (19/20, 2) after the round.
const FRESH166_ACCURACY_FLOOR: f64 = 0.885;
const FRESH166_MOST_ANSWERED: usize = 1;
const FRESH166_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH167_JSON: &str = include_str!("../../tests/heldout/ask_fresh167.json");
/// Share of its answerable questions that must be answered right: 37/70 (17/20, 6)
/// when first scored, before any tuning on it (main `1528a33`).
/// Its writer played a retired grandparent's long, polite questions with a preamble ('I was reading … and I wondered …') and a remark about themselves.
/// Tuned on in the ask64 round (its misses read): 52/70 (17/20, 6) after the round.
const FRESH167_ACCURACY_FLOOR: f64 = 0.742;
const FRESH167_MOST_ANSWERED: usize = 3;
const FRESH167_MOST_CONFIDENT_WRONG: usize = 6;

const FRESH168_JSON: &str = include_str!("../../tests/heldout/ask_fresh168.json");
/// Share of its answerable questions that must be answered right: 54/70 (20/20, 2)
/// when first scored, before any tuning on it (main `1528a33`).
/// Its writer played a debate coach's pointed questions about what Xi warned against, and negative phrasings ('Which of these was NOT …').
/// Tuned on in the ask64 round (its misses read): 58/70 (20/20, 2) after the round.
const FRESH168_ACCURACY_FLOOR: f64 = 0.828;
const FRESH168_MOST_ANSWERED: usize = 0;
const FRESH168_MOST_CONFIDENT_WRONG: usize = 2;

const FRESH169_JSON: &str = include_str!("../../tests/heldout/ask_fresh169.json");
/// Share of its answerable questions that must be answered right: 62/70 (20/20, 1)
/// when first scored, before any tuning on it (main `1528a33`).
/// Its writer played a non-native speaker's fast typing with misspelt names ('Shi Jinping', 'Astanna'), missing articles and odd word choices.
/// Tuned on in the ask64 round (its misses read): 64/70 (20/20, 1) after the round.
const FRESH169_ACCURACY_FLOOR: f64 = 0.914;
const FRESH169_MOST_ANSWERED: usize = 0;
const FRESH169_MOST_CONFIDENT_WRONG: usize = 1;

const FRESH170_JSON: &str = include_str!("../../tests/heldout/ask_fresh170.json");
/// Share of its answerable questions that must be answered right: 65/70 (20/20, 1)
/// when first scored, before any tuning on it (main `1528a33`).
/// Its writer played a business journalist checking amounts, currencies, counts, durations and dates.
/// Tuned on in the ask64 round (its misses read): 67/70 (20/20, 0) after the round.
const FRESH170_ACCURACY_FLOOR: f64 = 0.957;
const FRESH170_MOST_ANSWERED: usize = 0;
const FRESH170_MOST_CONFIDENT_WRONG: usize = 0;

/// Scores a held-out set: prints the figures and every miss, and returns
/// the share of answerable questions answered right and how many
/// unanswerable ones were answered.
fn score_heldout(name: &str, json: &str) -> (f64, usize, Vec<String>) {
    let set: Heldout = serde_json::from_str(json).expect("held-out set parses");
    let asker = Asker::new(Arc::new(FactBase::embedded().expect("valid facts")));
    let mut misses = Vec::new();
    for item in &set.answerable {
        let answer = asker.ask(&item.q, None);
        if !(answer.answered && super::scoring::reply_is_right(&answer.answer, &item.expect)) {
            misses.push(format!(
                "  {:?}: answered {} {:?} {:?}, want {:?}",
                item.q, answer.answered, answer.fact_ids, answer.answer, item.expect
            ));
        }
    }
    let wrongly_answered: Vec<String> = set
        .unanswerable
        .iter()
        .filter_map(|item| {
            let answer = asker.ask(&item.q, None);
            answer.answered.then(|| {
                format!(
                    "  {:?}: answered {:?} {:?}",
                    item.q, answer.fact_ids, answer.answer
                )
            })
        })
        .collect();
    let right = set.answerable.len() - misses.len();
    let accuracy = right as f64 / set.answerable.len() as f64;
    let confident_wrong = misses
        .iter()
        .filter(|m| m.contains(": answered true"))
        .count();
    println!(
        "Ask {name}: {right}/{} answerable right ({:.1} %), {}/{} unanswerable abstained, \
         {} confident wrong",
        set.answerable.len(),
        accuracy * 100.0,
        set.unanswerable.len() - wrongly_answered.len(),
        set.unanswerable.len(),
        confident_wrong + wrongly_answered.len()
    );
    for miss in misses.iter().chain(&wrongly_answered) {
        println!("{miss}");
    }
    let answered = wrongly_answered.len();
    let mut all = misses;
    all.extend(wrongly_answered);
    (accuracy, answered, all)
}

/// How many of a set's misses are confident wrong replies: an answer to
/// an answerable question that is not the right one, or any answer to an
/// unanswerable one (the worst failure a learner sees).
fn confident_wrong(misses: &[String]) -> usize {
    misses
        .iter()
        .filter(|m| m.contains(": answered true") || m.contains(": answered ["))
        .count()
}

/// What a held-out set must keep: a share of its answerable questions
/// answered right, at most so many of its unanswerable questions answered,
/// and (where the set has reached it) at most so many confident wrong
/// replies.
struct Bar {
    accuracy: f64,
    most_answered: usize,
    most_confident_wrong: Option<usize>,
}

/// Scores `json` and fails with every miss unless it holds `bar`.
fn assert_holds(name: &str, json: &str, bar: Bar) {
    let (accuracy, answered, misses) = score_heldout(name, json);
    let wrong = confident_wrong(&misses);
    assert!(
        accuracy >= bar.accuracy
            && answered <= bar.most_answered
            && bar.most_confident_wrong.is_none_or(|most| wrong <= most),
        "{name}: accuracy {accuracy:.3} (floor {}), {answered} unanswerable answered (at most \
         {}), {wrong} confident wrong (at most {:?}):\n{}",
        bar.accuracy,
        bar.most_answered,
        bar.most_confident_wrong,
        misses.join("\n")
    );
}

#[test]
fn ask_answers_the_heldout_set_and_abstains_on_every_unanswerable_question() {
    let set: Heldout = serde_json::from_str(HELDOUT_JSON).expect("held-out set parses");
    assert!(set.answerable.len() >= 60 && set.unanswerable.len() >= 15);
    let bar = Bar {
        accuracy: HELDOUT_ACCURACY_FLOOR,
        most_answered: HELDOUT_ANSWERED_UNANSWERABLE_CEILING,
        most_confident_wrong: None,
    };
    assert_holds("held-out", HELDOUT_JSON, bar);
}

#[test]
fn ask_answers_the_second_development_set() {
    let bar = Bar {
        accuracy: DEV2_ACCURACY_FLOOR,
        most_answered: DEV2_ANSWERED_UNANSWERABLE_CEILING,
        most_confident_wrong: None,
    };
    assert_holds("dev2", DEV2_JSON, bar);
}

#[test]
fn ask_answers_the_third_development_set_and_abstains_on_every_unanswerable_question() {
    let bar = Bar {
        accuracy: DEV3_ACCURACY_FLOOR,
        most_answered: 0,
        most_confident_wrong: None,
    };
    assert_holds("dev3", DEV3_JSON, bar);
}

/// The bar of a blind set that has reached full abstention and no
/// confident wrong reply: only its accuracy floor is its own.
fn abstaining(accuracy: f64) -> Bar {
    Bar {
        accuracy,
        most_answered: 0,
        most_confident_wrong: Some(0),
    }
}

#[test]
fn ask_holds_its_first_measured_figures_on_the_fourth_blind_set() {
    assert_holds("fresh4", FRESH4_JSON, abstaining(FRESH4_ACCURACY_FLOOR));
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifth_blind_set() {
    assert_holds("fresh5", FRESH5_JSON, abstaining(FRESH5_ACCURACY_FLOOR));
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixth_blind_set_and_abstains_on_every_unanswerable_question()
 {
    assert_holds("fresh6", FRESH6_JSON, abstaining(FRESH6_ACCURACY_FLOOR));
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventh_blind_set() {
    assert_holds("fresh7", FRESH7_JSON, abstaining(FRESH7_ACCURACY_FLOOR));
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighth_blind_set() {
    assert_holds("fresh8", FRESH8_JSON, abstaining(FRESH8_ACCURACY_FLOOR));
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH9_ACCURACY_FLOOR,
        most_answered: FRESH9_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH9_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh9", FRESH9_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_tenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH10_ACCURACY_FLOOR,
        most_answered: FRESH10_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH10_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh10", FRESH10_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eleventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH11_ACCURACY_FLOOR,
        most_answered: FRESH11_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH11_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh11", FRESH11_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twelfth_blind_set() {
    let bar = Bar {
        accuracy: FRESH12_ACCURACY_FLOOR,
        most_answered: FRESH12_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH12_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh12", FRESH12_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH13_ACCURACY_FLOOR,
        most_answered: FRESH13_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH13_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh13", FRESH13_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fourteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH14_ACCURACY_FLOOR,
        most_answered: FRESH14_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH14_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh14", FRESH14_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH15_ACCURACY_FLOOR,
        most_answered: FRESH15_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH15_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh15", FRESH15_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH16_ACCURACY_FLOOR,
        most_answered: FRESH16_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH16_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh16", FRESH16_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventeenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH17_ACCURACY_FLOOR,
        most_answered: FRESH17_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH17_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh17", FRESH17_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH18_ACCURACY_FLOOR,
        most_answered: FRESH18_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH18_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh18", FRESH18_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_nineteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH19_ACCURACY_FLOOR,
        most_answered: FRESH19_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH19_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh19", FRESH19_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twentieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH20_ACCURACY_FLOOR,
        most_answered: FRESH20_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH20_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh20", FRESH20_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH21_ACCURACY_FLOOR,
        most_answered: FRESH21_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH21_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh21", FRESH21_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH22_ACCURACY_FLOOR,
        most_answered: FRESH22_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH22_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh22", FRESH22_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH23_ACCURACY_FLOOR,
        most_answered: FRESH23_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH23_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh23", FRESH23_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH24_ACCURACY_FLOOR,
        most_answered: FRESH24_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH24_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh24", FRESH24_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH25_ACCURACY_FLOOR,
        most_answered: FRESH25_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH25_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh25", FRESH25_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH26_ACCURACY_FLOOR,
        most_answered: FRESH26_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH26_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh26", FRESH26_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH27_ACCURACY_FLOOR,
        most_answered: FRESH27_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH27_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh27", FRESH27_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH28_ACCURACY_FLOOR,
        most_answered: FRESH28_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH28_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh28", FRESH28_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_twenty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH29_ACCURACY_FLOOR,
        most_answered: FRESH29_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH29_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh29", FRESH29_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirtieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH30_ACCURACY_FLOOR,
        most_answered: FRESH30_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH30_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh30", FRESH30_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH31_ACCURACY_FLOOR,
        most_answered: FRESH31_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH31_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh31", FRESH31_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH32_ACCURACY_FLOOR,
        most_answered: FRESH32_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH32_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh32", FRESH32_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH33_ACCURACY_FLOOR,
        most_answered: FRESH33_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH33_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh33", FRESH33_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH34_ACCURACY_FLOOR,
        most_answered: FRESH34_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH34_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh34", FRESH34_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH35_ACCURACY_FLOOR,
        most_answered: FRESH35_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH35_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh35", FRESH35_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH36_ACCURACY_FLOOR,
        most_answered: FRESH36_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH36_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh36", FRESH36_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH37_ACCURACY_FLOOR,
        most_answered: FRESH37_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH37_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh37", FRESH37_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH38_ACCURACY_FLOOR,
        most_answered: FRESH38_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH38_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh38", FRESH38_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_thirty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH39_ACCURACY_FLOOR,
        most_answered: FRESH39_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH39_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh39", FRESH39_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fortieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH40_ACCURACY_FLOOR,
        most_answered: FRESH40_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH40_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh40", FRESH40_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH41_ACCURACY_FLOOR,
        most_answered: FRESH41_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH41_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh41", FRESH41_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH42_ACCURACY_FLOOR,
        most_answered: FRESH42_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH42_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh42", FRESH42_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH43_ACCURACY_FLOOR,
        most_answered: FRESH43_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH43_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh43", FRESH43_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH44_ACCURACY_FLOOR,
        most_answered: FRESH44_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH44_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh44", FRESH44_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH45_ACCURACY_FLOOR,
        most_answered: FRESH45_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH45_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh45", FRESH45_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH46_ACCURACY_FLOOR,
        most_answered: FRESH46_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH46_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh46", FRESH46_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH47_ACCURACY_FLOOR,
        most_answered: FRESH47_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH47_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh47", FRESH47_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH48_ACCURACY_FLOOR,
        most_answered: FRESH48_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH48_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh48", FRESH48_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_forty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH49_ACCURACY_FLOOR,
        most_answered: FRESH49_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH49_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh49", FRESH49_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fiftieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH50_ACCURACY_FLOOR,
        most_answered: FRESH50_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH50_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh50", FRESH50_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH51_ACCURACY_FLOOR,
        most_answered: FRESH51_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH51_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh51", FRESH51_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH52_ACCURACY_FLOOR,
        most_answered: FRESH52_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH52_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh52", FRESH52_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH53_ACCURACY_FLOOR,
        most_answered: FRESH53_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH53_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh53", FRESH53_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH54_ACCURACY_FLOOR,
        most_answered: FRESH54_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH54_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh54", FRESH54_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH55_ACCURACY_FLOOR,
        most_answered: FRESH55_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH55_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh55", FRESH55_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH56_ACCURACY_FLOOR,
        most_answered: FRESH56_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH56_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh56", FRESH56_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH57_ACCURACY_FLOOR,
        most_answered: FRESH57_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH57_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh57", FRESH57_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH58_ACCURACY_FLOOR,
        most_answered: FRESH58_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH58_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh58", FRESH58_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_fifty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH59_ACCURACY_FLOOR,
        most_answered: FRESH59_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH59_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh59", FRESH59_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixtieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH60_ACCURACY_FLOOR,
        most_answered: FRESH60_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH60_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh60", FRESH60_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH61_ACCURACY_FLOOR,
        most_answered: FRESH61_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH61_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh61", FRESH61_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH62_ACCURACY_FLOOR,
        most_answered: FRESH62_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH62_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh62", FRESH62_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH63_ACCURACY_FLOOR,
        most_answered: FRESH63_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH63_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh63", FRESH63_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH64_ACCURACY_FLOOR,
        most_answered: FRESH64_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH64_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh64", FRESH64_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH65_ACCURACY_FLOOR,
        most_answered: FRESH65_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH65_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh65", FRESH65_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH66_ACCURACY_FLOOR,
        most_answered: FRESH66_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH66_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh66", FRESH66_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH67_ACCURACY_FLOOR,
        most_answered: FRESH67_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH67_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh67", FRESH67_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH68_ACCURACY_FLOOR,
        most_answered: FRESH68_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH68_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh68", FRESH68_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_sixty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH69_ACCURACY_FLOOR,
        most_answered: FRESH69_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH69_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh69", FRESH69_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH70_ACCURACY_FLOOR,
        most_answered: FRESH70_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH70_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh70", FRESH70_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH71_ACCURACY_FLOOR,
        most_answered: FRESH71_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH71_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh71", FRESH71_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH72_ACCURACY_FLOOR,
        most_answered: FRESH72_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH72_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh72", FRESH72_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH73_ACCURACY_FLOOR,
        most_answered: FRESH73_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH73_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh73", FRESH73_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH74_ACCURACY_FLOOR,
        most_answered: FRESH74_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH74_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh74", FRESH74_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH75_ACCURACY_FLOOR,
        most_answered: FRESH75_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH75_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh75", FRESH75_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH76_ACCURACY_FLOOR,
        most_answered: FRESH76_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH76_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh76", FRESH76_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH77_ACCURACY_FLOOR,
        most_answered: FRESH77_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH77_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh77", FRESH77_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH78_ACCURACY_FLOOR,
        most_answered: FRESH78_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH78_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh78", FRESH78_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_seventy_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH79_ACCURACY_FLOOR,
        most_answered: FRESH79_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH79_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh79", FRESH79_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eightieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH80_ACCURACY_FLOOR,
        most_answered: FRESH80_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH80_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh80", FRESH80_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH81_ACCURACY_FLOOR,
        most_answered: FRESH81_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH81_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh81", FRESH81_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH82_ACCURACY_FLOOR,
        most_answered: FRESH82_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH82_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh82", FRESH82_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH83_ACCURACY_FLOOR,
        most_answered: FRESH83_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH83_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh83", FRESH83_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH84_ACCURACY_FLOOR,
        most_answered: FRESH84_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH84_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh84", FRESH84_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH85_ACCURACY_FLOOR,
        most_answered: FRESH85_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH85_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh85", FRESH85_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH86_ACCURACY_FLOOR,
        most_answered: FRESH86_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH86_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh86", FRESH86_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH87_ACCURACY_FLOOR,
        most_answered: FRESH87_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH87_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh87", FRESH87_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH88_ACCURACY_FLOOR,
        most_answered: FRESH88_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH88_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh88", FRESH88_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_eighty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH89_ACCURACY_FLOOR,
        most_answered: FRESH89_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH89_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh89", FRESH89_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninetieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH90_ACCURACY_FLOOR,
        most_answered: FRESH90_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH90_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh90", FRESH90_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH91_ACCURACY_FLOOR,
        most_answered: FRESH91_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH91_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh91", FRESH91_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH92_ACCURACY_FLOOR,
        most_answered: FRESH92_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH92_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh92", FRESH92_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH93_ACCURACY_FLOOR,
        most_answered: FRESH93_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH93_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh93", FRESH93_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH94_ACCURACY_FLOOR,
        most_answered: FRESH94_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH94_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh94", FRESH94_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH95_ACCURACY_FLOOR,
        most_answered: FRESH95_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH95_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh95", FRESH95_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH96_ACCURACY_FLOOR,
        most_answered: FRESH96_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH96_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh96", FRESH96_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH97_ACCURACY_FLOOR,
        most_answered: FRESH97_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH97_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh97", FRESH97_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH98_ACCURACY_FLOOR,
        most_answered: FRESH98_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH98_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh98", FRESH98_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_ninety_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH99_ACCURACY_FLOOR,
        most_answered: FRESH99_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH99_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh99", FRESH99_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundredth_blind_set() {
    let bar = Bar {
        accuracy: FRESH100_ACCURACY_FLOOR,
        most_answered: FRESH100_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH100_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh100", FRESH100_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH101_ACCURACY_FLOOR,
        most_answered: FRESH101_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH101_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh101", FRESH101_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH102_ACCURACY_FLOOR,
        most_answered: FRESH102_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH102_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh102", FRESH102_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH103_ACCURACY_FLOOR,
        most_answered: FRESH103_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH103_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh103", FRESH103_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH104_ACCURACY_FLOOR,
        most_answered: FRESH104_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH104_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh104", FRESH104_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH105_ACCURACY_FLOOR,
        most_answered: FRESH105_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH105_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh105", FRESH105_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH106_ACCURACY_FLOOR,
        most_answered: FRESH106_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH106_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh106", FRESH106_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH107_ACCURACY_FLOOR,
        most_answered: FRESH107_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH107_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh107", FRESH107_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH108_ACCURACY_FLOOR,
        most_answered: FRESH108_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH108_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh108", FRESH108_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH109_ACCURACY_FLOOR,
        most_answered: FRESH109_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH109_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh109", FRESH109_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_tenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH110_ACCURACY_FLOOR,
        most_answered: FRESH110_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH110_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh110", FRESH110_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_eleventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH111_ACCURACY_FLOOR,
        most_answered: FRESH111_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH111_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh111", FRESH111_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twelfth_blind_set() {
    let bar = Bar {
        accuracy: FRESH112_ACCURACY_FLOOR,
        most_answered: FRESH112_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH112_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh112", FRESH112_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH113_ACCURACY_FLOOR,
        most_answered: FRESH113_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH113_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh113", FRESH113_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fourteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH114_ACCURACY_FLOOR,
        most_answered: FRESH114_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH114_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh114", FRESH114_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH115_ACCURACY_FLOOR,
        most_answered: FRESH115_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH115_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh115", FRESH115_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH116_ACCURACY_FLOOR,
        most_answered: FRESH116_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH116_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh116", FRESH116_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_seventeenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH117_ACCURACY_FLOOR,
        most_answered: FRESH117_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH117_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh117", FRESH117_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_eighteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH118_ACCURACY_FLOOR,
        most_answered: FRESH118_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH118_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh118", FRESH118_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_nineteenth_blind_set() {
    let bar = Bar {
        accuracy: FRESH119_ACCURACY_FLOOR,
        most_answered: FRESH119_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH119_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh119", FRESH119_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twentieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH120_ACCURACY_FLOOR,
        most_answered: FRESH120_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH120_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh120", FRESH120_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH121_ACCURACY_FLOOR,
        most_answered: FRESH121_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH121_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh121", FRESH121_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH122_ACCURACY_FLOOR,
        most_answered: FRESH122_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH122_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh122", FRESH122_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH123_ACCURACY_FLOOR,
        most_answered: FRESH123_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH123_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh123", FRESH123_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH124_ACCURACY_FLOOR,
        most_answered: FRESH124_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH124_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh124", FRESH124_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH125_ACCURACY_FLOOR,
        most_answered: FRESH125_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH125_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh125", FRESH125_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH126_ACCURACY_FLOOR,
        most_answered: FRESH126_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH126_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh126", FRESH126_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH127_ACCURACY_FLOOR,
        most_answered: FRESH127_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH127_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh127", FRESH127_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH128_ACCURACY_FLOOR,
        most_answered: FRESH128_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH128_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh128", FRESH128_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_twenty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH129_ACCURACY_FLOOR,
        most_answered: FRESH129_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH129_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh129", FRESH129_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirtieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH130_ACCURACY_FLOOR,
        most_answered: FRESH130_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH130_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh130", FRESH130_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH131_ACCURACY_FLOOR,
        most_answered: FRESH131_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH131_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh131", FRESH131_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH132_ACCURACY_FLOOR,
        most_answered: FRESH132_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH132_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh132", FRESH132_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH133_ACCURACY_FLOOR,
        most_answered: FRESH133_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH133_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh133", FRESH133_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH134_ACCURACY_FLOOR,
        most_answered: FRESH134_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH134_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh134", FRESH134_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH135_ACCURACY_FLOOR,
        most_answered: FRESH135_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH135_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh135", FRESH135_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH136_ACCURACY_FLOOR,
        most_answered: FRESH136_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH136_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh136", FRESH136_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH137_ACCURACY_FLOOR,
        most_answered: FRESH137_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH137_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh137", FRESH137_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH138_ACCURACY_FLOOR,
        most_answered: FRESH138_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH138_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh138", FRESH138_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_thirty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH139_ACCURACY_FLOOR,
        most_answered: FRESH139_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH139_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh139", FRESH139_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fortieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH140_ACCURACY_FLOOR,
        most_answered: FRESH140_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH140_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh140", FRESH140_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH141_ACCURACY_FLOOR,
        most_answered: FRESH141_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH141_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh141", FRESH141_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH142_ACCURACY_FLOOR,
        most_answered: FRESH142_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH142_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh142", FRESH142_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH143_ACCURACY_FLOOR,
        most_answered: FRESH143_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH143_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh143", FRESH143_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH144_ACCURACY_FLOOR,
        most_answered: FRESH144_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH144_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh144", FRESH144_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH145_ACCURACY_FLOOR,
        most_answered: FRESH145_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH145_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh145", FRESH145_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH146_ACCURACY_FLOOR,
        most_answered: FRESH146_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH146_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh146", FRESH146_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH147_ACCURACY_FLOOR,
        most_answered: FRESH147_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH147_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh147", FRESH147_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH148_ACCURACY_FLOOR,
        most_answered: FRESH148_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH148_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh148", FRESH148_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_forty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH149_ACCURACY_FLOOR,
        most_answered: FRESH149_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH149_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh149", FRESH149_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fiftieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH150_ACCURACY_FLOOR,
        most_answered: FRESH150_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH150_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh150", FRESH150_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH151_ACCURACY_FLOOR,
        most_answered: FRESH151_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH151_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh151", FRESH151_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH152_ACCURACY_FLOOR,
        most_answered: FRESH152_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH152_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh152", FRESH152_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH153_ACCURACY_FLOOR,
        most_answered: FRESH153_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH153_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh153", FRESH153_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH154_ACCURACY_FLOOR,
        most_answered: FRESH154_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH154_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh154", FRESH154_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH155_ACCURACY_FLOOR,
        most_answered: FRESH155_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH155_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh155", FRESH155_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH156_ACCURACY_FLOOR,
        most_answered: FRESH156_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH156_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh156", FRESH156_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH157_ACCURACY_FLOOR,
        most_answered: FRESH157_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH157_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh157", FRESH157_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH158_ACCURACY_FLOOR,
        most_answered: FRESH158_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH158_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh158", FRESH158_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_fifty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH159_ACCURACY_FLOOR,
        most_answered: FRESH159_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH159_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh159", FRESH159_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixtieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH160_ACCURACY_FLOOR,
        most_answered: FRESH160_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH160_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh160", FRESH160_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_first_blind_set() {
    let bar = Bar {
        accuracy: FRESH161_ACCURACY_FLOOR,
        most_answered: FRESH161_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH161_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh161", FRESH161_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_second_blind_set() {
    let bar = Bar {
        accuracy: FRESH162_ACCURACY_FLOOR,
        most_answered: FRESH162_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH162_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh162", FRESH162_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_third_blind_set() {
    let bar = Bar {
        accuracy: FRESH163_ACCURACY_FLOOR,
        most_answered: FRESH163_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH163_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh163", FRESH163_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_fourth_blind_set() {
    let bar = Bar {
        accuracy: FRESH164_ACCURACY_FLOOR,
        most_answered: FRESH164_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH164_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh164", FRESH164_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_fifth_blind_set() {
    let bar = Bar {
        accuracy: FRESH165_ACCURACY_FLOOR,
        most_answered: FRESH165_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH165_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh165", FRESH165_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_sixth_blind_set() {
    let bar = Bar {
        accuracy: FRESH166_ACCURACY_FLOOR,
        most_answered: FRESH166_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH166_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh166", FRESH166_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_seventh_blind_set() {
    let bar = Bar {
        accuracy: FRESH167_ACCURACY_FLOOR,
        most_answered: FRESH167_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH167_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh167", FRESH167_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_eighth_blind_set() {
    let bar = Bar {
        accuracy: FRESH168_ACCURACY_FLOOR,
        most_answered: FRESH168_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH168_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh168", FRESH168_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_sixty_ninth_blind_set() {
    let bar = Bar {
        accuracy: FRESH169_ACCURACY_FLOOR,
        most_answered: FRESH169_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH169_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh169", FRESH169_JSON, bar);
}

#[test]
fn ask_holds_its_measured_figures_on_the_hundred_and_seventieth_blind_set() {
    let bar = Bar {
        accuracy: FRESH170_ACCURACY_FLOOR,
        most_answered: FRESH170_MOST_ANSWERED,
        most_confident_wrong: Some(FRESH170_MOST_CONFIDENT_WRONG),
    };
    assert_holds("fresh170", FRESH170_JSON, bar);
}

/// `json`'s questions, each rewritten by `case`.
fn recased(json: &str, case: fn(&str) -> String) -> String {
    let mut set: serde_json::Value = serde_json::from_str(json).expect("held-out set parses");
    for list in ["answerable", "unanswerable"] {
        for item in set[list].as_array_mut().expect("a list of questions") {
            let question = item["q"].as_str().expect("a question").to_owned();
            item["q"] = serde_json::Value::String(case(&question));
        }
    }
    set.to_string()
}

fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The seventh set typed in capitals or Title Case: 62/70 both (63/70 as
/// written), none of its unanswerable questions answered; 5/70 before a
/// capital stopped marking a name in such a question.
const RECASED_ACCURACY_FLOOR: f64 = 0.88;

#[test]
fn questions_typed_in_capitals_or_title_case_are_answered_as_if_typed_normally() {
    for (name, case) in [
        (
            "fresh7 in capitals",
            str::to_uppercase as fn(&str) -> String,
        ),
        ("fresh7 in Title Case", title_case),
    ] {
        assert_holds(
            name,
            &recased(FRESH7_JSON, case),
            abstaining(RECASED_ACCURACY_FLOOR),
        );
    }
}
