#!/usr/bin/env bash
# JMH micro-benchmarks of the hot inner loops (similarity, brute-force search, sentence scoring).
# Usage: src/bench/jmh.sh [JMH options, e.g. SimilarityBenchmark -p passages=100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
