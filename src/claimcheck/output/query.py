"""Find a fact by words or by value: ``report.fact("263 agreements")``.

A query is read as content words, a kind word and numbers:

* **words** are compared as stems (``signing``, ``signed`` and ``sign`` are one word;
  ``agreements`` is ``agreement``), with a little tolerance for typos, against the fact's label
  and subject, and at 0.9 against the fuller phrases of its claims (``visits to Russia``). The
  similarity is the share of the query's words found (0-100); a fact using fewer other words
  ranks first among equals;
* a **kind word** (``date``, ``when``, ``how many``, ``quote``...) prefers facts of that kind
  and is not itself a word to find (``"signing date"`` looks for a dated signing, never for a
  dateline);
* **numbers** written in digits must be the fact's value (``263``) or admitted by it, or the value
  of one of its claims: ``"236 agreements"`` finds the fact whose consensus is 263 and says that
  236 is a conflicting value there.

:func:`find_fact` returns the best fact only when it is found with at least
:data:`WORD_CUTOFF` similarity and no other fact is found as well; otherwise it raises
:class:`~claimcheck.errors.FactNotFoundError` listing the candidates or the near misses.
:func:`rank_facts` gives every candidate with its similarity.
"""

from __future__ import annotations

import functools
import re
import weakref

from attrs import frozen
from rapidfuzz import fuzz, process

from claimcheck._words.nouns import singular
from claimcheck.errors import FactNotFoundError
from claimcheck.model import ArticleRef, DateValue, Fact, Quantity, Report, Value
from claimcheck.output._terminal import safe

__all__ = [
    "FactMatch",
    "fact_value_text",
    "find_fact",
    "lookup",
    "nearest_facts",
    "query_numbers",
    "rank_facts",
    "short",
    "value_matches",
]

_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?(?![\w])")
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: the minimum similarity (0-100) for a fact to be returned: half the query's words found
WORD_CUTOFF = 50.0
#: a query word matches a fact word this similar (0-100) when no stem is equal (typos)
TYPO_CUTOFF = 88.0
#: the weight of a claim's fuller phrase against the label and subject
DETAIL_WEIGHT = 0.9

#: words that ask for a kind of fact rather than name one
#: (never unit words such as ``day``: ``"44 day war"`` names a duration)
KIND_WORDS = {
    "date": "date",
    "dates": "date",
    "when": "date",
    "quote": "quote",
    "quotes": "quote",
    "quoted": "quote",
}
#: a fact wins a tie on similarity only when this much more of its words are the query's
PRECISION_MARGIN = 0.2
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "what",
        "which",
        "who",
        "how",
        "did",
        "does",
        "do",
        "that",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        # qualifiers belong to a value ("about 24 years"), never to what a fact is about
        "about",
        "almost",
        "nearly",
        "more",
        "less",
        "than",
        "least",
        "most",
        "over",
        "under",
        "some",
    ]
)


def short(text: str, limit: int = 70) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis.

    Args:
        text: any text.
        limit: the longest result.
    """
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


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A light stem: the singular, without ``-ing``/``-ed`` (signing, signed -> sign)."""
    w = singular(word.lower())
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":  # planned -> plan
                w = w[:-1]
            break
    return w


@functools.lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return frozenset(_stem(t) for t in _TOKEN.findall(_NUMBER.sub(" ", text.lower())) if t not in _STOP)


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
    """True when ``number`` is (compatible with) the fact's value.

    Args:
        value: a fact's or claim's value.
        number: a number from a query.
    """
    if isinstance(value, Quantity):
        return value.value == number or (value.qualifier != "exact" and value.admits(number))
    if isinstance(value, DateValue):
        return number in {value.year, value.day}
    if isinstance(value, ArticleRef):
        return value.number == str(Quantity(number).number)
    return False


@frozen
class FactMatch:
    """A fact found for a query: how similar (0-100) and how (``note``)."""

    similarity: float
    fact: Fact
    #: how the value matched: empty, or e.g. ``236 is a conflicting value of this fact ...``
    note: str = ""
    #: the share of the fact's words that are the query's (ranks equally similar facts)
    precision: float = 0.0


