//! `summit.v1.QuizService`: generating questions, grading answers, hints
//! and quiz sessions.
//!
//! Questions are stateless by design: a question id encodes everything
//! needed to rebuild its question, so any server holding the same fact set
//! can re-render, grade or hint it, across restarts and replicas. Quiz
//! sessions are the one stateful part: they live in a [`QuizStore`] (a
//! database every replica shares), and each call loads, changes and saves
//! one under optimistic concurrency.

use std::sync::Arc;
use std::time::SystemTime;

use prost::bytes::Bytes;
use tonic::{Request, Response, Status};

use crate::generation::{GenerateRequest, QuestionBank, RebuildError};
use crate::grading;
use crate::hint;
use crate::learner::review;
use crate::proto;
use crate::proto::quiz_service_server::QuizService;
use crate::question::Question;
use crate::question_id::IdParts;
use crate::quiz_key::QuizKey;
use crate::revisions::Revisions;
use crate::service::error::{self, ApiError, Invalid};
use crate::service::input::{self, AnswerText, QuestionCount, QuestionId, QuizLength};
use crate::service::{convert, reply};
use crate::session::{self, QuizId, QuizSession, Submission};
use crate::store::{AttemptFacts, QuizStore, StoreError};

/// Serves quizzes from a shared question bank (the fact base plus the
/// distractors verified once at start-up, so no request pays for that) and
/// keeps quiz sessions in `store`.
#[derive(Debug, Clone)]
pub struct QuizApi {
    /// The current revision: where new questions come from.
    bank: Arc<QuestionBank>,
    /// Every revision held, for rebuilding ids issued under older ones.
    revisions: Arc<Revisions>,
    store: Arc<dyn QuizStore>,
    /// Seals the question ids a quiz serves to that quiz and derives its
    /// generation seeds (see [`crate::quiz_key`]).
    key: Arc<QuizKey>,
    /// The questions of the quizzes this replica started, as issued, so
    /// SubmitAnswer grades and serves them without a rebuild: the
    /// revisions' rebuild cache is shared with every other call and, with
    /// a few hundred quizzes open, drops questions before their answers
    /// come. A quiz not here (started on another replica, or evicted)
    /// rebuilds its questions as before.
    asked: Arc<quick_cache::sync::Cache<QuizId, Arc<[Question]>, ByQuestions>>,
    /// GenerateQuestions' questions as encoded on the wire (see
    /// [`reply::encode_question`]), by question id: a batch draws from the
    /// same pooled questions again and again, and an id names one
    /// question of the current revision, so each is mapped and encoded
    /// once. Bounded; a value is the same whoever encodes it first.
    encoded: Arc<quick_cache::sync::Cache<String, Bytes>>,
    /// CheckAnswer's questions, by plain id, with the parts of their grade
    /// that every answer shares, encoded (see [`reply::GradeParts`]): an id
    /// names one question of one revision, so these never change. Bounded;
    /// a value is the same whoever builds it first.
    gradable: Arc<quick_cache::sync::Cache<String, (Arc<Question>, reply::GradeParts)>>,
    /// CheckAnswer's marks, by plain question id and the answer as sent. A
    /// mark is a pure function of the two, and learners type the same few
    /// answers to a question again and again, so a repeat costs a lookup
    /// instead of a grade (tens of microseconds for a slipped phrase).
    /// Bounded by bytes, so a flood of long distinct answers only churns it.
    marks: Arc<quick_cache::sync::Cache<(String, String), grading::Mark, ByBytes>>,
}

/// How many bytes of ids, answers and feedback [`QuizApi`] keeps marks
/// for: with [`ByBytes`]'s share for each entry, a few MiB of the server's
/// stated RSS bound, whatever a flood of distinct answers sends.
const MARK_BYTES: u64 = 4 << 20;

/// Weighs a cached mark by the text it holds plus a fixed share for the
/// entry itself (its slot and three allocations), so [`MARK_BYTES`]
/// bounds the cache's memory.
#[derive(Debug, Clone, Copy)]
struct ByBytes;

impl quick_cache::Weighter<(String, String), grading::Mark> for ByBytes {
    fn weight(&self, (id, answer): &(String, String), mark: &grading::Mark) -> u64 {
        u64::try_from(id.len() + answer.len() + mark.feedback.len() + 160).unwrap_or(u64::MAX)
    }
}

/// How many questions [`QuizApi`] keeps ready for CheckAnswer (as many as
/// the revisions keep rebuilt; a KB or two each beside the question).
const GRADABLE_QUESTIONS: usize = 4096;

/// How many encoded questions [`QuizApi`] keeps for GenerateQuestions
/// (a few hundred bytes each).
const ENCODED_QUESTIONS: usize = 16_384;

