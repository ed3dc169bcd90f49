"""Corroboration scoring: Bayesian vote counting over independent origins.

The default scorer follows AccuPr (Dong, Berti-Equille and Srivastava, VLDB 2009). Each
*origin* (not each article: copies and outlets repeating one agency count once) has an
accuracy ``A`` (a prior per outlet, ``priors={"Trend": 0.8}``, default 0.7). Its vote for a
value is ``ln(n * A / (1 - A))`` where ``n`` is the number of false values considered. The
vote count of a value is the sum over the distinct origins supporting it, and

    score = exp(C(v)) / (exp(C(v)) + sum_u exp(C(u)) + n)

where ``v`` is the consensus value, ``u`` ranges over the values conflicting with it, and
``n`` is the mass of the unobserved false values (vote 0 each). One origin alone has the
posterior ``A``; every further independent origin raises it; every conflicting one lowers it.

The score ranks facts: a fact backed by one origin is *uncorroborated* and scores half its
posterior (below 0.5), a fact backed by two or more independent origins scores
``0.5 + 0.5 * posterior`` (0.5 or more), so no uncorroborated fact outranks a corroborated
one. Copies add nothing; conflicts lower the posterior; updates (earlier or later figures of
a quantity that changes over time) are listed in the explanation but are not conflicts.

The consensus is the value with the largest vote count (supporters: claims with that value
and claims linked to them by ``agrees``) among the values no later figure updates and no
more precise agreeing value refines (a bound, "more than 100", supports 121 and 118 but is
never the consensus over them), ties broken by precision (an exact figure beats a
bound, a day beats a month), then by recency (the value published last: when a growing count's
earlier figures all agree with the latest, the latest is the fact), then by the value's text.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

from attrs import define

from claimcheck._gc import gc_paused
from claimcheck.model import (
    ArticleRef,
    Claim,
    Copy,
    Corroboration,
    DateValue,
    Fact,
    Link,
    Linkage,
    Origin,
    Quantity,
    Report,
    Value,
    content_id,
)
from claimcheck.scoring.evidence import HEDGED, VAGUE, claim_evidence

__all__ = [
    "DEFAULT_ACCURACY",
    "FALSE_VALUES",
    "HEDGED",
    "VAGUE",
    "ScoringContext",
    "claim_evidence",
    "group_links",
    "report_of",
    "score",
    "score_group",
    "scoring_units",
    "value_key",
    "value_label",
    "vote",
]

#: Prior accuracy of an origin without a prior of its own.
DEFAULT_ACCURACY = 0.7
#: ``n``: the number of false values an origin could have reported instead.
FALSE_VALUES = 10


def vote(accuracy: float, *, n: int = FALSE_VALUES) -> float:
    """The AccuPr vote count of an origin: ``ln(n * A / (1 - A))``, A clamped to
    [1 / (n + 1), 0.99] so that no vote is negative (an agreeing origin never lowers a score).

    Examples:
        >>> round(vote(0.7), 2)
        3.15
        >>> vote(0.01)
        0.0
    """
    if accuracy <= 1.0 / (n + 1):
        return 0.0
    a = min(0.99, accuracy)
    return math.log(n * a / (1.0 - a))


def value_key(value: Value) -> str:
    """A canonical text for a value (equal meaning, equal key)."""
    if isinstance(value, Quantity):
        q = value
        bounds = "" if q.qualifier == "exact" else f"[{q.low},{q.high}]"
        return f"{q.qualifier}:{q.number}{bounds}:{q.unit or ''}"
    if isinstance(value, DateValue):
        return value.iso
    if isinstance(value, ArticleRef):
        return f"article {value.number}"
    return " ".join(str(value).lower().split())


def value_label(claim: Claim) -> str:
    """A readable label for a fact whose consensus is ``claim``'s value."""
    v = claim.value
    if isinstance(v, Quantity):
        words = {"at_least": "more than ", "at_most": "up to ", "approx": "about "}
        unit = f" {v.unit}" if v.unit and v.unit not in claim.subject else ""
        return f"{words.get(v.qualifier, '')}{v.number}{unit} {claim.subject}".strip()
    if isinstance(v, DateValue):
        return f"{claim.subject}: {v.iso}"
    if isinstance(v, ArticleRef):
        inst = f" of the {v.instrument}" if v.instrument else ""
        return f"{v.label} {v.number}{inst}"
    text = str(v)
    text = text if len(text) <= 60 else text[:57] + "..."
    who = f"{claim.speaker}: " if claim.speaker else ""
    return f"{who}\u201c{text}\u201d"


