//! One test per flaw: a flawed candidate is caught and a clean twin is not.

use super::*;

fn option(text: &str, right: bool) -> OptionView<'_> {
    OptionView {
        text,
        right,
        class: "concept",
        polarity: Polarity::Neutral,
    }
}

fn choice<'a>(prompt: &'a str, answer: &'a str, wrong: &[&'a str]) -> ItemView<'a> {
    let mut options = vec![option(answer, true)];
    options.extend(wrong.iter().map(|text| option(text, false)));
    ItemView {
        prompt,
        options,
        asks: vec![(prompt, answer)],
        ..ItemView::default()
    }
}

#[test]
fn a_right_option_much_longer_than_the_rest_is_caught() {
    let flawed = choice(
        "What drives the ties?",
        "mutual trust and open, win-win collaboration",
        &["debt", "arms sales", "a currency union"],
    );
    assert!(check(&flawed).contains(&Flaw::LongestIsRight));
    let clean = choice(
        "What drives the ties?",
        "mutual trust",
        &["energy debt", "arms sales", "a currency union"],
    );
    assert!(!check(&clean).contains(&Flaw::LongestIsRight));
}

#[test]
fn a_stem_word_in_the_answer_is_caught_by_its_stem() {
    let typed = |prompt: &'static str, answer: &'static str| ItemView {
        prompt,
        asks: vec![(prompt, answer)],
        ..ItemView::default()
    };
    assert_eq!(
        check(&typed(
            "What kind of historical exchange is meant?",
            "historical exchanges"
        )),
        vec![Flaw::StemRepeatsAnswer]
    );
    // A typed answer may repeat the stem's head noun: the learner must
    // still produce the rest.
    assert!(
        check(&typed(
            "Which declaration was signed?",
            "the Astana Declaration"
        ))
        .is_empty()
    );
    // A word every option carries tells nothing apart.
    let shared = choice(
        "Which projects did Xi want accelerated?",
        "Belt and Road projects",
        &["Global Gateway projects", "Trans-Caspian projects"],
    );
    assert!(!check(&shared).contains(&Flaw::StemRepeatsAnswer));
    let leaked = choice(
        "Which projects did Xi want accelerated?",
        "Belt and Road projects",
        &["the Global Gateway", "the Trans-Caspian corridor"],
    );
    assert!(check(&leaked).contains(&Flaw::StemRepeatsAnswer));
}

#[test]
fn articles_before_a_blank_or_disagreeing_are_caught() {
    let blank = ItemView {
        prompt: "They signed an _____ treaty.",
        ..ItemView::default()
    };
    assert_eq!(check(&blank), vec![Flaw::GrammarCue]);
    let disagreeing = ItemView {
        prompt: "True or false? The treaty is a agreement.",
        ..ItemView::default()
    };
    assert_eq!(check(&disagreeing), vec![Flaw::GrammarCue]);
    let fine = ItemView {
        prompt: "True or false? It is a united effort and an honest one.",
        ..ItemView::default()
    };
    assert!(check(&fine).is_empty());
}

#[test]
fn options_of_different_classes_are_caught() {
    let mut item = choice("Which?", "Astana", &["Almaty", "Bishkek"]);
    assert!(!check(&item).contains(&Flaw::Heterogeneous));
    item.options[1].class = "number";
    assert!(check(&item).contains(&Flaw::Heterogeneous));
}

#[test]
fn the_odd_one_out_is_caught() {
    let odd = choice(
        "What did they aim to build?",
        "a regional model",
        &[
            "a military alliance",
            "a security alliance",
            "a trade alliance",
        ],
    );
    assert!(check(&odd).contains(&Flaw::Convergence));
    let varied = choice(
        "What did they aim to build?",
        "a regional model",
        &["a military alliance", "a customs union", "a common market"],
    );
    assert!(!check(&varied).contains(&Flaw::Convergence));
    let restated = choice(
        "What should they advance towards?",
        "a regional community with a shared future",
        &[
            "a common regional currency",
            "a common regional currency and central bank",
            "a collective security alliance",
        ],
    );
    assert!(check(&restated).contains(&Flaw::Convergence));
}

#[test]
fn absolute_words_in_wrong_options_only_are_caught() {
    let flawed = choice(
        "Who benefits?",
        "traders",
        &["everyone always", "China", "farmers"],
    );
    assert!(check(&flawed).contains(&Flaw::AbsoluteWord));
    let clean = choice("Who benefits?", "traders", &["China", "farmers", "workers"]);
    assert!(!check(&clean).contains(&Flaw::AbsoluteWord));
}

#[test]
fn a_tone_split_between_right_and_wrong_options_is_caught() {
    let mut item = ItemView {
        prompt: "Which principles? Select all that apply.",
        options: vec![
            option("trust", true),
            option("support", true),
            option("rivalry", false),
            option("dominance", false),
        ],
        right_count: Some(2),
        ..ItemView::default()
    };
    item.options[0].polarity = Polarity::Positive;
    item.options[1].polarity = Polarity::Positive;
    item.options[2].polarity = Polarity::Negative;
    item.options[3].polarity = Polarity::Negative;
    assert_eq!(check(&item), vec![Flaw::PolaritySplit]);
    item.options[2].polarity = Polarity::Positive;
    assert!(check(&item).is_empty());
}

