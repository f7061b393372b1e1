"""Partners, their bodies and roles (SPEC §2.1), and the one resolver of `partner.body`
names that `by:`, the `bodies:` of calendar windows and the keys under `meetings` share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from res_plan.hints import suggest
from res_plan.messages import Message, Param
from res_plan.safe_text import one_line

if TYPE_CHECKING:  # the model (pydantic) is needed only to build a PartnerInfo, never to read one
    from res_plan.model import Partner

# kind -> (default bodies, executive body, representative body)
KIND_BODIES: dict[str, tuple[tuple[str, ...], str, str | None]] = {
    "gemeente": (("college", "raad"), "college", "raad"),
    "provincie": (("gs", "ps"), "gs", "ps"),
    "waterschap": (("db", "ab"), "db", "ab"),
    "regio": (("stuurgroep",), "stuurgroep", None),
    "netbeheerder": (("directie",), "directie", None),
    "rijk": (("minister",), "minister", None),
    "other": (("bestuur",), "bestuur", None),
}
ROLES = ("executive", "representative")
KNOWN_BODY_NAMES = frozenset(b for bodies, _, _ in KIND_BODIES.values() for b in bodies) | set(ROLES)


class BodyError(Exception):
    """A body or role that cannot be found, with the problem code and the message to report."""

    def __init__(self, code: str, template: str, **params: Param) -> None:
        self.wording = Message(template, params)
        super().__init__(self.wording.english)
        self.code = code
        self.message = self.wording.english


def split_key(key: str) -> tuple[str, str]:
    """A resolved body key `partner.body` as (partner, body)."""
    partner, _, body = key.partition(".")
    return partner, body


def partner_of(key: str) -> str:
    return split_key(key)[0]


@dataclass
class PartnerInfo:
    id: str
    name: str
    kind: str
    bodies: list[str] = field(default_factory=list)
    _known: set[str] = field(default_factory=set, repr=False, compare=False)  # bodies, for a quick lookup

    @classmethod
    def of(cls, partner: Partner) -> PartnerInfo:
        # The name with control characters escaped: it enters every human format from here.
        bodies = dict.fromkeys([*KIND_BODIES[partner.kind][0], *(k for k in partner.meetings if k not in ROLES)])
        return cls(partner.id, one_line(partner.name or partner.id), partner.kind, list(bodies), set(bodies))

    def role(self, role: str) -> str | None:
        _, executive, representative = KIND_BODIES[self.kind]
        return executive if role == "executive" else representative

    def body(self, name: str) -> str:
        """The body a name or role means for this partner, or BodyError."""
        if name in ROLES:
            body = self.role(name)
            if body is None:
                raise BodyError("unknown-body", "no-role-body", kind=self.kind, role=name, partner=self.id)
            return body
        if name not in (self._known or self.bodies):
            raise BodyError("unknown-body", "no-such-body", partner=self.id, kind=self.kind, name=name,
                            bodies=", ".join(self.bodies), hint=suggest(name, self.bodies))
        return name


class BodyResolver:
    """Names of bodies as a plan writes them, resolved against its partners.

    `partner.body` and `partner.role` mean the same wherever they are written. A bare body
    or role means the context partner's body in `by:`; in a window's `bodies:` it stays a
    name that every partner's body of that name (or role) answers to.
    """

    def __init__(self, partners: Mapping[str, PartnerInfo]) -> None:
        self.partners = partners
        self._names: frozenset[str] | None = None  # every body name of the partners, made once

    def qualified(self, ref: str, in_ref: bool = True) -> str:
        """`partner.body` or `partner.role` as the key `partner.body`, or BodyError.

        `in_ref` names the whole reference in the message about an unknown partner (as `by:` does).
        """
        pid, _, name = ref.partition(".")
        partner = self.partners.get(pid)
        if partner is None:
            hint = suggest(pid, list(self.partners))
            if in_ref:
                raise BodyError("unknown-reference", "unknown-partner-in", partner=pid, ref=ref, hint=hint)
            raise BodyError("unknown-reference", "unknown-partner", partner=pid, hint=hint)
        return f"{pid}.{partner.body(name)}"

    def by(self, ref: str, context: str | None) -> str:
        """A `by:` reference; a bare body or role needs a partner in context."""
        if "." in ref:
            return self.qualified(ref)
        if context is None:
            raise BodyError("unknown-body", "by-without-partner", ref=ref)
        return f"{context}.{self.partners[context].body(ref)}"

    def window_entry(self, entry: str) -> str:
        """An entry of a window's `bodies:`: a key `partner.body`, or a bare name some partner has."""
        if "." in entry:
            return self.qualified(entry, in_ref=False)
        if self._names is None:
            self._names = frozenset(b for p in self.partners.values() for b in p.bodies)
        extra = self._names
        if entry not in KNOWN_BODY_NAMES and entry not in extra:
            raise BodyError("unknown-body", "unknown-body-name", name=entry,
                            hint=suggest(entry, sorted(KNOWN_BODY_NAMES | extra)))
        return entry

    def names(self, entries: list[str] | None, key: str) -> bool:
        """Whether resolved window entries (None: every body) name the body `key`."""
        return window_names(entries, key, self.partners[partner_of(key)])


def window_names(entries: list[str] | None, key: str, partner: PartnerInfo) -> bool:
    """Whether resolved window entries (None: every body) name the body `key` of `partner`."""
    if entries is None:
        return True
    body = split_key(key)[1]
    for entry in entries:
        if "." in entry:
            if entry == key:
                return True
        elif entry == body or (entry in ROLES and partner.role(entry) == body):
            return True
    return False


def resolve_by(ref: str, partners: dict[str, PartnerInfo], context: str | None) -> str:
    """``partner.body``, ``partner.role`` or, with a partner in context, a bare body or role."""
    return BodyResolver(partners).by(ref, context)
