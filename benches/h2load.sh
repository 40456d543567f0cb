#!/usr/bin/env bash
# The issue tracker's measurement, repeatable: h2load (Debian's
# nghttp2-client) at 32 concurrent streams on one connection, each RPC
# beside grpc.health.v1.Health/Check on the same server in the same run
# (one floor run before and one after every RPC; the ratio is over their
# mean). Unlike `benches/load.sh`, the client is C and decodes nothing, so
# the ratios say what the server spends, and one request is sent over and
# over: CheckAnswer is measured with the right answer and with a slipped one
# (two neighbouring letters swapped in every word of five letters or more).
#
# Usage: bash benches/h2load.sh [SERVER_BINARY] [REQUESTS_PER_RUN]
# Needs h2load, grpcurl and python3. Builds nothing: run `cargo build
# --release` first, or pass another build's binary to compare two.
set -euo pipefail
cd "$(dirname "$0")/.."

server=${1:-target/release/summit-server}
requests=${2:-100000}
port=${H2LOAD_PORT:-50961}
addr=127.0.0.1:$port
work=$(mktemp -d /tmp/summit-h2load.XXXXXX)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT

if ss -ltn 2>/dev/null | grep -q ":$port "; then
  echo "port $port is taken: set H2LOAD_PORT" >&2
  exit 1
fi
"$server" --addr "$addr" --metrics-addr 127.0.0.1:0 \
  --database-url "sqlite://$work/bench.db" \
  --max-heavy-in-flight 256 --latency-target-ms 0 >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 50); do
  grpcurl -plaintext "$addr" grpc.health.v1.Health/Check >/dev/null 2>&1 && break
  sleep 0.1
done

# The first short-answer question of a fixed seed, and its right answer.
question=$(grpcurl -plaintext -d '{"count": 1, "seed": 7, "kinds": ["QUESTION_KIND_SHORT_ANSWER"]}' \
  "$addr" summit.v1.QuizService/GenerateQuestions | python3 -c 'import json,sys; print(json.load(sys.stdin)["questions"][0]["id"])')
answer=$(grpcurl -plaintext -d "{\"question_id\": \"$question\", \"answer\": \"?\"}" \
  "$addr" summit.v1.QuizService/CheckAnswer | python3 -c 'import json,sys; print(json.load(sys.stdin)["grade"]["canonicalAnswer"])')

# gRPC request bodies: a length-prefixed message of string fields.
python3 - "$work" "$question" "$answer" <<'EOF'
import struct, sys
work, question, answer = sys.argv[1:]
def field(number, text):
    data = text.encode()
    return bytes([number << 3 | 2, len(data)]) + data
def write(name, message):
    with open(f"{work}/{name}.bin", "wb") as out:
        out.write(b"\0" + struct.pack(">I", len(message)) + message)
def slipped(word):
    return word[:2] + word[3] + word[2] + word[4:] if len(word) >= 5 else word
write("health", b"")
write("right", field(1, question) + field(2, answer))
write("slipped", field(1, question) + field(2, " ".join(map(slipped, answer.split()))))
write("ask", field(1, "Where was the summit held?"))
EOF

# Each measured request is right once before it is sent over and over:
# h2load counts an HTTP 200 as success, whatever the grpc-status.
slipped=$(python3 -c 'import sys; print(" ".join(w[:2] + w[3] + w[2] + w[4:] if len(w) >= 5 else w for w in sys.argv[1].split()))' "$answer")
grpcurl -plaintext -d "{\"question_id\": \"$question\", \"answer\": \"$slipped\"}" \
  "$addr" summit.v1.QuizService/CheckAnswer | grep -q '"correct": true' ||
  { echo "\"$slipped\" is not accepted for \"$answer\"" >&2; exit 1; }
grpcurl -plaintext -d '{"question": "Where was the summit held?"}' \
  "$addr" summit.v1.FactService/Ask | grep -q '"answered": true' ||
  { echo "Ask did not answer" >&2; exit 1; }

rate() {
  h2load -n "$requests" -c 1 -m 32 -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$work/$2.bin" "http://$addr/$1" 2>&1 |
    awk '/succeeded/ { ok = ($8 == $2 || $8 == $2",") } / req\/s,/ { rate = $4 } END { print (ok ? rate : "FAILED") }'
}
health() { rate grpc.health.v1.Health/Check health; }

echo "server: $server; answer: \"$answer\"; $requests requests a run, 32 streams"
printf '| %-44s | %9s | %9s | %5s |\n' RPC 'req/s' 'floor' ratio
for row in "QuizService/CheckAnswer right" "QuizService/CheckAnswer slipped" "FactService/Ask ask"; do
  set -- $row
  before=$(health)
  measured=$(rate "summit.v1.$1" "$2")
  after=$(health)
  python3 -c "
b, m, a = (float(x) if x != 'FAILED' else None for x in ('$before', '$measured', '$after'))
floor = (b + a) / 2
print('| %-44s | %9s | %9.0f | %5s |' % ('$1 ($2)', 'FAILED' if m is None else '%.0f' % m, floor, '-' if m is None else '%.3f' % (m / floor)))"
done
