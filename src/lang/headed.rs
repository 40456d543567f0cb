//! Headed word lists: the general-English data files that list one entry
//! a line under `[section]` headings, with `#` comments and blank lines
//! (`data/client-words.txt`, `data/stance-words.txt`). One reader, so every
//! such list follows the same rules and is refused for the same faults;
//! each caller checks only what its own entries must be.

use thiserror::Error;

/// Why a headed list is not usable, whatever its entries say.
#[derive(Debug, Error, PartialEq)]
pub enum HeadedListError {
    #[error("line {0}: an entry before any [section] heading")]
    NoSection(usize),
    #[error("line {0}: unknown section {1:?}")]
    UnknownSection(usize, String),
    #[error("section [{0}] lists nothing")]
    Empty(&'static str),
}

/// One entry of a headed list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadedEntry<'t, S> {
    /// What the caller's table says the entry's heading stands for.
    pub section: S,
    /// The entry's line, counted from 1, for the caller's own errors.
    pub line: usize,
    /// The entry, trimmed.
    pub text: &'t str,
}

/// Reads `text` as a list whose headings are the names in `sections`,
/// handing each entry with what its heading stands for to `entry`, in
/// order. The first fault stops it, the reader's or one `entry` returns,
/// so an error names the first bad line. Every section must list
/// something: an empty one is a list cut short.
pub fn read_headed_list<'t, S: Copy, E: From<HeadedListError>>(
    text: &'t str,
    sections: &[(&'static str, S)],
    mut entry: impl FnMut(HeadedEntry<'t, S>) -> Result<(), E>,
) -> Result<(), E> {
    let mut current = None;
    let mut counts = vec![0usize; sections.len()];
    for (at, line) in text.lines().enumerate() {
        let (text, line) = (line.trim(), at + 1);
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        if let Some(name) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            let index = sections.iter().position(|(known, _)| *known == name);
            current =
                Some(index.ok_or_else(|| HeadedListError::UnknownSection(line, name.into()))?);
            continue;
        }
        let index = current.ok_or(HeadedListError::NoSection(line))?;
        counts[index] += 1;
        let section = sections[index].1;
        entry(HeadedEntry {
            section,
            line,
            text,
        })?;
    }
    match counts.iter().position(|&count| count == 0) {
        Some(empty) => Err(HeadedListError::Empty(sections[empty].0).into()),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECTIONS: [(&str, char); 2] = [("vowels", 'v'), ("consonants", 'c')];

    fn read(text: &str) -> Result<Vec<(char, usize, &str)>, HeadedListError> {
        let mut entries = Vec::new();
        read_headed_list(text, &SECTIONS, |e| {
            entries.push((e.section, e.line, e.text));
            Ok::<(), HeadedListError>(())
        })?;
        Ok(entries)
    }

    #[test]
    fn entries_come_with_their_heading_and_line_past_comments_and_blanks() {
        let text = "# letters\n[vowels]\n a \n\n[consonants]\nb\n# more\n[vowels]\ne\n";
        assert_eq!(
            read(text),
            Ok(vec![('v', 3, "a"), ('c', 6, "b"), ('v', 9, "e")])
        );
    }

    #[test]
    fn an_entry_before_a_heading_or_under_an_unknown_one_is_refused_with_its_line() {
        assert_eq!(read("a\n"), Err(HeadedListError::NoSection(1)));
        assert_eq!(
            read("[vowels]\na\n[digits]\n1\n"),
            Err(HeadedListError::UnknownSection(3, "digits".into()))
        );
    }

    #[test]
    fn a_section_that_lists_nothing_is_refused_by_name() {
        assert_eq!(
            read("[vowels]\na\n[consonants]\n"),
            Err(HeadedListError::Empty("consonants"))
        );
        assert_eq!(read(""), Err(HeadedListError::Empty("vowels")));
    }

    #[test]
    fn the_first_fault_an_entry_check_finds_stops_the_reading() {
        let mut seen = 0;
        let result = read_headed_list("[vowels]\na\nB\ne\n[consonants]\nc\n", &SECTIONS, |e| {
            seen += 1;
            if e.text.chars().all(|c| c.is_lowercase()) {
                Ok(())
            } else {
                Err(HeadedListError::NoSection(e.line))
            }
        });
        assert_eq!(result, Err(HeadedListError::NoSection(3)));
        assert_eq!(seen, 2);
    }
}
