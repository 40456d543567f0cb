//! A client that resets its streams or drops its connection mid-request
//! never shows in the metrics as a server fault (UNKNOWN, INTERNAL): it
//! gave up, and is counted CANCELLED.

use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use crate::helpers::{ServerProcess, free_port};
use crate::security::{sample, scrape};

/// One HTTP/2 frame: length, type, flags, stream id, payload.
fn frame(kind: u8, flags: u8, stream: u32, payload: &[u8]) -> Vec<u8> {
    let length = u32::try_from(payload.len()).expect("small").to_be_bytes();
    let mut bytes = length[1..].to_vec();
    bytes.extend([kind, flags]);
    bytes.extend(stream.to_be_bytes());
    bytes.extend(payload);
    bytes
}

/// A HEADERS block of literal fields (HPACK without indexing).
fn header_block(path: &str) -> Vec<u8> {
    let mut block = Vec::new();
    for (name, value) in [
        (":method", "POST"),
        (":scheme", "http"),
        (":path", path),
        (":authority", "x"),
        ("content-type", "application/grpc"),
        ("te", "trailers"),
    ] {
        block.push(0);
        block.push(u8::try_from(name.len()).expect("short"));
        block.extend(name.as_bytes());
        block.push(u8::try_from(value.len()).expect("short"));
        block.extend(value.as_bytes());
    }
    block
}

/// Opens `stream` on `path` and sends 5 bytes of a gRPC frame announcing
/// 48: a request the server waits on.
fn half_open(socket: &mut TcpStream, stream: u32, path: &str) {
    let mut bytes = frame(1, 4, stream, &header_block(path));
    bytes.extend(frame(0, 0, stream, &[0, 0, 0, 0, 0x30]));
    socket.write_all(&bytes).expect("send");
}

#[tokio::test]
async fn streams_a_client_resets_or_drops_count_as_cancelled_not_unknown_or_internal() {
    let metrics: SocketAddr = ([127, 0, 0, 1], free_port()).into();
    let server = ServerProcess::start(&["--metrics-addr", &metrics.to_string()]).await;
    const GET_FACT: &str = "/summit.v1.FactService/GetFact";
    let count = |text: &str, code: &str| {
        sample(
            text,
            "summit_grpc_requests_total",
            &[("method", GET_FACT), ("code", code)],
        )
    };
    let before = scrape(metrics);
    let mut socket = TcpStream::connect(server.addr).expect("connect");
    let mut preface = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec();
    preface.extend(frame(4, 0, 0, &[]));
    socket.write_all(&preface).expect("send the preface");
    // Reset with PROTOCOL_ERROR and with NO_ERROR (tonic's INTERNAL), and
    // one left open when the connection drops (tonic's UNKNOWN).
    half_open(&mut socket, 1, GET_FACT);
    half_open(&mut socket, 3, GET_FACT);
    half_open(&mut socket, 5, GET_FACT);
    std::thread::sleep(Duration::from_millis(300));
    let mut resets = frame(3, 0, 1, &1u32.to_be_bytes());
    resets.extend(frame(3, 0, 3, &0u32.to_be_bytes()));
    socket.write_all(&resets).expect("send the resets");
    std::thread::sleep(Duration::from_millis(300));
    drop(socket);
    let total = |text: &str| sample(text, "summit_grpc_requests_total", &[("method", GET_FACT)]);
    let mut after = scrape(metrics);
    for _ in 0..100 {
        if total(&after) - total(&before) >= 3.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        after = scrape(metrics);
    }
    assert_eq!(total(&after) - total(&before), 3.0, "{after}");
    // The PROTOCOL_ERROR reset and the dropped connection at least; the
    // NO_ERROR reset may read as a request cut short (INVALID_ARGUMENT).
    assert!(
        count(&after, "CANCELLED") - count(&before, "CANCELLED") >= 2.0,
        "{after}"
    );
    for fault in ["UNKNOWN", "INTERNAL"] {
        assert_eq!(count(&after, fault), 0.0, "{after}");
    }
}
