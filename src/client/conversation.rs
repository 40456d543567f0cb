//! The dialogue: greet, ask one question at a time, explain each verdict,
//! answer the learner's own questions, summarise, offer a retry.
//!
//! The tutor reads lines from a [`LineSource`] and writes to any `Write`,
//! and all quiz logic (grading, scoring, hints, Ask) is the server's: the
//! client only decides what a line means and how replies read.

use std::collections::HashMap;
use std::io::Write;

use tonic::{Code, Status};

use super::command::{self, Command, Line, Reply};
use super::error::{ClientError, descriptions, violations};
use super::progress;
use super::remote::Remote;
use super::render::{self, Style, Width};
use super::spoiler::{self, OpenFacts};
use super::terminal::LineSource;
use crate::proto::{
    AskRequest, AskResponse, GetFactRequest, GetHintRequest, GetHintResponse,
    GetLearnerProgressRequest, GetLearnerProgressResponse, GetQuizRequest, ListSourcesRequest,
    ListTopicsRequest, Progress, Question, Quiz, QuizState, StartQuizRequest, StartQuizResponse,
    SubmitAnswerRequest, Topic,
};

/// What the learner sees before typing.
const PROMPT: &str = "› ";

/// The longest line sent as an answer or question: the server's cap on an
/// answer ([`crate::service::input::AnswerText::MAX_BYTES`]).
const MAX_TYPED_BYTES: usize = crate::service::input::AnswerText::MAX_BYTES;

/// How a quiz ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ended {
    /// Every question was answered or skipped.
    Finished,
    /// The learner quit or the input ended; the quiz stays unfinished.
    Left,
}

/// The question being asked and what the learner has done with it.
struct Turn {
    quiz_id: String,
    question: Question,
    /// 1-based position in the quiz.
    number: usize,
    total: i32,
    progress: Progress,
    /// The hint already given for this question: one per question.
    hint: Option<GetHintResponse>,
    /// The question's facts and sentences, fetched at its first Ask.
    open_facts: Option<OpenFacts>,
}

impl Turn {
    /// Moves on to `question`, the server's current one: its number comes
    /// from the answers so far, and nothing said about the last one
    /// (hint, guarded facts) carries over.
    fn move_to(&mut self, question: Question) {
        self.question = question;
        self.number = usize::try_from(self.progress.answered).unwrap_or(0) + 1;
        self.hint = None;
        self.open_facts = None;
    }
}

/// A patient tutor talking to one learner.
pub struct Tutor<L, W> {
    remote: Remote,
    input: L,
    out: W,
    style: Style,
    /// Where lines wrap: the terminal's width, or not at all on a pipe.
    width: Width,
    /// Question number by id, for the summary's review.
    numbers: HashMap<String, usize>,
    /// Topic titles by name (from ListTopics), for the summary's headings.
    topic_titles: HashMap<String, String>,
    /// The command that runs this quiz again, for "your quiz is saved".
    rerun: String,
}

impl<L: LineSource, W: Write> Tutor<L, W> {
    pub fn new(remote: Remote, input: L, out: W, style: Style, width: Width) -> Tutor<L, W> {
        Tutor {
            remote,
            input,
            out,
            style,
            width,
            numbers: HashMap::new(),
            topic_titles: HashMap::new(),
            rerun: "summit-quiz".into(),
        }
    }

    /// The command line that comes back to this learner's quizzes
    /// (`summit-quiz --name Ana`), for the note on leaving a quiz.
    pub fn rerun_with(mut self, command: String) -> Self {
        self.rerun = command;
        self
    }

    /// Runs quizzes until the learner is done: the one `request` asks for,
    /// then any retries of missed questions they accept.
    pub async fn run(&mut self, request: StartQuizRequest) -> Result<(), ClientError> {
        let titles = self.article_titles().await?;
        let topics = self.topics().await?;
        check_topics(&request.topics, &topics)?;
        self.topic_titles = topics
            .into_iter()
            .map(|topic| (topic.name, topic.title))
            .collect();
        let learner = request.learner.clone();
        let known = self.learner_progress(&learner).await;
        let Some(mut started) = self.open_quiz(request, &titles, known.as_ref()).await? else {
            return self.goodbye(&learner);
        };
        loop {
            let quiz_id = started.quiz_id.clone();
            let ended = self.play(started).await?;
            let quiz = self.summarise(&quiz_id, &learner).await?;
            if ended == Ended::Left || quiz.state() != QuizState::Finished {
                return self.leave(&quiz, &learner);
            }
            // With nothing missed, the summary has already said well done.
            if quiz.missed_questions.is_empty() || !self.accepts_retry(&quiz)? {
                return self.goodbye(&learner);
            }
            started = self.start_retry(&learner, quiz_id).await?;
        }
    }

