"""The cyclic garbage collector paused while one plan is checked.

A plan of 100,000 decisions allocates millions of small objects that live until the run
ends, and the collector walks all of them again and again as they pile up: a third of the
time of a large check. The pipeline's data are trees, freed by reference counting alone."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
