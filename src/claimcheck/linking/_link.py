"""The link stage: which claims are about the same fact, and how they relate.

The stage runs in steps, each close to linear in the number of claims:

1. **Frames** (:mod:`claimcheck.extraction.frames`): what each claim is about; claims
   built by hand without one get theirs here.
2. **Blocking** (:mod:`claimcheck.linking.blocking`): a key per claim from its frame; only
   claims sharing a key, within one story (:mod:`claimcheck.linking.stories`), are compared;
   a large block in a sorted window, so links per claim stay bounded.
3. **Same fact** (:func:`claimcheck.linking.relate.same_fact`): frames must not differ in
   role, noun, place, period or event, and sentences naming different people or places must
   share enough words (tf-idf over the block, :mod:`claimcheck.linking.context`).
4. **Agree, conflict or update** (:func:`claimcheck.linking.relate.relate`), by meaning.

Groups are connected components of the links; provenance (copies, origins) is attached last.
"""

from __future__ import annotations

import datetime as _dt
import operator
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from attrs import evolve

from claimcheck._gc import gc_paused
from claimcheck.extraction.frames import frame_of
from claimcheck.linking._unionfind import UnionFind
from claimcheck.linking.blocking import block_key, block_pairs, instrument_key, sub_blocks
from claimcheck.linking.context import ContextIndex
from claimcheck.linking.paraphrases import paraphrase_claims
from claimcheck.linking.relate import Decision, may_conflict, relate, same_fact
from claimcheck.model import Claim, Extraction, Link, Linkage, Source

__all__ = [
    "assemble",
    "block_key",
    "block_links",
    "instrument_key",
    "link",
    "links_of_blocks",
    "paraphrase_claims",
    "prepare",
    "relate",
    "same_fact",
    "two_sentences",
]


def _vectors(sub: Sequence[Claim], sentence_text: Mapping[str, str]) -> dict[str, dict[str, float]]:
    """tf-idf vectors of the sentences of one story's part of a block (idf over that part)."""
    texts = {c.id: sentence_text.get(c.id, "") for c in sub}
    index = ContextIndex.of(texts.values())
    cache: dict[str, dict[str, float]] = {}
    out = {}
    for cid, text in texts.items():
        vec = cache.get(text)
        if vec is None:
            vec = cache[text] = index.vector(text)
        out[cid] = vec
    return out


def two_sentences(sub: Iterable[Claim], sentence_text: Mapping[str, str]) -> bool:
    """Whether the claims of a block's part come from two distinct sentences or fewer: the
    idf of their context vectors then weighs every word the two share 0
    (:func:`claimcheck.linking.relate.may_conflict` compares plain word counts instead)."""
    seen: set[str] = set()
    for c in sub:
        seen.add(sentence_text.get(c.id, ""))
        if len(seen) > 2:
            return False
    return True


def _spanning(found: list[tuple[Claim, Claim, Decision]]) -> list[tuple[Claim, Claim, Decision]]:
    """The decisions without agreements of one source with itself on one value that add
    nothing: two claims already joined by such agreements keep no third link between them.

    Such links carry no corroboration (one origin) and never change a fact's value sets, only
    which claims are grouped: a source stating one figure in many sentences keeps one chain,
    not every pair.
    """
    uf: UnionFind | None = None
    out = []
    for a, b, decided in found:
        if decided.relation == "agrees" and a.source_id == b.source_id and a.value == b.value:
            uf = uf or UnionFind()
            if uf.find(a.id) == uf.find(b.id):
                continue
            uf.union(a.id, b.id)
        out.append((a, b, decided))
    return out


def _signature(c: Claim) -> tuple[object, ...]:
    """Everything deciding a claim's links reads, but its id and span: claims of one source
    and sentence sharing it relate alike to every other claim."""
    return (
        c.source_id,
        c.sentence.start,
        c.sentence.end,
        c.kind,
        c.subject,
        c.value,
        c.frame,
        c.speaker,
        c.attribution,
        c.detail,
        c.notes,
    )


def _representatives(sub: Sequence[Claim]) -> tuple[list[Claim], dict[str, tuple[Claim, list[Claim]]]]:
    """One claim for each run of repeats (one source, one sentence, one value and frame),
    and the repeats of each representative in text order.

    A long sentence repeating one figure ("117th Street ... 117th Street") would link each
    repeat with every claim the first one links with; the repeats relate alike to every
    other claim, so only the first (smallest id) is compared.
    """
    runs: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in sub:
        runs[_signature(c)].append(c)
    reps: list[Claim] = []
    repeats: dict[str, tuple[Claim, list[Claim]]] = {}
    for run in runs.values():
        run.sort(key=lambda c: c.id)
        reps.append(run[0])
        if len(run) > 1:
            repeats[run[0].id] = (run[0], sorted(run[1:], key=lambda c: (c.span.start, c.id)))
    return reps, repeats


