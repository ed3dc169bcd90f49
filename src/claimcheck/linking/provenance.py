"""Source dependence: near-duplicate copies, shared origins and attribution chains.

Copies are found with word shingles (``k`` words, hashed with blake2b): an inverted index
from shingle to sources yields, for every pair of sources sharing any shingle, the exact
size of their intersection, so containment ``|A ∩ B| / min(|A|, |B|)`` is exact, not
estimated. Very common shingles (in more than ``max_postings`` sources) are skipped, which
keeps the work close to linear in the corpus size. A pair at or above ``threshold`` is a copy;
the original is the one published earlier (ties: more text, then the smaller id).

Partial copies (:func:`detect_partial_copies`): a paragraph of one source whose shingles are
contained (80% or more) in an older source was taken from it; the claims in that paragraph
get the original's origin, so they do not corroborate it, and a note naming the original.

Origins: every source that is not a copy is an origin (named by its outlet; a source with no
known outlet is ``unknown outlet (<file name>)``, an origin of its own); a copy shares its
original's origin. An agency credit in the text points to an agency origin, so two outlets
repeating one agency share it: a credit in brackets before a dateline dash (``MOSCOW
(Reuters) -``, ``(AP) —``), a dash credit ending a line (``— AFP``), a byline (``By Ann Lee,
Associated Press``), ``X contributed``, ``Source: X``, or ``according to`` a known agency. A
claim whose attribution chain ends with a known agency (or an outlet of the corpus) points to
that agency. Agencies are known from :mod:`claimcheck._words.agencies`; ordinary words, a
demonym, "newspaper report" or a person's name never make an origin.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import evolve, frozen

from claimcheck._words.agencies import CREDIT_ONLY, agency_names
from claimcheck.model import Claim, Copy, Linkage, Origin, Source, content_id

__all__ = [
    "PartialCopy",
    "agency_of",
    "attach_provenance",
    "claim_origins",
    "detect_copies",
    "detect_partial_copies",
    "origins",
    "shingles",
    "wire_credit",
]

_WORD = re.compile(r"\w+")
_PARAGRAPH = re.compile(r"[^\n]+")
_AGENCY = agency_names()
_NAMES = "|".join(re.escape(n) for n in sorted(_AGENCY, key=lambda n: (-len(n), n)))
_PLAIN = "|".join(re.escape(n) for n in sorted(_AGENCY, key=lambda n: (-len(n), n)) if n not in CREDIT_ONLY)
_B = r"(?<![\w.-])"
_E = r"(?![\w-])"
#: Credits that name the source's agency, strongest first.
_CREDITS = (
    # a credit in brackets before a dateline dash or ending a line: "MOSCOW (Reuters) -", "(AP) —"
    re.compile(rf"\((?P<n>{_NAMES})\)[ \t]*(?:[-\u2013\u2014]|$)", re.MULTILINE),
    # a dash credit ending a line: "... said. — Reuters"
    re.compile(rf"[\u2014\u2013-]{{1,2}}[ \t]*(?P<n>{_NAMES})[ \t]*$", re.MULTILINE),
    # a byline: "By Ann Lee, Associated Press" / "Associated Press Writer"
    re.compile(
        rf"^[ \t]*By [A-Z][\w.' -]{{1,60}}?,?[ \t]+(?P<n>{_NAMES})"
        r"(?:[ \t]+(?:Writer|Reporter|Correspondent))?[ \t]*$",
        re.MULTILINE,
    ),
    re.compile(rf"^[ \t]*(?P<n>{_PLAIN})[ \t]+(?:Writer|Reporter|Correspondent)[ \t]*$", re.MULTILINE),
    # "Reuters contributed to this report", "AFP contributed reporting"
    re.compile(rf"{_B}(?P<n>{_NAMES}){_E}(?: news agency)? contributed\b"),
    # an explicit credit line naming any source: "Source: X"
    re.compile(r"^[ \t]*Source:[ \t]*(?P<n>[A-Z][\w .&'-]{1,60}?)[ \t]*$", re.MULTILINE),
    # "according to the Xinhua news agency", "according to Interfax"
    re.compile(rf"\baccording to (?:the )?(?:[a-z-]+ )?(?P<n>{_PLAIN}){_E}"),
)
#: An agency's own title-case name: "Meridian Press Agency", "Tarvel News Service".
_NAMED_AGENCY = re.compile(
    r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,4} (?:News |Press |Information )?(?:Agency|News Service|Wire Service)"
)
_SUFFIX = re.compile(r"(?:'s)?(?:\s+(?:news agency|news service|agency|wire service|wire))?$", re.IGNORECASE)


def agency_of(name: str) -> str | None:
    """The known agency ``name`` names (``"the AP"``, ``"Xinhua news agency"``), else None.

    Case-sensitive: ``"trend"`` or ``"report"`` are words, not agencies.

    Examples:
        >>> agency_of("the Xinhua news agency"), agency_of("AFP"), agency_of("Russian")
        ('Xinhua', 'Agence France-Presse', None)
        >>> agency_of("Meridian Press Agency"), agency_of("a newspaper report")
        ('Meridian Press Agency', None)
    """
    text = name.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    known = _AGENCY.get(_SUFFIX.sub("", text).strip())
    if known is not None:
        return known
    return text if _NAMED_AGENCY.fullmatch(text) else None


def _key(name: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(name))


def _origin_id(name: str) -> str:
    return content_id("o", _key(name))


def _body(source: Source) -> str:
    return source.body(" ")


def _hash(words: Sequence[str]) -> int:
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest(), "big")


def shingles(text: str, *, k: int = 6) -> tuple[list[str], dict[int, int]]:
    """The lowercased words of ``text`` and its ``k``-word shingle hashes (hash -> first position)."""
    words = [w.lower() for w in _WORD.findall(text)]
    out: dict[int, int] = {}
    for i in range(max(0, len(words) - k + 1)):
        out.setdefault(_hash(words[i : i + k]), i)
    return words, out


def _shingle_keys(text: str, k: int) -> set[int]:
    """The distinct ``k``-word shingles of ``text`` as Python string hashes (for counting only).

    Within one process, equal shingles hash equal; a collision of two different shingles
    (2^-64 per pair) could only add one shared shingle to a pair. Several times faster
    than :func:`shingles`' blake2b, which stays the stable, documented form.
    """
    words = [w.lower() for w in _WORD.findall(text)]
    return {hash(" ".join(words[i : i + k])) for i in range(max(0, len(words) - k + 1))}


def _longest_shared(words: list[str], sh: dict[int, int], shared: set[int], k: int) -> str:
    positions = sorted(pos for h, pos in sh.items() if h in shared)
    best_start, best_len, start, prev = 0, 0, None, None
    for p in positions:
        if start is None or prev is None or p != prev + 1:
            start = p
        prev = p
        if p - start + 1 > best_len:
            best_start, best_len = start, p - start + 1
    passage = words[best_start : best_start + best_len + k - 1]
    if len(passage) > 12:
        passage = [*passage[:12], "..."]
    return " ".join(passage)


def _older_first(a: Source, b: Source, size: Mapping[str, int]) -> tuple[Source, Source]:
    """(original, copy) for a near-duplicate pair."""

    def rank(s: Source) -> tuple[_dt.date, int, str]:
        return (s.published or _dt.date.max, -size[s.id], s.id)

    return (a, b) if rank(a) <= rank(b) else (b, a)


#: Distinct shingles per shard of the shingle index: the index of one shard at a time is in
#: memory (a whole corpus's index of a 10,000-article story held several hundred MB).
SHARD_SHINGLES = 300_000


class _Shingled:
    """Each live source's distinct shingle keys as compact arrays, cut into shards by key.

    A shard's inverted index (shingle -> sources holding it) is built, used and dropped
    before the next one, so memory holds the arrays (8 bytes a shingle) and one shard's
    index, not the whole corpus's index at once; the counts it yields are exact.
    """

    def __init__(self, sources: Sequence[Source], k: int, *, paragraphs: bool = False) -> None:
        self.live = [s for s in sorted(sources, key=lambda s: s.id) if not s.refused]
        self.k = k
        keys = [array("q", _shingle_keys(_body(src), k)) for src in self.live]
        self.size = [len(a) for a in keys]
        self.shards = max(1, -(-sum(self.size) // SHARD_SHINGLES))
        self.keys = [self._cut(a) for a in keys]
        del keys
        #: paragraphs: (source index, start, end, shingle count, keys by shard)
        self.paragraphs: list[tuple[int, int, int, int, list[array[int]]]] = []
        if paragraphs:
            for i, src in enumerate(self.live):
                for m in _PARAGRAPH.finditer(src.text, src.body_start):
                    sh = _shingle_keys(m.group(), k)
                    if len(sh) == self.size[i] and all(h in sh for part in self.keys[i] for h in part):
                        cut = self.keys[i]  # the paragraph is the whole body: share its arrays
                    else:
                        cut = self._cut(array("q", sh))
                    self.paragraphs.append((i, m.start(), m.end(), len(sh), cut))

    def _cut(self, keys: array[int]) -> list[array[int]]:
        if self.shards == 1:
            return [keys]
        parts = [array("q") for _ in range(self.shards)]
        for h in keys:
            parts[h % self.shards].append(h)
        return parts

    def postings(self, shard: int) -> dict[int, int | list[int]]:
        """Shingle -> index of the one source holding it, or the sorted indexes of all holders."""
        index: dict[int, int | list[int]] = {}
        ids = range(len(self.live))  # shared int objects: a posting list holds references only
        for i in ids:
            for h in self.keys[i][shard]:
                held = index.get(h)
                if held is None:
                    index[h] = ids[i]
                elif isinstance(held, int):
                    index[h] = [held, ids[i]]
                else:
                    held.append(ids[i])
        return index


def detect_copies(
    sources: Sequence[Source],
    *,
    k: int = 6,
    threshold: float = 0.6,
    min_shingles: int = 8,
    max_postings: int = 50,
) -> tuple[Copy, ...]:
    """Near-duplicate sources: each copy with its (root) original and containment.

    Args:
        sources: the sources to compare.
        k: words per shingle.
        threshold: containment at or above which a pair is a copy.
        min_shingles: shorter texts are never called copies.
        max_postings: shingles in more sources than this are ignored (boilerplate).

    Returns:
        Copies sorted by copy id; chains are resolved to the root original.
    """
    return _copies(
        _Shingled(sources, k), threshold=threshold, min_shingles=min_shingles, max_postings=max_postings
    )


def _copies(
    shingled: _Shingled, *, threshold: float, min_shingles: int, max_postings: int
) -> tuple[Copy, ...]:
    # Only the size of each source's shingle set is kept with its keys; the words and
    # shingles of the few sources in a copy pair are recomputed for the shared passage. A
    # pair's count is keyed by one int (a * n + b), not a tuple of ids.
    live, k = shingled.live, shingled.k
    n = len(live)
    shared: Counter[int] = Counter()
    for shard in range(shingled.shards):
        for postings in shingled.postings(shard).values():
            if isinstance(postings, int) or len(postings) > max_postings:
                continue
            for j, a in enumerate(postings):
                for b in postings[j + 1 :]:
                    shared[a * n + b] += 1
    size = {src.id: shingled.size[i] for i, src in enumerate(live)}

    def shingled_text(src: Source) -> tuple[list[str], dict[int, int]]:
        return shingles(_body(src), k=k)

    parent: dict[str, tuple[str, float, str]] = {}
    for pair, count in sorted(shared.items()):
        first, second = live[pair // n], live[pair % n]
        small = min(size[first.id], size[second.id])
        if small < min_shingles:
            continue
        containment = count / small
        if containment < threshold:
            continue
        original, copy = _older_first(first, second, size)
        previous = parent.get(copy.id)
        if previous is not None and (previous[1], original.id) >= (containment, previous[0]):
            continue
        words, positions = shingled_text(copy)
        common = set(positions) & set(shingled_text(original)[1])
        parent[copy.id] = (original.id, containment, _longest_shared(words, positions, common, k))
    del shared
    copies = []
    for cid, (oid, containment, passage) in parent.items():
        root, seen = oid, {cid}
        while root in parent and root not in seen:
            seen.add(root)
            root = parent[root][0]
        if root == cid:
            continue
        reason = (
            f"{containment:.0%} of its {k}-word shingles are in {oid}; shared passage: \u201c{passage}\u201d"
        )
        if root != oid:
            reason += f" ({oid} itself copies {root})"
        copies.append(Copy(cid, root, round(min(1.0, containment), 4), reason))
    return tuple(sorted(copies, key=lambda c: c.source))


def wire_credit(source: Source) -> str | None:
    """The agency credited by the text (see the module docstring), if any.

    A known agency is returned by its usual name (``"(AP)"`` -> ``"Associated Press"``); a
    ``Source: X`` line returns ``X`` as written.
    """
    body = _body_lines(source)
    for pattern in _CREDITS:
        m = pattern.search(body)
        if m is not None:
            found = m.group("n").strip()
            return _AGENCY.get(found, found) or None
    return None


def _body_lines(source: Source) -> str:
    return source.body("\n")


def _claim_agency(claim: Claim, outlets: set[str]) -> str | None:
    chain = claim.attribution
    if not chain:
        return None
    last = chain[-1].strip()
    if not last or (claim.speaker and _key(last) == _key(claim.speaker)):
        return None
    agency = agency_of(last)
    if agency is not None:
        return agency
    return last if _key(last) in outlets else None


def _unknown(source: Source) -> str:
    name = source.path.replace("\\", "/").rsplit("/", 1)[-1] if source.path else source.id
    return f"unknown outlet ({name})"


def origins(
    sources: Sequence[Source], claims: Sequence[Claim], copies: Sequence[Copy]
) -> tuple[tuple[Origin, ...], dict[str, str], dict[str, tuple[str, ...]]]:
    """Origins of sources and claims.

    Returns:
        ``(origins, source -> origin id, claim id -> origin ids)``.
    """
    original = {c.source: c.original for c in copies}
    by_id = {s.id: s for s in sources}
    outlets = {_key(s.outlet) for s in sources if s.outlet}
    names: dict[str, str] = {}
    kinds: dict[str, str] = {}
    members: dict[str, set[str]] = defaultdict(set)

    def add(name: str, kind: str, source_id: str) -> str:
        oid = _origin_id(name)
        names.setdefault(oid, name)
        if kind == "outlet" or oid not in kinds:
            kinds[oid] = kind
        members[oid].add(source_id)
        return oid

    source_origin: dict[str, str] = {}
    for src in sorted(sources, key=lambda s: s.id):
        root = by_id.get(original.get(src.id, src.id), src)
        credit = wire_credit(root)
        if credit is not None:
            source_origin[src.id] = add(credit, "agency", src.id)
        else:
            source_origin[src.id] = add(root.outlet or _unknown(root), "outlet", src.id)
    claim_map: dict[str, tuple[str, ...]] = {}
    for claim in claims:
        agency = _claim_agency(claim, outlets)
        if agency is not None:
            claim_map[claim.id] = (add(agency, "agency", claim.source_id),)
        else:
            oid = source_origin.get(claim.source_id)
            if oid is None:
                oid = add(claim.source_id, "outlet", claim.source_id)
            claim_map[claim.id] = (oid,)
    result = tuple(
        sorted(
            (Origin(oid, names[oid], kinds[oid], tuple(sorted(members[oid]))) for oid in names),
            key=lambda o: o.id,
        )
    )
    return result, source_origin, claim_map


@frozen
class PartialCopy:
    """Paragraphs of ``source`` taken from the older source ``original``.

    ``spans`` are character offsets into ``source.text``; ``containment`` is the smallest
    share of a copied paragraph's shingles found in the original.
    """

    source: str
    original: str
    spans: tuple[tuple[int, int], ...]
    containment: float
    reason: str = ""


def detect_partial_copies(
    sources: Sequence[Source],
    *,
    copies: Sequence[Copy] = (),
    k: int = 6,
    threshold: float = 0.8,
    min_shingles: int = 8,
    max_postings: int = 50,
) -> tuple[PartialCopy, ...]:
    """Paragraphs (lines) of a source contained in an older source: partial copies.

    A paragraph of ``min_shingles`` shingles or more counts as taken from another source
    when ``threshold`` of its shingles are in that source, and that source is the original
    (published earlier; ties: more text, then the smaller id). Whole copies (``copies``) and
    refused sources are left out; shingles in more than ``max_postings`` sources are
    boilerplate and ignored.

    Args:
        sources: the sources.
        copies: whole copies already found (:func:`detect_copies`).
        k: words per shingle.
        threshold: containment of a paragraph in the original at or above which it is copied.
        min_shingles: shorter paragraphs are never called copied.
        max_postings: shingles in more sources than this are ignored.

    Returns:
        Partial copies sorted by (source, original).
    """
    return _partial_copies(
        _Shingled(sources, k, paragraphs=True),
        copies=copies,
        threshold=threshold,
        min_shingles=min_shingles,
        max_postings=max_postings,
    )


def _partial_copies(
    shingled: _Shingled, *, copies: Sequence[Copy], threshold: float, min_shingles: int, max_postings: int
) -> tuple[PartialCopy, ...]:
    live, k = shingled.live, shingled.k
    n = len(live)
    whole = {c.source for c in copies}
    paragraphs = [
        (j, p)
        for j, p in enumerate(shingled.paragraphs)
        if p[3] >= min_shingles and live[p[0]].id not in whole
    ]
    # (paragraph index * n + other source index) -> shingles of the paragraph the other holds
    shared: Counter[int] = Counter()
    for shard in range(shingled.shards):
        index = shingled.postings(shard)
        for j, (i, _, _, _, keys) in paragraphs:
            for h in keys[shard]:
                holders = index.get(h)
                if holders is None:
                    continue
                if isinstance(holders, int):
                    if holders != i:  # a paragraph's words that its own body leaves out (boilerplate)
                        shared[j * n + holders] += 1
                elif len(holders) <= max_postings:
                    shared.update(j * n + o for o in holders if o != i)
        del index
    size = {src.id: shingled.size[i] for i, src in enumerate(live)}
    found: dict[tuple[str, str], list[tuple[int, int, float]]] = defaultdict(list)
    for key, count in sorted(shared.items()):
        j, o = divmod(key, n)
        i, start, end, total, _ = shingled.paragraphs[j]
        share = count / total
        if share < threshold:
            continue
        src, other = live[i], live[o]
        original, _ = _older_first(other, src, size)
        if original.id == other.id:
            found[(src.id, other.id)].append((start, end, share))
    out = []
    for (sid, oid), parts in sorted(found.items()):
        parts.sort()
        low = min(p[2] for p in parts)
        reason = f"{len(parts)} paragraph(s) with {low:.0%} or more of their {k}-word shingles in {oid}"
        out.append(PartialCopy(sid, oid, tuple((a, b) for a, b, _ in parts), round(min(1.0, low), 4), reason))
    return tuple(out)


def claim_origins(linkage: Linkage) -> dict[str, tuple[str, ...]]:
    """claim id -> origin ids, as a dict."""
    return dict(linkage.claim_origins)


def attach_provenance(linkage: Linkage, **options: float) -> Linkage:
    """Fill ``copies``, ``origins`` and ``claim_origins`` of a Linkage.

    Claims inside a paragraph taken from another source (:func:`detect_partial_copies`)
    get the original's origin (they do not corroborate it) and a note naming it.
    """
    opts: dict[str, Any] = {"threshold": 0.6, "min_shingles": 8, "max_postings": 50, **options}
    shingled = _Shingled(linkage.sources, int(opts.pop("k", 6)), paragraphs=True)
    copies = _copies(shingled, **opts)
    found, source_origin, claim_map = origins(linkage.sources, linkage.claims, copies)
    partial = _partial_copies(shingled, copies=copies, threshold=0.8, min_shingles=8, max_postings=50)
    del shingled
    # a partial copy is listed with the copies, with the spans it took (whole copies have none)
    listed = tuple(
        sorted(
            (*copies, *(Copy(pc.source, pc.original, pc.containment, pc.reason, pc.spans) for pc in partial)),
            key=lambda c: (c.source, c.original),
        )
    )
    if not partial:
        return evolve(linkage, copies=listed, origins=found, claim_origins=tuple(sorted(claim_map.items())))
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for pc in partial:
        spans[pc.source].extend((a, b, pc.original) for a, b in pc.spans)
    members = {o.id: set(o.sources) for o in found}
    claims = []
    for claim in linkage.claims:
        hit = next((orig for a, b, orig in spans.get(claim.source_id, ()) if a <= claim.span.start < b), None)
        oid = source_origin.get(hit) if hit is not None else None
        if oid is None or claim_map.get(claim.id) != (source_origin.get(claim.source_id),):
            claims.append(claim)  # not copied, or attributed to an agency of its own
            continue
        claim_map[claim.id] = (oid,)
        members.setdefault(oid, set()).add(claim.source_id)
        note = f"paragraph copied from {hit}: does not corroborate it"
        claims.append(evolve(claim, notes=(*claim.notes, note)))
    found = tuple(evolve(o, sources=tuple(sorted(members.get(o.id, o.sources)))) for o in found)
    return evolve(
        linkage,
        claims=tuple(claims),
        copies=listed,
        origins=found,
        claim_origins=tuple(sorted(claim_map.items())),
    )
