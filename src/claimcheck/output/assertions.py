"""``assert_fact``: fail with the evidence, readable in pytest output and notebook tracebacks."""

from __future__ import annotations

from claimcheck.errors import ClaimAssertionError, FactNotFoundError
from claimcheck.model import Claim, Fact, Quantity, Report, Value
from claimcheck.output._terminal import safe
from claimcheck.output.query import (
    _query_words,
    fact_value_text,
    find_fact,
    nearest_facts,
    query_numbers,
    short,
    value_matches,
)

__all__ = ["assert_fact", "evidence"]


def _claim_line(report: Report, claim: Claim) -> str:
    try:
        src = report.source(claim.source_id)
    except KeyError:
        return f"    [{claim.source_id}] (source missing) claim {claim.id}"
    sentence = " ".join(src.text[claim.sentence.start : claim.sentence.end].split())
    words = src.text[claim.span.start : claim.span.end]
    bits = [src.label]
    if src.published:
        bits.append(src.published.isoformat())
    if claim.speaker:
        bits.append(f"speaker: {claim.speaker}")
    if claim.attribution:
        bits.append("via " + " <- ".join(claim.attribution))
    copy = report.copy_of(src.id)
    if copy:
        bits.append(
            f"COPY of {report.source(copy).label if copy in {s.id for s in report.sources} else copy}"
        )
    return safe(f'    [{"; ".join(bits)}] {fact_value_text(claim.value)} ({words!r}): "{sentence}"')


def evidence(report: Report, fact: Fact) -> str:
    """Plain-text evidence for a fact: value, score, origins, sentences, copies and conflicts.

    Control characters read from the sources are made visible (see
    :func:`claimcheck.output._terminal.safe`): the text goes to terminals and test logs.

    Args:
        report: the report holding the fact.
        fact: the fact.
    """
    claims = {c.id: c for c in report.claims}
    lines = [
        f"Fact {fact.label!r} ({fact.kind}): value {fact_value_text(fact.value)}",
        f"  score {fact.score:.2f}, {fact.independent_origins} independent origin(s), "
        f"{len(fact.supporting)} supporting, {len(fact.conflicting)} conflicting claim(s)",
    ]
    origins = {o.id: o for o in report.origins}
    if fact.origins:
        names = [origins[o].name if o in origins else o for o in fact.origins]
        lines.append("  origins: " + ", ".join(names))
    lines.append("  supported by:")
    for cid in fact.supporting:
        if cid in claims:
            lines.append(_claim_line(report, claims[cid]))
    copied = sorted(
        {
            report.source(claims[c].source_id).label
            for c in fact.claims
            if c in claims and report.copy_of(claims[c].source_id)
        }
    )
    if copied:
        lines.append("  discounted copies: " + ", ".join(copied))
    if fact.conflicting:
        lines.append("  conflicting:")
        for cid in fact.conflicting:
            if cid in claims:
                lines.append(_claim_line(report, claims[cid]))
    if fact.corroboration.explanation:
        lines.append("  score terms: " + "; ".join(fact.corroboration.explanation))
    return safe("\n".join(lines))


def _nearest(report: Report, query: str, exclude: Fact | None = None) -> str:
    near = [f for f in nearest_facts(report, query, limit=6) if f is not exclude][:5]
    if not near:
        return "Nearest other facts: none."
    return "Nearest other facts:\n" + safe(
        "\n".join(
            f"  - {short(f.label)}: {short(fact_value_text(f.value))} "
            f"(score {f.score:.2f}, {f.independent_origins} origin(s))"
            for f in near
        )
    )


def _value_ok(found: Value, expected: object) -> bool:
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return value_matches(found, float(expected))
    if isinstance(found, Quantity) and isinstance(expected, Quantity):
        return found.value == expected.value and (expected.unit is None or expected.unit == found.unit)
    if isinstance(expected, str):
        return (
            fact_value_text(found) == expected
            or str(getattr(found, "iso", found)) == expected
            or (getattr(found, "number", None) == expected)
        )
    return found == expected


def assert_fact(
    report: Report,
    query: str,
    *,
    value: object = None,
    min_sources: int = 1,
    min_score: float | None = None,
    allow_conflicts: bool = True,
) -> Fact:
    """Assert that ``report`` corroborates the fact ``query``; return the fact.

    A number in the query (``"263 agreements"``) is the expected value unless ``value`` is given.
    ``min_sources`` counts independent origins (copies and shared agencies count once).

    Args:
        report: the checked report.
        query: the fact, in words and optionally its value (``"263 agreements"``).
        value: the expected value (a number, a Quantity, or a date as ISO text); default: the
            number in the query, if any.
        min_sources: the fewest independent origins the fact must have.
        min_score: the lowest corroboration score allowed.
        allow_conflicts: False fails a fact that has conflicting claims.

    Raises:
        ClaimAssertionError: (an AssertionError) with the evidence: the fact, the value found
            vs expected, the outlets and exact sentences behind it, discounted copies, conflicts,
            and the nearest other facts when nothing matches.

    Examples:
        >>> from claimcheck.model import Report
        >>> assert_fact(Report((), (), (), ()), "agreements")
        Traceback (most recent call last):
        ...
        claimcheck.errors.ClaimAssertionError: No fact matches 'agreements'. Nearest other facts: none.
    """
    __tracebackhide__ = True
    numbers = query_numbers(query)
    words = _query_words(query)
    expected: object = value
    if expected is None and numbers:
        expected = numbers[0]
    try:
        fact = find_fact(report, query)  # words and value: "263 agreements"
    except FactNotFoundError:
        try:  # words alone, so that "300 agreements" fails showing the 263 found
            fact = find_fact(report, words or query)
        except FactNotFoundError:
            msg = f"No fact matches {query!r}. {_nearest(report, query)}"
            raise ClaimAssertionError(msg) from None
    problems = []
    if expected is not None and not _value_ok(fact.value, expected):
        shown = Quantity(float(expected)).number if isinstance(expected, (int, float)) else expected
        problems.append(f"value: expected {shown}, found {fact_value_text(fact.value)}")
    if fact.independent_origins < min_sources:
        problems.append(
            f"sources: expected at least {min_sources} independent origin(s), "
            f"found {fact.independent_origins}"
        )
    if min_score is not None and fact.score < min_score:
        problems.append(f"score: expected at least {min_score:.2f}, found {fact.score:.2f}")
    if not allow_conflicts and fact.conflicting:
        problems.append(f"conflicts: {len(fact.conflicting)} conflicting claim(s) found")
    if problems:
        msg = (
            f"Fact {query!r} is not corroborated as asserted:\n"
            + "\n".join(f"  * {p}" for p in problems)
            + "\n\n"
            + evidence(report, fact)
            + "\n\n"
            + _nearest(report, query, exclude=fact)
        )
        raise ClaimAssertionError(msg)
    return fact