/// How many questions [`QuizApi`] keeps for the quizzes being answered
/// right now (about 2,000 quizzes of 10, at a few KB a question).
const ASKED_QUESTIONS: u64 = 20_000;

/// Weighs a quiz's questions by their count, so long quizzes cannot
/// multiply [`ASKED_QUESTIONS`]'s memory.
#[derive(Debug, Clone, Copy)]
struct ByQuestions;

impl quick_cache::Weighter<QuizId, Arc<[Question]>> for ByQuestions {
    fn weight(&self, _: &QuizId, questions: &Arc<[Question]>) -> u64 {
        u64::try_from(questions.len()).unwrap_or(u64::MAX)
    }
}

/// A quiz's questions as issued, falling back to a rebuild for any id they
/// do not hold.
struct Asked<'a> {
    questions: Option<Arc<[Question]>>,
    revisions: &'a Revisions,
}

impl Asked<'_> {
    /// The question `id` as the quiz issued it, if it is one of them.
    fn issued(&self, id: &str) -> Option<&Question> {
        self.questions
            .iter()
            .flat_map(|questions| questions.iter())
            .find(|question| question.id == id)
    }
}

impl session::QuestionSource for Asked<'_> {
    fn question(&self, id: &str) -> Result<Question, crate::generation::RebuildError> {
        match self.issued(id) {
            Some(question) => Ok(question.clone()),
            None => self.revisions.rebuild(id),
        }
    }

    fn question_ref(
        &self,
        id: &str,
    ) -> Result<std::borrow::Cow<'_, Question>, crate::generation::RebuildError> {
        match self.issued(id) {
            Some(question) => Ok(std::borrow::Cow::Borrowed(question)),
            None => self.revisions.rebuild(id).map(std::borrow::Cow::Owned),
        }
    }
}

/// The filter fields GenerateQuestions and StartQuiz share, as sent.
struct Filters<'a> {
    /// Already parsed: the two requests bound it differently.
    count: Result<usize, Invalid>,
    kinds: &'a [i32],
    topics: &'a [String],
    fact_ids: &'a [String],
    difficulty: i32,
    seed: u64,
    source_id: &'a str,
}

impl<'a> Filters<'a> {
    /// A StartQuiz request's filters: a quiz names no facts and is bounded
    /// by the quiz length, fresh and review quizzes alike.
    fn of_quiz(request: &'a proto::StartQuizRequest) -> Self {
        Filters {
            count: QuizLength::parse(request.count).map(QuizLength::get),
            kinds: &request.kinds,
            topics: &request.topics,
            fact_ids: &[],
            difficulty: request.difficulty,
            seed: request.seed,
            source_id: &request.source_id,
        }
    }
}

/// Why a field must be left empty when `retry_of` is set.
const RETRY_DECIDES: &str =
    "must be empty when retry_of is set: a retry asks that quiz's missed questions";

impl QuizApi {
    pub fn new(bank: Arc<QuestionBank>, store: Arc<dyn QuizStore>) -> QuizApi {
        QuizApi::with_revisions(Arc::new(Revisions::new(bank)), store)
    }

    /// Serves new questions from the current revision and rebuilds ids of
    /// any revision held.
    pub fn with_revisions(revisions: Arc<Revisions>, store: Arc<dyn QuizStore>) -> QuizApi {
        QuizApi {
            bank: Arc::clone(revisions.current()),
            revisions,
            store,
            key: Arc::new(QuizKey::random()),
            asked: Arc::new(quick_cache::sync::Cache::with_weighter(
                2048,
                ASKED_QUESTIONS,
                ByQuestions,
            )),
            encoded: Arc::new(quick_cache::sync::Cache::new(ENCODED_QUESTIONS)),
            gradable: Arc::new(quick_cache::sync::Cache::new(GRADABLE_QUESTIONS)),
            marks: Arc::new(quick_cache::sync::Cache::with_weighter(
                16_384, MARK_BYTES, ByBytes,
            )),
        }
    }

    /// Seals quiz questions under `key` instead of a random key of this
    /// process: replicas sharing a database must share it.
    pub fn with_key(self, key: QuizKey) -> QuizApi {
        QuizApi {
            key: Arc::new(key),
            ..self
        }
    }

