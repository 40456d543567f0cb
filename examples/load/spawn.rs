//! Starting the release `summit-server` as a child process: its address,
//! start-to-SERVING time and memory.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tonic::transport::{Channel, Endpoint};
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

/// The longest a start may take before the run gives up.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// Pause between health probes while a server starts.
const PROBE_EVERY: Duration = Duration::from_millis(1);

/// A running `summit-server`, killed when dropped.
pub struct Server {
    pub addr: SocketAddr,
    child: Child,
}

impl Server {
    /// Starts `binary` on a free loopback port with `database_url` and the
    /// `extra` arguments, and waits for its first SERVING health reply;
    /// returns it with the time from spawn to that reply.
    pub async fn start(
        binary: &Path,
        database_url: &str,
        log: &Path,
        extra: &[String],
    ) -> Result<(Server, Duration), String> {
        let addr: SocketAddr = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .map_err(|error| format!("no free port: {error}"))?;
        let log_file = std::fs::File::create(log)
            .map_err(|error| format!("cannot create {}: {error}", log.display()))?;
        let spawned = Instant::now();
        let child = Command::new(binary)
            .args(["--addr", &addr.to_string()])
            .args(["--database-url", database_url])
            // No quiz is evicted during the run: the SubmitAnswer clients
            // walk quizzes that StartQuiz slices started.
            .args(["--max-quizzes", "1000000"])
            .args(extra)
            .env_remove("SUMMIT_DATABASE_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .map_err(|error| format!("cannot start {}: {error}", binary.display()))?;
        let mut server = Server { addr, child };
        loop {
            if serving(addr).await {
                return Ok((server, spawned.elapsed()));
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!(
                    "{} exited ({status}) before serving; see {}",
                    binary.display(),
                    log.display()
                ));
            }
            if spawned.elapsed() > START_TIMEOUT {
                return Err(format!("not SERVING after {START_TIMEOUT:?}"));
            }
            tokio::time::sleep(PROBE_EVERY).await;
        }
    }

    /// Peak and current resident memory and threads, from /proc.
    pub fn memory(&self) -> Option<Memory> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let field = |name: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|value| value.parse::<u64>().ok())
        };
        Some(Memory {
            peak_kib: field("VmHWM:")?,
            now_kib: field("VmRSS:")?,
            threads: field("Threads:")?,
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Resident set sizes of the server process.
#[derive(Debug, Clone, Copy)]
pub struct Memory {
    pub peak_kib: u64,
    pub now_kib: u64,
    pub threads: u64,
}

/// Whether the server at `addr` answers Health/Check with SERVING now.
async fn serving(addr: SocketAddr) -> bool {
    let Ok(endpoint) = Endpoint::from_shared(format!("http://{addr}")) else {
        return false;
    };
    let Ok(channel) = endpoint
        .connect_timeout(Duration::from_millis(200))
        .timeout(Duration::from_millis(500))
        .connect()
        .await
    else {
        return false;
    };
    let mut health = HealthClient::new(channel);
    health
        .check(HealthCheckRequest::default())
        .await
        .is_ok_and(|reply| reply.get_ref().status() == ServingStatus::Serving)
}

/// `summit-server` beside this example's own binary (`target/release/`
/// when run with `cargo run --release --example load`).
pub fn default_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?;
    let binary = profile_dir.join("summit-server");
    binary.exists().then_some(binary)
}

/// A channel to `addr`.
pub async fn connect(addr: SocketAddr) -> Result<Channel, tonic::transport::Error> {
    Endpoint::from_shared(format!("http://{addr}"))
        .expect("a socket address makes a valid uri")
        .tcp_nodelay(true)
        .connect()
        .await
}

/// The median of `times` (the upper one of an even count).
pub fn median(times: &mut [Duration]) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}
