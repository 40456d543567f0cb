//! Process-wide limits: the file-descriptor limit and the runtime's
//! threads.

use std::io;

/// The async worker threads: one per core, at most [`MAX_WORKERS`].
pub const MAX_WORKERS: usize = 4;
/// Threads for blocking work (question generation, SQLite calls). Tokio's
/// default of 512 lets a flood of slow calls grow a thread (and its stack)
/// each; work beyond this waits in tokio's queue, which the in-flight bound
/// keeps short.
pub const MAX_BLOCKING_THREADS: usize = 16;

/// The multi-threaded runtime `summit-server` runs on, with at most
/// [`MAX_WORKERS`] workers and [`MAX_BLOCKING_THREADS`] blocking threads.
pub fn runtime() -> io::Result<tokio::runtime::Runtime> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores.clamp(1, MAX_WORKERS))
        .max_blocking_threads(MAX_BLOCKING_THREADS)
        .enable_all()
        .build()
}

/// The open-file limits before and after [`raise_fd_limit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FdLimits {
    pub soft_before: u64,
    pub soft: u64,
    pub hard: u64,
}

/// Raises the soft `RLIMIT_NOFILE` to the hard limit: every connection is a
/// descriptor, and the soft default (often 1024, sometimes 256) would
/// otherwise cap connections far below what the machine allows.
#[cfg(unix)]
pub fn raise_fd_limit() -> io::Result<FdLimits> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one rlimit through a valid pointer.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let soft_before = limit.rlim_cur;
    if limit.rlim_cur < limit.rlim_max {
        let raised = libc::rlimit {
            rlim_cur: limit.rlim_max,
            rlim_max: limit.rlim_max,
        };
        // SAFETY: setrlimit reads one rlimit through a valid pointer.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } != 0 {
            return Err(io::Error::last_os_error());
        }
        limit = raised;
    }
    Ok(FdLimits {
        soft_before,
        soft: limit.rlim_cur,
        hard: limit.rlim_max,
    })
}

/// The connection cap actually used: `wanted`, but leaving room under the
/// soft descriptor limit for the listener, database files and logs.
pub fn connection_cap(wanted: usize, soft_fd_limit: u64) -> usize {
    const RESERVED: u64 = 64;
    let room = usize::try_from(soft_fd_limit.saturating_sub(RESERVED)).unwrap_or(usize::MAX);
    wanted.min(room).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connection_cap_leaves_room_under_the_descriptor_limit() {
        assert_eq!(connection_cap(1024, 256), 192);
        assert_eq!(connection_cap(100, 1_048_576), 100);
        assert_eq!(connection_cap(100, 10), 1);
    }

    #[cfg(unix)]
    #[test]
    fn raising_the_descriptor_limit_reaches_the_hard_limit() {
        let limits = raise_fd_limit().expect("getrlimit works");
        assert_eq!(limits.soft, limits.hard);
        assert!(limits.soft >= limits.soft_before);
    }
}
