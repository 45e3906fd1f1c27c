#!/usr/bin/env bash
# Answer-quality benchmark: Citebot and its two peers on the public data in ../shared/bench (dev splits and
# SciFact test), each measured in the same run by the same eval command, then Citebot with each embedding
# model LangChain4j ships as a jar, and the ablations of BENCHMARKS.md. Reports go to target/bench/.
# Usage: src/bench/quality.sh [BENCH_DIR]   (default: ../shared/bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=${1:-../shared/bench}
OUT=target/bench
mkdir -p "$OUT"
[ -f target/citebot.jar ] || mvn -B -q package -DskipTests
# Fresh caches, so that ingest times are real; each run gets its own.
run() { local name=$1; shift; echo "\$ java -jar target/citebot.jar eval $* --report $OUT/$name.json"
        CITEBOT_CACHE_DIR= CITEBOT_LOG_FORMAT=text java -jar target/citebot.jar eval "$@" --report "$OUT/$name.json" 2>/dev/null; echo; }

for mode in citebot naive bm25; do
  run seed-$mode --docs seeds --questions "$BENCH/seed/questions-dev.jsonl" --mode $mode
done
# Natural questions over a real manual (HTML chapters), and the developers' own natural questions about the seed
# (src/bench/data/seed-natural.jsonl: written while tuning, so in-sample by construction).
for mode in citebot naive bm25; do
  run manual-$mode --docs "$BENCH/manual/docs" --questions "$BENCH/manual/questions-dev.jsonl" --mode $mode
done
run manual-bm25-1200 --docs "$BENCH/manual/docs" --questions "$BENCH/manual/questions-dev.jsonl" --mode bm25 \
    --set chunk.size=1200
run seed-natural-citebot --docs seeds --questions src/bench/data/seed-natural.jsonl
# Natural questions about the seed written blind by a helper who read only the article (src/bench/data/seed-blind.jsonl:
# 28 answerable, 12 not; read after its first run, so in-sample since, see BENCHMARKS.md).
run seed-blind-citebot --docs seeds --questions src/bench/data/seed-blind.jsonl
# A second manual, whose questions were written by a helper who never ran Citebot (src/bench/data/node-manual:
# six HTML chapters of the Node.js 20 API documentation, 45 answerable and 15 unanswerable questions).
for mode in citebot naive bm25; do
  run node-manual-$mode --docs src/bench/data/node-manual/docs --questions src/bench/data/node-manual/questions.jsonl \
      --mode $mode
done
# A third manual, written blind the same way (src/bench/data/pg-manual: eleven pages of the PostgreSQL 15 manual,
# 60 answerable and 20 unanswerable questions).
for mode in citebot naive bm25; do
  run pg-manual-$mode --docs src/bench/data/pg-manual/docs --questions src/bench/data/pg-manual/questions.jsonl \
      --mode $mode
done
# A fourth manual, written blind the same way (src/bench/data/py-manual: ten pages of the Python 3.11
# documentation, 60 answerable and 20 unanswerable questions).
for mode in citebot naive bm25; do
  run py-manual-$mode --docs src/bench/data/py-manual/docs --questions src/bench/data/py-manual/questions.jsonl \
      --mode $mode
done
# A fifth manual, written blind the same way (src/bench/data/git-manual: ten pages of Git's documentation, 60
# answerable and 20 unanswerable questions).
for mode in citebot naive bm25; do
  run git-manual-$mode --docs src/bench/data/git-manual/docs --questions src/bench/data/git-manual/questions.jsonl \
      --mode $mode
done
# A sixth manual, written blind the same way (src/bench/data/sqlite-manual: ten pages of SQLite's documentation, 60
# answerable and 20 unanswerable questions).
for mode in citebot naive bm25; do
  run sqlite-manual-$mode --docs src/bench/data/sqlite-manual/docs \
      --questions src/bench/data/sqlite-manual/questions.jsonl --mode $mode
done
# A seventh, written blind the same way (src/bench/data/bash-manual: the bash(1) manual page as HTML, 60 answerable
# and 20 unanswerable questions), and an eighth (src/bench/data/apache-manual: twelve pages of the Apache HTTP Server
# 2.4 documentation, 60 answerable and 20 unanswerable questions), a ninth (src/bench/data/postfix-manual: eleven
# pages of Postfix 3.7's documentation, 60 answerable and 20 unanswerable questions), and a tenth
# (src/bench/data/exim-manual: eight chapters of the Exim 4.96 specification, 60 answerable and 20 unanswerable).
for manual in bash apache postfix exim; do
  for mode in citebot naive bm25; do
    run $manual-manual-$mode --docs src/bench/data/$manual-manual/docs \
        --questions src/bench/data/$manual-manual/questions.jsonl --mode $mode
  done
done
for mode in citebot naive bm25; do
  run squad-$mode --docs "$BENCH/squad2/docs" --questions "$BENCH/squad2/questions-dev.jsonl" --mode $mode
done
# Documents and questions in other languages (XQuAD German, Spanish, Chinese): Citebot, and Lucene BM25 alone with its
# StandardAnalyzer over the same passages.
for lang in de es zh; do
  for mode in citebot bm25-standard; do
    run xquad-$lang-$mode --docs "$BENCH/xquad/$lang/docs" --questions "$BENCH/xquad/$lang/questions.jsonl" --mode $mode
  done
done
# SciFact is retrieval only: sentence vectors are not needed to rank documents; its 5,183 small, trusted
# files are parsed in this JVM instead of the parser process (the text is the same, the start-up cost per file is not).
for mode in citebot naive bm25; do
  run scifact-$mode --beir "$BENCH/scifact" --mode $mode --set index.sentence.vectors=false --set ingest.isolation=none
done
# The other embedding models, on the SQuAD dev split.
for model in all-minilm-l6-v2-q bge-small-en-v1.5-q; do
  run squad-citebot-$model --docs "$BENCH/squad2/docs" --questions "$BENCH/squad2/questions-dev.jsonl" \
      --set embedding.model=$model
done
# Ablations on the manual: each lever of the default answer turned off alone.
run manual-no-kind --docs "$BENCH/manual/docs" --questions "$BENCH/manual/questions-dev.jsonl" --set answer.weight.kind=0
run manual-no-headers --docs "$BENCH/manual/docs" --questions "$BENCH/manual/questions-dev.jsonl" \
    --set index.context.headers=false
run manual-no-refusal --docs "$BENCH/manual/docs" --questions "$BENCH/manual/questions-dev.jsonl" \
    --set answer.refusal.threshold=100 --set answer.min.term.coverage=0
