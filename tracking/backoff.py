"""Retry delays for the TikTok outbox: exponential backoff with full jitter. Pure."""
from __future__ import annotations

import math
import random
from collections.abc import Callable

__all__ = ["next_delay"]


def next_delay(attempt: int, base: float = 2.0, cap: float = 600.0,
               rng: Callable[[], float] = random.random, *,
               retry_after: float | None = None) -> float:
    """Seconds to wait before the next try, after `attempt` failed tries (0 = the first).

    Full jitter: a uniform draw in [0, min(cap, base * 2**attempt)), so many counters that
    lost the network together do not all come back at the same second. rng must return a
    float in [0, 1). When the server asked for a wait (Retry-After), the result is never
    shorter than that.
    """
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 0:
        raise ValueError("attempt must be a whole number >= 0")
    if base <= 0 or cap <= 0:
        raise ValueError("base and cap must be positive")
    # Past 2**64 the cap has long been reached; bounding the exponent avoids huge numbers.
    ceiling = min(cap, base * math.pow(2.0, min(attempt, 64)))
    delay = rng() * ceiling
    if retry_after is not None and retry_after > delay:
        delay = float(retry_after)
    return delay
