//! Server reflection in both protocols: v1 for current tools, v1alpha for
//! grpcurl 1.8 and other older clients.

use tonic_reflection::pb::{v1, v1alpha};

use crate::helpers::spawn_app;

const EXPECTED: [&str; 5] = [
    "summit.v1.FactService",
    "summit.v1.QuizService",
    "grpc.health.v1.Health",
    "grpc.reflection.v1.ServerReflection",
    "grpc.reflection.v1alpha.ServerReflection",
];

fn assert_lists_every_service(names: Vec<String>) {
    for expected in EXPECTED {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} missing from {names:?}"
        );
    }
}

#[tokio::test]
async fn reflection_v1_lists_every_service() {
    let app = spawn_app().await;
    let mut client = v1::server_reflection_client::ServerReflectionClient::new(app.channel.clone());
    let request = v1::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(v1::server_reflection_request::MessageRequest::ListServices(
            String::new(),
        )),
    };
    let mut responses = client
        .server_reflection_info(tokio_stream::iter([request]))
        .await
        .expect("reflection v1")
        .into_inner();
    let response = responses
        .message()
        .await
        .expect("a reply")
        .expect("one reply");
    let Some(v1::server_reflection_response::MessageResponse::ListServicesResponse(list)) =
        response.message_response
    else {
        panic!("not a service list: {response:?}");
    };
    assert_lists_every_service(list.service.into_iter().map(|s| s.name).collect());
}

#[tokio::test]
async fn reflection_v1alpha_lists_every_service() {
    let app = spawn_app().await;
    let mut client =
        v1alpha::server_reflection_client::ServerReflectionClient::new(app.channel.clone());
    let request = v1alpha::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(
            v1alpha::server_reflection_request::MessageRequest::ListServices(String::new()),
        ),
    };
    let mut responses = client
        .server_reflection_info(tokio_stream::iter([request]))
        .await
        .expect("reflection v1alpha")
        .into_inner();
    let response = responses
        .message()
        .await
        .expect("a reply")
        .expect("one reply");
    let Some(v1alpha::server_reflection_response::MessageResponse::ListServicesResponse(list)) =
        response.message_response
    else {
        panic!("not a service list: {response:?}");
    };
    assert_lists_every_service(list.service.into_iter().map(|s| s.name).collect());
}
