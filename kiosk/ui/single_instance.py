"""One kiosk per user session: a second ``kiosk`` refuses to start.

Two kiosks on one stand would fight over the card reader and show two visits on one screen. The
guard is a :class:`~PySide6.QtCore.QLockFile` in the user's runtime folder (``$XDG_RUNTIME_DIR``
when set; the temporary folder otherwise), named per user (by user id on POSIX).
``QLockFile`` writes the owner's process id, application name and host name into the file, so a
lock left behind by a kiosk that was killed or lost its power is recognised as stale and taken
over. Its other staleness rule, the file's age, is switched off: a kiosk keeps its lock all day.
"""

from __future__ import annotations

import getpass
import logging
import os
import re
import tempfile
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile

__all__ = ["ALREADY_RUNNING_EXIT", "SingleInstance", "default_lock_path"]

log = logging.getLogger(__name__)

#: The ``kiosk`` command's exit status when another kiosk already runs (2: bad configuration).
ALREADY_RUNNING_EXIT = 3


def default_lock_path(name: str = "ehealth-kiosk") -> Path:
    """The lock file of ``name`` for the current user."""
    # Not QStandardPaths.RuntimeLocation: without XDG_RUNTIME_DIR (no login session, as on
    # a stand started from a plain autostart script) it warns and invents a folder.
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = runtime if runtime and os.path.isdir(runtime) else tempfile.gettempdir()
    # The temporary folder is shared by every user: the name keeps one kiosk per user.
    return Path(folder) / f"{name}-{_user_key()}.lock"


def _user_key() -> str:
    """The current user, safe in a file name: the user id on POSIX (no look-up needed), the
    user name elsewhere."""
    if hasattr(os, "getuid"):
        return str(os.getuid())
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor in the password database
        user = "user"
    return re.sub(r"[^A-Za-z0-9._-]", "_", user) or "user"


class SingleInstance:
    """Holds the lock while the kiosk runs. :meth:`acquire` returns False only when another
    running process holds it (a lock file that cannot be created at all is logged, and the
    kiosk starts); use as a context manager or call :meth:`release` at exit."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_lock_path()
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        #: The process id of the kiosk holding the lock, after a refused :meth:`acquire`.
        self.owner: int | None = None

    def acquire(self) -> bool:
        if self._lock.tryLock(0):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # (pid, host, application), or empty if unreadable
            self.owner = info[0] if isinstance(info, tuple) and info and info[0] else None
            return False
        # A folder we cannot write to: refusing to start would leave the stand dark for a
        # problem that is not a second kiosk. Start, and say so.
        log.error(
            "the single-instance lock %s cannot be created (%s): starting without it",
            self.path,
            error.name,
        )
        return True

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