@frozen
class _Index:
    """The words of every fact of a report, built once per report (see :func:`_index_of`)."""

    #: per fact: its label and subject words, and each distinct fuller phrase's words with them
    words: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...]
    #: word -> the facts (by position) using it anywhere
    postings: dict[str, tuple[int, ...]]


_INDEXES: dict[int, tuple[weakref.ref[Report], _Index]] = {}


def _index_of(report: Report) -> _Index:
    """The word index of ``report``, built on first use and kept while the report lives."""
    key = id(report)
    held = _INDEXES.get(key)
    if held is not None and held[0]() is report:
        return held[1]
    claims = report.claims_by_id
    words = []
    postings: dict[str, list[int]] = {}
    for k, fact in enumerate(report.facts):
        # the label without its value's words ("10 USD money": money), so units never rank facts
        label = fact.label.replace(fact_value_text(fact.value), " ")
        own = _stems(label) | _stems(fact.subject)
        if isinstance(fact.value, Quantity) and fact.value.unit:
            own -= _stems(fact.value.unit) - _stems(fact.subject)
        details = {c.detail for c in (claims.get(cid) for cid in fact.claims[:20]) if c and c.detail}
        phrases = tuple(_stems(d) | own for d in sorted(details))
        words.append((own, phrases))
        for w in own.union(*phrases):
            postings.setdefault(w, []).append(k)
    index = _Index(tuple(words), {w: tuple(ks) for w, ks in postings.items()})
    _INDEXES[key] = (weakref.ref(report, functools.partial(_forget, key)), index)
    return index


def _forget(key: int, _ref: object) -> None:
    _INDEXES.pop(key, None)


def _expand(query: frozenset[str], index: _Index) -> dict[str, dict[str, float]]:
    """Each query word -> the index's words it matches, with a weight: 1 when equal, else its
    typo similarity (:data:`TYPO_CUTOFF` or more)."""
    out: dict[str, dict[str, float]] = {}
    vocabulary = list(index.postings)
    for q in query:
        found = {q: 1.0} if q in index.postings else {}
        for w, ratio, _ in process.extract(
            q, vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=None
        ):
            found.setdefault(w, ratio / 100)
        out[q] = found
    return out


def _recall(expanded: dict[str, dict[str, float]], words: frozenset[str]) -> tuple[float, float]:
    """(share of the query's words found in ``words``, share of ``words`` that are the query's)."""
    if not expanded or not words:
        return 0.0, 0.0
    found = 0.0
    used = set()
    for matches in expanded.values():
        best = max(((weight, w) for w, weight in matches.items() if w in words), default=None)
        if best is not None:
            found += best[0]
            used.add(best[1])
    return found / len(expanded), len(used) / len(words)


def _word_match(
    own: frozenset[str], phrases: tuple[frozenset[str], ...], expanded: dict[str, dict[str, float]]
) -> tuple[float, float]:
    """(similarity 0-100, precision 0-1) of the query's words with a fact's."""
    recall, precision = _recall(expanded, own)
    if recall < 1.0:
        for words in phrases:
            r, p = _recall(expanded, words)
            if r * DETAIL_WEIGHT > recall:
                recall, precision = r * DETAIL_WEIGHT, p
    return 100.0 * recall, precision


def _value_note(report: Report, fact: Fact, numbers: list[float]) -> str | None:
    """How the query's numbers match the fact: "" for its value, a note for a claim's, else None."""
    if all(value_matches(fact.value, n) for n in numbers):
        return ""
    claims, sources = report.claims_by_id, report.sources_by_id
    for n in numbers:
        for role, ids in (("conflicting", fact.conflicting), ("supporting", fact.supporting)):
            said = [claims[c] for c in ids if c in claims and value_matches(claims[c].value, n)]
            if said:
                outlets = sorted({sources[c.source_id].label for c in said if c.source_id in sources})
                shown = Quantity(n).number
                return (
                    f"{shown} is a {role} value of this fact (in {', '.join(outlets)}); "
                    f"its consensus value is {fact_value_text(fact.value)}"
                )
    return None