def _specificity(value: Value) -> int:
    if isinstance(value, Quantity):
        return 2 if value.qualifier == "exact" else 1
    if isinstance(value, DateValue):
        return {"day": 3, "month": 2, "year": 1}[value.precision] + (1 if value.year is not None else 0)
    if isinstance(value, ArticleRef):
        return 1 if value.text else 0
    return 0


def _richness(value: Value) -> int:
    if isinstance(value, ArticleRef):
        return (value.instrument is not None) + (value.text is not None)
    return 0


def _accuracy(origin: Origin | None, name: str, priors: Mapping[str, float]) -> float:
    if name in priors:
        return priors[name]
    if origin is not None:
        for key in (origin.id, origin.name):
            if key in priors:
                return priors[key]
    return priors.get("*", DEFAULT_ACCURACY)


@define(frozen=True)
class ScoringContext:
    """What scoring one group needs besides its claims and links (picklable, so a group can
    be scored on another machine: :mod:`claimcheck.runners.dask`).

    A context may hold more than the group needs; :meth:`subset` keeps what some claims need.
    """

    origins: Mapping[str, Origin]
    claim_origins: Mapping[str, tuple[str, ...]]
    source_names: Mapping[str, str]
    published: Mapping[str, int]
    copies: Mapping[str, Copy]
    priors: Mapping[str, float]
    false_values: int = FALSE_VALUES

    @classmethod
    def of(
        cls, linkage: Linkage, *, priors: Mapping[str, float] | None = None, false_values: int = FALSE_VALUES
    ) -> ScoringContext:
        """The context of a whole linkage."""
        return cls(
            origins={o.id: o for o in linkage.origins},
            claim_origins=dict(linkage.claim_origins),
            source_names={s.id: s.label for s in linkage.sources},
            published={s.id: s.published.toordinal() for s in linkage.sources if s.published is not None},
            copies={c.source: c for c in linkage.copies if not c.spans},  # whole copies only
            priors=dict(priors or {}),
            false_values=false_values,
        )

    def subset(self, claims: Sequence[Claim]) -> ScoringContext:
        """The part of this context that scoring ``claims`` reads."""
        sids = {c.source_id for c in claims}
        claim_origins = {c.id: self.claim_origins[c.id] for c in claims if c.id in self.claim_origins}
        oids = {o for found in claim_origins.values() for o in found} | {content_id("o", s) for s in sids}
        copies = {s: self.copies[s] for s in sids if s in self.copies}
        names = sids | {cp.original for cp in copies.values()}
        return ScoringContext(
            origins={o: self.origins[o] for o in oids if o in self.origins},
            claim_origins=claim_origins,
            source_names={s: self.source_names[s] for s in names if s in self.source_names},
            published={s: self.published[s] for s in sids if s in self.published},
            copies=copies,
            priors=self.priors,
            false_values=self.false_values,
        )


def score(
    linkage: Linkage,
    *,
    priors: Mapping[str, float] | None = None,
    false_values: int = FALSE_VALUES,
) -> Report:
    """Turn groups of linked claims into scored facts.

    Args:
        linkage: the output of :func:`claimcheck.link`.
        priors: accuracy in (0, 1) per outlet / origin name or origin id; ``"*"`` sets the default.
        false_values: ``n`` in the vote ``ln(n A / (1 - A))``.

    Returns:
        The Report, facts sorted by (-score, label, id).
    """
    with gc_paused():
        context = ScoringContext.of(linkage, priors=priors, false_values=false_values)
        facts = []
        for group, members, links in scoring_units(linkage):
            fact = score_group(group, members, links, context)
            if fact is not None:
                facts.append(fact)
        return report_of(linkage, facts)


