//! The accept loop: a connection cap, a handshake (slow-loris) timeout and
//! an idle timeout, in front of tonic's HTTP/2 server.
//!
//! Each accepted socket must take a place under its peer address's cap and
//! a permit from the connection semaphore; when either is full it is
//! closed at once, so idle sockets cannot pile up until the process runs
//! out of file descriptors, and one client holding many idle sockets
//! cannot take every place from the others. A connection then has
//! the handshake timeout to send the 24-byte HTTP/2 client preface, read
//! here before tonic sees the socket (and replayed to it); one that does
//! not, or sends something else, is closed. From then on [`Guarded`]
//! closes the connection (reads end) once nothing but HTTP/2 pings has
//! passed in either direction for the idle timeout, so keepalive pings keep
//! a dead peer from being kept, but not an idle one.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};
use tokio::time::{Instant, Sleep};
use tokio_stream::wrappers::ReceiverStream;
use tonic::transport::server::{Connected, TcpConnectInfo};

use super::Protection;

/// What every HTTP/2 client sends first (RFC 9113, section 3.4).
const PREFACE: &[u8; 24] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
/// An HTTP/2 frame header; a PING frame carries 8 bytes more.
const FRAME_HEADER: usize = 9;
const PING: u8 = 0x6;

/// The connections tonic serves: accepted under the cap, preface received.
pub fn incoming(
    listener: TcpListener,
    protection: &Protection,
    tls: bool,
) -> ReceiverStream<io::Result<Guarded>> {
    let limits = Limits {
        permits: Arc::new(Semaphore::new(
            protection.max_connections.clamp(1, Semaphore::MAX_PERMITS),
        )),
        max_connections: protection.max_connections,
        peers: Arc::new(PerPeer::new(protection.max_connections_per_ip)),
        handshake_timeout: protection.handshake_timeout,
        idle_timeout: protection.idle_timeout,
        tls,
    };
    let (ready, incoming) = mpsc::channel(64);
    tokio::spawn(accept_loop(listener, limits, ready));
    ReceiverStream::new(incoming)
}

#[derive(Debug, Clone)]
struct Limits {
    permits: Arc<Semaphore>,
    max_connections: usize,
    peers: Arc<PerPeer>,
    handshake_timeout: Duration,
    idle_timeout: Duration,
    /// The first bytes are a TLS handshake record, not the HTTP/2 preface
    /// (which then comes encrypted).
    tls: bool,
}

