"""Failed sign-ins counted per key in a sliding window (in this process's memory).

The hub runs as one process (uvicorn, one worker), so memory is the right place: nothing to clean
up, and a restart forgets only the last few minutes. Each key is an account
(``org name/user name``) and a client address; either one over the limit refuses the sign-in
before the password is even checked, so guessing costs the attacker time, not the hub Argon2 work.
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque


class FailureLimiter:
    """At most ``limit`` failures per account key, ``limit × address_factor`` per address key
    (``address:…``; an office behind one NAT address holds many accounts), within ``window`` s.
    """

    def __init__(
        self, limit: int, window: float, address_factor: int = 10, clock=time.monotonic
    ) -> None:
        self.limit = limit
        self.address_factor = address_factor
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _prune(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
            return deque()
        return times

    def retry_after(self, *keys: str) -> int:
        """Seconds until a new attempt is allowed for every key; 0 if it is allowed now."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                times = self._prune(key, now)
                limit = self.limit * (self.address_factor if key.startswith("address:") else 1)
                if len(times) >= limit:
                    wait = max(wait, times[len(times) - limit] + self.window - now)
        return math.ceil(wait) if wait > 0 else 0

    def fail(self, *keys: str) -> None:
        now = self._clock()
        with self._lock:
            for key in keys:
                self._failures[key].append(now)

    def succeed(self, account: str) -> None:
        """A correct password clears the account's count (not the address's)."""
        with self._lock:
            self._failures.pop(account, None)