def _with_repeats(
    found: list[tuple[Claim, Claim, Decision]],
    repeats: Mapping[str, tuple[Claim, list[Claim]]],
    published: Mapping[str, _dt.date | None],
    sentence_text: Mapping[str, str],
    vectors: Mapping[str, dict[str, float]],
    min_similarity: float,
) -> list[tuple[Claim, Claim, Decision]]:
    """The representatives' decisions, plus a chain through each run of repeats (one
    agreement per repeat), and each conflict or update of a representative for its
    repeats too, so a repeated figure is as contested as its first statement."""
    out = list(found)
    for prev, run in repeats.values():
        for c in run:
            sim = same_fact(prev, c, min_similarity=min_similarity, vectors=vectors)
            if sim is not None:
                decided = relate(prev, c, published=published, sentence_text=sentence_text, similarity=sim)
                if decided is not None:
                    out.append((prev, c, decided))
            prev = c
    for a, b, decided in found:
        if decided.relation == "agrees" or (a.id not in repeats and b.id not in repeats):
            continue
        # the two runs are zipped, the shorter one cycled: every claim of each run gets the
        # link, each at most (longer run / its own run) times, rounded up
        run_a = [a, *repeats[a.id][1]] if a.id in repeats else [a]
        run_b = [b, *repeats[b.id][1]] if b.id in repeats else [b]
        for t in range(1, max(len(run_a), len(run_b))):
            x, y = run_a[t % len(run_a)], run_b[t % len(run_b)]
            newer = None if decided.newer is None else (x.id if decided.newer == a.id else y.id)
            out.append((x, y, decided._replace(newer=newer)))
    return out


def block_links(
    members: Sequence[Claim],
    *,
    published: Mapping[str, _dt.date | None],
    sentence_text: Mapping[str, str],
    stories: Mapping[str, str] | None = None,
    min_similarity: float = 0.1,
    max_block: int = 200,
    window: int = 20,
) -> tuple[Link, ...]:
    """The links among the claims of one block (claims sharing a :func:`block_key`).

    With ``stories`` (source id -> story id, see :mod:`claimcheck.linking.stories`), claims are
    compared only within their story; a claim whose source has no story (``""`` or absent)
    is compared with every claim of the block. The result depends only on the members
    (not their order), so blocks can be linked independently, in any order or on other
    machines (see :mod:`claimcheck.runners.dask`). A story's block where one source states
    several incompatible values (and says none is earlier) is set-valued (a list of dates of
    several statements): its values are items, not rival versions, so it keeps no conflicts.
    An ``updates`` link points from the newer claim (``a``) to the one it updates (``b``).
    """
    decisions: list[tuple[Claim, Claim, Decision]] = []
    for sub, loose in sub_blocks(members, stories):
        vectors = _vectors(sub, sentence_text) if len(sub) > 1 else {}
        plain = two_sentences(sub, sentence_text)
        reps, repeats = _representatives(sub)
        found: list[tuple[Claim, Claim, Decision]] = []
        multi = False
        live = loose & {c.id for c in reps} if loose is not None else None
        for a, b in block_pairs(reps, max_block=max_block, window=window, loose=live, context=sentence_text):
            sim = same_fact(a, b, min_similarity=min_similarity, vectors=vectors)
            if sim is None:
                continue
            decided = relate(a, b, published=published, sentence_text=sentence_text, similarity=sim)
            if decided is None:
                continue
            if decided.relation == "conflicts" and a.source_id == b.source_id:
                multi = True  # whether or not the two read as one disagreement
            if decided.relation == "conflicts" and not may_conflict(
                a, b, vectors, sentence_text, plain=plain
            ):
                continue  # different holders named, little else shared: not a disagreement
            found.append((a, b, decided))
        found = [d for d in found if not (multi and d[2].relation == "conflicts")]
        if repeats:
            found = _with_repeats(found, repeats, published, sentence_text, vectors, min_similarity)
        decisions.extend(_spanning(found))
    links: list[Link] = []
    # a large block repeats a few reasons and similarities many times: keep one copy of each
    reasons: dict[str, str] = {}
    similarities: dict[float, float] = {}
    for a, b, decided in decisions:
        if decided.relation == "updates":
            x, y = (a.id, b.id) if decided.newer == a.id else (b.id, a.id)
        else:
            x, y = sorted((a.id, b.id))
        sim = round(min(1.0, max(0.0, decided.similarity)), 4)
        sim = similarities.setdefault(sim, sim)
        reason = reasons.setdefault(decided.reason, decided.reason)
        links.append(Link(x, y, decided.relation, sim, reason))  # type: ignore[arg-type]
    return tuple(links)


def links_of_blocks(
    blocks: Mapping[tuple[str, ...], Sequence[Claim]],
    *,
    published: Mapping[str, _dt.date | None],
    sentence_text: Mapping[str, str],
    stories: Mapping[str, str] | None = None,
    min_similarity: float = 0.1,
    max_block: int = 200,
    window: int = 20,
) -> Iterator[Link]:
    """The links of every block (block key -> its claims), blocks in key order (see :func:`block_links`)."""
    for key in sorted(blocks):
        yield from block_links(
            blocks[key],
            published=published,
            sentence_text=sentence_text,
            stories=stories,
            min_similarity=min_similarity,
            max_block=max_block,
            window=window,
        )


