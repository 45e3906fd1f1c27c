#!/usr/bin/env python3
"""Server CPU time per question through POST /api/ask, measured from outside the server's JVM.

`bench --only throughput` runs its 32 clients inside the JVM it measures, so their work, and the JIT and
garbage collection they cause, are counted with the server's; its questions per second also move by 15 % from one
run to the next on a shared machine. This script starts the jar as its own process (`serve` on the seeds folder
of the directory it is started in, a fresh cache, no rate limit), sends distinct SQuAD dev questions from
keep-alive connections (each with " #N" after it, as the bench does, so no answer is taken from a cache), and reads the server's CPU time from /proc before and after (Linux only). The number to
compare between builds is CPU milliseconds per question: it does not depend on how busy the rest of the machine
is as much as questions per second do.

usage: python3 src/bench/server_cpu.py --jar JAR [--dir DIR] [--clients 32] [--questions 2000]
                                       [--bench ../shared/bench]
"""
import argparse
import http.client
import json
import os
import socket
import subprocess
import tempfile
import threading
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_ready(port, process, seconds=180):
    until = time.time() + seconds
    while time.time() < until:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped with exit code {process.returncode}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/ready")
            r = c.getresponse()
            body = r.read()
            if r.status == 200 and b'"ready"' in body:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server was not ready in time")


def load(port, questions, count, clients, first):
    """Sends `count` distinct questions from `clients` connections; returns (answers with 200, failures)."""
    lock = threading.Lock()
    state = {"next": 0, "ok": 0, "failed": 0}

    def client():
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                i = state["next"]
                state["next"] += 1
            if i >= count:
                return
            body = json.dumps({"question": f"{questions[(first + i) % len(questions)]} #{first + i}"})
            try:
                c.request("POST", "/api/ask", body, {"content-type": "application/json"})
                r = c.getresponse()
                r.read()
                ok = r.status == 200
            except OSError:
                ok = False
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                state["ok" if ok else "failed"] += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["ok"], state["failed"]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--jar", required=True)
    p.add_argument("--dir", default=".", help="where the server starts (its seeds folder is read)")
    p.add_argument("--clients", type=int, default=32)
    p.add_argument("--questions", type=int, default=2000)
    p.add_argument("--bench", default="../shared/bench")
    a = p.parse_args()
    questions = [json.loads(line)["question"] for line in open(os.path.join(a.bench, "squad2/questions-dev.jsonl"))
                 if line.strip()]
    port = free_port()
    cache = tempfile.mkdtemp(prefix="citebot-cpu-")
    env = dict(os.environ, CITEBOT_PORT=str(port), CITEBOT_CACHE_DIR=cache, CITEBOT_RATE_LIMIT_PER_MINUTE="0")
    process = subprocess.Popen(["java", "-Xmx1g", "-jar", os.path.abspath(a.jar), "serve"], cwd=a.dir, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(port, process)
        load(port, questions, a.questions, a.clients, 0)  # class loading, compilation, the language profiles
        before, started = cpu_seconds(process.pid), time.time()
        ok, failed = load(port, questions, a.questions, a.clients, a.questions)
        cpu, wall = cpu_seconds(process.pid) - before, time.time() - started
        print(f"{a.jar}: {ok} answered, {failed} failed, {a.clients} clients: {ok / wall:.1f} questions/s, "
              f"server CPU {cpu * 1000 / max(ok, 1):.2f} ms per question")
    finally:
        process.terminate()
        process.wait(30)
        subprocess.run(["rm", "-rf", cache])


if __name__ == "__main__":
    main()
