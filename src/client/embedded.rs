//! The built-in server: the real `summit.v1` service on a loopback port of
//! this process, so `summit-quiz` works with nothing else running.
//!
//! It goes through the same [`server::serve_guarded`] as `summit-server` (over real
//! gRPC on `127.0.0.1:0`), so the quiz behaves exactly as against a remote
//! server; only the address differs.

use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::error::ClientError;
use crate::facts::FactBase;
use crate::generation::QuestionBank;
use crate::quiz_key::QuizKey;
use crate::security::Security;
use crate::server::{self, ServerError};
use crate::shield::Protection;
use crate::store::{DatabaseUrl, SessionLimits, SqlStore};

/// How long to wait for the built-in server to stop at exit. Nothing is in
/// flight by then, so this only bounds a surprise.
const STOP_TIMEOUT: Duration = Duration::from_secs(2);

/// A server running inside this process; stop it with [`Embedded::stop`].
pub struct Embedded {
    /// Where it listens, as `http://127.0.0.1:PORT`.
    pub url: String,
    shutdown: oneshot::Sender<()>,
    task: JoinHandle<Result<(), ServerError>>,
}

impl Embedded {
    /// Loads the embedded facts and serves them on a free loopback port,
    /// keeping quizzes in `database` (default: the file in the user's data
    /// directory, so progress survives between runs).
    pub async fn start(database: Option<DatabaseUrl>) -> Result<Embedded, ClientError> {
        let facts = FactBase::embedded().map_err(|e| ClientError::Embedded(e.to_string()))?;
        let database = match database {
            Some(url) => url,
            None => {
                DatabaseUrl::default_file().map_err(|e| ClientError::Embedded(e.to_string()))?
            }
        };
        let store = SqlStore::open(&database, SessionLimits::default())
            .await
            .map_err(|e| ClientError::Embedded(e.to_string()))?;
        let bank = Arc::new(QuestionBank::new(Arc::new(facts)));
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| ClientError::Embedded(format!("cannot listen on 127.0.0.1: {e}")))?;
        let addr = listener
            .local_addr()
            .map_err(|e| ClientError::Embedded(e.to_string()))?;
        let (shutdown, signal) = oneshot::channel::<()>();
        // SUMMIT_QUIZ_KEY seals quiz questions as summit-server's flag does
        // (so a quiz with a given seed asks the same questions on both);
        // otherwise the key kept in the database is used.
        let quiz_key = match std::env::var("SUMMIT_QUIZ_KEY") {
            Ok(secret) => Some(
                QuizKey::from_secret(&secret)
                    .map_err(|e| ClientError::Embedded(format!("SUMMIT_QUIZ_KEY: {e}")))?,
            ),
            Err(_) => None,
        };
        let protection = Protection {
            quiz_key,
            ..Protection::default()
        };
        let task = tokio::spawn(server::serve_guarded(
            listener,
            bank,
            store,
            protection,
            Security::default(),
            async {
                let _ = signal.await;
            },
        ));
        Ok(Embedded {
            url: format!("http://{addr}"),
            shutdown,
            task,
        })
    }

    /// Shuts the server down and waits (briefly) for it to stop.
    pub async fn stop(self) {
        let _ = self.shutdown.send(());
        match tokio::time::timeout(STOP_TIMEOUT, self.task).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(error))) => {
                tracing::warn!(%error, "the built-in server stopped with an error")
            }
            Ok(Err(error)) => tracing::warn!(%error, "the built-in server task failed"),
            Err(_) => tracing::debug!("the built-in server is still draining; leaving it"),
        }
    }
}