    /// Opens the first quiz: the learner's open one when they accept to
    /// resume it, else the one `request` asks for; then the greeting.
    /// `None` when the learner quits at the offer.
    async fn open_quiz(
        &mut self,
        request: StartQuizRequest,
        titles: &[String],
        known: Option<&GetLearnerProgressResponse>,
    ) -> Result<Option<StartQuizResponse>, ClientError> {
        let reviewing = request.review;
        let welcome = progress::welcome(&request.learner, known);
        let mut started = None;
        let mut welcomed = false;
        // A review does not silently pass an unfinished quiz by: the
        // learner chooses between them.
        if let Some(open) = known.and_then(progress::resumable) {
            self.say(&self.style.bold(&welcome))?;
            welcomed = true;
            match self.confirm(&progress::resume_offer(open, reviewing))? {
                Reply::Yes => started = self.resume(&open.quiz_id).await?,
                Reply::No => {}
                Reply::Quit => return Ok(None),
            }
        }
        let resumed = started.is_some();
        let started = match started {
            Some(started) => started,
            None => self.start(request).await?,
        };
        let welcome = (!welcomed).then_some(welcome);
        self.greet(welcome.as_deref(), titles, &started, resumed)?;
        if let Some(tip) = progress::review_tip(known, reviewing, resumed) {
            self.say(&self.style.dim(&tip))?;
        }
        Ok(Some(started))
    }

    /// The quiz's summary after it is played, and where the learner now
    /// stands when they are named; returns the quiz as it ended.
    async fn summarise(&mut self, quiz_id: &str, learner: &str) -> Result<Quiz, ClientError> {
        let quiz = self.quiz(quiz_id).await?;
        self.say("")?;
        self.say(&render::summary(
            &quiz,
            &self.numbers,
            &self.topic_titles,
            self.style,
        ))?;
        if let Some(now) = self.learner_progress(learner).await {
            self.say("")?;
            self.say(&progress::summary(&now, self.style))?;
        }
        Ok(quiz)
    }

    /// Offers to retry the quiz's missed questions (after the seed that
    /// brings a first quiz back); true when the learner accepts.
    fn accepts_retry(&mut self, quiz: &Quiz) -> Result<bool, ClientError> {
        let missed = quiz.missed_questions.len();
        if quiz.retry_of.is_empty() && quiz.seed != 0 {
            self.say(&self.style.dim(&format!(
                "(These questions come back with --seed {}.)",
                quiz.seed
            )))?;
        }
        let offer = if missed == 1 {
            "Retry the missed question? [y/n]".to_string()
        } else {
            format!("Retry the {missed} missed questions? [y/n]")
        };
        Ok(self.confirm(&offer)? == Reply::Yes)
    }

    /// Starts the retry of a quiz's missed questions, numbered afresh.
    async fn start_retry(
        &mut self,
        learner: &str,
        quiz_id: String,
    ) -> Result<StartQuizResponse, ClientError> {
        let started = self
            .start(StartQuizRequest {
                learner: learner.to_string(),
                retry_of: quiz_id,
                ..StartQuizRequest::default()
            })
            .await?;
        self.numbers.clear();
        self.say("")?;
        self.say(&format!(
            "Here they are again, in a new order: {} question{}.",
            started.total_questions,
            plural(started.total_questions)
        ))?;
        Ok(started)
    }

    /// Where a named learner stands, or `None` for an anonymous one. Progress
    /// is a courtesy: a server without LearnerService, or one that fails
    /// the call, still runs the quiz.
    async fn learner_progress(&mut self, learner: &str) -> Option<GetLearnerProgressResponse> {
        if learner.is_empty() {
            return None;
        }
        let request = GetLearnerProgressRequest {
            learner: learner.to_string(),
        };
        match self.remote.learner.get_learner_progress(request).await {
            Ok(response) => Some(response.into_inner()),
            Err(status) => {
                tracing::info!(code = ?status.code(), "no learner progress: {}", status.message());
                None
            }
        }
    }