def group_links(linkage: Linkage) -> list[list[Link]]:
    """The links of each group of ``linkage``, in the order of ``linkage.groups``.

    A link joins two claims of one group (groups are its connected components), so each
    group's agree and conflict sets can be built from its own links only, while scoring
    it: the sets for millions of links never exist all at once. A hand-built Linkage may
    hold links outside its groups: they are not scored.
    """
    group_of = {cid: gi for gi, group in enumerate(linkage.groups) for cid in group}
    links_of: list[list[Link]] = [[] for _ in linkage.groups]
    for lk in linkage.links:
        gi = group_of.get(lk.a)
        if gi is not None:
            links_of[gi].append(lk)
    return links_of


def scoring_units(linkage: Linkage) -> list[tuple[tuple[str, ...], list[Claim], list[Link]]]:
    """Each group of ``linkage`` with its claims (sorted by id) and its links: what
    :func:`score_group` takes, in the order of ``linkage.groups``."""
    by_id = {c.id: c for c in linkage.claims}
    return [
        (group, [by_id[cid] for cid in sorted(group) if cid in by_id], links)
        for group, links in zip(linkage.groups, group_links(linkage), strict=True)
    ]


def report_of(linkage: Linkage, facts: Sequence[Fact]) -> Report:
    """The Report of ``linkage`` with its scored ``facts`` (sorted here by (-score, label, id))."""
    return Report(
        sources=linkage.sources,
        claims=linkage.claims,
        links=linkage.links,
        facts=tuple(sorted(facts, key=lambda f: (-f.score, f.label, f.id))),
        copies=linkage.copies,
        origins=linkage.origins,
        claim_origins=linkage.claim_origins,
    )


