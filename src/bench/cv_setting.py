#!/usr/bin/env python3
"""Cross-validates one answer setting by document: answer@300 when each document's questions are answered with the
value chosen on all the other documents' questions.

Usage: python3 src/bench/cv_setting.py QUESTIONS SETTING VALUE=REPORT.json [VALUE=REPORT.json ...]
Each report is written by the same build on the same documents and questions, with only SETTING changed:
  java -jar target/citebot.jar eval --docs DOCS --questions QUESTIONS --set SETTING=VALUE --report REPORT.json
QUESTIONS must give each answerable question its "doc". For every document, the value with the most answers at 300
characters on the other documents is chosen (ties: the value listed first), and that value's answers to the
document's own questions are counted. Prints the in-sample figure of every value, the value each document got,
and the cross-validated answer@300. Dev questions only; held-out questions are never read.
"""
import json
import sys


def main(questions_file, setting, pairs):
    docs = {}
    with open(questions_file, encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            if not q.get("is_impossible") and q.get("doc"):
                docs[q["id"]] = q["doc"]
    reports = []
    for pair in pairs:
        value, path = pair.split("=", 1)
        with open(path, encoding="utf-8") as f:
            results = json.load(f)["results"]
        reports.append((value, {r["id"]: bool(r["answer_at300"]) for r in results if r["id"] in docs}))
    ids = sorted(docs)
    for value, hits in reports:
        print(f"{setting}={value}: answer@300 {sum(hits[i] for i in ids) / len(ids):.3f} (in-sample)")
    total = 0
    for doc in sorted(set(docs.values())):
        train = [i for i in ids if docs[i] != doc]
        test = [i for i in ids if docs[i] == doc]
        value, hits = max(reports, key=lambda r: sum(r[1][i] for i in train))
        got = sum(hits[i] for i in test)
        total += got
        print(f"  {doc}: {setting}={value} chosen on the other documents, {got} of {len(test)}")
    print(f"cross-validated by document: answer@300 {total / len(ids):.3f} ({total} of {len(ids)})")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
