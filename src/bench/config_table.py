#!/usr/bin/env python3
"""Prints the configuration table of docs/configuration.md from config/citebot.properties (comments become descriptions)."""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "config/citebot.properties"
rows, comments = [], []
for line in open(path, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#"):
        comments.append(line.lstrip("# ").strip())
        continue
    if not line.strip():
        comments = []
        continue
    key, _, value = line.partition("=")
    env = "CITEBOT_" + re.sub(r"[.\-]", "_", key.strip()).upper()
    rows.append((key.strip(), env, value.strip(), " ".join(comments)))
    comments = []
print("| Key | Environment variable | Default | What it does |")
print("|---|---|---|---|")
for key, env, value, doc in rows:
    print(f"| `{key}` | `{env}` | `{value}` | {doc.replace('|', '/')} |" if value else
          f"| `{key}` | `{env}` | (empty) | {doc.replace('|', '/')} |")
