"""Writing an output file whole or not at all: a temporary file in the same directory,
then an atomic rename over the target. Never over a file the output was made from."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


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


def write_atomic(target: Path, content: str, inputs: Iterable[Path] = (), exclusive: bool = False) -> None:
    """Write `content` (UTF-8, line ends as given) to `target`, following a symlink to the
    file it names. Raises WouldOverwriteInput or OSError; on error the target is untouched.

    With `exclusive` an existing target is never replaced (FileExistsError), not even one
    created while the content was being written: the file is linked into place, not renamed.
    """
    for source in inputs:
        if _same_file(target, source):
            raise WouldOverwriteInput(target, source)
    real = target.resolve() if target.is_symlink() else target
    if real.is_dir():
        raise IsADirectoryError(21, "is a directory", str(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
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