    /// An unfinished quiz, as the start of a session; `None` if it has
    /// expired or finished since it was listed (a new quiz starts then).
    async fn resume(&mut self, quiz_id: &str) -> Result<Option<StartQuizResponse>, ClientError> {
        let request = GetQuizRequest {
            quiz_id: quiz_id.to_string(),
        };
        let quiz = match self.remote.quiz.get_quiz(request).await {
            Ok(response) => response.into_inner().quiz,
            Err(status) if status.code() == Code::NotFound => None,
            Err(status) => return Err(ClientError::from_status(&status, &self.remote.url)),
        };
        let Some(quiz) = quiz.filter(|quiz| quiz.state() == QuizState::InProgress) else {
            self.say("That quiz has ended in the meantime; here is a new one.")?;
            return Ok(None);
        };
        Ok(Some(StartQuizResponse {
            quiz_id: quiz.id.clone(),
            question: quiz.current_question.clone(),
            total_questions: quiz.progress.map_or(0, |p| p.total),
            note: String::new(),
            quiz: Some(quiz),
            review_questions: 0,
        }))
    }

    /// The stored articles' headlines, for the greeting.
    async fn article_titles(&mut self) -> Result<Vec<String>, ClientError> {
        let sources = self
            .remote
            .facts
            .list_sources(ListSourcesRequest {})
            .await
            .map_err(|status| ClientError::from_status(&status, &self.remote.url))?
            .into_inner()
            .sources;
        Ok(sources.into_iter().map(|source| source.title).collect())
    }

    /// The server's topics, fetched once: to check `--topic` and to title
    /// the summary's per-topic lines.
    async fn topics(&mut self) -> Result<Vec<Topic>, ClientError> {
        Ok(self
            .remote
            .facts
            .list_topics(ListTopicsRequest::default())
            .await
            .map_err(|status| ClientError::from_status(&status, &self.remote.url))?
            .into_inner()
            .topics)
    }

    /// StartQuiz; a refusal is the learner's flags, so it names them.
    async fn start(&mut self, request: StartQuizRequest) -> Result<StartQuizResponse, ClientError> {
        match self.remote.quiz.start_quiz(request).await {
            Ok(response) => Ok(response.into_inner()),
            Err(status) if status.code() == Code::InvalidArgument => {
                Err(ClientError::Refused(violations(&status)))
            }
            // The filters leave nothing to ask, or every quiz slot is taken.
            Err(status)
                if matches!(
                    status.code(),
                    Code::FailedPrecondition | Code::ResourceExhausted
                ) =>
            {
                Err(ClientError::Refused(status.message().to_string()))
            }
            Err(status) => Err(ClientError::from_status(&status, &self.remote.url)),
        }
    }

    async fn quiz(&mut self, quiz_id: &str) -> Result<Quiz, ClientError> {
        self.remote
            .quiz
            .get_quiz(GetQuizRequest {
                quiz_id: quiz_id.to_string(),
            })
            .await
            .map_err(|status| ClientError::from_status(&status, &self.remote.url))?
            .into_inner()
            .quiz
            .ok_or_else(|| ClientError::Server("the server sent a quiz without its state".into()))
    }

