"""Source dependence: near-duplicate copies, shared origins and attribution chains.

Copies are found with word shingles (``k`` words, hashed with blake2b): an inverted index
from shingle to sources yields, for every pair of sources sharing any shingle, the exact
size of their intersection, so containment ``|A ∩ B| / min(|A|, |B|)`` is exact, not
estimated. Very common shingles (in more than ``max_postings`` sources) are skipped, which
keeps the work close to linear in the corpus size. A pair at or above ``threshold`` is a copy;
the original is the one published earlier (ties: more text, then the smaller id).

Origins: every source that is not a copy is an origin (named by its outlet, else its id);
a copy shares its original's origin. A wire credit in the text (``(AP)``, ``— Reuters``,
``Source: X``) or a claim attributed to an organisation (the last element of its attribution
chain, e.g. ``Trend``) points to an agency origin, so two outlets repeating one agency share it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from attrs import evolve

from claimcheck.model import Claim, Copy, Linkage, Origin, Source, content_id

__all__ = [
    "attach_provenance",
    "claim_origins",
    "detect_copies",
    "origins",
    "shingles",
    "wire_credit",
]

_WORD = re.compile(r"\w+")
_CREDIT = re.compile(
    r"\((?P<a>AP|AFP|Reuters|TASS|Xinhua|dpa|ANSA|EFE|UPI|PA)\)"
    r"|[—–-]{1,2}\s*(?P<b>Reuters|AP|AFP|TASS|Xinhua)\s*$"
    r"|^\s*Source:\s*(?P<c>[A-Z][\w .&'-]{1,60}?)\s*$",
    re.MULTILINE,
)
_ORG = re.compile(
    r"\b(agency|press|news|wire|service|ministry|office|tass|reuters|afp|ap|trend|azertag|"
    r"interfax|ria|report|times|daily|post|gazette|courier|bulletin|ledger|observer|herald|tribune|"
    r"journal|media|tv|radio|channel|newspaper|portal)\b",
    re.IGNORECASE,
)


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
    # Only the size of each source's shingle set is kept; the words and shingles of the few
    # sources in a copy pair are recomputed for the shared passage. Most shingles occur in one
    # source only, so a posting is a bare id until a second source shares it.
    size: dict[str, int] = {}
    index: dict[int, str | list[str]] = {}
    by_id = {s.id: s for s in sources}
    for src in sorted(sources, key=lambda s: s.id):
        if src.refused:
            continue
        sh = _shingle_keys(_body(src), k)
        size[src.id] = len(sh)
        for h in sh:
            postings = index.get(h)
            if postings is None:
                index[h] = src.id
            elif isinstance(postings, str):
                index[h] = [postings, src.id]
            else:
                postings.append(src.id)
    shared: Counter[tuple[str, str]] = Counter()
    for postings in index.values():
        if isinstance(postings, str) or len(postings) > max_postings:
            continue
        for i, a in enumerate(postings):
            for b in postings[i + 1 :]:
                shared[(a, b)] += 1
    del index

    def shingled(sid: str) -> tuple[list[str], dict[int, int]]:
        return shingles(_body(by_id[sid]), k=k)

    parent: dict[str, tuple[str, float, str]] = {}
    for (a, b), n in sorted(shared.items()):
        small = min(size[a], size[b])
        if small < min_shingles:
            continue
        containment = n / small
        if containment < threshold:
            continue
        original, copy = _older_first(by_id[a], by_id[b], size)
        previous = parent.get(copy.id)
        if previous is not None and (previous[1], original.id) >= (containment, previous[0]):
            continue
        words, positions = shingled(copy.id)
        common = set(positions) & set(shingled(original.id)[1])
        parent[copy.id] = (original.id, containment, _longest_shared(words, positions, common, k))
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
    """The agency credited in the text (``(AP)``, ``— Reuters``, ``Source: X``), if any."""
    m = _CREDIT.search(_body(source))
    if m is None:
        return None
    return (m.group("a") or m.group("b") or m.group("c") or "").strip() or None


def _claim_agency(claim: Claim, outlets: set[str]) -> str | None:
    chain = claim.attribution
    if not chain:
        return None
    last = chain[-1].strip()
    if not last or (claim.speaker and _key(last) == _key(claim.speaker)):
        return None
    if len(chain) >= 2 or _ORG.search(last) or _key(last) in outlets:
        return last
    return None


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
            source_origin[src.id] = add(root.outlet or root.id, "outlet", src.id)
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


def claim_origins(linkage: Linkage) -> dict[str, tuple[str, ...]]:
    """claim id -> origin ids, as a dict."""
    return dict(linkage.claim_origins)


def attach_provenance(linkage: Linkage, **options: float) -> Linkage:
    """Fill ``copies``, ``origins`` and ``claim_origins`` of a Linkage."""
    copies = detect_copies(linkage.sources, **options)  # type: ignore[arg-type]
    found, _, claim_map = origins(linkage.sources, linkage.claims, copies)
    return evolve(
        linkage,
        copies=copies,
        origins=found,
        claim_origins=tuple(sorted(claim_map.items())),
    )
