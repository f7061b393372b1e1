"""`include:` — shared partner and calendar files added to a plan (a waterschap or provincie
that sits in several regions is described once)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from res_plan.include_root import IncludeRoot
from res_plan.messages import Message
from res_plan.model import Plan, SharedFile
from res_plan.plan_files import locate, read_text
from res_plan.problems import Loc, PlanInvalid, Problem, prefixed, problem
from res_plan.validate import MAX_PARTNERS, validate_shared
from res_plan.yaml_source import PositionedYaml, parse

MERGED_LISTS: tuple[tuple[str, ...], ...] = (("partners",), ("calendar", "closed"), ("calendar", "recess"),
                                             ("calendar", "elections"))


@dataclass
class Origin:
    file: str
    doc: PositionedYaml
    index: int


@dataclass
class Origins:
    """Where each merged list entry came from, so a problem points into the right file."""

    entries: dict[tuple[tuple[str, ...], int], Origin] = field(default_factory=dict)

    def locate(self, loc: Loc) -> tuple[Origin, Loc] | None:
        for path in MERGED_LISTS:
            n = len(path)
            index = loc[n] if len(loc) > n else None
            if tuple(loc[:n]) == path and isinstance(index, int):
                origin = self.entries.get((path, index))
                if origin is not None:
                    return origin, path + (origin.index,) + tuple(loc[n + 1:])
        return None


def _get(model: object, path: tuple[str, ...]) -> list[object]:
    for name in path:
        model = getattr(model, name)
    return model  # type: ignore[return-value]


def merge_includes(plan: Plan, base: Path, read: ReadShared) -> tuple[Plan, Origins]:
    """The plan with every included file's partners and calendar entries appended."""
    origins = Origins()
    problems: list[Problem] = []
    merged = {path: list(_get(plan, path)) for path in MERGED_LISTS}
    allowed = IncludeRoot(base)
    for i, name in enumerate(plan.include):
        path = (base / name)
        refused = allowed.refusal(name, path, i)
        if refused is not None:
            problems.append(prefixed(problem("bad-value", refused, loc=("include", i)), f"include[{i}]: "))
            continue
        try:
            shared, doc = read(path)
        except PlanInvalid as exc:
            # A file that cannot be read is blamed on the include line; errors inside it stay there.
            unreadable = all(p.code == "unreadable" for p in exc.problems)
            problems.extend([_blamed_on_include(p, i) for p in exc.problems] if unreadable else exc.problems)
            continue
        for key in MERGED_LISTS:
            for j, entry in enumerate(_get(shared, key)):
                origins.entries[(key, len(merged[key]))] = Origin(str(path), doc, j)
                merged[key].append(entry)
    if not problems and len(merged[("partners",)]) > MAX_PARTNERS:
        problems.append(problem("too-large", "too-many-entries", prefix="include: ", key="partners",
                                count=f"{len(merged[('partners',)]):,}", limit=f"{MAX_PARTNERS:,}",
                                loc=("include",), at_key=True))
    if problems:
        raise PlanInvalid(problems)
    calendar = plan.calendar.model_copy(update={k[1]: merged[k] for k in MERGED_LISTS if len(k) == 2})
    return plan.model_copy(update={"partners": merged[("partners",)], "calendar": calendar}), origins


def _blamed_on_include(p: Problem, i: int) -> Problem:
    """A problem reading included file i, told at the plan's include[i] line."""
    return prefixed(Problem(p.code, p.message, loc=("include", i), wording=p.wording, prefix=p.prefix),
                    f"include[{i}]: ")


class ReadShared:
    """Reads and validates shared files once per process, however many plans include them."""

    def __init__(self) -> None:
        self._cache: dict[tuple[Path, int, int], tuple[SharedFile, PositionedYaml] | PlanInvalid] = {}

    def __call__(self, path: Path) -> tuple[SharedFile, PositionedYaml]:
        try:  # a file edited since it was read is read again
            info = path.stat()
            key: tuple[Path, int, int] = (path.resolve(), info.st_mtime_ns, info.st_size)
        except FileNotFoundError:
            key = (path.absolute(), -1, -1)  # read_text says so
        except (OSError, RuntimeError) as exc:  # a symlink loop, among others
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else Message("include-loop")
            raise PlanInvalid([problem("unreadable", "cannot-read", path=path, reason=reason)]) from None
        if key not in self._cache:
            self._cache[key] = self._load(path)
        cached = self._cache[key]
        if isinstance(cached, PlanInvalid):
            raise cached
        return cached

    def _load(self, path: Path) -> tuple[SharedFile, PositionedYaml] | PlanInvalid:
        doc: PositionedYaml | None = None
        try:
            doc = parse(read_text(path))
            return validate_shared(doc), doc
        except PlanInvalid as exc:
            return PlanInvalid([locate(_said_of_shared(p), doc, str(path)) for p in exc.problems])


# Reading problems that name a plan, and their wording for a shared file.
_SHARED_WORDING = {key: f"shared-{key}" for key in (
    "is-directory", "file-too-big", "file-over-limit", "yaml-empty", "yaml-two-documents", "yaml-tag", "yaml-too-deep",
    "yaml-too-many-nodes", "yaml-too-many-items")}


def _said_of_shared(p: Problem) -> Problem:
    """The problem in the words of a shared file ("the shared file", not "a plan")."""
    key = _SHARED_WORDING.get(p.template or "")
    if key is None or p.wording is None:
        return p
    wording = Message(key, p.wording.params)
    return replace(p, message=p.prefix + wording.english, wording=wording)
