//! The standard gRPC health service, and what shutdown does to it.

use std::time::Duration;

use summit_quiz::server::HEALTH_SERVICES;
use tokio_stream::StreamExt;
use tonic::Code;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;

use crate::helpers::{expect_code, spawn_app};

fn request(service: &str) -> HealthCheckRequest {
    HealthCheckRequest {
        service: service.to_string(),
    }
}

#[tokio::test]
async fn health_reports_serving_for_the_server_and_every_service() {
    let mut app = spawn_app().await;
    assert_eq!(
        HEALTH_SERVICES,
        [
            "",
            "summit.v1.FactService",
            "summit.v1.QuizService",
            "summit.v1.ExportService",
            "summit.v1.LearnerService"
        ]
    );
    for service in HEALTH_SERVICES {
        let status = app
            .health
            .check(request(service))
            .await
            .expect("Health/Check")
            .into_inner()
            .status();
        assert_eq!(status, ServingStatus::Serving, "service `{service}`");
    }
    let unknown = app.health.check(request("summit.v1.Nope")).await;
    expect_code(unknown, Code::NotFound);
}

#[tokio::test]
async fn graceful_shutdown_flips_health_to_not_serving_then_stops() {
    let mut app = spawn_app().await;
    let mut watches = Vec::new();
    for service in HEALTH_SERVICES {
        let mut watch = app
            .health
            .watch(request(service))
            .await
            .expect("Health/Watch")
            .into_inner();
        let first = watch.next().await.expect("a first status").expect("ok");
        assert_eq!(first.status(), ServingStatus::Serving);
        watches.push(watch);
    }

    // Keep the connection open while the server drains.
    let _client = app.health.clone();
    let addr = app.addr;
    let server = app.begin_shutdown();
    for mut watch in watches {
        let next = tokio::time::timeout(Duration::from_secs(5), watch.next())
            .await
            .expect("a status update before the deadline")
            .expect("the stream stays open while draining")
            .expect("ok");
        assert_eq!(next.status(), ServingStatus::NotServing);
    }
    // Watches dropped: nothing is in flight, so draining ends well before
    // the drain timeout.
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("the server stops once drained")
        .expect("no panic")
        .expect("clean stop");
    let reconnect = tonic::transport::Endpoint::from_shared(format!("http://{addr}"))
        .expect("valid uri")
        .connect()
        .await;
    assert!(reconnect.is_err(), "the listener is closed after shutdown");
}
