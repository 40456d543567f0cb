//! What one client's streams and connections can hold, through the built
//! `summit-server`: streams left half-open hold no in-flight place and end
//! with DEADLINE_EXCEEDED, each connection carries a bounded number of
//! streams (advertised in SETTINGS), and one address holds at most its own
//! share of the connections. The raw HTTP/2 frames are those of the
//! hostile client that found these (hostile14 findings 1, 2 and 4).

use std::convert::Infallible;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body::Frame;
use summit_quiz::proto::fact_service_client::FactServiceClient;
use summit_quiz::proto::learner_service_client::LearnerServiceClient;
use summit_quiz::proto::{GetLearnerProgressRequest, ListFactsRequest};
use tokio_stream::StreamExt;
use tonic::Code;
use tonic::codegen::{Service, http};
use tonic::transport::Channel;

use crate::helpers::{ServerProcess, closed_by_server};

const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
const DATA: u8 = 0x0;
const HEADERS: u8 = 0x1;
const RST_STREAM: u8 = 0x3;
const SETTINGS: u8 = 0x4;
const END_STREAM: u8 = 0x1;
const END_HEADERS: u8 = 0x4;
const ACK: u8 = 0x1;
const SETTINGS_MAX_CONCURRENT_STREAMS: u16 = 0x3;
const REFUSED_STREAM: u32 = 0x7;

/// One HTTP/2 frame.
fn frame(kind: u8, flags: u8, stream: u32, payload: &[u8]) -> Vec<u8> {
    let length = u32::try_from(payload.len()).expect("a small frame");
    let mut out = length.to_be_bytes()[1..].to_vec();
    out.extend([kind, flags]);
    out.extend(stream.to_be_bytes());
    out.extend(payload);
    out
}

struct Received {
    kind: u8,
    flags: u8,
    stream: u32,
    payload: Vec<u8>,
}

fn read_frame(socket: &mut TcpStream) -> std::io::Result<Received> {
    let mut header = [0u8; 9];
    socket.read_exact(&mut header)?;
    let length = u32::from_be_bytes([0, header[0], header[1], header[2]]) as usize;
    let mut payload = vec![0u8; length];
    socket.read_exact(&mut payload)?;
    Ok(Received {
        kind: header[3],
        flags: header[4],
        stream: u32::from_be_bytes([header[5], header[6], header[7], header[8]]) & 0x7fff_ffff,
        payload,
    })
}

/// Opens HTTP/2 on `socket` and returns the server's SETTINGS, which it
/// acknowledges.
fn open_h2(socket: &mut TcpStream) -> Vec<(u16, u32)> {
    socket
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("read timeout");
    socket
        .write_all(&[PREFACE, &frame(SETTINGS, 0, 0, &[])].concat())
        .expect("send the preface");
    loop {
        let received = read_frame(socket).expect("the server's SETTINGS");
        if received.kind == SETTINGS && received.flags & ACK == 0 {
            socket
                .write_all(&frame(SETTINGS, ACK, 0, &[]))
                .expect("acknowledge");
            return received
                .payload
                .chunks_exact(6)
                .map(|pair| {
                    (
                        u16::from_be_bytes([pair[0], pair[1]]),
                        u32::from_be_bytes([pair[2], pair[3], pair[4], pair[5]]),
                    )
                })
                .collect();
        }
    }
}

/// An HPACK literal header field without indexing, with a new name.
fn literal(name: &str, value: &str) -> Vec<u8> {
    let mut out = vec![0x00, u8::try_from(name.len()).expect("short")];
    out.extend(name.as_bytes());
    out.push(u8::try_from(value.len()).expect("short"));
    out.extend(value.as_bytes());
    out
}

/// A call's HEADERS and the first 5 bytes of a gRPC frame announcing a
/// 48-byte message that never comes.
fn half_open_call(stream: u32, path: &str) -> Vec<u8> {
    let headers = [
        literal(":method", "POST"),
        literal(":scheme", "http"),
        literal(":path", path),
        literal(":authority", "x"),
        literal("content-type", "application/grpc"),
        literal("te", "trailers"),
    ]
    .concat();
    [
        frame(HEADERS, END_HEADERS, stream, &headers),
        frame(DATA, 0, stream, &[0, 0, 0, 0, 0x30]),
    ]
    .concat()
}

async fn channel(addr: SocketAddr) -> Channel {
    Channel::from_shared(format!("http://{addr}"))
        .expect("valid uri")
        .connect()
        .await
        .expect("connect")
}

