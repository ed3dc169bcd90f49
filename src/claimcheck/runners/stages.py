"""Each stage as units -> map -> combine, run by any :class:`~claimcheck.runners.Runner`.

* **extract**: units are consecutive chunks of sources; each is extracted by
  :func:`extract_chunk`, which sends back claims and changed
  warnings only; :func:`merge` combines them in
  :func:`claimcheck.extract`'s order.
* **link**: claims (with the synthetic paraphrase claims and the stories, prepared here) are
  grouped by their blocking key; units are runs of blocks, each travelling with the
  publication dates, sentences and stories of its own claims; each unit is linked by
  :func:`claimcheck.linking._link.links_of_blocks`, which depends only on the unit's blocks;
  :func:`claimcheck.linking._link.assemble` sorts the links and builds groups, copies and origins.
* **score**: units are chunks of fact groups, each with its claims, its links and the part of
  the scoring context they read; :func:`claimcheck.scoring._score.score_group` scores each
  group; :func:`claimcheck.scoring._score.report_of` sorts the facts into the Report.

Every combine step orders its results by content, never by arrival, so every runner gives the
same Report, byte for byte in the export.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence

from attrs import evolve

from claimcheck._gc import gc_paused
from claimcheck.extraction import MAX_CLAIMS_PER_SOURCE, extract
from claimcheck.linking._link import assemble, blocks_of, links_of_blocks, prepare
from claimcheck.model import Claim, Extraction, Fact, Link, Linkage, Report, Source
from claimcheck.runners import Runner
from claimcheck.scoring._score import FALSE_VALUES, ScoringContext, report_of, score_group, scoring_units

__all__ = ["chunk_size", "chunks", "extract_chunk", "extract_with", "link_with", "merge", "score_with"]

#: claims per linking unit: big enough that a unit's overhead is small, small enough to spread
LINK_UNIT_CLAIMS = 5000
#: fact groups per scoring unit
SCORE_UNIT_GROUPS = 2000
#: chunks cut per extraction when no chunk size is given (several per worker evens the load)
EXTRACT_CHUNKS = 32


#: What a worker sends back for one chunk: the claims, and (index in chunk, warnings) of the
#: sources whose warnings changed.
ChunkResult = tuple[tuple[Claim, ...], tuple[tuple[int, tuple[str, ...]], ...]]


def chunks(sources: Sequence[Source], size: int) -> Iterator[Sequence[Source]]:
    """Consecutive slices of ``sources`` holding ``size`` sources each (the last may be shorter).

    Args:
        sources: the sources.
        size: sources per slice (at least 1).
    """
    for i in range(0, len(sources), max(1, size)):
        yield sources[i : i + max(1, size)]


def extract_chunk(
    sources: Sequence[Source],
    kinds: Sequence[str] | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
) -> ChunkResult:
    """Extract one chunk; return its claims and the sources whose warnings extraction changed.

    Args:
        sources: the chunk.
        kinds: extractor names to run; all registered ones when None.
        max_claims_per_source: the per-source claim cap.
    """
    result = extract(sources, kinds=kinds, max_claims_per_source=max_claims_per_source)
    after = {s.id: s.warnings for s in result.sources}
    changed = tuple(
        (i, after[s.id]) for i, s in enumerate(sources) if s.id in after and after[s.id] != s.warnings
    )
    return result.claims, changed


def merge(sources: Sequence[Source], parts: Sequence[tuple[int, ChunkResult]]) -> Extraction:
    """Merge chunk results (``(offset of the chunk in sources, result)``) as :func:`extract` orders them.

    Args:
        sources: every source, in the order the chunks were cut from.
        parts: each chunk's offset in ``sources`` and its result.
    """
    out = list(sources)
    claims: list[Claim] = []
    for offset, (found, changed) in parts:
        claims.extend(found)
        for i, warnings in changed:
            out[offset + i] = evolve(out[offset + i], warnings=warnings)
    out.sort(key=lambda s: s.id)
    claims.sort(key=lambda c: (c.source_id, c.span.start, c.span.end, c.kind, c.id))
    return Extraction(tuple(out), tuple(claims))


def chunk_size(n_sources: int, workers: int) -> int:
    """Sources per extraction chunk: about eight chunks per worker, at most 500.

    Args:
        n_sources: how many sources.
        workers: how many workers share them (1 in this process).
    """
    # several chunks per worker to even out long and short texts; not so many that the
    # per-task overhead shows
    return max(1, min(500, -(-n_sources // max(1, workers * 8))))


def extract_with(
    runner: Runner,
    sources: Sequence[Source],
    *,
    kinds: Sequence[str] | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    progress: Callable[[int], None] | None = None,
    chunk_size: int | None = None,
) -> Extraction:
    """Extract claims from ``sources`` on ``runner``: equal to :func:`claimcheck.extract`.

    Args:
        runner: what maps the chunks.
        sources: the loaded sources.
        kinds: extractor names to run; all registered ones when None.
        max_claims_per_source: the per-source claim cap.
        progress: called with the number of sources of each chunk when it is done.
        chunk_size: sources per chunk (default: about :data:`EXTRACT_CHUNKS` chunks, at most 500).
    """
    srcs = list(sources)
    size = max(1, chunk_size if chunk_size is not None else _default_chunk(len(srcs)))
    offsets = list(range(0, len(srcs), size))
    units = [srcs[o : o + size] for o in offsets]
    done = iter(units)
    report = None if progress is None else (lambda _n: progress(len(next(done))))
    fn = functools.partial(extract_chunk, kinds=kinds, max_claims_per_source=max_claims_per_source)
    parts: list[ChunkResult] = runner.map(fn, units, report)
    return merge(srcs, list(zip(offsets, parts, strict=True)))


def _default_chunk(n_sources: int) -> int:
    return chunk_size(n_sources, max(1, EXTRACT_CHUNKS // 8))


#: One linking unit: its blocks, and the publication dates, sentences and stories they read.
LinkUnit = tuple[
    list[tuple[tuple[str, ...], list[Claim]]],
    dict[str, "_dt.date | None"],
    dict[str, str],
    dict[str, str],
]
#: A link as it travels back: plain tuples pickle far faster than attrs objects.
LinkRecord = tuple[str, str, str, float, str]


def _link_unit(unit: LinkUnit, *, min_similarity: float, max_block: int, window: int) -> list[LinkRecord]:
    blocks, published, sentence_text, stories = unit
    found = links_of_blocks(
        dict(blocks),
        published=published,
        sentence_text=sentence_text,
        stories=stories,
        min_similarity=min_similarity,
        max_block=max_block,
        window=window,
    )
    return [(lk.a, lk.b, lk.relation, lk.similarity, lk.reason) for lk in found]


def _link_units(
    blocks: Mapping[tuple[str, ...], list[Claim]],
    published: Mapping[str, _dt.date | None],
    sentence_text: Mapping[str, str],
    story_of: Mapping[str, str],
) -> list[LinkUnit]:
    units: list[LinkUnit] = []
    current: list[tuple[tuple[str, ...], list[Claim]]] = []
    size = 0

    def close() -> None:
        claims = [c for _, members in current for c in members]
        sids = {c.source_id for c in claims}
        units.append(
            (
                list(current),
                {s: published.get(s) for s in sids},
                {c.id: sentence_text.get(c.id, "") for c in claims},
                {s: story_of[s] for s in sids if s in story_of},
            )
        )
        current.clear()

    for key in sorted(blocks):
        current.append((key, blocks[key]))
        size += len(blocks[key])
        if size >= LINK_UNIT_CLAIMS:
            close()
            size = 0
    if current:
        close()
    return units


def link_with(
    runner: Runner,
    extraction: Extraction,
    *,
    min_similarity: float = 0.1,
    max_block: int = 200,
    window: int = 20,
    paraphrases: bool = True,
    provenance: bool = True,
    stories: bool = True,
) -> Linkage:
    """Link claims on ``runner``: equal to :func:`claimcheck.link` with the same options.

    Args:
        runner: what maps the units of blocks.
        extraction: sources and their claims.
        min_similarity: context cosine (0-1) below which two claims whose sentences name
            different people or places are different facts.
        max_block: blocks larger than this are compared within a sorted window only.
        window: how many neighbours each claim is compared with in a large block.
        paraphrases: add synthetic article claims for paraphrased provisions.
        provenance: detect copies and origins.
        stories: compare claims only within the story their sources report.
    """
    with gc_paused():  # many small objects, no cycles: see claimcheck._gc
        claims, published, sentence_text, story_of = prepare(
            extraction, paraphrases=paraphrases, stories=stories
        )
        blocks = blocks_of(claims)  # claims with a generic frame are in no block
        fn = functools.partial(_link_unit, min_similarity=min_similarity, max_block=max_block, window=window)
        found = runner.map(fn, _link_units(blocks, published, sentence_text, story_of))
        links = [Link(*record) for part in found for record in part]  # type: ignore[arg-type]
        return assemble(extraction.sources, claims, links, provenance=provenance)


#: One scoring unit: groups with their claims and links, and what scoring them reads.
ScoreUnit = tuple[list[tuple[tuple[str, ...], list[Claim], list[Link]]], ScoringContext]


def _score_unit(unit: ScoreUnit) -> list[Fact]:
    groups, context = unit
    out = []
    for group, members, links in groups:
        fact = score_group(group, members, links, context)
        if fact is not None:
            out.append(fact)
    return out


def score_with(
    runner: Runner,
    linkage: Linkage,
    *,
    priors: Mapping[str, float] | None = None,
    false_values: int = FALSE_VALUES,
    unit_groups: int = SCORE_UNIT_GROUPS,
) -> Report:
    """Score each fact group on ``runner``: equal to :func:`claimcheck.score`.

    Args:
        runner: what maps the chunks of groups.
        linkage: the output of linking.
        priors: accuracy in (0, 1) per outlet / origin name or origin id; ``"*"`` sets the default.
        false_values: ``n`` in the vote ``ln(n A / (1 - A))``.
        unit_groups: fact groups per unit.
    """
    with gc_paused():
        context = ScoringContext.of(linkage, priors=priors, false_values=false_values)
        items = scoring_units(linkage)
        size = max(1, unit_groups)
        units: list[ScoreUnit] = []
        for k in range(0, len(items), size):
            part = items[k : k + size]
            units.append((part, context.subset([c for _, members, _ in part for c in members])))
        found = runner.map(_score_unit, units)
        return report_of(linkage, [fact for part in found for fact in part])
