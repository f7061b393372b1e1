"""Partners, their bodies and roles (SPEC §2.1)."""

from __future__ import annotations

from dataclasses import dataclass, field

from res_plan.hints import closest
from res_plan.messages import render
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
    """A body or role that cannot be found; `template` and `params` give its message."""

    def __init__(self, code: str, template: str, **params: str) -> None:
        self.message = render("en", template, params)
        super().__init__(self.message)
        self.code = code
        self.template = template
        self.params = params


@dataclass
class PartnerInfo:
    id: str
    name: str
    kind: str
    bodies: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, partner: Partner) -> PartnerInfo:
        info = cls(partner.id, partner.name or partner.id, partner.kind, list(KIND_BODIES[partner.kind][0]))
        for key in partner.meetings:
            if key not in ROLES and key not in info.bodies:
                info.bodies.append(key)
        return info

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
        if name not in self.bodies:
            raise BodyError("unknown-body", "no-such-body", partner=self.id, kind=self.kind, name=name,
                            bodies=", ".join(self.bodies), suggestion=closest(name, self.bodies))
        return name


def resolve_by(ref: str, partners: dict[str, PartnerInfo], context: str | None) -> str:
    """``partner.body``, ``partner.role`` or, with a partner in context, a bare body or role."""
    if "." in ref:
        pid, name = ref.split(".", 1)
        partner = partners.get(pid)
        if partner is None:
            raise BodyError("unknown-reference", "unknown-partner-in", partner=pid, ref=ref,
                            suggestion=closest(pid, list(partners)))
        return f"{pid}.{partner.body(name)}"
    if context is None:
        raise BodyError("unknown-body", "by-without-partner", ref=ref)
    return f"{context}.{partners[context].body(ref)}"
