"""A plan to compare: a file on disk, or `REV:PATH`, a file as a git revision holds it.

A revision is read with `git show`, never checked out: the plan and the files it includes
(at the same revision) are written into a temporary folder, so the working tree and the
index stay as they are."""

from __future__ import annotations

import posixpath
import subprocess
from dataclasses import dataclass
from pathlib import Path

from res_plan.plan_files import read_text
from res_plan.problems import PlanInvalid
from res_plan.yaml_source import MAX_FILE_BYTES, decode, parse


@dataclass(frozen=True)
class PlanSource:
    label: str  # as given: "HEAD:regions/u16.yaml" or "regions/u16.yaml"
    path: str  # the file the annotations point at (repository-relative for REV:PATH)
    text: str
    base: Path  # the folder its included files are found in


class SourceError(Exception):
    """A revision git cannot give; `key` and `params` name the message."""

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def is_revision(spec: str) -> bool:
    """`REV:PATH`, unless a file of that name exists."""
    rev, sep, path = spec.partition(":")
    return bool(sep and rev and path) and not Path(spec).exists()


def read_source(spec: str, workdir: Path) -> PlanSource:
    """The plan `spec` names; PlanInvalid when a file cannot be read, SourceError for git."""
    if not is_revision(spec):
        file = Path(spec)
        return PlanSource(spec, spec, read_text(file), file.parent)
    rev, _, path = spec.partition(":")
    if path.startswith(("./", "../")):  # git's own meaning: relative to the current folder
        path = posixpath.normpath(_git(spec, "rev-parse", "--show-prefix").decode().strip() + path)
    text = _show(spec, rev, path)
    target = workdir / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    for name in _includes(text):
        _copy_include(spec, rev, posixpath.normpath(posixpath.join(posixpath.dirname(path), name)), workdir)
    return PlanSource(spec, path, text, target.parent)


def _includes(text: str) -> list[str]:
    try:
        data = parse(text).data
    except PlanInvalid:
        return []  # the check reports it
    names = data.get("include") if isinstance(data, dict) else None
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


def _copy_include(spec: str, rev: str, path: str, workdir: Path) -> None:
    """An included file as the revision holds it; one git lacks is left for the check to report."""
    if path.startswith("../") or posixpath.isabs(path):
        return
    try:
        text = _show(spec, rev, path)
    except (SourceError, PlanInvalid):
        return
    target = workdir / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _show(spec: str, rev: str, path: str) -> str:
    raw = _git(spec, "show", "--no-textconv", f"{rev}:{path}")
    if len(raw) > MAX_FILE_BYTES:
        raise SourceError("df-too-large", spec=spec, limit=str(MAX_FILE_BYTES // (1024 * 1024)))
    return decode(raw)


def _git(spec: str, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise SourceError("df-no-git", spec=spec) from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SourceError("df-cannot-git", spec=spec, reason=lines[0] if lines else f"exit {done.returncode}")
    return done.stdout