    /// Parses the shared filters into what the generator takes. All
    /// malformed fields (plus `other`, the caller's own fields) are reported
    /// together; only then are ids looked up (`NOT_FOUND`).
    fn parse_filters(
        &self,
        filters: Filters<'_>,
        other: Option<Invalid>,
    ) -> Result<GenerateRequest, ApiError> {
        let base = self.bank.facts();
        let parsed = (
            filters.count,
            input::question_kinds(filters.kinds),
            input::topics(base, filters.topics),
            input::fact_ids(filters.fact_ids),
            input::difficulty(filters.difficulty),
        );
        let (count, kinds, topics, fact_ids, difficulty) = match (parsed, other) {
            ((Ok(count), Ok(kinds), Ok(topics), Ok(fact_ids), Ok(difficulty)), None) => {
                (count, kinds, topics, fact_ids, difficulty)
            }
            ((count, kinds, topics, fact_ids, difficulty), other) => {
                return Err(Invalid::merge([
                    other,
                    count.err(),
                    kinds.err(),
                    topics.err(),
                    fact_ids.err(),
                    difficulty.err(),
                ])
                .into());
            }
        };
        let source_id = input::source_filter(base, filters.source_id)?;
        input::existing_facts(base, &fact_ids)?;
        Ok(GenerateRequest {
            count,
            kinds,
            topics,
            fact_ids,
            difficulty,
            seed: match filters.seed {
                0 => pick_seed(),
                seed => seed,
            },
            source_id,
        })
    }

    pub(crate) fn parse_generate(
        &self,
        request: proto::GenerateQuestionsRequest,
    ) -> Result<GenerateRequest, ApiError> {
        let filters = Filters {
            count: QuestionCount::parse(request.count).map(QuestionCount::get),
            kinds: &request.kinds,
            topics: &request.topics,
            fact_ids: &request.fact_ids,
            difficulty: request.difficulty,
            seed: request.seed,
            source_id: &request.source_id,
        };
        self.parse_filters(filters, None)
    }

    fn generate(
        &self,
        request: proto::GenerateQuestionsRequest,
    ) -> Result<proto::GenerateQuestionsResponse, ApiError> {
        let request = self.parse_generate(request)?;
        let generated = self.bank.generate_shared(&request)?;
        let questions = generated
            .questions
            .iter()
            .map(|question| self.encoded_question(question))
            .collect();
        Ok(proto::GenerateQuestionsResponse::with_encoded(
            questions,
            generated.seed,
            generated.note.unwrap_or_default(),
        ))
    }

    /// A question as GenerateQuestions sends it, encoded on first use.
    fn encoded_question(&self, question: &Question) -> Bytes {
        if let Some(encoded) = self.encoded.get(question.id.as_str()) {
            return encoded;
        }
        let encoded = reply::encode_question(&convert::question(question));
        self.encoded.insert(question.id.clone(), encoded.clone());
        encoded
    }

    /// Parses a fresh quiz's request and generates its questions: the
    /// CPU-heavy part of StartQuiz, run on the blocking pool.
    fn prepare(
        &self,
        request: proto::StartQuizRequest,
    ) -> Result<(QuizSession, Vec<Question>, String), ApiError> {
        let learner = input::learner(&request.learner);
        let filters = Filters::of_quiz(&request);
        let mut generate = self.parse_filters(filters, learner.as_ref().err().cloned())?;
        let learner = learner?;
        // The quiz reports `seed`, but asks questions from a keyed
        // derivation of it, so GenerateQuestions with the reported seed
        // cannot reproduce the quiz's plain question ids.
        let seed = generate.seed;
        generate.seed = self.key.quiz_seed(seed);
        let generated = self.bank.generate(&generate)?;
        let now = SystemTime::now();
        let session = QuizSession::new(QuizId::new(now), learner, seed, &generated.questions, now);
        Ok((
            session,
            generated.questions,
            generated.note.unwrap_or_default(),
        ))
    }

    /// A review quiz: the learner's due facts first, reworded, then new
    /// facts (see [`review`]). Parsed like a fresh quiz, but the learner is
    /// required.
    async fn start_review(
        &self,
        request: proto::StartQuizRequest,
    ) -> Result<proto::StartQuizResponse, Status> {
        if !request.retry_of.is_empty() {
            return Err(ApiError::invalid(
                "review",
                "must be false when retry_of is set: a retry asks that quiz's missed questions",
            )
            .into());
        }
        let learner = input::named_learner("learner", &request.learner);
        let filters = Filters::of_quiz(&request);
        let generate = self.parse_filters(filters, learner.as_ref().err().cloned())?;
        let learner = learner.map_err(ApiError::from)?;
        let attempts = self
            .store
            .learner_attempts(&learner)
            .await
            .map_err(|error| self.store_error(error))?;
        let api = self.clone();
        let (session, quiz) = off_the_workers("starting a review quiz", move || {
            let now = SystemTime::now();
            let plan = review::plan(&attempts, &api.bank, now);
            let quiz = review::questions(&api.bank, &*api.revisions, &plan, &generate)?;
            let session = QuizSession::new(
                QuizId::new(now),
                learner,
                generate.seed,
                &quiz.questions,
                now,
            );
            Ok((session, quiz))
        })
        .await?;
        let mut response = self.begin(session, quiz.questions, quiz.note).await?;
        response.review_questions = convert::count_i32(quiz.reviewed);
        Ok(response)
    }

