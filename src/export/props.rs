//! The round-trip property: text holding every character each format
//! gives a meaning comes back unchanged through each format's reader.

use proptest::prelude::*;

use super::sample;
use super::{anki, gift, moodle_xml};

/// Text as questions hold it: no edge or doubled whitespace, but any of
/// the characters GIFT, XML, HTML, TSV and cloze syntax treat specially.
fn special_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("{{c1::".to_string()),
        Just("}}".to_string()),
        Just("~".to_string()),
        Just("=".to_string()),
        Just(":".to_string()),
        Just("::".to_string()),
        Just("#".to_string()),
        Just("####".to_string()),
        Just("\\".to_string()),
        Just("\\n".to_string()),
        Just("->".to_string()),
        Just("//".to_string()),
        Just("%50%".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("<b>".to_string()),
        Just("&amp;".to_string()),
        Just("&".to_string()),
        Just("]]>".to_string()),
        Just("<![CDATA[".to_string()),
        Just("[html]".to_string()),
        Just("é中文—“”".to_string()),
        Just("🙂".to_string()),
        "[a-zA-Z0-9]{1,6}",
    ];
    let gap = prop_oneof![Just(""), Just(" "), Just("\t"), Just("\n")];
    prop::collection::vec((piece, gap), 1..10).prop_map(|parts| {
        let mut text = String::new();
        for (piece, gap) in parts {
            text.push_str(&piece);
            text.push_str(gap);
        }
        format!("x{}x", text.trim_end())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn gift_gives_every_text_back(text in special_text()) {
        let questions = sample::every_kind(&text);
        let read = gift::reader::read(&gift::render(&questions));
        prop_assert_eq!(read.len(), questions.len());
        let right = format!("{text} right");
        prop_assert_eq!(&read[0].stem, &format!("Prompt {text}"));
        prop_assert!(read[0].answers.iter().any(|a| a.0 == '=' && a.2 == right));
        prop_assert_eq!(&read[0].general, &questions[0].explanation);
        prop_assert_eq!(&read[2].after, &format!("{text}."));
        let accepted: Vec<&str> = read[3].answers.iter().map(|a| a.2.as_str()).collect();
        prop_assert_eq!(accepted, [format!("{text} answer"), format!("{text} alias"), format!("{text} other")]);
        prop_assert_eq!(&read[6].pairs[0], &(format!("{text} i1"), format!("{text} o3")));
    }

    #[test]
    fn moodle_xml_gives_every_text_back(text in special_text()) {
        let questions = sample::every_kind(&text);
        let read = moodle_xml::reader::read(&moodle_xml::render(&questions));
        prop_assert_eq!(read.len(), questions.len());
        prop_assert_eq!(&read[0].text, &format!("Prompt {text}"));
        prop_assert_eq!(&read[0].answers[1].1, &format!("{text} right"));
        prop_assert_eq!(&read[0].general, &questions[0].explanation);
        prop_assert_eq!(&read[3].answers[2].1, &format!("{text} other"));
        prop_assert_eq!(&read[6].pairs[0], &(format!("{text} i1"), format!("{text} o3")));
    }

    #[test]
    fn anki_gives_every_text_back(text in special_text()) {
        let questions = sample::every_kind(&text);
        let (file, count) = anki::render(&questions);
        let (_, notes) = anki::reader::read(&file);
        prop_assert_eq!(notes.len(), count);
        prop_assert_eq!(count, questions.len());
        let front = anki::reader::unfield(&notes[3].fields[0]);
        prop_assert_eq!(front, format!("Prompt {text}"));
        let (before, answer, after) = anki::reader::cloze(&notes[2].fields[0]);
        prop_assert_eq!(before, format!("Fill in the blank: {text} "));
        prop_assert_eq!(answer, format!("{text} answer"));
        prop_assert_eq!(after, format!(" {text}."));
        for note in &notes {
            let back = anki::reader::unfield(&note.fields[1]);
            prop_assert!(back.contains(&questions[0].explanation), "{}", back);
        }
    }
}
