"""Built-in decision routes (SPEC §2.4), one data file per procedure beside this module.

Each step carries, besides its id, role and default lead, the basis and source of that
lead; the plan model sees only the SPEC keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from res_plan.model import Procedure, Step

_HERE = Path(__file__).parent
_META = ("basis", "confidence")


@dataclass(frozen=True)
class StepSource:
    basis: str
    confidence: str
    source: str


@dataclass(frozen=True)
class BuiltinProcedure:
    name: str
    description: str
    procedure: Procedure
    sources: tuple[StepSource, ...]

    @property
    def steps(self) -> list[Step]:
        return self.procedure.steps


@cache
def builtin_catalogue() -> dict[str, BuiltinProcedure]:
    out = {}
    for path in sorted(_HERE.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        sources = tuple(StepSource(s["basis"], s["confidence"], s["source"]) for s in data["steps"])
        # A term set by law counts as statutory for the Algemene termijnenwet.
        steps = [{**{k: v for k, v in s.items() if k not in _META}, "statutory": s["basis"] == "statutory"}
                 for s in data["steps"]]
        out[path.stem] = BuiltinProcedure(path.stem, data["description"], Procedure.model_validate({"steps": steps}),
                                          sources)
    return out


def builtin_procedures() -> dict[str, BuiltinProcedure]:
    return builtin_catalogue()
