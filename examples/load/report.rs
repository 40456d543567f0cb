//! The load run's table, and where it goes in `benches/RESULTS.md`.
//!
//! Pure formatting, unit-tested: the run itself is not part of `cargo test`.

use std::fmt::Write as _;

/// One measured row: an RPC, or the floor itself (`floor` is `None`).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name: String,
    /// Calls that ended with grpc-status OK (and a right reply), per second.
    pub rate: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub errors: u64,
    /// The req/s of the Health/Check slices paired with this RPC's.
    pub floor: Option<f64>,
    /// The ratio to the floor this RPC should reach, if it has a target.
    pub target: Option<f64>,
}

impl Row {
    /// req/s over the paired floor's; 1 for the floor itself.
    pub fn ratio(&self) -> f64 {
        match self.floor {
            Some(floor) if floor > 0.0 => self.rate / floor,
            Some(_) => 0.0,
            None => 1.0,
        }
    }

    /// "met", "missed" or "—" (no target).
    fn verdict(&self) -> &'static str {
        match self.target {
            Some(target) if self.ratio() >= target => "met",
            Some(_) => "**missed**",
            None => "—",
        }
    }
}

/// The rows as a Markdown table (ratios bold, as they are what counts).
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| RPC | req/s | p50 ms | p99 ms | errors | paired floor req/s | ratio to floor | target | |\n\
         |:--|--:|--:|--:|--:|--:|--:|--:|:--|\n",
    );
    for row in rows {
        let floor = row.floor.map_or("—".to_owned(), |f| format!("{f:.0}"));
        let target = row.target.map_or("—".to_owned(), |t| format!("{t:.2}"));
        let _ = writeln!(
            out,
            "| {} | {:.0} | {:.3} | {:.3} | {} | {} | **{:.3}** | {} | {} |",
            row.name,
            row.rate,
            row.p50_ms,
            row.p99_ms,
            row.errors,
            floor,
            row.ratio(),
            target,
            row.verdict(),
        );
    }
    out
}

/// The markers around the generated section `key` of the results file.
fn markers(key: &str) -> (String, String) {
    (
        format!("<!-- load-run:{key} (written by examples/load; edits here are overwritten) -->"),
        format!("<!-- /load-run:{key} -->"),
    )
}

/// `document` with section `key` replaced by `body`, or with the section
/// appended when it is not there yet. Everything else is kept as it was.
pub fn splice(document: &str, key: &str, body: &str) -> String {
    let (begin, end) = markers(key);
    let section = format!("{begin}\n{}\n{end}", body.trim_end());
    if let Some(start) = document.find(&begin)
        && let Some(stop) = document[start..].find(&end)
    {
        let stop = start + stop + end.len();
        return format!("{}{section}{}", &document[..start], &document[stop..]);
    }
    let mut out = document.trim_end().to_owned();
    out.push_str("\n\n");
    out.push_str(&section);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, rate: f64, floor: Option<f64>, target: Option<f64>) -> Row {
        Row {
            name: name.into(),
            rate,
            p50_ms: 0.25,
            p99_ms: 1.5,
            errors: 0,
            floor,
            target,
        }
    }

    #[test]
    fn the_table_gives_each_rpc_its_ratio_to_its_paired_floor_and_says_if_it_met_its_target() {
        let text = table(&[
            row("Health/Check", 30_000.0, None, None),
            row("GetFact", 29_000.0, Some(29_500.0), Some(0.95)),
            row("Generate", 9_000.0, Some(30_000.0), Some(0.6)),
        ]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 5, "{text}");
        assert_eq!(
            lines[2],
            "| Health/Check | 30000 | 0.250 | 1.500 | 0 | — | **1.000** | — | — |"
        );
        assert_eq!(
            lines[3],
            "| GetFact | 29000 | 0.250 | 1.500 | 0 | 29500 | **0.983** | 0.95 | met |"
        );
        assert_eq!(
            lines[4],
            "| Generate | 9000 | 0.250 | 1.500 | 0 | 30000 | **0.300** | 0.60 | **missed** |"
        );
        // Every row has as many cells as the header.
        let cells = |line: &str| line.matches('|').count();
        assert!(lines.iter().all(|line| cells(line) == cells(lines[0])));
    }

    #[test]
    fn a_floor_that_measured_nothing_gives_a_zero_ratio_not_infinity() {
        assert_eq!(row("X", 10.0, Some(0.0), None).ratio(), 0.0);
    }

    #[test]
    fn splicing_appends_a_new_section_and_replaces_it_in_place_the_next_time() {
        let original = "# Figures\n\nhand-written text\n";
        let once = splice(original, "sqlite", "first run");
        assert!(once.starts_with(original.trim_end()), "{once}");
        assert!(once.contains("first run"));
        let twice = splice(&format!("{once}\ntrailing\n"), "sqlite", "second run");
        assert!(!twice.contains("first run"), "{twice}");
        assert!(twice.contains("second run"));
        assert!(twice.contains("hand-written text") && twice.ends_with("trailing\n"));
        assert_eq!(twice.matches("<!-- load-run:sqlite").count(), 1);
        // Another key is a section of its own.
        let both = splice(&twice, "postgres", "pg run");
        assert!(both.contains("second run") && both.contains("pg run"));
    }
}