    /// A new quiz over a finished quiz's missed questions, re-rendered and
    /// reshuffled. The original keeps its own state; it can be retried again.
    async fn start_retry(
        &self,
        request: proto::StartQuizRequest,
    ) -> Result<proto::StartQuizResponse, ApiError> {
        // The difficulty is checked like any field, but each missed question
        // keeps the difficulty it was asked at.
        let (original, learner) = match (
            input::quiz_id("retry_of", &request.retry_of),
            input::learner(&request.learner),
            input::difficulty(request.difficulty),
        ) {
            (Ok(original), Ok(learner), Ok(_))
                if request.count == 0
                    && request.kinds.is_empty()
                    && request.topics.is_empty()
                    && request.source_id.is_empty() =>
            {
                (original, learner)
            }
            (original, learner, difficulty) => {
                return Err(Invalid::merge([
                    learner.err(),
                    (request.count != 0).then(|| Invalid::field("count", RETRY_DECIDES)),
                    (!request.kinds.is_empty()).then(|| Invalid::field("kinds", RETRY_DECIDES)),
                    (!request.topics.is_empty()).then(|| Invalid::field("topics", RETRY_DECIDES)),
                    difficulty.err(),
                    (!request.source_id.is_empty())
                        .then(|| Invalid::field("source_id", RETRY_DECIDES)),
                    original.err(),
                ])
                .into());
            }
        };
        let previous = self
            .store
            .touch(&original)
            .await
            .map_err(|error| self.store_error(error))?
            .session;
        // Whose it is comes first: a stranger learns nothing of the quiz.
        let learner = session::retry_owner(&previous, &learner)?;
        let seed = match request.seed {
            0 => pick_seed(),
            seed => seed,
        };
        let questions =
            session::retry_questions(&*self.revisions, &previous, self.key.quiz_seed(seed))?;
        let now = SystemTime::now();
        let session =
            QuizSession::new(QuizId::new(now), learner, seed, &questions, now).retrying(original);
        self.begin(session, questions, String::new()).await
    }

    /// Stores a new session and describes it from `questions`, the ones it
    /// was started with (the session itself keeps only their ids).
    async fn begin(
        &self,
        session: QuizSession,
        questions: Vec<Question>,
        note: String,
    ) -> Result<proto::StartQuizResponse, ApiError> {
        // Its answers will rebuild these questions one by one: keep them.
        self.revisions.remember(&questions);
        let asked: Arc<[Question]> = questions.iter().cloned().collect();
        let review = session.review_with(questions)?;
        let expires = self
            .store
            .insert(&session)
            .await
            .map_err(|error| self.store_error(error))?;
        self.asked.insert(session.id().clone(), asked);
        Ok(proto::StartQuizResponse {
            quiz_id: session.id().to_string(),
            question: review
                .current()
                .map(|question| self.sealed_question(session.id(), question)),
            total_questions: convert::count_i32(review.questions().len()),
            note,
            quiz: Some(self.sealed_quiz(convert::quiz(&review, expires))),
            review_questions: 0,
        })
    }

    /// `question` as quiz `quiz` serves it: under a sealed id.
    fn sealed_question(&self, quiz: &QuizId, question: &Question) -> proto::Question {
        let mut question = convert::question(question);
        if let Some(sealed) = self.key.seal(quiz, &question.id) {
            question.id = sealed;
        }
        question
    }

    /// A quiz summary with every question under its sealed id.
    fn sealed_quiz(&self, mut quiz: proto::Quiz) -> proto::Quiz {
        let Ok(id) = QuizId::parse(&quiz.id) else {
            return quiz;
        };
        let questions = quiz.current_question.iter_mut().chain(
            quiz.missed_questions
                .iter_mut()
                .filter_map(|missed| missed.question.as_mut()),
        );
        for question in questions {
            if let Some(sealed) = self.key.seal(&id, &question.id) {
                question.id = sealed;
            }
        }
        quiz
    }

    /// The plain id a submission to quiz `quiz` names: a sealed id must be
    /// one of that quiz's; a plain one (from before ids were sealed) is
    /// taken as it is.
    fn unseal_for(&self, quiz: &QuizId, id: &QuestionId) -> Result<String, ApiError> {
        if !QuizKey::looks_sealed(id.as_str()) {
            return Ok(id.as_str().to_string());
        }
        let sealed = self.open_sealed(id.as_str())?;
        if sealed.quiz != *quiz {
            return Err(ApiError::FailedPrecondition(
                "question_id belongs to another quiz; answer it in the quiz that asked it"
                    .to_string(),
            ));
        }
        Ok(sealed.question_id)
    }