    /// The welcome (unless already said), the reading, and what comes:
    /// the quiz's length, or where a resumed quiz stands.
    fn greet(
        &mut self,
        welcome: Option<&str>,
        titles: &[String],
        started: &StartQuizResponse,
        resumed: bool,
    ) -> Result<(), ClientError> {
        let reading = match titles {
            [] => "Today's reading is a news article.".to_string(),
            [title] => format!("Today's reading: \u{201c}{title}\u{201d}"),
            several => format!(
                "Today's reading: {}",
                several
                    .iter()
                    .map(|t| format!("\u{201c}{t}\u{201d}"))
                    .collect::<Vec<_>>()
                    .join(" and ")
            ),
        };
        let n = started.total_questions;
        let plan = if resumed {
            let answered = started
                .quiz
                .as_ref()
                .and_then(|quiz| quiz.progress)
                .map_or(0, |p| p.answered);
            format!(
                "Picking up where you left off: question {} of {n}.",
                answered + 1
            )
        } else {
            format!(
                "I'll ask you {n} question{} about it, one at a time.",
                plural(n)
            )
        };
        let welcome = welcome.map_or(String::new(), |w| format!("{}\n", self.style.bold(w)));
        let text = format!(
            "{welcome}{reading}\n\n{plan}\n  \
             • Answer with a letter (B), a number (2) or in your own words.\n  \
             • Type hint, skip, repeat, score, help or quit whenever you like.\n  \
             • Curious about something? Ask me: end a line with ? or start it with \"ask\"."
        );
        self.say(&text)?;
        if !started.note.is_empty() {
            self.say(&self.style.dim(&format!("({})", started.note)))?;
        }
        Ok(())
    }

    /// One quiz, question by question, until it finishes or the learner leaves.
    async fn play(&mut self, started: StartQuizResponse) -> Result<Ended, ClientError> {
        let Some(question) = started.question else {
            return Ok(Ended::Finished);
        };
        let progress = started
            .quiz
            .as_ref()
            .and_then(|quiz| quiz.progress)
            .unwrap_or(Progress {
                total: started.total_questions,
                ..Progress::default()
            });
        let mut turn = Turn {
            quiz_id: started.quiz_id,
            number: usize::try_from(progress.answered).unwrap_or(0) + 1,
            total: started.total_questions,
            question,
            progress,
            hint: None,
            open_facts: None,
        };
        self.show_question(&turn)?;
        loop {
            let Some(line) = self.input.read_line(PROMPT)? else {
                return Ok(Ended::Left);
            };
            if line.len() > MAX_TYPED_BYTES {
                // The server would refuse it (and one over 64 KiB is over
                // its request cap): say so here and keep the quiz going.
                self.say(&format!(
                    "That line is {} bytes, too long to send; answers are at most {MAX_TYPED_BYTES} bytes. Try a shorter one.",
                    line.len()
                ))?;
                continue;
            }
            let labels: Vec<String> = turn
                .question
                .choices
                .iter()
                .map(|c| c.label.clone())
                .collect();
            match command::parse(&line, &labels) {
                Line::Blank => self.say(
                    &self
                        .style
                        .dim("Take your time. Type your answer, or hint, skip or help."),
                )?,
                Line::Command(Command::Quit) => return Ok(Ended::Left),
                Line::Command(Command::Help) => self.say(&render::help(self.style))?,
                Line::Command(Command::Score) => {
                    self.say(&render::score_line(&turn.progress))?;
                }
                Line::Command(Command::Repeat) => self.show_question(&turn)?,
                Line::Command(Command::Hint) => self.hint(&mut turn).await?,
                Line::Command(Command::Skip) => {
                    if self.submit(&mut turn, String::new(), true).await? {
                        return Ok(Ended::Finished);
                    }
                }
                Line::Ask(question) => self.ask(&mut turn, &question).await?,
                Line::Answer(answer) => {
                    if self.submit(&mut turn, answer, false).await? {
                        return Ok(Ended::Finished);
                    }
                }
            }
        }
    }

    fn show_question(&mut self, turn: &Turn) -> Result<(), ClientError> {
        let struck = turn
            .hint
            .as_ref()
            .map(|hint| hint.eliminated_labels.clone())
            .unwrap_or_default();
        self.numbers.insert(turn.question.id.clone(), turn.number);
        let text = render::question(
            turn.number,
            turn.total,
            Some(&turn.progress),
            &turn.question,
            &struck,
            self.style,
        );
        self.say("")?;
        self.say(text.trim_end())
    }

