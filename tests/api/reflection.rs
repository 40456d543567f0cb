//! Server reflection in both protocols: v1 for current tools, v1alpha for
//! grpcurl 1.8 and other older clients.

use tonic_reflection::pb::{v1, v1alpha};

use crate::helpers::spawn_app;

const EXPECTED: [&str; 6] = [
    "summit.v1.FactService",
    "summit.v1.QuizService",
    "summit.v1.LearnerService",
    "grpc.health.v1.Health",
    "grpc.reflection.v1.ServerReflection",
    "grpc.reflection.v1alpha.ServerReflection",
];

/// Asks a reflection server (`$pb` is the protocol's generated module) to
/// list its services and checks that every expected one is there. The two
/// protocols' types are distinct but shaped alike, hence a macro.
macro_rules! assert_lists_every_service {
    ($pb:ident) => {{
        let app = spawn_app().await;
        let mut client =
            $pb::server_reflection_client::ServerReflectionClient::new(app.channel.clone());
        let request = $pb::ServerReflectionRequest {
            host: String::new(),
            message_request: Some(
                $pb::server_reflection_request::MessageRequest::ListServices(String::new()),
            ),
        };
        let mut responses = client
            .server_reflection_info(tokio_stream::iter([request]))
            .await
            .expect("reflection answers")
            .into_inner();
        let response = responses
            .message()
            .await
            .expect("a reply")
            .expect("one reply");
        let Some($pb::server_reflection_response::MessageResponse::ListServicesResponse(list)) =
            response.message_response
        else {
            panic!("not a service list: {response:?}");
        };
        let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
        for expected in EXPECTED {
            assert!(
                names.iter().any(|n| n == expected),
                "{expected} missing from {names:?}"
            );
        }
    }};
}

#[tokio::test]
async fn reflection_v1_lists_every_service() {
    assert_lists_every_service!(v1);
}

#[tokio::test]
async fn reflection_v1alpha_lists_every_service() {
    assert_lists_every_service!(v1alpha);
}