    fn open_sealed(&self, id: &str) -> Result<crate::quiz_key::Sealed, ApiError> {
        self.key.open(id).map_err(|reason| {
            ApiError::invalid(
                "question_id",
                format!("not a question id this service issues: {reason}"),
            )
        })
    }

    /// The plain id CheckAnswer may grade for `id`. A sealed id is graded
    /// only once its quiz has recorded an answer to it (or the quiz is
    /// gone): until then grading it would hand the learner the answer.
    pub(crate) async fn gradable(&self, id: &QuestionId) -> Result<String, ApiError> {
        if !QuizKey::looks_sealed(id.as_str()) {
            return Ok(id.as_str().to_string());
        }
        let sealed = self.open_sealed(id.as_str())?;
        if let Some(index) = self.still_open(&sealed).await? {
            // Not the quiz's id: a sealed id must not lead to its quiz,
            // whose id is all SubmitAnswer asks for.
            return Err(ApiError::FailedPrecondition(format!(
                "this is question {} of an open quiz, which has not recorded an answer to it \
                 yet; answer it with SubmitAnswer first (a quiz's question can be checked only \
                 once the quiz has its answer)",
                index + 1,
            )));
        }
        Ok(sealed.question_id)
    }

    /// The plain id GetHint may hint at for `id`. A sealed question its
    /// quiz has not recorded an answer to yet is hinted only inside that
    /// quiz: the request must name it in `quiz_id` (the client's in-quiz
    /// hint does). Anywhere else the hint would help answer an open quiz
    /// from outside it.
    async fn hintable(&self, id: &QuestionId, quiz: Option<QuizId>) -> Result<String, ApiError> {
        if !QuizKey::looks_sealed(id.as_str()) {
            return Ok(id.as_str().to_string());
        }
        let sealed = self.open_sealed(id.as_str())?;
        match quiz {
            Some(quiz) if quiz == sealed.quiz => return Ok(sealed.question_id),
            Some(_) => {
                return Err(ApiError::FailedPrecondition(
                    "question_id belongs to another quiz than quiz_id; ask for its hint in the \
                     quiz that asked it"
                        .to_string(),
                ));
            }
            None => {}
        }
        if let Some(index) = self.still_open(&sealed).await? {
            return Err(ApiError::FailedPrecondition(format!(
                "this is question {} of an open quiz, which has not recorded an answer to it \
                 yet; its hint is given only inside that quiz: send the quiz's id as quiz_id \
                 with the question_id",
                index + 1,
            )));
        }
        Ok(sealed.question_id)
    }

    /// Where the sealed question stands in its quiz: `Some(index)` while
    /// the quiz has not recorded an answer to it, `None` once it has (or
    /// the quiz is gone, expired or deleted).
    async fn still_open(
        &self,
        sealed: &crate::quiz_key::Sealed,
    ) -> Result<Option<usize>, ApiError> {
        let session = match self.store.load(&sealed.quiz).await {
            Ok(stored) => stored.session,
            Err(StoreError::NotFound(_)) => return Ok(None),
            Err(error) => return Err(self.store_error(error)),
        };
        let position = session
            .question_ids()
            .position(|question| question == sealed.question_id);
        Ok(position.filter(|index| *index >= session.outcomes().len()))
    }

    fn store_error(&self, error: StoreError) -> ApiError {
        ApiError::store(error, self.store.limits().ttl)
    }

    /// Grades the answer to a quiz's current question and records it. The
    /// session is loaded, the answer applied, and the result saved only if
    /// no other call (on any replica) saved the quiz in between; one that
    /// did wins, and this call reapplies its answer to what the winner left
    /// (which makes a duplicate a replay and a rival answer a conflict).
    /// The response is sent only after the commit.
    async fn submit(
        &self,
        request: proto::SubmitAnswerRequest,
    ) -> Result<proto::SubmitAnswerResponse, ApiError> {
        let (quiz_id, question_id, submission) = parse_submit(request)?;
        let source = Asked {
            questions: self.asked.get(&quiz_id),
            revisions: &self.revisions,
        };
        for attempt in 0..MAX_SAVE_ATTEMPTS {
            // The first try starts from this replica's last view of the
            // quiz (no read); a stale view fails the save's version check,
            // and every later try reads the database.
            let recent = attempt == 0;
            let stored = if recent {
                self.store.load_recent(&quiz_id).await
            } else {
                self.store.load(&quiz_id).await
            }
            .map_err(|error| self.store_error(error))?;
            // After the load, so an unknown quiz is NOT_FOUND first.
            let question_id = self.unseal_for(&quiz_id, &question_id)?;
            let mut session = stored.session;
            let submitted = match session.submit(question_id.as_str(), submission.clone(), &source)
            {
                Ok(submitted) => submitted,
                // The quiz may have moved on elsewhere: judge the
                // answer against the database's copy.
                Err(_) if recent => continue,
                Err(error) => return Err(error.into()),
            };
            let response = proto::SubmitAnswerResponse {
                next_question: submitted
                    .next
                    .as_deref()
                    .map(|next| self.sealed_question(&quiz_id, next)),
                finished: submitted.next.is_none(),
                grade: Some(convert::grade_owned(submitted.grade)),
                progress: Some(convert::progress(submitted.progress)),
            };
            if submitted.replayed {
                if recent {
                    // Answered from memory, with no save to check it:
                    // replay from what the database holds instead.
                    continue;
                }
                return Ok(response);
            }
            let facts = attempt_facts(&source, &question_id)?;
            match self.store.save(session, stored.version, &[facts]).await {
                Ok(_) => {
                    if response.finished {
                        self.asked.remove(&quiz_id);
                    }
                    return Ok(response);
                }
                Err(StoreError::Conflict) => continue,
                Err(error) => return Err(self.store_error(error)),
            }
        }
        Err(self.store_error(StoreError::Conflict))
    }