/// A call through tonic whose request stops after the gRPC frame header.
async fn half_open_through_tonic(addr: SocketAddr) -> tonic::Status {
    let mut channel = channel(addr).await;
    let first = Frame::data(Bytes::from_static(&[0, 0, 0, 0, 0x30]));
    let stalled = tokio_stream::iter([Ok::<_, Infallible>(first)]).chain(tokio_stream::pending());
    let request = http::Request::builder()
        .method("POST")
        .uri(format!("http://{addr}/summit.v1.QuizService/GetQuiz"))
        .header("content-type", "application/grpc")
        .header("te", "trailers")
        .body(tonic::body::Body::new(http_body_util::StreamBody::new(
            stalled,
        )))
        .expect("a request");
    std::future::poll_fn(|cx| channel.poll_ready(cx))
        .await
        .expect("ready");
    let response = channel.call(request).await.expect("an HTTP response");
    tonic::Status::from_header_map(response.headers()).expect("a trailers-only status")
}

#[tokio::test]
async fn streams_left_half_open_lock_no_one_out_and_end_with_deadline_exceeded() {
    let server = ServerProcess::start(&["--request-timeout-secs", "2"]).await;
    let mut attacker = TcpStream::connect(server.addr).expect("connect");
    open_h2(&mut attacker);
    // Far over the heavy limit (16) of GetQuiz, and some light calls too.
    let streams: Vec<u32> = (0..60).map(|n| 2 * n + 1).collect();
    for &stream in &streams {
        let path = if stream % 4 == 1 {
            "/summit.v1.QuizService/GetQuiz"
        } else {
            "/summit.v1.FactService/GetFact"
        };
        attacker
            .write_all(&half_open_call(stream, path))
            .expect("open a stream");
    }
    tokio::time::sleep(Duration::from_millis(300)).await;

    let victim = channel(server.addr).await;
    LearnerServiceClient::new(victim.clone())
        .get_learner_progress(GetLearnerProgressRequest {
            learner: "victim".into(),
        })
        .await
        .expect("a heavy call of another client is served");
    FactServiceClient::new(victim)
        .list_facts(ListFactsRequest::default())
        .await
        .expect("a light call of another client is served");

    let status = half_open_through_tonic(server.addr).await;
    assert_eq!(status.code(), Code::DeadlineExceeded, "{status:?}");
    assert!(status.message().contains("2 s"), "{status:?}");

    // Every half-open stream is answered (and ended) by the request timeout.
    let mut ended = std::collections::BTreeSet::new();
    let bound = Instant::now() + Duration::from_secs(15);
    while ended.len() < streams.len() && Instant::now() < bound {
        let received = read_frame(&mut attacker).expect("frames until every stream ended");
        if received.kind == HEADERS && received.flags & END_STREAM != 0 {
            ended.insert(received.stream);
        }
    }
    assert_eq!(ended.len(), streams.len(), "ended streams: {ended:?}");
}

#[tokio::test]
async fn a_connection_carries_at_most_100_streams_and_says_so_in_its_settings() {
    let server = ServerProcess::start(&[]).await;
    let mut socket = TcpStream::connect(server.addr).expect("connect");
    let settings = open_h2(&mut socket);
    assert!(
        settings.contains(&(SETTINGS_MAX_CONCURRENT_STREAMS, 100)),
        "{settings:?}"
    );
    for n in 0..101 {
        socket
            .write_all(&half_open_call(2 * n + 1, "/summit.v1.FactService/GetFact"))
            .expect("open a stream");
    }
    let over = 2 * 100 + 1;
    loop {
        let received = read_frame(&mut socket).expect("the 101st stream is refused");
        if received.kind == RST_STREAM {
            assert_eq!(received.stream, over, "only the stream over the cap");
            let code = u32::from_be_bytes(received.payload[..4].try_into().expect("4 bytes"));
            assert_eq!(code, REFUSED_STREAM);
            break;
        }
    }
}

/// Connects to `server` from `source` (any 127.x address reaches a
/// loopback listener on Linux).
async fn connect_from(source: [u8; 4], server: SocketAddr) -> TcpStream {
    let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
    socket
        .bind(SocketAddr::from((source, 0)))
        .expect("bind the source address");
    let stream = socket.connect(server).await.expect("connect");
    let stream = stream.into_std().expect("a std socket");
    stream.set_nonblocking(false).expect("blocking");
    stream
}

#[tokio::test]
async fn one_address_holds_at_most_its_share_of_connections_and_others_still_get_in() {
    let server =
        ServerProcess::start(&["--max-connections", "8", "--max-connections-per-ip", "2"]).await;
    // Time for the start-up health probe's connection to be released.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut socket = connect_from([127, 0, 0, 1], server.addr).await;
        open_h2(&mut socket);
        held.push(socket);
    }
    let mut over = connect_from([127, 0, 0, 1], server.addr).await;
    let _ = over.write_all(PREFACE);
    assert!(
        closed_by_server(&mut over, Duration::from_secs(2)),
        "a third connection from one address is closed at once"
    );
    let mut other = connect_from([127, 0, 0, 2], server.addr).await;
    assert!(!open_h2(&mut other).is_empty(), "another address is served");
    drop(held.pop());
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut again = connect_from([127, 0, 0, 1], server.addr).await;
    open_h2(&mut again);
}
