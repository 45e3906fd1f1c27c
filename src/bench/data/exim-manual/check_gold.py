#!/usr/bin/env python3
"""Check the exim-manual benchmark questions against their source pages.

For every answerable question, each gold string must occur (case-insensitively)
in the visible text of its page under docs/: HTML tags removed, entities
decoded, <script>/<style> skipped, whitespace collapsed to single spaces.
The text is built twice, once joining the text pieces between tags with ""
and once with " "; a gold string must be found in both, so it does not depend
on how inline markup is joined.

Every unanswerable question must have no answers and doc "". As an extra
guard, the key terms listed in NEG_TERMS below must not occur in the text of
any of the pages.

Also checks ids, field set, counts, and that every page in docs/ is used.

Usage: python3 check_gold.py   (exit status 0 = all checks passed, 1 = failures)
"""
import html.parser
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(HERE, "questions.jsonl")
FIELDS = {"id", "question", "answers", "is_impossible", "doc"}

# Key terms of the unanswerable questions; none may occur in any page.
NEG_TERMS = {
    "ex-n01": ["update-exim4.conf", "dpkg-reconfigure"],
    "ex-n02": ["rspamd"],
    "ex-n03": ["certbot"],
    "ex-n04": ["autoreply", "out of office", "out-of-office"],
    "ex-n05": ["message_size_limit"],
    "ex-n06": ["mailman"],
    "ex-n07": ["docker", "container"],
    "ex-n08": ["xoauth2", "oauth"],
    "ex-n09": ["fail2ban"],
    "ex-n10": ["logrotate"],
    "ex-n11": ["disclaimer", "footer"],
    "ex-n12": ["bounce_message_file", "bounce_message_text"],
    "ex-n13": ["Tainted filename", "4.94"],
    "ex-n14": ["queue_run_max"],
    "ex-n15": ["prometheus", "metrics"],
    "ex-n16": ["CVE-"],
    "ex-n17": ["arc_sign", "Authenticated Received Chain"],
    "ex-n18": ["disable_ipv6", "dns_ipv4_lookup"],
    "ex-n19": ["spam_score", "X-Spam-Score"],
    "ex-n20": ["selinux", "avc"],
}


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_texts(path):
    """Return (text joined with '', text joined with ' '), whitespace collapsed, lower-cased."""
    p = _Text()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    tight = " ".join("".join(p.parts).split()).lower()
    loose = " ".join(" ".join(p.parts).split()).lower()
    return tight, loose


def main():
    errors = []
    pages = sorted(n for n in os.listdir(DOCS) if n.endswith(".html"))
    texts = {n: page_texts(os.path.join(DOCS, n)) for n in pages}
    total_chars = 0
    for n in pages:
        total_chars += len(texts[n][1])

    rows = []
    with open(QUESTIONS, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {lineno}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {lineno}: bad JSON: {e}")

    seen = set()
    per_doc = {n: 0 for n in pages}
    n_ans = n_imp = n_gold = 0
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)} != {sorted(FIELDS)}")
            continue
        if rid in seen:
            errors.append(f"{rid}: duplicate id")
        seen.add(rid)
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if not isinstance(r["answers"], list):
            errors.append(f"{rid}: answers is not a list")
            continue
        if r["is_impossible"] is True:
            n_imp += 1
            if not rid.startswith("ex-n"):
                errors.append(f"{rid}: unanswerable question with an answerable id")
            if r["answers"]:
                errors.append(f"{rid}: unanswerable question has answers {r['answers']}")
            if r["doc"] != "":
                errors.append(f"{rid}: unanswerable question has doc {r['doc']!r}")
            for term in NEG_TERMS.get(rid, []):
                for n in pages:
                    if any(term.lower() in t for t in texts[n]):
                        errors.append(f"{rid}: key term {term!r} occurs in {n}")
            if rid not in NEG_TERMS:
                errors.append(f"{rid}: no key terms listed in NEG_TERMS")
        elif r["is_impossible"] is False:
            n_ans += 1
            if not rid.startswith("ex-a"):
                errors.append(f"{rid}: answerable question with an unanswerable id")
            doc = r["doc"]
            if doc not in texts:
                errors.append(f"{rid}: doc {doc!r} not found in docs/")
                continue
            per_doc[doc] += 1
            if not 1 <= len(r["answers"]) <= 3:
                errors.append(f"{rid}: {len(r['answers'])} gold strings (want 1-3)")
            for g in r["answers"]:
                n_gold += 1
                if not isinstance(g, str) or not g.strip():
                    errors.append(f"{rid}: empty gold string")
                    continue
                key = " ".join(g.split()).lower()
                tight, loose = texts[doc]
                if key not in tight or key not in loose:
                    errors.append(f"{rid}: gold {g!r} not in visible text of {doc}")
        else:
            errors.append(f"{rid}: is_impossible is not a boolean")

    for n in pages:
        if per_doc[n] == 0:
            errors.append(f"{n}: no question uses this page")

    print(f"pages: {len(pages)}, visible text: {total_chars} characters")
    for n in pages:
        print(f"  {n:48s} {len(texts[n][1]):7d} chars  {per_doc[n]:2d} questions")
    print(f"questions: {len(rows)} ({n_ans} answerable, {n_imp} unanswerable), "
          f"gold strings checked: {n_gold}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: every gold string occurs in its page; unanswerable questions have no answers "
          "and their key terms occur in no page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