    async fn quiz(
        &self,
        request: proto::GetQuizRequest,
    ) -> Result<proto::GetQuizResponse, ApiError> {
        let id = input::quiz_id("quiz_id", &request.quiz_id)?;
        let stored = self
            .store
            .touch(&id)
            .await
            .map_err(|error| self.store_error(error))?;
        let review = stored.session.review(&*self.revisions)?;
        Ok(proto::GetQuizResponse {
            quiz: Some(self.sealed_quiz(convert::quiz(&review, stored.expires_at))),
        })
    }

    /// The question `raw_id` names; a sealed id is opened. GetQuestion
    /// re-renders a question exactly as its quiz shows it (GetQuiz shows it
    /// too), which reveals nothing of the answer, so it needs no gate.
    fn rebuild(&self, raw_id: String) -> Result<Question, ApiError> {
        let id = QuestionId::parse(raw_id)?;
        let plain = if QuizKey::looks_sealed(id.as_str()) {
            self.open_sealed(id.as_str())?.question_id
        } else {
            id.as_str().to_string()
        };
        self.revisions
            .rebuild(&plain)
            .map_err(|error| error::rebuild_error(id.as_str(), error))
    }

    async fn check(
        &self,
        request: proto::CheckAnswerRequest,
    ) -> Result<proto::CheckAnswerResponse, ApiError> {
        let (id, answer) = match (
            QuestionId::parse(request.question_id),
            AnswerText::parse(request.answer),
        ) {
            (Ok(id), Ok(answer)) => (id, answer),
            (id, answer) => return Err(Invalid::merge([id.err(), answer.err()]).into()),
        };
        let plain = self.gradable(&id).await?;
        let (question, parts) = self
            .question_to_grade(&plain)
            .map_err(|error| error::rebuild_error(id.as_str(), error))?;
        let key = (plain, answer.into_string());
        let mark = match self.marks.get(&key) {
            Some(mark) => mark,
            None => {
                let mark = grading::mark(&question, &key.1);
                self.marks.insert(key, mark.clone());
                mark
            }
        };
        Ok(proto::CheckAnswerResponse::with_parts(
            mark.correct,
            mark.score,
            mark.feedback,
            parts,
        ))
    }

    /// The question a plain id names, and its grade's parts that every
    /// answer shares, encoded.
    fn question_to_grade(
        &self,
        plain: &str,
    ) -> Result<(Arc<Question>, reply::GradeParts), RebuildError> {
        if let Some(found) = self.gradable.get(plain) {
            return Ok(found);
        }
        let question = self.revisions.rebuild_shared(plain)?;
        let parts = reply::GradeParts::of(&convert::grade_parts(&question));
        self.gradable
            .insert(plain.to_owned(), (Arc::clone(&question), parts.clone()));
        Ok((question, parts))
    }

    async fn hint(
        &self,
        request: proto::GetHintRequest,
    ) -> Result<proto::GetHintResponse, ApiError> {
        let quiz = match request.quiz_id.trim() {
            "" => Ok(None),
            raw => input::quiz_id("quiz_id", raw).map(Some),
        };
        let (id, quiz) = match (QuestionId::parse(request.question_id), quiz) {
            (Ok(id), Ok(quiz)) => (id, quiz),
            (id, quiz) => return Err(Invalid::merge([id.err(), quiz.err()]).into()),
        };
        let plain = self.hintable(&id, quiz).await?;
        let question = self
            .revisions
            .rebuild(&plain)
            .map_err(|error| error::rebuild_error(id.as_str(), error))?;
        Ok(convert::hint(hint::hint(
            &question,
            self.revisions.bank_for(&question.id).facts(),
        )))
    }
}

