"""`res-plan diff`: what changed between two versions of a plan, in several formats.

Each format module has `render(diff, lang) -> str`; `compare` computes, the formats only lay out."""

from __future__ import annotations

from importlib import import_module

from res_plan.diff.compare import PlanDiff

FORMATS = {
    "text": "res_plan.diff.text",
    "markdown": "res_plan.diff.markdown",
    "json": "res_plan.diff.json_format",
    "github": "res_plan.diff.github",
}


def render(fmt: str, diff: PlanDiff, lang: str) -> str:
    module = import_module(FORMATS[fmt])
    return module.render(diff, lang)  # type: ignore[no-any-return]
