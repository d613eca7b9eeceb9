"""A fake clock: monotonic or wall seconds that move only when a test moves them.

The flow, the session, the sync worker and the PIN store take their clock as a callable, so a
test steps through timeouts, back-offs and lock-outs without waiting.
"""

from __future__ import annotations


class FakeClock:
    """Seconds that move only when told to: call it for the time, ``advance`` to move it.

    ``now`` may also be set or added to directly (``clock.now += 60``).
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        """Move on by ``seconds``; returns the new time (``flow.tick(clock.advance(5))``)."""
        self.now += seconds
        return self.now