/// What the store keeps about an answer to `question_id` besides its
/// grade: the question was just rebuilt to grade it, so this cannot fail
/// unless the bank changed underneath.
fn attempt_facts(source: &Asked<'_>, question_id: &str) -> Result<AttemptFacts, ApiError> {
    // Borrowed when the quiz issued it: only three of its fields are kept.
    let rebuilt;
    let question = match source.issued(question_id) {
        Some(question) => question,
        None => {
            rebuilt = session::QuestionSource::question(source, question_id)
                .map_err(|error| error::rebuild_error(question_id, error))?;
            &rebuilt
        }
    };
    Ok(AttemptFacts {
        fact_id: question.fact_ids.first().cloned().unwrap_or_default(),
        kind: convert::question_kind(question.kind)
            .as_str_name()
            .to_string(),
        topic: question.topic.clone(),
        answered_at: SystemTime::now(),
    })
}

/// How often a submit reloads and reapplies its answer after losing a race
/// to save the quiz. Each loss means another call on the same quiz won, so
/// only a burst of this many concurrent calls on one quiz runs out, and it
/// gets UNAVAILABLE (retry) rather than a wrong answer.
const MAX_SAVE_ATTEMPTS: usize = 64;

/// The fields of a SubmitAnswer request, parsed; every malformed one is
/// reported together.
fn parse_submit(
    request: proto::SubmitAnswerRequest,
) -> Result<(QuizId, QuestionId, Submission), ApiError> {
    let submission = if request.skip {
        if request.answer.is_empty() {
            Ok(Submission::Skip)
        } else {
            Err(Invalid::field(
                "answer",
                "must be empty when skip is true: answer the question or skip it, not both",
            ))
        }
    } else {
        AnswerText::parse(request.answer)
            .map(|answer| Submission::Answer(answer.as_str().to_string()))
    };
    match (
        input::quiz_id("quiz_id", &request.quiz_id),
        issued_question_id(request.question_id),
        submission,
    ) {
        (Ok(quiz_id), Ok(question_id), Ok(submission)) => Ok((quiz_id, question_id, submission)),
        (quiz_id, question_id, submission) => {
            Err(Invalid::merge([quiz_id.err(), question_id.err(), submission.err()]).into())
        }
    }
}

/// A question id that could have been issued: a quiz only ever holds such
/// ids, so anything else is a malformed field rather than a wrong question.
fn issued_question_id(raw: String) -> Result<QuestionId, Invalid> {
    let id = QuestionId::parse(raw)?;
    if QuizKey::looks_sealed(id.as_str()) {
        // Opened against the quiz by the caller.
        return Ok(id);
    }
    match IdParts::decode(id.as_str()) {
        Ok(_) => Ok(id),
        Err(reason) => Err(Invalid::field(
            "question_id",
            format!("not a question id this service issues: {reason}"),
        )),
    }
}

/// Runs CPU-heavy work (generating a batch) on the blocking pool, off the
/// async workers that serve every other call. A panic there is contained
/// and reported as a server fault.
pub(crate) async fn off_the_workers<T: Send + 'static>(
    what: &'static str,
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, Status> {
    let done = tokio::task::spawn_blocking(work).await.map_err(|error| {
        tracing::error!(%error, "{what} panicked");
        Status::internal(format!("{what} failed; this is a server bug"))
    })?;
    Ok(done?)
}

/// The largest GenerateQuestions batch served on the async workers once
/// the bank is warm (see `generate_questions`).
const INLINE_COUNT: usize = 20;

/// A fresh seed for a request that left it at 0. Never 0 itself, so the
/// returned seed always reproduces the batch when sent back.
fn pick_seed() -> u64 {
    rand::random_range(1..=u64::MAX)
}

#[tonic::async_trait]
impl QuizService for QuizApi {
    async fn generate_questions(
        &self,
        request: Request<proto::GenerateQuestionsRequest>,
    ) -> Result<Response<proto::GenerateQuestionsResponse>, Status> {
        // From a warmed bank (the variant pool filled), a batch of up to
        // INLINE_COUNT costs tens of microseconds: cheaper inline than a
        // hop to the blocking pool. Before that, or for larger batches, it
        // can take milliseconds, so it runs off the async workers.
        let request = request.into_inner();
        if self.bank.is_warm() && usize::try_from(request.count).is_ok_and(|n| n <= INLINE_COUNT) {
            return Ok(Response::new(self.generate(request)?));
        }
        let api = self.clone();
        let generated =
            off_the_workers("question generation", move || api.generate(request)).await?;
        Ok(Response::new(generated))
    }

    async fn get_question(
        &self,
        request: Request<proto::GetQuestionRequest>,
    ) -> Result<Response<proto::GetQuestionResponse>, Status> {
        let id = request.into_inner().question_id;
        let question = self.rebuild(id.clone())?;
        let mut question = convert::question(&question);
        // A quiz's question keeps the id the caller knows it by.
        question.id = id.trim().to_string();
        Ok(Response::new(proto::GetQuestionResponse {
            question: Some(question),
        }))
    }

