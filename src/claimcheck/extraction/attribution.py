"""Speakers and attribution chains for every claim (the post-pass of :func:`extract_source`).

The chain is nearest first: who said it, then who reported it. A quotation's
chain is its speaker, the outlet the speaker spoke to, then a source its sentence
names around the quoted words (`"...," Jo Lee said, according to an AP account`
-> ``("Jo Lee", "AP account")``). For a claim inside a quotation the speaker is
the quote's speaker, and the outlet that speaker spoke to anywhere in the article
("... Afet Hasanova told Trend") follows: ``("Afet Hasanova", "Trend")``. Otherwise the claim's sentence gives
the chain: a speech cue with its (coreference-resolved) subject, "according
to X", "X reported" or "reported the Baku-based X news site".
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import evolve

from claimcheck._words.speech import QUOTE_ONLY_CUES
from claimcheck.extraction import _build
from claimcheck.extraction._document import Document
from claimcheck.extraction._speakers import SpeechIndex, according_to, outlet_cue
from claimcheck.model import Claim

__all__ = ["attribute", "attributions", "chain_of"]

#: Characters either side of a claim searched for its attribution cue.
_WINDOW = 300
_REPORT_VERBS = frozenset({"reported", "reports", "wrote", "writes"})


def chain_of(speaker: str | None, index: SpeechIndex, *more: str | None) -> tuple[str, ...]:
    """The attribution chain of ``speaker``: the speaker, the outlet they spoke to, then ``more``."""
    out: list[str] = []
    for name in (speaker, index.reporter_of(speaker), *more):
        if name and name not in out:
            out.append(name)
    return tuple(out)


def _sentence_chain(
    doc: Document,
    index: SpeechIndex,
    claim: Claim,
    cues: dict[tuple[int, int], tuple[str | None, str | None]] | None = None,
) -> tuple[str | None, tuple[str, ...]]:
    # a window of the sentence around the claim keeps a giant "sentence" linear
    s = max(claim.sentence.start, claim.span.start - _WINDOW)
    e = min(claim.sentence.end, claim.span.end + _WINDOW)
    speaker: str | None = None
    reported: str | None = None
    i = bisect.bisect_left(index.starts, s)
    while i < len(index.mentions) and index.mentions[i].start < e:
        m = index.mentions[i]
        i += 1
        if not m.name or m.kind == "doc" or m.verb in QUOTE_ONLY_CUES:
            continue
        if m.verb in _REPORT_VERBS:
            reported = reported or m.name
        else:
            speaker = m.name
            break
    found = cues.get((s, e)) if cues is not None else None
    if found is None:  # the same window for every claim of a sentence: read it once
        sentence = doc.text[s:e]
        found = (according_to(sentence), outlet_cue(sentence))
        if cues is not None:
            cues[(s, e)] = found
    source, outlet = found
    outlet = outlet or reported
    if speaker is None and source is None and outlet is None:
        return None, ()
    if outlet == speaker:
        outlet = None
    return speaker, chain_of(speaker, index, source, outlet)


def _quote_sources(
    doc: Document, quote: Claim, cues: dict[tuple[int, int], tuple[str | None, str | None]]
) -> tuple[str | None, ...]:
    """Who reported a quotation: "according to X" or an outlet cue in its sentence, if any.

    `"...," Jo Lee said, according to an AP account.` -> ``("Jo Lee", "AP account")``: the
    speaker stays first, the source that reported the words follows.
    """
    s = max(quote.sentence.start, quote.span.start - _WINDOW)
    e = min(quote.sentence.end, quote.span.end + _WINDOW)
    found = cues.get((s, e))
    if found is None:
        text = doc.text
        # the quoted words themselves are the speaker's: read the sentence around them
        outside = text[s : quote.span.start] + " " + text[quote.span.end : e]
        found = (according_to(outside), outlet_cue(outside))
        cues[(s, e)] = found
    return found


def attribute(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Fill the speaker and attribution chain of each claim from its quote, sentence and article.

    Args:
        doc: the document the claims were read from.
        claims: the claims after overlap resolution.

    Returns:
        The claims, with ``speaker`` (kept when already set) and ``attribution`` filled.
    """
    if not claims:
        return claims
    return [
        c if speaker == c.speaker and chain == c.attribution else _with(c, speaker, chain)
        for c, (speaker, chain) in zip(claims, attributions(doc, claims), strict=True)
    ]


def attributions(doc: Document, claims: Sequence[Claim]) -> list[tuple[str | None, tuple[str, ...]]]:
    """The ``(speaker, attribution)`` :func:`attribute` gives each of ``claims``, without
    building the claims (the extraction builds each claim once, with its frame)."""
    if not claims:
        return []
    quotes = sorted((c for c in claims if c.kind == "quote"), key=lambda c: c.span.start)
    index = doc.speech
    q_starts = [q.span.start for q in quotes]
    out: list[tuple[str | None, tuple[str, ...]]] = []
    cues: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    quote_cues: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    for c in claims:
        if c.kind == "quote":
            out.append((c.speaker, chain_of(c.speaker, index, *_quote_sources(doc, c, quote_cues))))
            continue
        k = bisect.bisect_right(q_starts, c.span.start) - 1
        holder = quotes[k] if k >= 0 and c.span.end <= quotes[k].span.end else None
        if holder is not None and holder.speaker:
            speaker: str | None = holder.speaker
            chain = holder.attribution or chain_of(holder.speaker, index)
        else:
            speaker, chain = _sentence_chain(doc, index, c, cues)
        speaker = c.speaker or speaker
        if c.attribution:
            chain = c.attribution
        out.append((speaker, chain))
    return out


def _with(c: Claim, speaker: str | None, attribution: tuple[str, ...]) -> Claim:
    """``evolve(c, speaker=..., attribution=...)`` without its per-call introspection."""
    if type(c) is not Claim:  # a subclass may hold more fields
        return evolve(c, speaker=speaker, attribution=attribution)
    return _build.claim_with(c, speaker, attribution, c.frame)
