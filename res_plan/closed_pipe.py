"""Standard output whose reader has gone (`res-plan check | head`): what is left to print is
dropped and the run ends with its own exit code, not a failure for a reader that stopped."""

from __future__ import annotations

import os
from typing import Any, TextIO


class PipeSafe:
    """A text stream that turns a closed pipe into a sink instead of an error."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._sink()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._sink()

    def _sink(self) -> None:
        # The buffered rest still goes somewhere, also when Python flushes it at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, self._stream.fileno())
        os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
