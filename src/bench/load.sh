#!/usr/bin/env bash
# Load test: 32 connections on POST /api/ask for 60 s while /health is measured alongside.
# Loopback only, bounded in time (about 90 s with start-up). Needs wrk (Debian: apt-get install wrk) and the
# jar (mvn -B -q package -DskipTests). Pass criteria: 0 errors and 0 non-2xx on /api/ask; /health p99 < 100 ms.
#
#   src/bench/load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${1:-60}"
CONNECTIONS="${2:-32}"
PORT="${CITEBOT_BENCH_PORT:-7391}"
JAR=target/citebot.jar
OUT="${TMPDIR:-/tmp}/citebot-load.$$"
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: run mvn -B -q package -DskipTests first" >&2; exit 2; }

# The load test measures capacity: no rate limit (every request comes from 127.0.0.1).
CITEBOT_HOST=127.0.0.1 CITEBOT_PORT="$PORT" CITEBOT_RATE_LIMIT_PER_MINUTE=0 CITEBOT_REINDEX_WATCH=false \
  java ${CITEBOT_BENCH_JAVA_OPTS:-} -jar "$JAR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/ready" >/dev/null || { echo "server not ready; see $OUT/server.log" >&2; exit 1; }

cat > "$OUT/ask.lua" <<'LUA'
local questions = {
  "When was President Bazoum ousted?",
  "What did Putin call for in the Niger crisis?",
  "Where did ECOWAS military chiefs meet?",
  "Which resources make Niger a key ally?",
  "What is the capital of Australia?",
}
local n = 0
request = function()
  n = n + 1
  local body = '{"question": "' .. questions[(n % #questions) + 1] .. '"}'
  return wrk.format("POST", "/api/ask", {["Content-Type"] = "application/json"}, body)
end
LUA

echo "== warm-up (5 s)"
wrk -t2 -c8 -d5s -s "$OUT/ask.lua" "http://127.0.0.1:$PORT" > /dev/null

echo "== POST /api/ask: $CONNECTIONS connections, ${DURATION} s; GET /health alongside, 2 connections"
wrk -t4 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$OUT/ask.lua" \
  "http://127.0.0.1:$PORT" > "$OUT/ask.txt" &
ASK=$!
sleep 2
wrk -t1 -c2 -d"$((DURATION - 4))s" --timeout 5s --latency "http://127.0.0.1:$PORT/health" > "$OUT/health.txt"
wait $ASK

echo "-- /api/ask"; cat "$OUT/ask.txt"
echo "-- /health (while /api/ask is saturated)"; cat "$OUT/health.txt"

fail=0
if grep -qE "Socket errors|Non-2xx" "$OUT/ask.txt"; then echo "FAIL: /api/ask had errors"; fail=1; fi
p99=$(awk '/^ +99%/ {print $2}' "$OUT/health.txt")
ms=$(echo "$p99" | awk '/us$/ {sub("us",""); print $1/1000; next} /ms$/ {sub("ms",""); print $1; next} /s$/ {sub("s",""); print $1*1000}')
if awk -v m="$ms" 'BEGIN {exit !(m >= 100)}'; then echo "FAIL: /health p99 $p99 >= 100 ms"; fail=1; fi
echo "== /health p99 $p99; server log: $OUT/server.log"
[ "$fail" = 0 ] && echo "PASS"
exit "$fail"
