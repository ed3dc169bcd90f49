"""Find a fact by words or by value: ``report.fact("263 agreements")``."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, utils

from claimcheck.errors import FactNotFoundError
from claimcheck.model import ArticleRef, DateValue, Fact, Quantity, Report, Value

__all__ = ["fact_value_text", "find_fact", "nearest_facts", "query_numbers", "short", "value_matches"]

_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?(?![\w])")
#: the minimum word score (0-100) for a fact to match on words alone
WORD_CUTOFF = 60.0


def short(text: str, limit: int = 70) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def query_numbers(query: str) -> list[float]:
    """The numbers written in digits in ``query`` (``"263 agreements"`` -> ``[263.0]``)."""
    out = []
    for m in _NUMBER.finditer(query):
        try:
            out.append(float(m.group().replace(",", "")))
        except ValueError:  # pragma: no cover - regex guarantees digits
            continue
    return out


def _query_words(query: str) -> str:
    return _NUMBER.sub(" ", query).strip()


def fact_value_text(value: Value) -> str:
    """A short human form of a value: ``263``, ``more than 260 percent``, ``2022-02-22``."""
    if isinstance(value, Quantity):
        n = value.number
        num = f"{n:,}" if isinstance(n, int) and abs(n) >= 10000 else str(n)
        if value.qualifier == "range" and value.low is not None and value.high is not None:
            lo, hi = Quantity(value.low).number, Quantity(value.high).number
            num = f"{lo}-{hi}"
        else:
            prefix = {"approx": "about ", "at_least": "at least ", "at_most": "at most "}.get(
                value.qualifier, ""
            )
            num = prefix + num
        return f"{num} {value.unit}" if value.unit else num
    if isinstance(value, DateValue):
        return value.iso
    if isinstance(value, ArticleRef):
        return f"{value.label} {value.number}"
    return str(value)


def value_matches(value: Value, number: float) -> bool:
    """True when ``number`` is (compatible with) the fact's value."""
    if isinstance(value, Quantity):
        return value.value == number or (value.qualifier != "exact" and value.admits(number))
    if isinstance(value, DateValue):
        return number in {value.year, value.day}
    if isinstance(value, ArticleRef):
        return value.number == Quantity(number).number.__str__()
    return False


def _has_number(value: Value) -> bool:
    return isinstance(value, (Quantity, DateValue, ArticleRef))


def _word_score(report: Report, fact: Fact, words: str) -> float:
    """0-100: the label and subject count fully, the claims' fuller phrases a little less."""
    if not words:
        return 0.0
    best = max(
        fuzz.token_set_ratio(words, t, processor=utils.default_process) for t in (fact.label, fact.subject)
    )
    if best >= 100:
        return float(best)
    claims = {c.id: c for c in report.claims}
    for cid in fact.claims[:20]:
        c = claims.get(cid)
        if c is not None and c.detail:
            best = max(best, 0.9 * fuzz.token_set_ratio(words, c.detail, processor=utils.default_process))
    return float(best)


def _scores(report: Report, query: str) -> list[tuple[float, Fact]]:
    numbers = query_numbers(query)
    words = _query_words(query)
    scored = []
    for fact in report.facts:
        s = _word_score(report, fact, words)
        if numbers:
            if any(value_matches(fact.value, n) for n in numbers):
                s += 30.0 if words else 100.0
            elif _has_number(fact.value):
                s -= 15.0
        scored.append((s, fact))
    scored.sort(key=lambda p: (-p[0], -p[1].score, p[1].id))
    return scored


def nearest_facts(report: Report, query: str, *, limit: int = 5) -> list[Fact]:
    """The facts closest to ``query``, best first (for error messages)."""
    return [f for _, f in _scores(report, query)[:limit]]


def find_fact(report: Report, query: str) -> Fact:
    """Return the fact best matching ``query``: words (fuzzy) and a value written in digits.

    ``"263 agreements"`` matches the fact about agreements whose value is 263; ``"visits to
    Russia"`` matches on words alone.

    Raises:
        FactNotFoundError: (a LookupError) nothing matches well enough; lists the nearest facts.
    """
    numbers = query_numbers(query)
    words = _query_words(query)
    scored = _scores(report, query)
    if scored:
        fact = scored[0][1]
        number_ok = not numbers or any(value_matches(fact.value, n) for n in numbers)
        if number_ok and (not words or _word_score(report, fact, words) >= WORD_CUTOFF):
            return fact
    nearest = "\n".join(
        f"  - {short(f.label)}: {short(fact_value_text(f.value))} (score {f.score:.2f})"
        for _, f in scored[:5]
    )
    msg = f"No fact matches {query!r}."
    if nearest:
        msg += f" Nearest facts:\n{nearest}"
    else:
        msg += " The report has no facts."
    raise FactNotFoundError(msg)
