"""A person asked to send the TikTok queue now (`python main.py sync`).

Everything waiting goes, whatever the background schedule says. A failure that may pass (the
network, a 5xx, a 429) is tried again within the run after a short backoff that honours
TikTok's Retry-After, for at most `max_wait` seconds: the person gets a drained queue or the
reason it is not. Anything else (no token, a rejected token, a refused request) ends the run
at once. The background sender (ui/tiktok_sync.py) keeps its own, longer schedule.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import replace

from db.words import N_, Said
from tracking.backoff import next_delay
from tracking.sync import SyncReport, queue_status, sync_once, with_words

__all__ = ["MAX_WAIT", "send_everything"]

MAX_WAIT = 60.0
# A person is waiting: much shorter than the background's backoff (tracking/backoff.py).
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0


def send_everything(db, max_wait: float = MAX_WAIT, *, sleep: Callable[[float], None] = time.sleep,
                    clock: Callable[[], float] = time.monotonic,
                    rng: Callable[[], float] = random.random,
                    progress: Callable[[int, int], None] | None = None,
                    **sync_options) -> SyncReport:
    """Runs sync_once over every waiting event until the queue is drained, a failure that
    will not pass by waiting, or max_wait seconds. The report counts what every run sent.
    progress: told (sent, to send) after each batch, to send being what waited at the start."""
    deadline = clock() + max(0.0, max_wait)
    sent = requests = 0
    attempt = 0
    to_send = _waiting(db) if progress is not None else 0

    def told(sent_this_run: int) -> None:
        if progress is not None:
            progress(sent + sent_this_run, max(to_send, sent + sent_this_run))
    while True:
        report = sync_once(db, rng=rng, everything=True, after_batch=told, **sync_options)
        sent, requests = sent + report.sent, requests + report.requests
        if not (report.transient and report.waiting):
            break
        left = deadline - clock()
        wait = next_delay(attempt, base=BACKOFF_BASE, cap=BACKOFF_CAP, rng=rng,
                          retry_after=report.retry_after)
        if left <= 0 or (report.retry_after or 0) > left:
            report = with_words(report, Said(N_("Stopped trying after {seconds} seconds "
                                                "(--max-wait)."), seconds=f"{max_wait:g}"),
                                keep=True)
            break
        sleep(min(wait, left))
        attempt += 1
    return replace(report, sent=sent, requests=requests)


def _waiting(db) -> int:
    with db.read() as session:
        return queue_status(session).waiting
