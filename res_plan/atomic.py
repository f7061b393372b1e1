"""Writing an output file whole or not at all: a temporary file in the same directory,
then an atomic rename over the target. Never over a file the output was made from.

A target that is not a regular file — `-`, this process's own stdout or stderr (`/dev/stdout`
while stdout is redirected to a log), a device such as `/dev/null`, a FIFO — is a stream: it
is written in place. Renaming over it would replace the device node, or the log that stdout
is appended to, with a new regular file and lose what was there."""

from __future__ import annotations

import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


class WouldOverwriteInput(Exception):
    """The output path names one of the input files."""

    def __init__(self, target: Path, source: Path) -> None:
        super().__init__(f"{target} is the input {source}")
        self.target = target
        self.source = source


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _stdio(target: Path) -> int | None:
    """1 or 2 when `target` is the file this process's stdout or stderr writes to."""
    try:
        st = os.stat(target)
    except OSError:
        return None
    for fd in (1, 2):
        try:
            own = os.fstat(fd)
        except OSError:
            continue
        if (own.st_dev, own.st_ino) == (st.st_dev, st.st_ino):
            return fd
    return None


def _is_stream(target: Path) -> bool:
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_stream(target: Path, content: str | bytes) -> bool:
    """Write to `target` in place when it is a stream; False when it is a file (or new)."""
    fd = 1 if str(target) == "-" else _stdio(target)
    if fd is not None:
        out = sys.stdout if fd == 1 else sys.stderr
        if isinstance(content, bytes):
            out.flush()
            out.buffer.write(content)
        else:
            out.write(content)
        out.flush()
        return True
    if _is_stream(target):
        # Append mode: a device or FIFO is never truncated, and nothing is renamed over it.
        with _open(target, "a", content) as fh:
            fh.write(content)
        return True
    return False


def _open(path: Path | str | int, mode: str, content: str | bytes) -> IO[Any]:
    """Text (UTF-8, line ends as given) for a str, binary for bytes (a workbook)."""
    if isinstance(content, bytes):
        return open(path, mode + "b")
    return open(path, mode, encoding="utf-8", newline="")


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """SIGTERM while the temporary file exists ends the run through its clean-up (exit 143, as
    the signal would) instead of killing it with a hidden file left beside the target."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def write_atomic(target: Path, content: str | bytes, inputs: Iterable[Path] = (), exclusive: bool = False) -> None:
    """Write `content` (a str as UTF-8 with line ends as given, or bytes) to `target`, following a symlink to the
    file it names. Raises WouldOverwriteInput or OSError; on error the target is untouched.

    A stream target (see the module) is written in place instead.
    With `exclusive` an existing target is never replaced (FileExistsError), not even one
    created while the content was being written: the file is linked into place, not renamed.
    """
    for source in inputs:
        if _same_file(target, source):
            raise WouldOverwriteInput(target, source)
    if _write_stream(target, content):
        return
    real = target.resolve() if target.is_symlink() else target
    if real.is_dir():
        raise IsADirectoryError(21, "is a directory", str(target))
    with _terminate_cleanly():
        _replace(real, content, exclusive)


def _replace(real: Path, content: str | bytes, exclusive: bool) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    try:
        with _open(fd, "w", content) as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode(real))
        if exclusive:
            os.link(tmp, real)  # fails if real exists, atomically
            os.unlink(tmp)
        else:
            os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
