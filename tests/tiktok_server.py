"""A real local HTTP server that plays TikTok's Events API for tests.

    from tests.tiktok_server import tiktok_server  # noqa: F401

    def test_x(tiktok_server):
        tiktok_server.enqueue(200, {"code": 40002, "message": "Invalid field"})
        ... TikTokClient(tiktok_server.url, "token").send(body) ...
        assert tiktok_server.requests[0].body["event_source"] == "web"

It listens on 127.0.0.1 on a free port (port 0), in a background thread, speaking
HTTP/1.1 with keep-alive (so connection pooling is real). Each POST is recorded (parsed
JSON body, headers, client address). What it answers:

1. the next scripted reply from the queue, if any: `enqueue(status, body, headers)`,
   `enqueue_drop()`, `enqueue_delay(seconds)`;
2. otherwise the current mode: `accept_all()` (the default: HTTP 200, code 0),
   `reject_event_ids({...})` (code 40002 when the request holds one of those event_ids,
   code 0 otherwise), `drop_connections()` (close the socket without a response),
   `delay(seconds)` (wait, then accept).

It is bounded: at most MAX_RECORDED requests kept, delays capped at MAX_DELAY seconds and
cut short when the server stops; the fixture stops it and joins its thread at teardown.
"""
from __future__ import annotations

import collections
import json
import socket
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from requests.structures import CaseInsensitiveDict

MAX_RECORDED = 5000
MAX_DELAY = 5.0
MAX_BODY = 20 * 1024 * 1024

ACCEPT = "accept"
REJECT_IDS = "reject_ids"
DROP = "drop"
DELAY = "delay"


@dataclass
class Reply:
    status: int = 200
    body: str | dict | None = None       # dict -> JSON; str -> sent as is
    headers: dict = field(default_factory=dict)
    drop: bool = False                   # close the connection without answering
    delay: float = 0.0                   # wait before answering (or dropping)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: CaseInsensitiveDict
    raw: bytes
    body: object                         # parsed JSON, or None if not JSON
    client_address: tuple


def ok_body(message: str = "OK") -> dict:
    return {"code": 0, "message": message, "request_id": uuid.uuid4().hex, "data": {}}


class FakeTikTok:
    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._queue: collections.deque[Reply] = collections.deque()
        self._mode = ACCEPT
        self._reject_ids: set[str] = set()
        self._delay = 0.0
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}/open_api/v1.3/event/track/"
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="fake-tiktok", daemon=True)

    # --- scripting -------------------------------------------------------------------------
    def enqueue(self, status: int = 200, body: str | dict | None = None,
                headers: dict | None = None) -> None:
        with self._lock:
            self._queue.append(Reply(status, body, dict(headers or {})))

    def enqueue_drop(self) -> None:
        with self._lock:
            self._queue.append(Reply(drop=True))

    def enqueue_delay(self, seconds: float, status: int = 200,
                      body: str | dict | None = None) -> None:
        with self._lock:
            self._queue.append(Reply(status, body, delay=min(seconds, MAX_DELAY)))

    def accept_all(self) -> None:
        with self._lock:
            self._mode = ACCEPT

    def reject_event_ids(self, event_ids) -> None:
        with self._lock:
            self._mode = REJECT_IDS
            self._reject_ids = set(event_ids)

    def drop_connections(self) -> None:
        with self._lock:
            self._mode = DROP

    def delay(self, seconds: float) -> None:
        with self._lock:
            self._mode = DELAY
            self._delay = min(float(seconds), MAX_DELAY)

    @property
    def bodies(self) -> list:
        with self._lock:
            return [r.body for r in self.requests]

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakeTikTok:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # --- the server side -------------------------------------------------------------------
    def _next_reply(self, body) -> Reply:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
            mode, reject_ids, delay = self._mode, set(self._reject_ids), self._delay
        if mode == DROP:
            return Reply(drop=True)
        if mode == DELAY:
            return Reply(200, ok_body(), delay=delay)
        if mode == REJECT_IDS:
            events = body.get("data") if isinstance(body, dict) else None
            bad = [e.get("event_id") for e in events or [] if isinstance(e, dict)
                   and e.get("event_id") in reject_ids]
            if bad:
                return Reply(200, {"code": 40002, "request_id": uuid.uuid4().hex, "data": {},
                                   "message": f"Invalid value for field: event_id {bad[0]}"})
        return Reply(200, ok_body())

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            if len(self.requests) < MAX_RECORDED:
                self.requests.append(request)

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body are written separately: without TCP_NODELAY every answer
            # waits for the delayed ACK (~40 ms).
            disable_nagle_algorithm = True
            timeout = 10  # a stuck client cannot hold a handler thread for ever

            def log_message(self, format, *args):  # noqa: A002 - quiet in tests
                pass

            def do_POST(self):  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(min(length, MAX_BODY)) if length > 0 else b""
                try:
                    body = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    body = None
                fake._record(RecordedRequest(
                    method="POST", path=self.path,
                    headers=CaseInsensitiveDict(self.headers.items()),
                    raw=raw, body=body, client_address=tuple(self.client_address)))
                reply = fake._next_reply(body)
                if reply.delay and fake._stopping.wait(min(reply.delay, MAX_DELAY)):
                    self.close_connection = True
                    return
                if reply.drop:
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    return
                payload = reply.body if reply.body is not None else ok_body()
                if isinstance(payload, dict):
                    data = json.dumps(payload).encode("utf-8")
                    content_type = "application/json"
                else:
                    data = payload.encode("utf-8")
                    content_type = "text/html; charset=utf-8"
                try:
                    self.send_response(reply.status)
                    headers = {"Content-Type": content_type, **reply.headers}
                    for name, value in headers.items():
                        self.send_header(name, str(value))
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up (a timeout test): nothing to do
                    self.close_connection = True

        return Handler


@pytest.fixture
def tiktok_server():
    server = FakeTikTok().start()
    try:
        yield server
    finally:
        server.stop()