    /// Sends an answer (or a skip) and moves on; true when the quiz is over.
    async fn submit(
        &mut self,
        turn: &mut Turn,
        answer: String,
        skip: bool,
    ) -> Result<bool, ClientError> {
        let request = SubmitAnswerRequest {
            quiz_id: turn.quiz_id.clone(),
            question_id: turn.question.id.clone(),
            answer,
            skip,
        };
        let response = match self.remote.quiz.submit_answer(request).await {
            Ok(response) => response.into_inner(),
            // The answer named no option or hedged: nothing was recorded.
            Err(status) if status.code() == Code::InvalidArgument => {
                self.say(&format!(
                    "{}. The question is still open: try again.",
                    descriptions(&status).trim_end_matches('.')
                ))?;
                return Ok(false);
            }
            Err(status) if status.code() == Code::FailedPrecondition => {
                return self.resync(turn, &status).await;
            }
            Err(status) => return Err(ClientError::from_status(&status, &self.remote.url)),
        };
        let grade = response.grade.unwrap_or_default();
        if skip {
            self.say(&render::skipped(&grade, self.style))?;
        } else {
            self.say(&render::feedback(&grade, Some(&turn.question), self.style))?;
        }
        if let Some(progress) = response.progress {
            turn.progress = progress;
        }
        match response.next_question {
            Some(next) if !response.finished => {
                turn.move_to(next);
                self.show_question(turn)?;
                Ok(false)
            }
            _ => Ok(true),
        }
    }

    /// The server's quiz moved on without us (another client on the same
    /// quiz, or a lost reply): carry on from where the server is.
    async fn resync(&mut self, turn: &mut Turn, status: &Status) -> Result<bool, ClientError> {
        tracing::info!(message = status.message(), "quiz out of step; reloading it");
        let quiz = self.quiz(&turn.quiz_id).await?;
        if let Some(progress) = quiz.progress {
            turn.progress = progress;
        }
        match quiz.current_question {
            Some(question) if quiz.state() != QuizState::Finished => {
                self.say("The quiz had moved on; here is where it stands now.")?;
                turn.move_to(question);
                self.show_question(turn)?;
                Ok(false)
            }
            _ => Ok(true),
        }
    }

    /// One hint per question; asking again shows the same one.
    async fn hint(&mut self, turn: &mut Turn) -> Result<(), ClientError> {
        if let Some(hint) = &turn.hint {
            let text = render::hint(hint, &turn.question, true, self.style);
            return self.say(text.trim_end());
        }
        // The quiz's id makes this the quiz's own hint: the server refuses
        // a hint for an open quiz question asked from outside its quiz.
        let request = GetHintRequest {
            question_id: turn.question.id.clone(),
            quiz_id: turn.quiz_id.clone(),
        };
        match self.remote.quiz.get_hint(request).await {
            Ok(response) => {
                let hint = response.into_inner();
                let text = render::hint(&hint, &turn.question, false, self.style);
                turn.hint = Some(hint);
                self.say(text.trim_end())
            }
            Err(status) if refusal(&status) => self.say(&format!(
                "No hint for this one: {}",
                crate::quote::printable(status.message())
            )),
            Err(status) => Err(ClientError::from_status(&status, &self.remote.url)),
        }
    }

    /// Answers the learner's own question, then points back to the quiz.
    async fn ask(&mut self, turn: &mut Turn, question: &str) -> Result<(), ClientError> {
        if question.trim().is_empty() {
            return self
                .say("What would you like to know? For example: ask where was the treaty signed");
        }
        let request = AskRequest {
            question: question.to_string(),
            source_id: String::new(),
        };
        match self.remote.facts.ask(request).await {
            Ok(response) => {
                let text = self.guarded_reply(turn, response.into_inner()).await;
                self.say(text.trim_end())?;
            }
            Err(status) if refusal(&status) => {
                let refused = if status.code() == Code::InvalidArgument {
                    format!("{}.", descriptions(&status).trim_end_matches('.'))
                } else {
                    format!(
                        "I can't look that up: {}",
                        crate::quote::printable(status.message())
                    )
                };
                self.say(&refused)?;
            }
            Err(status) => return Err(ClientError::from_status(&status, &self.remote.url)),
        }
        let back = format!(
            "Back to question {}/{}: type your answer, or repeat to see it again.",
            turn.number, turn.total
        );
        self.say(&self.style.dim(&back))
    }

    /// An Ask reply as shown while `turn`'s question is open: withheld when
    /// it would answer that question, and offering only suggestions that
    /// would not (each is asked to see which facts answer it).
    async fn guarded_reply(&mut self, turn: &mut Turn, reply: AskResponse) -> String {
        let open = self.open_facts(turn).await;
        let Some(mut reply) = open.guard(reply) else {
            return spoiler::WITHHELD.to_string();
        };
        if !reply.answered {
            reply.suggestions = self.safe_suggestions(&open, reply.suggestions).await;
        }
        render::ask(&reply, self.style)
    }

