#!/usr/bin/env bash
# Prints the API examples of README.md and docs/http-api.md as a running Citebot answers them (start it first:
# java -jar target/citebot.jar). Usage: src/bench/readme_examples.sh [base URL]
set -u
B=${1:-http://localhost:7070}
show() { echo "\$ $*"; eval "$@"; echo; echo; }
show "curl -s $B/api/ask -H 'Content-Type: application/json' -d '{\"question\": \"When was President Bazoum ousted?\"}'"
show "curl -s $B/api/ask -H 'Content-Type: application/json' -d '{\"question\": \"Who won the 2022 FIFA World Cup?\"}'"
show "curl -s $B/api/search -H 'Content-Type: application/json' -d '{\"query\": \"uranium\", \"k\": 2}'"
show "curl -s $B/api/documents"
show "curl -s $B/api/documents/niger-crisis-putin-ecowas-txt"
show "curl -s $B/health"
show "curl -s $B/ready"
show "curl -s -i $B/api/ask -H 'Content-Type: application/json' -d '{\"question\": \"\"}'"
show "curl -s -i $B/api/ask -H 'Content-Type: text/plain' -d 'hi'"