    async fn check_answer(
        &self,
        request: Request<proto::CheckAnswerRequest>,
    ) -> Result<Response<proto::CheckAnswerResponse>, Status> {
        Ok(Response::new(self.check(request.into_inner()).await?))
    }

    async fn get_hint(
        &self,
        request: Request<proto::GetHintRequest>,
    ) -> Result<Response<proto::GetHintResponse>, Status> {
        Ok(Response::new(self.hint(request.into_inner()).await?))
    }

    async fn start_quiz(
        &self,
        request: Request<proto::StartQuizRequest>,
    ) -> Result<Response<proto::StartQuizResponse>, Status> {
        // Generation is blocking-pool work, as for GenerateQuestions; the
        // store insert is async.
        let request = request.into_inner();
        if request.review {
            return Ok(Response::new(self.start_review(request).await?));
        }
        if !request.retry_of.is_empty() {
            return Ok(Response::new(self.start_retry(request).await?));
        }
        let api = self.clone();
        let (session, questions, note) =
            off_the_workers("starting a quiz", move || api.prepare(request)).await?;
        Ok(Response::new(self.begin(session, questions, note).await?))
    }

    async fn submit_answer(
        &self,
        request: Request<proto::SubmitAnswerRequest>,
    ) -> Result<Response<proto::SubmitAnswerResponse>, Status> {
        Ok(Response::new(self.submit(request.into_inner()).await?))
    }

    async fn get_quiz(
        &self,
        request: Request<proto::GetQuizRequest>,
    ) -> Result<Response<proto::GetQuizResponse>, Status> {
        Ok(Response::new(self.quiz(request.into_inner()).await?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::FactBase;
    use crate::question::Difficulty;
    use crate::session::QuestionSource;

    #[tokio::test]
    async fn check_answer_replies_are_byte_for_byte_the_grades_of_the_core() {
        use crate::question::QuestionKind;
        use crate::store::{DatabaseUrl, SessionLimits, SqlStore};
        use prost::Message;
        let bank = Arc::new(QuestionBank::new(Arc::new(
            FactBase::embedded().expect("embedded facts load"),
        )));
        let store = SqlStore::open(&DatabaseUrl::memory(), SessionLimits::default())
            .await
            .expect("an in-memory store opens");
        let api = QuizApi::new(Arc::clone(&bank), Arc::new(store));
        let mut questions = Vec::new();
        for (seed, difficulty) in (1..=4).zip(Difficulty::ALL.into_iter().cycle()) {
            let batch = GenerateRequest {
                count: 40,
                difficulty,
                seed,
                ..GenerateRequest::default()
            };
            questions.extend(bank.generate(&batch).expect("generates").questions);
        }
        let kinds: std::collections::HashSet<QuestionKind> =
            questions.iter().map(|question| question.kind).collect();
        assert!(kinds.len() >= 5, "{kinds:?}");
        // Twice: the second time each question's parts come from memory.
        for _ in 0..2 {
            for question in &questions {
                let right = question.right_answer();
                let typo = format!("{right}x");
                for answer in [
                    right.as_str(),
                    typo.as_str(),
                    "Paris",
                    "B",
                    "true",
                    "1-A 2-B",
                ] {
                    let reply = api
                        .check(proto::CheckAnswerRequest {
                            question_id: question.id.clone(),
                            answer: answer.to_string(),
                        })
                        .await
                        .expect("a generated question's answer is graded");
                    let mut expected = proto::CheckAnswerResponse::default();
                    expected.grade = Some(convert::grade_owned(grading::grade(question, answer)));
                    assert_eq!(
                        reply.encode_to_vec(),
                        expected.encode_to_vec(),
                        "{} answered {answer:?}",
                        question.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_quizs_asked_questions_are_served_as_issued_and_other_ids_rebuild() {
        let bank = Arc::new(QuestionBank::new(Arc::new(
            FactBase::embedded().expect("embedded facts load"),
        )));
        let revisions = Revisions::new(Arc::clone(&bank));
        let generate = |seed| GenerateRequest {
            count: 5,
            difficulty: Difficulty::Medium,
            seed,
            ..GenerateRequest::default()
        };
        let quiz = bank.generate(&generate(3)).expect("generates").questions;
        let other = bank.generate(&generate(4)).expect("generates").questions;
        let asked = Asked {
            questions: Some(quiz.iter().cloned().collect()),
            revisions: &revisions,
        };
        for question in quiz.iter().chain(&other) {
            assert_eq!(&asked.question(&question.id).expect("served"), question);
        }
        assert!(asked.question("q1_garbage").is_err());
    }
}
