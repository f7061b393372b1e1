"""A body as human output names it: "gemeenteraad" for a gemeente's `raad`, "Provincial
Council" for a provincie's `ps` in English. Only a default body of the partner's kind has a
name; a body added under `meetings` (a commissie) keeps the name the plan gives it. Ids
(`leiden.raad`) stay as they are in JSON, CSV and the piped `check` log."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from res_plan.bodies import KIND_BODIES, split_key
from res_plan.messages import text

if TYPE_CHECKING:
    from res_plan.bodies import PartnerInfo


def body_name(body: str, kind: str | None, lang: str) -> str:
    if kind is None or body not in KIND_BODIES.get(kind, ((), "", None))[0]:
        return body
    return text(lang, f"body-{kind}-{body}")


def name_of(key: str, partners: Mapping[str, PartnerInfo], lang: str) -> str:
    """The name of the body a key `partner.body` names; the key itself for an unknown partner."""
    pid, body = split_key(key)
    info = partners.get(pid)
    return body_name(body, info.kind, lang) if info is not None else key


_KIND_OF = {body: kind for kind, (bodies, _, _) in KIND_BODIES.items() for body in bodies}


def bare_name(body: str, lang: str) -> str:
    """A bare body as a calendar window lists it (`raad`: every gemeente's); the defaults'
    names are unique across kinds, so the kind follows from the name."""
    return body_name(body, _KIND_OF.get(body), lang)