def blocks_of(claims: Iterable[Claim]) -> dict[tuple[str, ...], list[Claim]]:
    """Claims by block key; claims without a key (generic frames) are in no block."""
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        key = block_key(c)
        if key is not None:
            blocks[key].append(c)
    return blocks


def prepare(
    extraction: Extraction, *, paraphrases: bool = True, stories: bool = True
) -> tuple[list[Claim], dict[str, _dt.date | None], dict[str, str], dict[str, str]]:
    """Claims to link (framed, with synthetic paraphrase claims), publication dates, sentence
    texts and stories.

    The stories map source ids to story ids (:func:`claimcheck.linking.stories.stories`, story-less
    sources left out); it is empty with ``stories=False``, and then every claim of a block
    meets every other.
    """
    sources = extraction.sources
    by_source = {s.id: s for s in sources}
    claims = []
    for c in extraction.claims:
        src = by_source.get(c.source_id)
        if c.frame is None and src is not None:
            found = frame_of(c, src)
            if found is not None:
                c = evolve(c, frame=found)
        claims.append(c)
    story_of: dict[str, str] = {}
    if stories:
        from claimcheck.linking.stories import stories as find_stories

        story_of = {sid: story for sid, story in find_stories(sources).items() if story}
    if paraphrases:
        claims.extend(paraphrase_claims(sources, claims, stories=story_of))
    claims.sort(key=lambda c: (c.source_id, c.span.start, c.id))
    published = {s.id: s.published for s in sources}
    sentence_text = {}
    for c in claims:
        src = by_source.get(c.source_id)
        if src is not None and block_key(c) is not None:  # only claims that may be linked
            sentence_text[c.id] = src.text[c.sentence.start : c.sentence.end]
    return claims, published, sentence_text, story_of


def assemble(
    sources: tuple[Source, ...], claims: Sequence[Claim], links: Iterable[Link], *, provenance: bool = True
) -> Linkage:
    """The Linkage from claims and the links of every block: groups are connected components."""
    uf = UnionFind(c.id for c in claims)
    # sorted by (a, b, relation) as three stable sorts on one field each: no key tuple per link
    ordered = links if isinstance(links, list) else list(links)
    for name in ("relation", "b", "a"):
        ordered.sort(key=operator.attrgetter(name))
    for lk in ordered:
        uf.union(lk.a, lk.b)
    members: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        members[uf.find(c.id)].append(c.id)
    groups = tuple(sorted(tuple(sorted(m)) for m in members.values()))
    linkage = Linkage(sources=sources, claims=tuple(claims), links=tuple(ordered), groups=groups)
    if provenance:
        from claimcheck.linking.provenance import attach_provenance

        linkage = attach_provenance(linkage)
    return linkage


def link(
    extraction: Extraction,
    *,
    min_similarity: float = 0.1,
    max_block: int = 200,
    window: int = 20,
    paraphrases: bool = True,
    provenance: bool = True,
    stories: bool = True,
) -> Linkage:
    """Group claims about the same fact across sources and link them (agrees / conflicts / updates).

    Args:
        extraction: sources and their claims.
        min_similarity: context cosine (0-1) below which two claims whose sentences name
            different people or places are different facts.
        max_block: blocks larger than this are compared within a sorted window only.
        window: how many neighbours each claim is compared with in a large block (so the
            links per claim are bounded by ``max_block`` and ``window``, whatever the corpus).
        paraphrases: add synthetic article claims for paraphrased provisions.
        provenance: detect copies and origins (:mod:`claimcheck.linking.provenance`).
        stories: compare claims only within the story their sources report
            (:mod:`claimcheck.linking.stories`); False compares across the whole corpus.

    Returns:
        The Linkage: claims (framed, with any synthetic ones), sorted links, groups, copies
        and origins.

    Examples:
        >>> from claimcheck.model import Source, Span, Quantity
        >>> src = Source("s1", "Officials said 263 agreements were signed.")
        >>> sp = Span("s1", 15, 18)
        >>> c = Claim("c1", "count", "agreements", Quantity(263), sp, Span("s1", 0, 42))
        >>> link(Extraction((src,), (c,))).groups
        (('c1',),)
    """
    with gc_paused():  # millions of small objects, no cycles: see claimcheck._gc
        claims, published, sentence_text, story_of = prepare(
            extraction, paraphrases=paraphrases, stories=stories
        )
        links = list(
            links_of_blocks(
                blocks_of(claims),
                published=published,
                sentence_text=sentence_text,
                stories=story_of,
                min_similarity=min_similarity,
                max_block=max_block,
                window=window,
            )
        )
        return assemble(extraction.sources, claims, links, provenance=provenance)
