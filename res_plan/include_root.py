"""Where an include may point: inside the repository holding the plan or the one res-plan
runs in (outside a repository, that folder tree), to a YAML file, each file once. A plan that names `/etc/shadow` or
`../../` is refused without the file being read, so its content never reaches a message."""

from __future__ import annotations

from pathlib import Path

from res_plan.messages import Message
from res_plan.plan_files import PLAN_SUFFIXES


def _root_of(base: Path) -> Path:
    """The nearest folder above the plan that holds a .git, else the plan's folder."""
    try:
        start = base.resolve()
    except (OSError, RuntimeError):
        return base.absolute()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


class IncludeRoot:
    def __init__(self, base: Path) -> None:
        # The plan's repository, and the one res-plan runs in (the tree being checked).
        self.roots = (_root_of(base), _root_of(Path.cwd()))
        self.seen: dict[Path, int] = {}

    def refusal(self, name: str, path: Path, index: int) -> Message | None:
        """Why include[index] `name` (at `path`) is not read, or None."""
        if path.suffix not in PLAN_SUFFIXES:
            return Message("include-not-shared", {"name": name, "reason": Message("include-not-yaml")})
        try:
            real = path.resolve()
        except (OSError, RuntimeError):
            return None  # a link loop: reading it says so, at the include line
        if not any(real.is_relative_to(root) for root in self.roots):
            return Message("include-outside", {"name": name})
        if real in self.seen:  # read once: a second copy would only repeat every partner
            return Message("include-twice", {"name": name, "first": str(self.seen[real])})
        self.seen[real] = index
        return None
