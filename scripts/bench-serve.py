#!/usr/bin/env python3
"""Preview benchmark: time from an editor-style save (temporary file renamed over an article) to the
reload event reaching a Server-Sent Events client of `gazette serve`.

    python3 scripts/bench-serve.py --jar target/gazette.jar --source /tmp/nr10k-copy [--edits 15]

Edits a copy of a newsroom from ../shared/bench/gen_corpus.py in place (use a copy): --edits articles
outside Trending and Most Read (title and body changed), then --ranked-edits of an article in them.
"""
import argparse, http.client, json, os, queue, re, statistics, subprocess, sys, threading, time, urllib.request


def sse(port, events):
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/__gazette/events")
    resp = conn.getresponse()
    while True:
        line = resp.fp.readline()
        if not line:
            return
        if line.startswith(b"event: reload"):
            events.put(time.monotonic())


def get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as r:
        return r.read().decode()


def save(path, text):
    tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".swp")
    with open(tmp, "w") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    start = time.monotonic()
    os.replace(tmp, path)
    return start


def edit(path, n):
    """A new title and one more paragraph; the mark is new on every run, so the title always changes."""
    text = open(path).read()
    mark = f"{os.getpid()}.{n}"
    text = re.sub(r'^title: "(.*?)( \(edit [\d.]+\))?"$', lambda m: f'title: "{m.group(1)} (edit {mark})"', text,
                  count=1, flags=re.M)
    return text.rstrip("\n") + f"\n\nUpdate {n}: officials confirmed the figures on the record.\n"


def measure(port, events, files, label, log):
    times = []
    for n, path in enumerate(files, 1):
        while not events.empty():
            events.get()
        start = save(path, edit(path, n))
        try:
            arrived = events.get(timeout=120)
        except queue.Empty:
            sys.exit(f"no reload event after saving {path}")
        times.append((arrived - start) * 1000)
        time.sleep(0.7)
    print(f"{label}: {len(times)} edits, median {statistics.median(times):.0f} ms, max {max(times):.0f} ms, "
          f"min {min(times):.0f} ms; load average {os.getloadavg()[0]:.2f}")
    print("  each (ms): " + ", ".join(f"{t:.0f}" for t in times))
    return times


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--source", required=True)
    p.add_argument("--port", type=int, default=18431)
    p.add_argument("--edits", type=int, default=15)
    p.add_argument("--ranked-edits", type=int, default=5)
    a = p.parse_args()
    manifest = json.load(open(os.path.join(a.source, "manifest.json")))
    log = open("/tmp/bench-serve.log", "w")
    server = subprocess.Popen(["java", "-jar", a.jar, "serve", "--source", a.source, "--port", str(a.port),
                               "--now", manifest["now"], "--analytics", os.path.join(a.source, "analytics/access.log")],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        began = time.monotonic()
        while True:
            try:
                get(a.port, "/__gazette/status")
                break
            except OSError:
                if server.poll() is not None:
                    sys.exit("the server stopped; see /tmp/bench-serve.log")
                time.sleep(0.5)
        print(f"first build and start: {time.monotonic() - began:.1f} s")
        ranked = get(a.port, "/data/trending.json") + get(a.port, "/data/most-read.json")
        articles = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(a.source, "content/articles"))
                          for f in fs if f.endswith(".md"))
        def in_ranking(path):
            return "/" + os.path.basename(path)[:-3] + "/" in ranked
        def published(path):
            return "draft: true" not in open(path).read()
        plain = [f for f in articles[::len(articles) // (a.edits * 3)] if not in_ranking(f) and published(f)][:a.edits]
        hot = [f for f in articles if in_ranking(f)][:1] * a.ranked_edits
        events = queue.Queue()
        threading.Thread(target=sse, args=(a.port, events), daemon=True).start()
        time.sleep(1)
        measure(a.port, events, plain, "not in Trending/Most Read", log)
        measure(a.port, events, hot, "in Trending/Most Read (" + os.path.basename(hot[0]) + ")", log)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
