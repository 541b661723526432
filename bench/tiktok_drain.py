"""Benchmark: draining a 100,000-event TikTok outbox, against one request per event.

    .venv/bin/python bench/tiktok_drain.py [--events 100000] [--sample 2000]

What it does (a script, not a test; nothing here touches a real shop or TikTok):

1. makes a temporary SQLite shop with pos.app.open_shop and queues N PlaceAnOrder events
   with tracking.outbox.queue_event, a few transactions, in a child process (so the
   queueing's memory is not counted as the sender's);
2. starts a small local HTTP server that plays TikTok (HTTP/1.1 keep-alive, parses every
   body as JSON, answers code 0, counts every event_id it receives) in another process,
   so the server's work and memory are not the sender's either;
3. drains the outbox with tracking.sync.sync_once (batches of 1,000, one pooled client):
   wall time, events/second, ru_maxrss;
4. measures memory: the same drain again (the rows set back to waiting) under
   tracemalloc, for the first 10% of the events and for all of them: the peaks should match
   (flat memory: nothing is kept per event);
5. sends a sample of the same events one request per event through the same client,
   for the naive rate, and prints the projected time for N and the speed-up.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import threading
import time
import tracemalloc
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TOKEN = "bench-token-0123456789abcdef"
PIXEL = "COQDA8RC77U2TMR44LI0"


# ----- the fake TikTok, in its own process ----------------------------------------------------------
def serve(port_out, stop_event, latency: float = 0.0) -> None:
    lock = threading.Lock()
    seen: set[str] = set()
    stats = {"requests": 0, "events": 0, "duplicates": 0}
    ok = json.dumps({"code": 0, "message": "OK", "request_id": "bench", "data": {}}).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: without TCP_NODELAY, Nagle + the client's
        # delayed ACK add ~40 ms to every answer, which would flatter the batched drain.
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def _answer(self, data: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            ids = [event["event_id"] for event in body["data"]]
            if latency:
                time.sleep(latency)  # a network round trip to a distant TikTok
            with lock:
                stats["requests"] += 1
                stats["events"] += len(ids)
                for event_id in ids:
                    if event_id in seen:
                        stats["duplicates"] += 1
                    seen.add(event_id)
            self._answer(ok)

        def do_GET(self):  # /stats, /reset
            with lock:
                if self.path == "/reset":
                    seen.clear()
                    stats.update(requests=0, events=0, duplicates=0)
                data = json.dumps({**stats, "unique": len(seen)}).encode()
            self._answer(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_out.put(server.server_address[1])
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                     daemon=True).start()
    stop_event.wait()
    server.shutdown()


# ----- queueing, in its own process ------------------------------------------------------------------
def queue_events(url: str, count: int, chunk: int = 25_000) -> None:
    from db.types import utc_now
    from pos.app import open_shop
    from pos.money import Money
    from pos.shop import load_shop_settings
    from tracking.events import EventContent, build_event
    from tracking.hashing import hashed_user
    from tracking.outbox import queue_event

    db = open_shop(url)
    when = utc_now() - timedelta(hours=1)
    user = hashed_user(email="customer@example.ma", phone="0612345678")
    contents = [EventContent("1077218", "Linen shirt, white", 1, Money.of("150")),
                EventContent("2001001", "Cotton T-shirt, black", 2, Money.of("63.20"))]
    for start in range(0, count, chunk):
        with db.write() as session, session.no_autoflush:
            # queue_event's duplicate check would otherwise flush after every single add;
            # the keys here are unique, and the session flushes at commit.
            shop = load_shop_settings(session)
            for i in range(start, min(count, start + chunk)):
                key = f"S-20261122-{i:06d}"
                event = build_event("PlaceAnOrder", f"{key}_PlaceAnOrder", when,
                                    "https://shop.example/pos", contents, Money.of("276.40"),
                                    order_id=key, user=user)
                queue_event(session, event, when, shop.local_date(when))
    db.dispose()


# ----- measuring ---------------------------------------------------------------------------------------
def stats(base: str, action: str = "stats") -> dict:
    import requests
    return requests.get(f"{base}/{action}", timeout=5).json()


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def reset_queue(db, limit: int | None = None) -> None:
    from sqlalchemy import update

    from db.models import OutboxEvent
    with db.write() as session:
        statement = update(OutboxEvent).values(status="waiting", sent_at=None, attempts=0,
                                               next_attempt_at=None, last_error=None)
        if limit is not None:
            statement = statement.where(OutboxEvent.id <= limit + _first_id(session) - 1)
        session.execute(statement)


def _first_id(session) -> int:
    from sqlalchemy import func, select

    from db.models import OutboxEvent
    return session.scalar(select(func.min(OutboxEvent.id)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--latency-ms", type=float, default=0.0,
                        help="add this much to every answer, like a real network (default 0)")
    args = parser.parse_args(argv)
    n, sample, latency = args.events, args.sample, args.latency_ms / 1000

    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="counter-bench-") as folder:
        url = f"sqlite:///{Path(folder) / 'shop.sqlite3'}"
        started = time.perf_counter()
        child = ctx.Process(target=queue_events, args=(url, n))
        child.start()
        child.join()
        if child.exitcode:
            print("queueing failed", file=sys.stderr)
            return 1
        queue_seconds = time.perf_counter() - started

        port_out, stop_event = ctx.Queue(), ctx.Event()
        server = ctx.Process(target=serve, args=(port_out, stop_event, latency), daemon=True)
        server.start()
        port = port_out.get(timeout=20)
        base = f"http://127.0.0.1:{port}"
        api_url = f"{base}/open_api/v1.3/event/track/"
        os.environ["POS_TIKTOK_API_URL"] = api_url
        os.environ["POS_TIKTOK_ACCESS_TOKEN"] = TOKEN
        try:
            return run(url, api_url, base, n, sample, queue_seconds, args.latency_ms)
        finally:
            stop_event.set()
            server.join(timeout=5)


def run(url, api_url, base, n, sample, queue_seconds, latency_ms) -> int:
    from sqlalchemy import func, select

    from db.models import OutboxEvent
    from db.types import utc_now
    from pos.app import open_shop
    from tracking.client import TikTokClient
    from tracking.events import build_request
    from tracking.sync import sync_once

    db = open_shop(url)
    with db.read() as session:
        queued = session.scalar(select(func.count()).select_from(OutboxEvent)
                                .where(OutboxEvent.status == "waiting"))
    assert queued == n, (queued, n)

    with TikTokClient(api_url, TOKEN) as client:
        # 1. the drain, timed, no tracemalloc
        rss_before = maxrss_mb()
        started = time.perf_counter()
        report = sync_once(db, client=client)
        drain = time.perf_counter() - started
        rss_after = maxrss_mb()
        server_stats = stats(base)
        assert report.sent == n and report.waiting == 0, report
        assert server_stats["unique"] == n and server_stats["duplicates"] == 0, server_stats

        # 2. memory under tracemalloc: a tenth of the queue, then all of it
        peaks = {}
        for part in (n // 10, n):
            reset_queue(db, limit=part if part < n else None)
            stats(base, "reset")
            tracemalloc.start()
            again = sync_once(db, client=client, now=utc_now())
            peaks[part] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            assert again.sent == part, again

        # 3. one request per event, same client, same events
        with db.read() as session:
            payloads = [json.loads(p) for p in session.scalars(
                select(OutboxEvent.payload).order_by(OutboxEvent.id)
                .limit(max(sample, 1000)))]
        started = time.perf_counter()
        for event in payloads[:sample]:
            result = client.send(build_request("web", PIXEL, [event]))
            assert result.accepted, result
        single = time.perf_counter() - started
    db.dispose()

    rate = n / drain
    single_rate = sample / single
    projected = n / single_rate
    body_kb = len(json.dumps(build_request("web", PIXEL, payloads[:1000]))) / 1024
    rows = [
        ("events queued", f"{n:,} (queue_event, {queue_seconds:.1f} s, not timed below)"),
        ("drain: sync_once, batches of 1,000", (f"{drain:.2f} s wall, {rate:,.0f} events/s, "
                                                f"{report.requests} requests")),
        ("request body of 1,000 events", f"{body_kb:,.0f} KiB"),
        ("server check", (f"{server_stats['unique']:,} distinct event_ids received, "
                          f"{server_stats['duplicates']} duplicates")),
        ("ru_maxrss before / after the drain", f"{rss_before:.1f} / {rss_after:.1f} MiB"),
        (f"tracemalloc peak, drain of {n // 10:,}", f"{peaks[n // 10]:.1f} MiB"),
        (f"tracemalloc peak, drain of {n:,}", f"{peaks[n]:.1f} MiB"),
        (f"one request per event ({sample:,} sent)", (f"{single:.2f} s, "
                                                     f"{single_rate:,.0f} events/s")),
        (f"one request per event, projected for {n:,}", f"{projected:,.0f} s"),
        ("speed-up of the batched drain", f"{projected / drain:,.0f}x"),
    ]
    print(f"Machine: {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}, SQLite file in {tempfile.gettempdir()}; "
          f"simulated network latency: {latency_ms:g} ms per request")
    print()
    print("| measure | result |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    goal_time = drain < 10
    goal_speed = projected / drain >= 50
    goal_memory = peaks[n] <= peaks[n // 10] * 1.25 + 1
    print()
    print(f"Goals: under 10 s: {'yes' if goal_time else 'NO'}; at least 50x: "
          f"{'yes' if goal_speed else 'NO'}; flat memory: {'yes' if goal_memory else 'NO'}")
    return 0 if goal_time and goal_speed and goal_memory else 1


if __name__ == "__main__":
    sys.exit(main())