#[test]
fn all_or_none_of_the_above_is_caught() {
    let item = choice("Which?", "Astana", &["Almaty", "None of the above"]);
    assert!(check(&item).contains(&Flaw::AllNoneOfTheAbove));
}

#[test]
fn long_typed_answers_and_long_lists_are_caught() {
    let typed = |answer: &'static str, items: &'static [String]| ItemView {
        prompt: "What?",
        typed: Some(TypedView { answer, items }),
        ..ItemView::default()
    };
    assert!(check(&typed("the law of the jungle", &[])).is_empty());
    assert_eq!(
        check(&typed("mutual trust and open, win-win collaboration", &[])),
        vec![Flaw::LongTypedAnswer]
    );
    static SIX: OnceLock<Vec<String>> = OnceLock::new();
    let six = SIX.get_or_init(|| ["a", "b", "c", "d", "e", "f"].map(String::from).to_vec());
    assert_eq!(
        check(&typed("a, b, c, d, e, f", six)),
        vec![Flaw::LongTypedAnswer]
    );
}

#[test]
fn a_swapped_value_from_outside_the_article_is_caught() {
    let item = |in_world| ItemView {
        prompt: "True or false? Li Qiang attended.",
        swap: Some(("Li Qiang", in_world)),
        ..ItemView::default()
    };
    assert_eq!(check(&item(false)), vec![Flaw::OutOfWorldSwap]);
    assert!(check(&item(true)).is_empty());
}

#[test]
fn a_stated_count_the_key_contradicts_is_caught() {
    let item = |right| ItemView {
        prompt: "Which three principles guide it? Select all that apply.",
        right_count: Some(right),
        ..ItemView::default()
    };
    assert_eq!(check(&item(2)), vec![Flaw::CountMismatch]);
    assert!(check(&item(3)).is_empty());
}

#[test]
fn duplicate_prompts_are_found_after_normalising() {
    let prompts = ["Where was it signed?", "Who came?", "where was it SIGNED"];
    assert_eq!(duplicate_prompts(prompts), vec![2]);
}

#[test]
fn a_typed_slot_another_true_value_fills_is_caught_unless_the_prompt_rules_it_out() {
    static RIVALS: OnceLock<Vec<String>> = OnceLock::new();
    let rivals = RIVALS.get_or_init(|| vec!["Kazakhstan".to_string()]);
    let typed = |prompt: &'static str, ruled_out_by: Option<&'static str>| ItemView {
        prompt,
        typed: Some(TypedView {
            answer: "Astana",
            items: &[],
        }),
        rivals: Some(RivalsView {
            values: rivals,
            ruled_out_by,
        }),
        ..ItemView::default()
    };
    assert_eq!(
        check(&typed("Where was the treaty signed?", Some("city"))),
        vec![Flaw::RivalAnswer]
    );
    assert!(check(&typed("In which city was the treaty signed?", Some("city"))).is_empty());
    assert_eq!(
        check(&typed("In which city was the treaty signed?", None)),
        vec![Flaw::RivalAnswer]
    );
}

#[test]
fn a_span_after_an_anaphoric_determiner_refers_back_with_its_noun() {
    let sentence = "The mayor praised this bold plan with new funds.";
    assert_eq!(back_reference(sentence, "bold").as_deref(), Some("plan"));
    assert_eq!(
        back_reference(sentence, "bold plan").as_deref(),
        Some("plan")
    );
    assert_eq!(
        back_reference("Both sides kept the same steady pace.", "steady").as_deref(),
        Some("pace")
    );
    // No determiner pointing back, and "that" opening a clause, are not
    // back-references.
    assert_eq!(
        back_reference("The mayor praised a bold plan.", "bold"),
        None
    );
    assert_eq!(
        back_reference("She said that bold plans work.", "bold plans"),
        None
    );
}

#[test]
fn a_participial_clause_after_a_verb_answer_is_a_second_answer() {
    let sentence = "The mayor warned that the tax will surely fail, hurting local shops.";
    assert_eq!(
        consequence_clause(sentence, "fail", false).as_deref(),
        Some("hurting local shops")
    );
    // Marked a verb by the data, no auxiliary needed.
    assert_eq!(
        consequence_clause("The tax failed, hurting shops.", "failed", true).as_deref(),
        Some("hurting shops")
    );
    // A noun answer, a span inside its clause, or a clause that is not
    // participial, adds nothing.
    assert_eq!(
        consequence_clause("They built roads, hoping for trade.", "roads", false),
        None
    );
    assert_eq!(consequence_clause(sentence, "tax", false), None);
    assert_eq!(
        consequence_clause("The tax will fail, and shops close.", "fail", false),
        None
    );
}

#[test]
fn absolute_words_include_no_one_on_word_boundaries() {
    assert!(has_absolute_word("It helps no one"));
    assert!(!has_absolute_word("a noone-style name"));
}
