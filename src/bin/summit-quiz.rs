//! WIP(issue 3): the chat-style quiz client; replaced by the client work.
fn main() {}
