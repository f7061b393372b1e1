"""Plan files on disk: finding them, reading one within the size limit, and placing a
problem at its file, line and column."""

from __future__ import annotations

import re
import stat
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from res_plan.problems import PlanInvalid, Problem, problem
from res_plan.yaml_source import MAX_FILE_BYTES, PositionedYaml, decode

if TYPE_CHECKING:
    from res_plan.includes import Origins

PLAN_SUFFIXES = (".yaml", ".yml")


# A top-level key of a block mapping: at the start of a line, before a colon.
_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:", re.MULTILINE)


def looks_like_plan(path: Path) -> bool:
    """Whether a YAML file found in a folder is a plan: it has `decisions`, or `version` with
    `region` or `deadline` (a plan in the making). A CI config, a docker-compose or mkdocs
    file has neither. A file that cannot be read, or whose top level is not a block mapping,
    counts as a plan, so that checking it says what is wrong."""
    try:
        with path.open("rb") as fh:
            head = fh.read(MAX_FILE_BYTES + 1)
        content = head.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return True
    keys = set(_TOP_KEY.findall(content))
    if not keys:
        return True
    return "decisions" in keys or ("version" in keys and bool(keys & {"region", "deadline"}))


def find_plan_files(paths: list[Path], skipped: list[Path] | None = None) -> list[Path]:
    """Files as given (always checked); directories searched for *.yaml / *.yml, skipping
    dotfiles, folders named .* (hidden) and _* (shared files that plans include, such as
    regions/_shared/), and YAML that is not a plan (see looks_like_plan; listed in `skipped`)."""
    out: list[Path] = []
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        for p in sorted(path.rglob("*")):
            rel = p.relative_to(path)
            if p.suffix not in PLAN_SUFFIXES or p.name.startswith(".") or not p.is_file() \
                    or any(part.startswith((".", "_")) for part in rel.parent.parts):
                continue
            if looks_like_plan(p):
                out.append(p)
            elif skipped is not None:
                skipped.append(p)
    return out


def read_text(path: Path) -> str:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise PlanInvalid([problem("unreadable", "is-directory", path=path)])
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise PlanInvalid([problem("unreadable", "not-regular-file", path=path)])
        if info.st_size > MAX_FILE_BYTES:
            raise PlanInvalid([problem("too-large", "file-too-big", size=f"{info.st_size / 1e6:.1f}",
                                       limit=MAX_FILE_BYTES // (1024 * 1024))])
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise PlanInvalid([problem("unreadable", "no-such-file", path=path)]) from None
    except OSError as exc:
        raise PlanInvalid([problem("unreadable", "cannot-read", path=path, reason=exc.strerror or exc)]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise PlanInvalid([problem("too-large", "file-over-limit")])
    return decode(raw)


def locate(problem: Problem, doc: PositionedYaml | None, file: str, origins: Origins | None = None) -> Problem:
    """The problem with its file, and its line and column when it has a path into doc."""
    if problem.file is not None:
        return problem  # already placed, in an included file
    loc = problem.loc
    if loc is not None and origins is not None:
        found = origins.locate(loc)
        if found is not None:
            origin, loc = found
            doc, file = origin.doc, origin.file
            problem = replace(problem, line=None, column=None)
    if problem.line is None and loc is not None and doc is not None:
        line, column = doc.position(loc, at_key=problem.at_key)
        problem = problem.at(line, column)
    return replace(problem, file=file)
