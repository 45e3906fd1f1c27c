#!/usr/bin/env bash
# Answer-quality benchmark: Citebot and its two peers on the public data in ../shared/bench (dev splits and
# SciFact test), each measured in the same run by the same eval command. Reports go to target/bench/.
# Usage: src/bench/quality.sh [BENCH_DIR]   (default: ../shared/bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=${1:-../shared/bench}
OUT=target/bench
mkdir -p "$OUT"
[ -f target/citebot.jar ] || mvn -B -q package -DskipTests
run() { echo "\$ java -jar target/citebot.jar eval $*"; java -jar target/citebot.jar eval "$@" 2>/dev/null; echo; }

for mode in citebot naive bm25; do
  run --docs seeds --questions "$BENCH/seed/questions-dev.jsonl" --mode $mode --report "$OUT/seed-$mode.json"
done
for mode in citebot naive bm25; do
  run --docs "$BENCH/squad2/docs" --questions "$BENCH/squad2/questions-dev.jsonl" --mode $mode \
      --report "$OUT/squad-$mode.json"
done
# SciFact is retrieval only: sentence vectors are not needed to rank documents.
for mode in citebot naive bm25; do
  run --beir "$BENCH/scifact" --mode $mode --set index.sentence.vectors=false --report "$OUT/scifact-$mode.json"
done
