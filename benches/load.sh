#!/bin/sh
# The load benchmark: builds the release server and load generator, then
# measures every main RPC beside grpc.health.v1.Health/Check in one run and
# writes the table to benches/RESULTS.md. Arguments go to the load example,
# e.g. --database-url postgres://postgres@127.0.0.1:54329/load, --seconds 5,
# --only SubmitAnswer (see --help). Loopback only; a run takes about a minute.
set -eu
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin summit-server --example load
exec target/release/examples/load "$@"