def rank_facts(report: Report, query: str) -> list[FactMatch]:
    """Every fact the query finds, best first, with its similarity (0-100) and how it matched.

    Args:
        report: the report to search.
        query: words, a kind word and numbers (see the module's description).
    """
    numbers = query_numbers(query)
    tokens = _TOKEN.findall(_query_words(query).lower())
    kinds = {KIND_WORDS[t] for t in tokens if t in KIND_WORDS}
    words = frozenset(_stem(t) for t in tokens if t not in KIND_WORDS and t not in _STOP)
    found: list[FactMatch] = []
    index = _index_of(report)
    expanded = _expand(words, index) if words else {}
    if words:  # only facts sharing a word with the query can be found
        positions = sorted({k for m in expanded.values() for w in m for k in index.postings[w]})
    else:
        positions = list(range(len(report.facts)))
    for k in positions:
        fact = report.facts[k]
        if words:
            similarity, precision = _word_match(*index.words[k], expanded)
        else:
            similarity, precision = (100.0, 1.0) if (numbers or kinds) else (0.0, 0.0)
        if kinds and fact.kind not in kinds:
            similarity *= 0.5
        note: str | None = _value_note(report, fact, numbers) if numbers else ""
        if note is not None and similarity > 0:
            found.append(FactMatch(similarity, fact, note, precision))
    found.sort(key=lambda m: (-m.similarity, -m.precision, m.note != "", -m.fact.score, m.fact.id))
    return found


def nearest_facts(report: Report, query: str, *, limit: int = 5) -> list[Fact]:
    """The facts closest to ``query`` on words alone, best first (for error messages).

    Args:
        report: the report to search.
        query: the query.
        limit: at most this many.
    """
    ranked = rank_facts(report, _query_words(query)) if _query_words(query) else []
    out = [m.fact for m in ranked[:limit]]
    if len(out) < limit:  # fill with the strongest facts, so there is always something to show
        seen = {f.id for f in out}
        rest = sorted((f for f in report.facts if f.id not in seen), key=lambda f: (-f.score, f.id))
        out += rest[: limit - len(out)]
    return out


def _line(fact: Fact) -> str:
    value = short(fact_value_text(fact.value))
    return safe(f"  - {short(fact.label)}: {value} (score {fact.score:.2f}, id {fact.id})")


def lookup(report: Report, query: str) -> tuple[Fact, str]:
    """The fact ``query`` finds and how its value matched (see :func:`find_fact`).

    Args:
        report: the report to search.
        query: the query.

    Returns:
        ``(fact, note)``: ``note`` is empty when the query's numbers are the fact's value, else
        it says which claim's value they are (``236 is a conflicting value of this fact ...``).

    Raises:
        FactNotFoundError: (a LookupError) nothing matches well enough, or several facts match
            equally well; the message lists them.
    """
    ranked = rank_facts(report, query)
    good = [m for m in ranked if m.similarity >= WORD_CUTOFF]
    if good:
        best = good[0]
        tied = [
            m
            for m in good[1:]
            if m.similarity == best.similarity
            and best.precision - m.precision < PRECISION_MARGIN
            and (m.note == "") == (best.note == "")
        ]
        if not tied:
            return best.fact, best.note
        candidates = "\n".join(_line(m.fact) for m in [best, *tied][:8])
        more = len(tied) + 1 - 8
        msg = (
            f"{query!r} matches {len(tied) + 1} facts equally well; add words or a value to choose, "
            f"or give an id (report.fact('{best.fact.id}')):\n{candidates}"
            + (f"\n  ... and {more} more" if more > 0 else "")
        )
        raise FactNotFoundError(msg)
    msg = f"No fact matches {safe(repr(query))}."
    if report.facts:
        msg += " Nearest facts:\n" + "\n".join(_line(f) for f in nearest_facts(report, query))
    else:
        msg += " The report has no facts."
    raise FactNotFoundError(msg)


def find_fact(report: Report, query: str) -> Fact:
    """Return the fact best matching ``query``: words (stems, typo-tolerant) and values in digits.

    ``"263 agreements"`` matches the fact about agreements whose value is 263; ``"236
    agreements"`` the same fact when one of its conflicting claims says 236 (see :func:`lookup`
    for the note saying so); ``"visits to Russia"`` matches on words alone.

    Args:
        report: the report to search.
        query: the query.

    Raises:
        FactNotFoundError: (a LookupError) nothing matches well enough (the message lists the
            nearest facts), or several facts match equally well (it lists them).
    """
    return lookup(report, query)[0]