/// Accepts until the server stops taking connections (the receiver drops).
async fn accept_loop(
    listener: TcpListener,
    limits: Limits,
    ready: mpsc::Sender<io::Result<Guarded>>,
) {
    loop {
        let accepted = tokio::select! {
            () = ready.closed() => return,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(error) => {
                // Out of file descriptors, or the peer gave up before the
                // accept: wait a moment instead of spinning.
                tracing::warn!(%error, "could not accept a connection");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Some(peer_place) = limits.peers.try_take(peer.ip()) else {
            tracing::debug!(
                %peer,
                max_connections_per_ip = limits.peers.cap,
                "closed a connection over its address's connection limit"
            );
            drop(stream);
            continue;
        };
        let Ok(permit) = Arc::clone(&limits.permits).try_acquire_owned() else {
            tracing::debug!(
                %peer,
                max_connections = limits.max_connections,
                "closed a connection over the connection limit"
            );
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(handshake(
            stream,
            peer,
            (permit, peer_place),
            limits.clone(),
            ready.clone(),
        ));
    }
}

/// Waits (up to the handshake timeout) for the preface, then hands the
/// connection to the server.
async fn handshake(
    mut stream: TcpStream,
    peer: SocketAddr,
    places: Places,
    limits: Limits,
    ready: mpsc::Sender<io::Result<Guarded>>,
) {
    let mut preface = [0u8; PREFACE.len()];
    match tokio::time::timeout(limits.handshake_timeout, stream.read_exact(&mut preface)).await {
        Ok(Ok(_)) if opens_well(&preface, limits.tls) => {
            let guarded = Guarded::new(stream, preface, places, limits.idle_timeout);
            let _ = ready.send(Ok(guarded)).await;
        }
        Ok(Ok(_)) => tracing::debug!(%peer, "closed a connection that is not HTTP/2"),
        Ok(Err(_)) => {}
        Err(_) => tracing::debug!(
            %peer,
            timeout = ?limits.handshake_timeout,
            "closed a connection that sent no HTTP/2 preface in time"
        ),
    }
}

/// Whether a connection's first bytes open what the server speaks: the
/// HTTP/2 preface in plaintext, a TLS handshake record (type 22) with TLS.
fn opens_well(first: &[u8; PREFACE.len()], tls: bool) -> bool {
    if tls {
        first[0] == TLS_HANDSHAKE_RECORD
    } else {
        first == PREFACE
    }
}

/// The content type of a TLS handshake record, which a ClientHello opens.
const TLS_HANDSHAKE_RECORD: u8 = 22;

/// The places a connection holds: under the connection cap and under its
/// address's.
type Places = (OwnedSemaphorePermit, PeerPlace);

/// How many connections each peer address holds, under a cap. An address
/// is only kept while it holds one, so the map is no bigger than the
/// connection cap.
#[derive(Debug)]
struct PerPeer {
    held: Mutex<HashMap<IpAddr, usize>>,
    cap: usize,
}

impl PerPeer {
    fn new(cap: usize) -> PerPeer {
        PerPeer {
            held: Mutex::new(HashMap::new()),
            cap: cap.max(1),
        }
    }

    /// A place for one more connection from `ip`, unless it holds the cap.
    /// An IPv4 peer reaching an IPv6 listener counts as its IPv4 address.
    fn try_take(self: &Arc<Self>, ip: IpAddr) -> Option<PeerPlace> {
        let ip = ip.to_canonical();
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        let count = held.entry(ip).or_insert(0);
        if *count >= self.cap {
            return None;
        }
        *count += 1;
        Some(PeerPlace {
            peers: Arc::clone(self),
            ip,
        })
    }
}

/// One connection's place under its address's cap, given back on drop.
#[derive(Debug)]
struct PeerPlace {
    peers: Arc<PerPeer>,
    ip: IpAddr,
}

impl Drop for PeerPlace {
    fn drop(&mut self) {
        let mut held = self
            .peers
            .held
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Entry::Occupied(mut count) = held.entry(self.ip) {
            *count.get_mut() -= 1;
            if *count.get() == 0 {
                count.remove();
            }
        }
    }
}

/// An accepted connection: holds its places under the caps until dropped,
/// replays the preface, and ends reads once idle.
#[derive(Debug)]
pub struct Guarded {
    stream: TcpStream,
    /// The first bytes, read to check the connection opens well, which
    /// tonic is given back before the rest.
    first: [u8; PREFACE.len()],
    /// How much of `first` tonic has been given back.
    replayed: usize,
    idle_timeout: Duration,
    idle: Pin<Box<Sleep>>,
    _places: Places,
}

impl Guarded {
    fn new(
        stream: TcpStream,
        first: [u8; PREFACE.len()],
        places: Places,
        idle_timeout: Duration,
    ) -> Guarded {
        Guarded {
            stream,
            first,
            replayed: 0,
            idle_timeout,
            idle: Box::pin(tokio::time::sleep(idle_timeout)),
            _places: places,
        }
    }

    fn active(&mut self, bytes: &[u8]) {
        if !bytes.is_empty() && !only_pings(bytes) {
            self.busy();
        }
    }

    /// [`Guarded::active`] for the first `written` bytes of `bufs`.
    fn active_vectored(&mut self, bufs: &[io::IoSlice<'_>], written: usize) {
        if written > 0 && !written_only_pings(bufs, written) {
            self.busy();
        }
    }

    fn busy(&mut self) {
        let deadline = Instant::now() + self.idle_timeout;
        self.idle.as_mut().reset(deadline);
    }
}

/// Whether `bytes` are whole HTTP/2 PING frames and nothing else: keepalive
/// traffic, which does not make a connection busy.
fn only_pings(bytes: &[u8]) -> bool {
    bytes.len().is_multiple_of(FRAME_HEADER + 8)
        && bytes
            .chunks(FRAME_HEADER + 8)
            .all(|frame| frame[..3] == [0, 0, 8] && frame[3] == PING)
}

/// [`only_pings`] for the first `written` bytes of `bufs`, as a vectored
/// write sent them. Copies them only when they could be (a whole number of
/// PING frames long), which a reply never is.
fn written_only_pings(bufs: &[io::IoSlice<'_>], written: usize) -> bool {
    if !written.is_multiple_of(FRAME_HEADER + 8) {
        return false;
    }
    let mut bytes = Vec::with_capacity(written);
    for buf in bufs {
        let wanted = (written - bytes.len()).min(buf.len());
        bytes.extend_from_slice(&buf[..wanted]);
    }
    only_pings(&bytes)
}

impl Connected for Guarded {
    type ConnectInfo = TcpConnectInfo;

    fn connect_info(&self) -> TcpConnectInfo {
        self.stream.connect_info()
    }
}

impl AsyncRead for Guarded {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if this.replayed < this.first.len() {
            let rest = &this.first[this.replayed..];
            let n = rest.len().min(buf.remaining());
            buf.put_slice(&rest[..n]);
            this.replayed += n;
            return Poll::Ready(Ok(()));
        }
        if this.idle.as_mut().poll(cx).is_ready() {
            tracing::debug!("closed an idle connection");
            // End of stream: the server closes the connection.
            return Poll::Ready(Ok(()));
        }
        let before = buf.filled().len();
        let read = Pin::new(&mut this.stream).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = read {
            let filled = buf.filled()[before..].to_vec();
            this.active(&filled);
        }
        read
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let written = Pin::new(&mut this.stream).poll_write(cx, buf);
        if let Poll::Ready(Ok(n)) = written {
            this.active(&buf[..n]);
        }
        written
    }

    /// Forwarded, so a reply's frames go out in one `writev`: HTTP/2 keeps
    /// a large DATA payload apart from the frame headers before it, and
    /// over a stream that cannot write vectored every part of a reply
    /// (headers, payload, trailers) was a `sendto` of its own.
    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let written = Pin::new(&mut this.stream).poll_write_vectored(cx, bufs);
        if let Poll::Ready(Ok(n)) = written {
            this.active_vectored(bufs, n);
        }
        written
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ping_frames_alone_are_keepalive_traffic() {
        let ping = [0, 0, 8, PING, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8];
        assert!(only_pings(&ping));
        assert!(only_pings(&[ping, ping].concat()));
        let mut headers = ping;
        headers[3] = 0x1;
        assert!(!only_pings(&headers));
        assert!(!only_pings(&ping[..10]));
    }

    #[test]
    fn a_vectored_write_is_keepalive_traffic_only_if_what_it_sent_is_pings() {
        let ping = [0, 0, 8, PING, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8];
        let mut headers = ping;
        headers[3] = 0x1;
        let (head, tail) = ping.split_at(5);
        let split = [io::IoSlice::new(head), io::IoSlice::new(tail)];
        assert!(written_only_pings(&split, ping.len()));
        let ping_then_headers = [io::IoSlice::new(&ping), io::IoSlice::new(&headers)];
        assert!(!written_only_pings(&ping_then_headers, 2 * ping.len()));
        // Only what was written counts: the headers did not go out.
        assert!(written_only_pings(&ping_then_headers, ping.len()));
        assert!(!written_only_pings(&split, 10));
    }

    #[test]
    fn one_address_holds_at_most_its_cap_and_others_still_get_in() {
        let peers = Arc::new(PerPeer::new(2));
        let busy: IpAddr = [10, 0, 0, 1].into();
        let first = peers.try_take(busy).expect("first");
        let _second = peers.try_take(busy).expect("second");
        assert!(peers.try_take(busy).is_none(), "over the address's cap");
        let mapped: IpAddr = "::ffff:10.0.0.1".parse().expect("an address");
        assert!(
            peers.try_take(mapped).is_none(),
            "the same client over IPv6"
        );
        assert!(peers.try_take([10, 0, 0, 2].into()).is_some());
        drop(first);
        assert!(peers.try_take(busy).is_some(), "a place came back");
    }

    #[test]
    fn an_address_is_forgotten_once_its_last_connection_closes() {
        let peers = Arc::new(PerPeer::new(4));
        let places: Vec<_> = (0..3)
            .filter_map(|_| peers.try_take([10, 0, 0, 3].into()))
            .collect();
        assert_eq!(peers.held.lock().expect("lock").len(), 1);
        drop(places);
        assert!(peers.held.lock().expect("lock").is_empty());
    }
}
