#!/usr/bin/env bash
# Refusal in other languages (XQuAD German, Spanish, Chinese). XQuAD has only answerable questions, so an
# unanswerable set is made by removing articles: every fourth article (00, 04, 08, ..., 12 of the 48) is left out
# of the docs folder, and its questions are asked as unanswerable (their answer is in no document left); the
# questions of the 36 articles kept are asked as answerable. The report's refusal rate is on the first, its false
# refusal on the second. Measures only; nothing is tuned on it. Reports go to target/bench/.
# "en" makes the same set from SQuAD dev (its own unanswerable questions left out): the English figure to compare.
# Usage: src/bench/xquad_refusal.sh [BENCH_DIR] [LANGUAGES]   (defaults: ../shared/bench, "de es zh en");
# CITEBOT_JAR=path runs another build (default target/citebot.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=${1:-../shared/bench}
LANGS=${2:-de es zh en}
OUT=target/bench
mkdir -p "$OUT"
JAR=${CITEBOT_JAR:-target/citebot.jar}
[ -f "$JAR" ] || mvn -B -q package -DskipTests
for lang in $LANGS; do
  docs=$BENCH/xquad/$lang/docs questions=$BENCH/xquad/$lang/questions.jsonl
  if [ "$lang" = en ]; then docs=$BENCH/squad2/docs questions=$BENCH/squad2/questions-dev.jsonl; fi
  work=$(mktemp -d)
  mkdir "$work/docs"
  # Articles are named NN_Title.txt: NN divisible by 4 is removed.
  for f in "$docs"/*.txt; do
    n=$((10#$(basename "$f" | cut -d_ -f1)))
    if [ $((n % 4)) -ne 0 ]; then cp "$f" "$work/docs/"; fi
  done
  python3 - "$questions" "$work/docs" > "$work/questions.jsonl" <<'PY'
import json, os, sys
kept = set(os.listdir(sys.argv[2]))
for line in open(sys.argv[1], encoding="utf-8"):
    q = json.loads(line)
    if q["is_impossible"]:  # SQuAD's own unanswerable questions: not part of this construction
        continue
    if q["doc"] not in kept:  # its article was removed: nothing left answers it
        q["answers"], q["is_impossible"] = [], True
    print(json.dumps(q, ensure_ascii=False))
PY
  echo "\$ java -jar $JAR eval --docs <$docs without NN%4==0> --questions <those marked unanswerable> --set ingest.isolation=none --report $OUT/xquad-refusal-$lang.json"
  CITEBOT_LOG_FORMAT=text java -jar "$JAR" eval --docs "$work/docs" --questions "$work/questions.jsonl" \
      --set ingest.isolation=none --report "$OUT/xquad-refusal-$lang.json" 2>/dev/null
  rm -rf "$work"
  echo
done
