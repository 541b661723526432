"""Sends one request body to the TikTok Events API and says what became of it.

`TikTokClient.send` never raises for anything the network or TikTok does: it returns a
SendResult whose `kind` tells the outbox worker what to do next:

- "accepted": JSON `code == 0` on a 2xx answer. The only success. HTTP 200 with a non-zero
  code is NOT a success (many integrations lose events that way).
- "retry": try the same body again later (same event_ids, so TikTok deduplicates):
  code 40100 (too many requests), HTTP 5xx (even an HTML 502 page), HTTP 429 and 408,
  timeouts, connection errors, and a 2xx body that is not TikTok's JSON (a proxy or a
  captive portal). `retry_after` holds the server's Retry-After in seconds, if it sent one.
- "token_rejected": code 40001, no permission / bad token or pixel. Permanent: stop sending
  and tell the manager.
- "invalid": code 40002, a field is invalid. Permanent for that request; TikTok's message is
  kept so the bad event can be found.
- "failed": any other non-zero code (message kept), a non-JSON 4xx, a redirect, or a
  request that could not be made at all (bad URL).

It raises only for programming errors: a body that is not a request (EventError), more than
MAX_BATCH events (BatchTooLarge, before anything is sent), or a value JSON cannot carry.

The access token is a secret. It is sent in the `Access-Token` header and nowhere else: the
client's repr masks it, every message (TikTok's own, exception texts) is scrubbed of it, and
nothing here logs it. Redirects are not followed, because requests would carry this custom
header to whatever host a redirect names.

There are no transparent retries inside requests/urllib3 (max_retries=0): the outbox worker
owns retrying, with backoff (tracking.backoff.next_delay), and the body's event_ids make a
repeat harmless.
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import requests
from requests.adapters import HTTPAdapter

from db.words import N_
from tracking.events import MAX_BATCH, BatchTooLarge, EventError

__all__ = [
    "ACCEPTED",
    "DEFAULT_API_URL",
    "DEFAULT_TIMEOUT",
    "FAILED",
    "INVALID",
    "KINDS",
    "RETRY",
    "SendResult",
    "TOKEN_REJECTED",
    "TikTokClient",
]

# Stored as an outbox row's last error (a record): pos.records reads them back translated.
NO_ANSWER_IN_TIME = N_("TikTok did not answer in time.")
NOT_REACHED = N_("Could not reach TikTok: no internet connection, or TikTok is down.")

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://business-api.tiktok.com/open_api/v1.3/event/track/"
DEFAULT_TIMEOUT = (3.05, 10)  # (connect, read) seconds

ACCEPTED = "accepted"
RETRY = "retry"
TOKEN_REJECTED = "token_rejected"
INVALID = "invalid"
FAILED = "failed"
KINDS = frozenset({ACCEPTED, RETRY, TOKEN_REJECTED, INVALID, FAILED})

CODE_OK = 0
CODE_NO_PERMISSION = 40001
CODE_INVALID_FIELD = 40002
CODE_TOO_MANY_REQUESTS = 40100

_MASK = "***"
_MAX_MESSAGE = 500


@dataclass(frozen=True)
class SendResult:
    kind: str
    code: int | None
    message: str
    request_id: str | None = None
    http_status: int | None = None
    retry_after: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {sorted(KINDS)}, not {self.kind!r}")

    @property
    def accepted(self) -> bool:
        return self.kind == ACCEPTED


def _parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date. None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment is None or moment.tzinfo is None:
            return None
        seconds = moment.timestamp() - time.time()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(0.0, seconds)


def _code_of(payload: dict | None) -> int | None:
    if payload is None:
        return None
    code = payload.get("code")
    if isinstance(code, bool):
        return None
    if isinstance(code, int):
        return code
    if isinstance(code, str) and code.strip().lstrip("-").isdigit():
        return int(code.strip())
    return None


class TikTokClient:
    """POSTs request bodies to the Events API over one pooled HTTP session."""

    def __init__(self, api_url: str, access_token: str,
                 timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
                 session: requests.Session | None = None) -> None:
        if not isinstance(api_url, str) or not api_url.startswith(("https://", "http://")):
            raise ValueError("api_url must be an http(s) URL")
        if not isinstance(access_token, str):
            raise TypeError("access token must be a string")
        token = access_token.strip()
        # Messages here never include the token, not even a bad one.
        if not token:
            raise ValueError("the TikTok access token is empty")
        if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in token):
            raise ValueError("the TikTok access token contains spaces or control characters")
        self.api_url = api_url
        self.timeout = timeout
        self._token = token
        self._owns_session = session is None
        if session is None:
            session = requests.Session()
            adapter = HTTPAdapter(pool_connections=2, pool_maxsize=4, max_retries=0)
            session.mount("https://", adapter)
            session.mount("http://", adapter)
        self._session = session

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(api_url={self.api_url!r}, access_token='{_MASK}', "
                f"timeout={self.timeout!r})")

    __str__ = __repr__

    def __getstate__(self):
        raise TypeError("TikTokClient holds a secret and is not picklable")

    def __enter__(self) -> TikTokClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Closes the pooled session if this client made it."""
        if self._owns_session:
            self._session.close()

    def _scrub(self, text: object) -> str:
        """text without the access token, shortened to a readable length."""
        value = str(text) if text is not None else ""
        if self._token:
            value = value.replace(self._token, _MASK)
        if len(value) > _MAX_MESSAGE:
            value = value[:_MAX_MESSAGE] + "…"
        return value

    def _result(self, kind: str, code: int | None, message: str, request_id=None,
                http_status: int | None = None, retry_after: float | None = None
                ) -> SendResult:
        return SendResult(kind=kind, code=code, message=self._scrub(message),
                          request_id=self._scrub(request_id) if request_id else None,
                          http_status=http_status, retry_after=retry_after)

    def send(self, body: dict) -> SendResult:
        """POST one request body (from tracking.events.build_request); see the module doc."""
        if not isinstance(body, dict) or not isinstance(body.get("data"), list):
            raise EventError("body must be a request from build_request, with a data list")
        count = len(body["data"])
        if count > MAX_BATCH:
            raise BatchTooLarge(f"{count} events in one request; TikTok takes at most "
                                f"{MAX_BATCH}")
        payload = json.dumps(body, ensure_ascii=False, allow_nan=False,
                             separators=(",", ":")).encode("utf-8")
        return self.send_encoded(payload, count)

    def send_encoded(self, payload: bytes, count: int) -> SendResult:
        """POST a request body already encoded as JSON (count events in its data)."""
        if count > MAX_BATCH:
            raise BatchTooLarge(f"{count} events in one request; TikTok takes at most "
                                f"{MAX_BATCH}")
        headers = {"Access-Token": self._token, "Content-Type": "application/json",
                   "Accept": "application/json"}
        try:
            response = self._session.post(self.api_url, data=payload, headers=headers,
                                          timeout=self.timeout, allow_redirects=False)
        # What the manager reads (the queue screen) is in words; requests' own text, with
        # its pools and sockets, goes to the log.
        except requests.Timeout as exc:
            log.info("TikTok send: %s", exc)
            result = self._result(RETRY, None, NO_ANSWER_IN_TIME)
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            log.info("TikTok send: %s", exc)
            result = self._result(RETRY, None, NOT_REACHED)
        except requests.RequestException as exc:
            result = self._result(FAILED, None, f"The request could not be made: {exc}")
        else:
            try:
                result = self._classify(response)
            finally:
                response.close()
        level = logging.INFO if result.kind in (ACCEPTED, RETRY) else logging.WARNING
        log.log(level, "TikTok send of %d event(s): %s (code=%s, http=%s, request_id=%s): %s",
                count, result.kind, result.code, result.http_status, result.request_id,
                result.message)
        return result

    def _classify(self, response: requests.Response) -> SendResult:
        status = response.status_code
        retry_after = _parse_retry_after(response.headers.get("Retry-After"))
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            payload = None
        code = _code_of(payload)
        tiktok_message = str(payload.get("message") or "") if payload else ""
        request_id = (payload or {}).get("request_id") or response.headers.get("X-Tt-Logid")
        if request_id is not None:
            request_id = str(request_id)

        def result(kind: str, message: str) -> SendResult:
            return self._result(kind, code, message, request_id, status, retry_after)

        said = f": {tiktok_message}" if tiktok_message else ""
        if status == 429:
            return result(RETRY, f"TikTok is rate limiting (HTTP 429){said}")
        if status >= 500:
            if payload is None:
                return result(RETRY, f"TikTok server error (HTTP {status}), body is not JSON")
            return result(RETRY, f"TikTok server error (HTTP {status}){said}")
        if status == 408:
            return result(RETRY, f"TikTok timed out the request (HTTP 408){said}")
        if 300 <= status < 400:
            return result(FAILED, f"Unexpected redirect (HTTP {status}) to "
                                  f"{response.headers.get('Location', '?')}; not followed")
        ok_status = 200 <= status < 300
        if payload is None:
            if ok_status:
                return result(RETRY, f"TikTok answered HTTP {status} with a body that is not "
                                     "JSON (a proxy or captive portal?); not confirmed")
            return result(FAILED, f"HTTP {status} with a body that is not JSON")
        if code is None:
            if ok_status:
                return result(RETRY, f"TikTok answered HTTP {status} without a result code; "
                                     "not confirmed")
            return result(FAILED, f"HTTP {status} without a result code{said}")
        if code == CODE_OK:
            if ok_status:
                return result(ACCEPTED, tiktok_message or "OK")
            return result(FAILED, f"HTTP {status} with code 0{said}")
        if code == CODE_NO_PERMISSION:
            return result(TOKEN_REJECTED, tiktok_message or
                          "TikTok refused the access token or the pixel (code 40001)")
        if code == CODE_INVALID_FIELD:
            return result(INVALID, tiktok_message or "TikTok found an invalid field (40002)")
        if code == CODE_TOO_MANY_REQUESTS:
            return result(RETRY, tiktok_message or "TikTok: too many requests (40100)")
        return result(FAILED, tiktok_message or f"TikTok answered code {code}")