    /// The open question's facts and their keys, fetched once per
    /// question. A fact GetFact cannot give still guards by its id.
    async fn open_facts(&mut self, turn: &mut Turn) -> OpenFacts {
        if let Some(open) = &turn.open_facts {
            return open.clone();
        }
        let mut facts = Vec::new();
        for id in &turn.question.fact_ids {
            let request = GetFactRequest { id: id.clone() };
            match self.remote.facts.get_fact(request).await {
                Ok(response) => facts.extend(response.into_inner().fact),
                Err(status) => tracing::info!(code = ?status.code(), "no key for fact {id}"),
            }
        }
        let open = OpenFacts::new(&turn.question, &facts);
        turn.open_facts = Some(open.clone());
        open
    }

    /// The first few `suggestions` whose answers neither give the open
    /// question away nor quote its key; one that cannot be checked is left
    /// out.
    async fn safe_suggestions(
        &mut self,
        open: &OpenFacts,
        suggestions: Vec<String>,
    ) -> Vec<String> {
        let mut safe = Vec::new();
        for suggestion in suggestions {
            if safe.len() == render::SUGGESTIONS_SHOWN {
                break;
            }
            let request = AskRequest {
                question: suggestion.clone(),
                source_id: String::new(),
            };
            if let Ok(reply) = self.remote.facts.ask(request).await
                && !open.touches(reply.get_ref())
            {
                safe.push(suggestion);
            }
        }
        safe
    }

    /// Asks a yes/no question until it gets an answer. End of input
    /// (Ctrl-D) is quit: leaving, never starting something new.
    fn confirm(&mut self, question: &str) -> Result<Reply, ClientError> {
        self.say(question)?;
        loop {
            let Some(line) = self.input.read_line(PROMPT)? else {
                return Ok(Reply::Quit);
            };
            match command::yes_no(&line) {
                Some(answer) => return Ok(answer),
                None => self.say("Please type y or n (or quit).")?,
            }
        }
    }

    /// Goodbye after a quiz left unfinished, saying how to pick it up
    /// again when the next run will offer it (a named learner who
    /// answered something).
    fn leave(&mut self, quiz: &Quiz, learner: &str) -> Result<(), ClientError> {
        let answered = quiz.progress.map_or(0, |p| p.answered);
        if !learner.is_empty() && quiz.state() == QuizState::InProgress && answered > 0 {
            let note = progress::saved_note(&self.rerun);
            self.say("")?;
            self.say(&note)?;
        }
        self.goodbye(learner)
    }

    fn goodbye(&mut self, learner: &str) -> Result<(), ClientError> {
        let name = if learner.is_empty() {
            String::new()
        } else {
            format!(", {learner}")
        };
        self.say(&format!("Thanks for reading with me{name}. Goodbye!"))
    }

    /// Writes a block of text, wrapped to the width, and a line break, at once.
    fn say(&mut self, text: &str) -> Result<(), ClientError> {
        let text = self.width.fit(text.trim_end_matches('\n'));
        writeln!(self.out, "{text}")?;
        self.out.flush()?;
        Ok(())
    }
}

/// Refuses an unknown `--topic` before starting, listing the real ones.
fn check_topics(wanted: &[String], topics: &[Topic]) -> Result<(), ClientError> {
    let known: Vec<&str> = topics.iter().map(|topic| topic.name.as_str()).collect();
    let unknown: Vec<&str> = wanted
        .iter()
        .map(String::as_str)
        .filter(|topic| !known.contains(topic))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(ClientError::Usage(format!(
        "unknown topic{} {}; choose from: {}",
        if unknown.len() == 1 { "" } else { "s" },
        unknown
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", "),
        known.join(", ")
    )))
}

/// A refusal of one request that leaves the quiz able to go on.
fn refusal(status: &Status) -> bool {
    matches!(
        status.code(),
        Code::InvalidArgument | Code::FailedPrecondition | Code::NotFound | Code::Unimplemented
    )
}

fn plural(n: i32) -> &'static str {
    if n == 1 { "" } else { "s" }
}
