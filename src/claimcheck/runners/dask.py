"""The Dask engine: the pipeline's stages on a cluster, with the local run's results.

* **Extraction** is a map over a :mod:`dask.bag` of ``(index, source)`` pairs: each
  partition is extracted by :func:`claimcheck.runners.processes.extract_chunk` and sends back its
  claims and any warning added to a source, never the texts.
* **Linking** is a group-by on the blocking keys: every claim travels with its block key
  (hashed to a stable integer, since Python's ``hash`` of a string differs between worker
  processes), its source's publication date and its sentence; each group is linked by
  :func:`claimcheck.linking._link.block_links`, which depends only on the group's members
  (:func:`claimcheck.linking._link.links_of_blocks`, as in the local run).
* **Scoring** is a map over chunks of fact groups: each chunk travels with its claims, its
  links and the part of the scoring context they read, and each group is scored by
  :func:`claimcheck.scoring._score.score_group`, which depends on nothing else.
* The rest runs in the calling process: stories and synthetic paraphrase claims (indexes
  over every source and sentence), connected components and copy detection (a shingle
  index over every text). These are linear in the corpus; see ``docs/scale.md``.

The result is equal to :func:`claimcheck.check`'s (the tests compare the JSON exports byte for
byte). Sources are loaded by the calling process: the Report holds every text, since claims,
spans and the report's evidence point into them.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from claimcheck.extraction import MAX_CLAIMS_PER_SOURCE
from claimcheck.linking._link import assemble, block_key, links_of_blocks, prepare
from claimcheck.loading import load
from claimcheck.model import Claim, Extraction, Fact, Link, Linkage, Report, Source
from claimcheck.runners.processes import ChunkResult, extract_chunk, merge
from claimcheck.scoring._score import FALSE_VALUES, ScoringContext, report_of, score_group, scoring_units

__all__ = ["check", "check_sources", "extract", "link", "score"]

#: A claim as it travels to its block: (block key, claim, its source's date, its sentence, its story).
ClaimRecord = tuple[tuple[str, ...], Claim, "_dt.date | None", str, str]


def _bag() -> Any:
    try:
        import dask.bag as db
    except ImportError as err:  # pragma: no cover - depends on the environment
        msg = "The Dask engine needs the dask extra: pip install 'claimcheck-provenance[dask]'."
        raise ImportError(msg) from err
    return db


def _compute(collection: Any, client: Any) -> Any:
    if client is not None:
        return client.compute(collection).result()
    return collection.compute()


def _partitions(n_items: int, client: Any, npartitions: int | None) -> int:
    if npartitions is not None:
        return max(1, npartitions)
    workers = 2
    if client is not None:
        try:
            workers = max(1, sum(client.nthreads().values()))
        except Exception:  # pragma: no cover - a client without nthreads()
            workers = 2
    return max(1, min(n_items, workers * 4))


def _extract_partition(
    part: Iterable[tuple[int, Source]], kinds: Sequence[str] | None, max_claims: int
) -> list[tuple[int, ChunkResult]]:
    items = list(part)
    if not items:
        return []
    offsets = [i for i, _ in items]
    claims, changed = extract_chunk([s for _, s in items], kinds, max_claims)
    # warnings are addressed by absolute index, so every partition merges at offset 0
    return [(0, (claims, tuple((offsets[i], w) for i, w in changed)))]


def extract(
    sources: Sequence[Source],
    *,
    client: Any = None,
    kinds: Sequence[str] | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    npartitions: int | None = None,
) -> Extraction:
    """Extract claims from ``sources`` as a map over a Dask bag; equal to :func:`claimcheck.extract`."""
    db = _bag()
    srcs = list(sources)
    if not srcs:
        return merge(srcs, [])
    bag = db.from_sequence(list(enumerate(srcs)), npartitions=_partitions(len(srcs), client, npartitions))
    parts = _compute(bag.map_partitions(_extract_partition, kinds, max_claims_per_source), client)
    return merge(srcs, list(parts))


def _stable_key(key: tuple[str, ...]) -> int:
    digest = hashlib.blake2b("\x1f".join(key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


#: A link as it travels back: plain tuples pickle far faster than attrs objects.
LinkRecord = tuple[str, str, str, float, str]


def _link_group(
    group: tuple[int, list[ClaimRecord]], min_similarity: float, max_block: int, window: int
) -> list[LinkRecord]:
    _, records = group
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    published: dict[str, _dt.date | None] = {}
    sentence_text: dict[str, str] = {}
    stories: dict[str, str] = {}
    for key, claim, date, sentence, story in records:
        blocks[key].append(claim)
        published[claim.source_id] = date
        sentence_text[claim.id] = sentence
        if story:
            stories[claim.source_id] = story
    # two keys sharing a 64-bit hash stay separate blocks
    found = links_of_blocks(
        blocks,
        published=published,
        sentence_text=sentence_text,
        stories=stories,
        min_similarity=min_similarity,
        max_block=max_block,
        window=window,
    )
    return [(lk.a, lk.b, lk.relation, lk.similarity, lk.reason) for lk in found]


def link(
    extraction: Extraction,
    *,
    client: Any = None,
    min_similarity: float = 0.1,
    max_block: int = 200,
    window: int = 20,
    paraphrases: bool = True,
    provenance: bool = True,
    npartitions: int | None = None,
    stories: bool = True,
) -> Linkage:
    """Link claims with a group-by on blocking keys over a Dask bag; equal to :func:`claimcheck.link`."""
    db = _bag()
    claims, published, sentence_text, story_of = prepare(extraction, paraphrases=paraphrases, stories=stories)
    records: list[ClaimRecord] = [
        (
            key,
            c,
            published.get(c.source_id),
            sentence_text.get(c.id, ""),
            story_of.get(c.source_id, ""),
        )
        for c in claims
        if (key := block_key(c)) is not None  # a generic claim joins no fact
    ]
    links: list[Link] = []
    if records:
        bag = db.from_sequence(records, npartitions=_partitions(len(records), client, npartitions))
        grouped = bag.groupby(lambda r: _stable_key(r[0]), shuffle="tasks")
        # one list per group, flattened here: a bag of many small items is slow to gather
        found = _compute(grouped.map(_link_group, min_similarity, max_block, window), client)
        links = [Link(*record) for group in found for record in group]  # type: ignore[arg-type]
    return assemble(extraction.sources, claims, links, provenance=provenance)


#: Groups as they travel to be scored: (group, its claims, its links, what scoring reads).
ScoreChunk = tuple[list[tuple[tuple[str, ...], list[Claim], list[Link]]], ScoringContext]


def _score_chunk(chunk: ScoreChunk) -> list[Fact]:
    groups, context = chunk
    out = []
    for group, members, links in groups:
        fact = score_group(group, members, links, context)
        if fact is not None:
            out.append(fact)
    return out


def score(
    linkage: Linkage,
    *,
    client: Any = None,
    priors: Mapping[str, float] | None = None,
    false_values: int = FALSE_VALUES,
    npartitions: int | None = None,
) -> Report:
    """Score each fact group on Dask; equal to :func:`claimcheck.score`.

    Groups are cut into chunks; each chunk travels with its claims, its links and the part
    of the scoring context they read (origins, copies, names, dates, priors), and is scored
    by :func:`claimcheck.scoring._score.score_group`, which depends on nothing else.
    """
    db = _bag()
    context = ScoringContext.of(linkage, priors=priors, false_values=false_values)
    items = scoring_units(linkage)
    facts: list[Fact] = []
    if items:
        n = _partitions(len(items), client, npartitions)
        size = -(-len(items) // n)
        chunks: list[ScoreChunk] = []
        for k in range(0, len(items), size):
            part = items[k : k + size]
            chunks.append((part, context.subset([c for _, members, _ in part for c in members])))
        if client is not None:  # scattered, not embedded in the task graph
            found = client.gather(client.map(_score_chunk, client.scatter(chunks)))
        else:
            found = db.from_sequence(chunks, npartitions=len(chunks)).map(_score_chunk).compute()
        facts = [fact for part in found for fact in part]
    return report_of(linkage, facts)


def check_sources(
    sources: Sequence[Source],
    *,
    client: Any = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    npartitions: int | None = None,
    stories: bool = True,
) -> Report:
    """Extract and link loaded ``sources`` on Dask, then score: equal to the local pipeline's report."""
    extraction = extract(
        sources, client=client, max_claims_per_source=max_claims_per_source, npartitions=npartitions
    )
    linkage = link(extraction, client=client, npartitions=npartitions, stories=stories)
    return score(linkage, client=client, npartitions=npartitions)


def check(
    inputs: str | Path | Source | Iterable[str | Path | Source],
    *,
    client: Any = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    npartitions: int | None = None,
    stories: bool = True,
    **load_options: Any,
) -> Report:
    """:func:`claimcheck.check` with extraction and linking on Dask.

    Args:
        inputs: as for :func:`claimcheck.check` (loaded by this process).
        client: a ``distributed.Client``; None uses the default client if one exists
            (``Client(...)`` sets it), else Dask's local scheduler.
        max_claims_per_source: the per-source claim cap.
        npartitions: bag partitions (default: four per worker thread).
        stories: compare claims only within their story (see :mod:`claimcheck.linking.stories`).
        **load_options: passed to :func:`claimcheck.load`.

    Returns:
        The Report, equal to ``claimcheck.check(inputs)``'s.
    """
    sources = load(inputs, **load_options)
    return check_sources(
        sources,
        client=client,
        max_claims_per_source=max_claims_per_source,
        npartitions=npartitions,
        stories=stories,
    )
