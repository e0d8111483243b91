"""Progress on stderr: a live counter on a terminal, nothing otherwise (a summary line follows)."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self.t0 = time.perf_counter()
        self.last = 0.0

    def __call__(self, n: int) -> None:
        now = time.perf_counter()
        if self.enabled and now - self.last > 0.2:
            rate = n / max(now - self.t0, 1e-9)
            sys.stderr.write(f"\r{self.label}: {n} items, {rate:.0f}/s")
            sys.stderr.flush()
            self.last = now

    def done(self) -> float:
        if self.enabled:
            sys.stderr.write("\r\033[K")
        return time.perf_counter() - self.t0
