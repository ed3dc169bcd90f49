"""How well one claim states its value: the evidence term of an origin's vote.

An origin's vote for a value uses its accuracy times the evidence of the best of its claims
for that value (:func:`claim_evidence`), a number in (0, 1] that is the product of checkable
terms, each read from the claim itself:

- **sourcing**, who stands behind the claim: a named office or institution ("the U.S.
  Geological Survey said", "Interior Secretary Ken Salazar said") 1; a named person or
  organisation 0.95; the outlet's own unattributed statement 0.9; an unnamed or unresolved
  source ("a witness said", "officials who asked not to be named", "he said"), or a quotation
  without a speaker, 0.8;
- **quoted fragment**: a quotation that starts inside a sentence (its first letter is lower
  case: "from the angle I was at") keeps 0.95: words out of their sentence are the easiest to
  misread;
- **hedged** ("reportedly", "estimated", "may have"): 0.85;
- **vague figure** (a bound, "about", a range): 0.9; a date known only to the month 0.95, only
  to the year 0.9;
- **specificity** of the frame (quantities and dates whose frame was read): what is measured
  unsaid (a bare "24 rebounds" has a noun, "20 percent" has neither) 0.9; for a quantity,
  no place and no period 0.95; for a date, the dated event unsaid 0.9 and the year unsaid 0.95.

Every term is at most 1, so the evidence never raises an origin's accuracy: one origin alone
scores ``0.5 x A x evidence`` (uncorroborated, below 0.5). The terms rank facts *within* a
band; independent origins decide the band. Repeats by one origin count once (its best
claim), so repeating a figure never raises its evidence.
"""

from __future__ import annotations

import re

from claimcheck._words.sourcing import ACRONYMS, INDEFINITE, INSTITUTIONS, PRONOUNS, TITLES, UNNAMED
from claimcheck.model import Claim, DateValue, Quantity

__all__ = [
    "FRAGMENT",
    "HEDGED",
    "MONTH_ONLY",
    "NO_CONTEXT",
    "NO_MEASURE",
    "SOURCING",
    "VAGUE",
    "YEAR_ONLY",
    "claim_evidence",
    "evidence_terms",
    "sourcing",
]

#: Evidence of each kind of sourcing (see the module docstring).
SOURCING: dict[str, float] = {
    "official source": 1.0,
    "named source": 0.95,
    "outlet's own statement": 0.9,
    "unnamed source": 0.8,
}
#: How much a hedged claim ("reportedly", "estimated", "may have") keeps.
HEDGED = 0.85
#: How much a vague figure (a bound, "about", a range) keeps.
VAGUE = 0.9
#: A date known only to the month, only to the year.
MONTH_ONLY = 0.95
YEAR_ONLY = 0.9
#: A quotation that starts inside a sentence.
FRAGMENT = 0.95
#: What is measured (or the event a date dates) unsaid.
NO_MEASURE = 0.9
#: A quantity with no place and no period; a date without its year.
NO_CONTEXT = 0.95

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_MULTI = tuple(w for w in INSTITUTIONS | PRONOUNS if " " in w)


def sourcing(claim: Claim) -> str:
    """Who stands behind ``claim``: one of the keys of :data:`SOURCING`.

    The nearest attribution (or the speaker of a quotation) is read: a title or institution
    makes an official source; an indefinite article, a pronoun or an anonymity word
    ("sources", "a witness") an unnamed one; any other capitalised name a named one. A claim
    with no attribution is the outlet's own statement, a quotation with none an unnamed one.

    Examples:
        >>> from claimcheck.model import Quantity, Span
        >>> sp = Span("s", 0, 1)
        >>> def by(*who):
        ...     return sourcing(Claim("c", "count", "x", Quantity(5, 5, 5), sp, sp, attribution=who))
        >>> by("U.S. Geological Survey"), by("Umm Ibrahim"), by(), by("a witness"), by("he")
        ('official source', 'named source', "outlet's own statement", 'unnamed source', 'unnamed source')
    """
    who = claim.speaker or (claim.attribution[0] if claim.attribution else "")
    who = who.strip()
    if not who:
        return "unnamed source" if claim.kind == "quote" else "outlet's own statement"
    low = " ".join(who.lower().split())
    words = [w.strip(".'’-").lower() for w in _WORD.findall(who)]
    words = [w for w in words if w]
    if not words or low in PRONOUNS or all(w in PRONOUNS or w == "the" for w in words):
        return "unnamed source"
    if words[0] in INDEFINITE or any(w in UNNAMED for w in words):
        return "unnamed source"
    if (
        any(w in TITLES or w in INSTITUTIONS for w in words)
        or any(f" {m} " in f" {low} " for m in _MULTI)
        or any(w.strip(".") in ACRONYMS for w in _WORD.findall(who))
    ):
        return "official source"
    if any(w[:1].isupper() for w in _WORD.findall(who)):
        return "named source"
    return "unnamed source"


def evidence_terms(claim: Claim) -> list[tuple[str, float]]:
    """The terms of :func:`claim_evidence` below 1, each with its factor, in a fixed order."""
    terms: list[tuple[str, float]] = []
    how = sourcing(claim)
    if SOURCING[how] < 1.0:
        terms.append((how, SOURCING[how]))
    if claim.kind == "quote" and isinstance(claim.value, str):
        first = next((ch for ch in claim.value if ch.isalpha()), "")
        if first.islower():
            terms.append(("quoted fragment", FRAGMENT))
    frame = claim.frame
    if frame is not None and frame.hedged:
        terms.append(("hedged", HEDGED))
    value = claim.value
    if isinstance(value, Quantity) and value.qualifier != "exact":
        terms.append(("vague figure", VAGUE))
    if isinstance(value, DateValue) and value.until is None:
        if value.precision == "month":
            terms.append(("date known to the month", MONTH_ONLY))
        elif value.precision == "year":
            terms.append(("date known to the year", YEAR_ONLY))
    if frame is not None and frame.status == "fact":
        if isinstance(value, DateValue):
            if not frame.measure and not frame.noun:
                terms.append(("event unsaid", NO_MEASURE))
            if value.year is None:
                terms.append(("year unsaid", NO_CONTEXT))
        elif isinstance(value, Quantity):
            if not frame.measure and not frame.noun:
                terms.append(("what is measured unsaid", NO_MEASURE))
            if not frame.place and not frame.period:
                terms.append(("no place or period", NO_CONTEXT))
    return terms


def claim_evidence(claim: Claim) -> tuple[float, str]:
    """How well a claim states its value, in (0, 1], and why (the terms below 1, in words).

    Examples:
        >>> from claimcheck.model import Quantity, Span
        >>> sp = Span("s", 0, 1)
        >>> claim_evidence(Claim("c", "count", "x", Quantity(5, 5, None, "at_least"), sp, sp))
        (0.81, "outlet's own statement, vague figure")
        >>> claim_evidence(Claim("c", "count", "x", Quantity(5, 5, 5), sp, sp, attribution=("police",)))
        (1.0, '')
    """
    q = 1.0
    for _, factor in evidence_terms(claim):
        q *= factor
    return round(q, 6), ", ".join(name for name, _ in evidence_terms(claim))
