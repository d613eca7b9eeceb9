"""The log set-up: a private, rotated file in the data folder's ``logs/``, and the console."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logging_setup import configure_logging, log_dir


@pytest.fixture
def root() -> Iterator[logging.Logger]:
    """The root logger; the handlers a test adds are removed and closed afterwards."""
    logger = logging.getLogger()
    before, level = list(logger.handlers), logger.level
    try:
        yield logger
    finally:
        for handler in [h for h in logger.handlers if h not in before]:
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(level)


def _file_handler(root: logging.Logger) -> logging.handlers.RotatingFileHandler:
    files = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(files) == 1
    return files[0]


def test_the_log_file_rotates_in_the_data_folder(tmp_path: Path, root: logging.Logger) -> None:
    data = tmp_path / "data"  # not there yet: the log may be the first thing written
    assert log_dir(data) == data / "logs"
    path = configure_logging(log_dir(data))
    assert path == data / "logs" / "kiosk.log"
    handler = _file_handler(root)
    assert handler.maxBytes == 2 * 1024 * 1024 and handler.backupCount == 4
    logging.getLogger("kiosk.test").warning("a line for the volunteers")
    handler.flush()
    assert "a line for the volunteers" in path.read_text(encoding="utf-8")
    # Private to the kiosk's account, the rotated files too.
    assert data.stat().st_mode & 0o777 == 0o700
    assert (data / "logs").stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600
    handler.doRollover()
    assert path.with_name("kiosk.log.1").stat().st_mode & 0o777 == 0o600
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_line_kept_off_the_console_still_reaches_the_file(
    tmp_path: Path, root: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    path = configure_logging(tmp_path / "logs")
    assert path is not None
    early = logging.getLogger("kiosk.test.console")
    early.error("printed plainly already", extra={"console": False})
    early.error("for both")
    _file_handler(root).flush()
    in_file = path.read_text(encoding="utf-8")
    assert "printed plainly already" in in_file and "for both" in in_file
    err = capsys.readouterr().err
    assert "printed plainly already" not in err and "for both" in err


def test_a_folder_that_cannot_be_made_leaves_the_console_only(
    tmp_path: Path, root: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    in_the_way = tmp_path / "data"
    in_the_way.write_text("a file where the data folder should be", encoding="utf-8")
    assert configure_logging(in_the_way / "logs") is None
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers)
    assert "logging to the console only" in capsys.readouterr().err