def score_group(
    group: Sequence[str], members: Sequence[Claim], links: Sequence[Link], context: ScoringContext
) -> Fact | None:
    """Score one group: its claims (``members``, sorted by id) and the links among them.

    The Fact depends only on its arguments, so groups can be scored in any order, in other
    processes or machines. Returns None for a group without claims, and for one whose claims
    are all datelines or dates of statements and reactions (provenance, not facts).
    """
    if not members or all(c.frame is not None and c.frame.status != "fact" for c in members):
        return None  # a dateline, or the date of a statement or reaction: provenance, not a fact
    ctx = context
    by_id = {c.id: c for c in members}
    false_values = ctx.false_values

    def origins_of(cid: str) -> tuple[str, ...]:
        found = ctx.claim_origins.get(cid)
        if found:
            return found
        return (content_id("o", by_id[cid].source_id),)

    def name_of(oid: str) -> str:
        origin = ctx.origins.get(oid)
        return origin.name if origin is not None else oid

    votes: dict[tuple[str, float], float] = {}

    def vote_of(oid: str, quality: float = 1.0) -> float:
        found = votes.get((oid, quality))
        if found is None:
            accuracy = _accuracy(ctx.origins.get(oid), name_of(oid), ctx.priors)
            found = votes[(oid, quality)] = vote(accuracy * quality, n=false_values)
        return found

    agrees: dict[str, set[str]] = defaultdict(set)
    conflicts: dict[str, set[str]] = defaultdict(set)
    series: dict[str, set[str]] = defaultdict(set)  # claims joined by an update, both ways
    superseded: set[str] = set()  # claims a later figure updates
    for lk in links:
        if lk.relation == "updates":
            series[lk.a].add(lk.b)
            series[lk.b].add(lk.a)
            superseded.add(lk.b)
            continue
        (agrees if lk.relation == "agrees" else conflicts)[lk.a].add(lk.b)
        (agrees if lk.relation == "agrees" else conflicts)[lk.b].add(lk.a)
    by_value: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        by_value[value_key(c.value)].append(c)
    key_of = {c.id: key for key, claims in by_value.items() for c in claims}

    def support(key: str) -> set[str]:
        # the claims of a value, those agreeing with them, and the claims of the same
        # value as an agreeing one (every "more than 260" agrees with 263 if one does)
        ids = {c.id for c in by_value[key]}
        for c in by_value[key]:
            ids |= agrees[c.id]
        for other in {key_of[d] for d in ids if d in key_of} - {key}:
            ids |= {c.id for c in by_value[other]}
        return ids

    def evidence(ids: set[str] | list[str]) -> dict[str, float]:
        # each origin counts once, with the best-stated of its claims (see claim_evidence)
        best: dict[str, float] = {}
        for cid in ids:
            q = claim_evidence(by_id[cid])[0]
            for o in origins_of(cid):
                if q > best.get(o, 0.0):
                    best[o] = q
        return best

    def count(ids: set[str]) -> tuple[float, set[str]]:
        found = evidence(ids)
        return math.fsum(vote_of(o, found[o]) for o in sorted(found)), set(found)

    def eligible(key: str) -> bool:
        # a later figure replaces an earlier one; a vaguer value (a bound, a year) supports
        # the precise values it admits but is never the consensus over them
        claims = by_value[key]
        if all(c.id in superseded for c in claims):
            return False
        mine = _specificity(claims[0].value)
        return not any(
            _specificity(by_id[d].value) > mine and by_id[d].id not in superseded
            for c in claims
            for d in agrees[c.id]
            if d in by_id and key_of[d] != key
        )

    keys = [k for k in by_value if eligible(k)] or list(by_value)
    ranked = []
    for key in keys:
        claims = by_value[key]
        c_v, _ = count(support(key))
        # a copy adds no evidence, so not recency either; 0 (no date) ranks last
        latest = max(
            (ctx.published.get(c.source_id, 0) for c in claims if c.source_id not in ctx.copies), default=0
        )
        ranked.append((-round(c_v, 9), -_specificity(claims[0].value), -latest, key))
    ranked.sort()
    best = ranked[0][-1]
    rep = min(by_value[best], key=lambda c: (-_richness(c.value), c.id))
    in_group = set(group)
    supporting = support(best) & in_group
    c_v, sup_origins = count(supporting)
    conflicting = {d for c in by_value[best] for d in conflicts[c.id]} - supporting
    conflicting &= in_group
    updating = {d for cid in supporting for d in series[cid]} & in_group
    updating -= supporting | conflicting
    unclassified = in_group - supporting - conflicting - updating
    alt_claims: dict[str, list[str]] = defaultdict(list)
    for cid in conflicting:
        alt_claims[value_key(by_id[cid].value)].append(cid)
    alternatives = {key: evidence(cids) for key, cids in alt_claims.items()}
    alt_mass = 0.0
    alt_terms = []
    names = ctx.source_names
    for key in sorted(alternatives):
        c_u = math.fsum(vote_of(o, q) for o, q in sorted(alternatives[key].items()))
        alt_mass += math.exp(c_u - c_v)
        cids = sorted(alt_claims[key])  # grouped once: not a scan of every conflict per value
        shown = by_id[cids[0]]
        where = ", ".join(sorted({names.get(by_id[c].source_id, by_id[c].source_id) for c in cids}))
        alt_terms.append(
            f"conflict: {where} says {_show(shown.value)} "
            f"({len(alternatives[key])} origin(s), vote {c_u:.2f})"
        )
    for cid in sorted(updating, key=lambda c: (names.get(by_id[c].source_id, ""), c)):
        newer = cid not in superseded
        alt_terms.append(
            f"update: {names.get(by_id[cid].source_id, by_id[cid].source_id)} gives "
            f"{_show(by_id[cid].value)} {'later' if newer else 'earlier'} (a series, not a conflict)"
        )
    # posterior e^C / (e^C + sum e^Cu + n), computed stably
    posterior = 1.0 / (1.0 + alt_mass + false_values * math.exp(-c_v))
    posterior = min(1.0, max(0.0, posterior))
    corroborated = len(sup_origins) >= 2
    final = 0.5 + 0.5 * posterior if corroborated else 0.5 * posterior
    verdict = "contested" if conflicting else "corroborated" if corroborated else "uncorroborated"

    origin_names = sorted(name_of(o) for o in sup_origins)
    explanation = [
        f"{len(sup_origins)} independent origin(s) support {_show(rep.value)}: {', '.join(origin_names)}"
    ]
    qualities = evidence(supporting)
    for o in sorted(sup_origins, key=name_of):
        a = _accuracy(ctx.origins.get(o), name_of(o), ctx.priors)
        q = qualities[o]
        if q < 1.0:
            why = next(
                claim_evidence(by_id[c])[1]
                for c in sorted(supporting)
                if o in origins_of(c) and claim_evidence(by_id[c])[0] == q
            )
            explanation.append(
                f"{name_of(o)}: prior accuracy {a:g} x evidence {q:g} ({why}) -> vote {vote_of(o, q):.2f}"
            )
        else:
            explanation.append(f"{name_of(o)}: prior accuracy {a:g} -> vote {vote_of(o):.2f}")
    discounted = sorted({by_id[cid].source_id for cid in supporting if by_id[cid].source_id in ctx.copies})
    for sid in discounted:
        cp = ctx.copies[sid]
        explanation.append(
            f"copy {names.get(sid, sid)} discounted (copy of "
            f"{names.get(cp.original, cp.original)}, containment {cp.containment:.2f})"
        )
    explanation.extend(alt_terms)
    if unclassified:
        explanation.append(f"{len(unclassified)} claim(s) joined but neither support nor conflict")
    explanation.append(
        f"posterior = e^{c_v:.2f} / (e^{c_v:.2f} + conflicts + {false_values} unseen values)"
        f" = {posterior:.3f}"
    )
    if corroborated:
        explanation.append(
            f"corroborated ({len(sup_origins)} origins): score = 0.5 + 0.5 x posterior = {final:.3f}"
        )
    else:
        explanation.append(f"uncorroborated (one origin): score = 0.5 x posterior = {final:.3f}")
    claims_sorted = tuple(sorted(group))
    return Fact(
        id=content_id("f", *claims_sorted),
        label=value_label(rep),
        kind=rep.kind,
        subject=rep.subject,
        value=rep.value,
        claims=claims_sorted,
        supporting=tuple(sorted(supporting)),
        conflicting=tuple(sorted(conflicting)),
        corroboration=Corroboration(
            score=round(final, 6),
            independent_origins=len(sup_origins),
            supporting=len(supporting),
            conflicting=len(conflicting),
            explanation=tuple(explanation),
            updating=len(updating),
            verdict=verdict,
        ),
        origins=tuple(sorted(sup_origins)),
        updating=tuple(sorted(updating)),
        unclassified=tuple(sorted(unclassified)),
    )


def _show(value: Value) -> str:
    if isinstance(value, Quantity):
        return value_label_q(value)
    if isinstance(value, DateValue):
        return value.iso
    if isinstance(value, ArticleRef):
        return f"{value.label} {value.number}"
    text = str(value)
    return f"\u201c{text if len(text) <= 40 else text[:37] + '...'}\u201d"


def value_label_q(q: Quantity) -> str:
    """A quantity as words: ``263``, ``more than 260``."""
    words = {"at_least": "more than ", "at_most": "up to ", "approx": "about "}
    if q.qualifier == "range" and q.low is not None and q.high is not None:
        return f"{q.low:g}-{q.high:g}"
    return f"{words.get(q.qualifier, '')}{q.number}"
