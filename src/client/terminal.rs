//! Where the learner's lines come from: a line editor with history on a
//! terminal, plain lines from a pipe otherwise.
//!
//! The conversation only sees [`LineSource`], so its tests feed it a script.

use std::io::{self, BufRead, IsTerminal};
use std::path::{Path, PathBuf};

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

/// The longest line read from a pipe; the server refuses answers over 1 KiB
/// anyway, and this keeps a runaway input from growing memory without bound.
const MAX_LINE_BYTES: u64 = 64 * 1024;

/// A source of the learner's lines.
pub trait LineSource {
    /// The next line without its line ending, or `None` when input has
    /// ended (end of file, Ctrl-D, Ctrl-C). `prompt` is shown only where
    /// someone is typing. Control characters and bidi overrides (a pasted
    /// escape sequence) are dropped: no answer holds them, and the server
    /// refuses them.
    fn read_line(&mut self, prompt: &str) -> io::Result<Option<String>>;
}

impl<T: LineSource + ?Sized> LineSource for Box<T> {
    fn read_line(&mut self, prompt: &str) -> io::Result<Option<String>> {
        (**self).read_line(prompt)
    }
}

/// Lines from a pipe or file, one per answer, with no prompt or echo, so
/// a script's transcript is just the tutor's side.
pub struct Piped<R> {
    reader: R,
}

impl<R: BufRead> Piped<R> {
    pub fn new(reader: R) -> Piped<R> {
        Piped { reader }
    }
}

impl<R: BufRead> LineSource for Piped<R> {
    fn read_line(&mut self, _prompt: &str) -> io::Result<Option<String>> {
        let mut bytes = Vec::new();
        let mut limited = <&mut R as io::Read>::take(&mut self.reader, MAX_LINE_BYTES);
        let read = limited.read_until(b'\n', &mut bytes)?;
        if read == 0 {
            return Ok(None);
        }
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
        } else if read as u64 == MAX_LINE_BYTES {
            // Drop the rest of an over-long line rather than reading it as
            // several answers, a buffer at a time so memory stays bounded.
            loop {
                let buffer = self.reader.fill_buf()?;
                if buffer.is_empty() {
                    break;
                }
                match buffer.iter().position(|&b| b == b'\n') {
                    Some(end) => {
                        self.reader.consume(end + 1);
                        break;
                    }
                    None => {
                        let all = buffer.len();
                        self.reader.consume(all);
                    }
                }
            }
        }
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        Ok(Some(crate::quote::printable(&String::from_utf8_lossy(
            &bytes,
        ))))
    }
}

/// The line history's file name, in the data directory next to the
/// default database.
pub const HISTORY_FILE: &str = "history.txt";

/// A terminal: rustyline's editing keys and history, so an answer or
/// question can be recalled with the up arrow, in this run and the next
/// (the history is kept in a file in the data directory).
pub struct Interactive {
    editor: DefaultEditor,
    /// Where the history is kept; `None` keeps it in memory only.
    history: Option<PathBuf>,
}

impl Interactive {
    /// An editor with the history saved at `history` loaded (a missing or
    /// unreadable file is an empty history: it is a convenience).
    pub fn new(mut editor: DefaultEditor, history: Option<PathBuf>) -> Interactive {
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        Interactive { editor, history }
    }

    /// Adds a line to the history and saves it. Failing to save is
    /// harmless (a read-only home), so it is only logged.
    fn remember(&mut self, line: &str) {
        if line.trim().is_empty() {
            return;
        }
        let _ = self.editor.add_history_entry(line);
        if let Some(path) = &self.history {
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            if let Err(error) = self.editor.save_history(path) {
                tracing::debug!(%error, path = %path.display(), "cannot save the line history");
            }
        }
    }
}

impl LineSource for Interactive {
    fn read_line(&mut self, prompt: &str) -> io::Result<Option<String>> {
        match blocking(|| self.editor.readline(prompt)) {
            Ok(line) => {
                self.remember(&line);
                Ok(Some(crate::quote::printable(&line)))
            }
            Err(ReadlineError::Eof | ReadlineError::Interrupted) => Ok(None),
            Err(ReadlineError::Io(error)) => Err(error),
            Err(error) => Err(io::Error::other(error)),
        }
    }
}

/// Standard input as a [`LineSource`]: the line editor when both stdin and
/// stdout are terminals (someone is typing and reading), with its history
/// in `data_dir`, plain lines otherwise.
pub fn stdin_source(data_dir: Option<&Path>) -> Box<dyn LineSource> {
    if io::stdin().is_terminal()
        && io::stdout().is_terminal()
        && let Ok(editor) = DefaultEditor::new()
    {
        let history = data_dir.map(|dir| dir.join(HISTORY_FILE));
        return Box::new(Interactive::new(editor, history));
    }
    Box::new(StdinLines)
}

/// Blocking line reads from stdin that keep the async runtime responsive.
struct StdinLines;

impl LineSource for StdinLines {
    fn read_line(&mut self, prompt: &str) -> io::Result<Option<String>> {
        blocking(|| Piped::new(io::stdin().lock()).read_line(prompt))
    }
}

/// Runs a blocking read without stalling the runtime's other tasks (the
/// built-in server runs on them): on a multi-threaded runtime the worker
/// hands its tasks off first.
fn blocking<T>(read: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(read)
        }
        _ => read(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn piped_lines_come_without_endings_until_the_end() {
        let mut source = Piped::new(&b"B\r\n\nwhere was it signed?\nlast"[..]);
        let mut lines = Vec::new();
        while let Some(line) = source.read_line("> ").expect("reads") {
            lines.push(line);
        }
        assert_eq!(lines, ["B", "", "where was it signed?", "last"]);
    }

    #[test]
    fn a_pasted_escape_sequence_or_bidi_override_is_dropped_from_a_line() {
        let mut source = Piped::new("Ast\u{1b}[31mana\u{7}\n\u{202e}Astana\tcity\n".as_bytes());
        assert_eq!(
            source.read_line("").expect("reads").as_deref(),
            Some("Ast[31mana")
        );
        assert_eq!(
            source.read_line("").expect("reads").as_deref(),
            Some("Astana\tcity")
        );
    }

    #[test]
    fn an_over_long_piped_line_is_cut_and_not_split_into_several() {
        let mut input = vec![b'x'; MAX_LINE_BYTES as usize + 10];
        input.extend_from_slice(b"\nnext\n");
        let mut source = Piped::new(&input[..]);
        let first = source.read_line("").expect("reads").expect("a line");
        assert_eq!(first.len(), MAX_LINE_BYTES as usize);
        assert_eq!(
            source.read_line("").expect("reads").as_deref(),
            Some("next")
        );
    }

    #[test]
    fn the_line_history_is_saved_and_loaded_again_in_the_next_run() {
        let dir = std::env::temp_dir().join(format!("summit-history-{}", std::process::id()));
        let path = dir.join("nested").join(HISTORY_FILE);
        let mut first = Interactive::new(DefaultEditor::new().expect("editor"), Some(path.clone()));
        first.remember("B");
        first.remember("   ");
        first.remember("where was it signed?");
        let next = Interactive::new(DefaultEditor::new().expect("editor"), Some(path));
        let lines: Vec<&String> = next.editor.history().iter().collect();
        assert_eq!(lines, ["B", "where was it signed?"]);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn invalid_utf8_is_read_lossily_not_refused() {
        let mut source = Piped::new(&b"caf\xe9\n"[..]);
        assert_eq!(
            source.read_line("").expect("reads").as_deref(),
            Some("caf\u{fffd}")
        );
    }
}
