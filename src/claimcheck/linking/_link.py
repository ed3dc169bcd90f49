"""Linking: which claims are about the same fact, and whether they agree or conflict.

The stage runs in three steps, each close to linear in the number of claims:

1. **Blocking** (:func:`block_key`): a cheap key per claim (kind + counted noun, event
   words, article number + instrument, speaker). Only claims sharing a key are ever
   compared, and only within the story their sources report (:mod:`claimcheck.linking.stories`;
   a claim whose source has no story meets the whole block). A story's part of a block
   larger than ``max_block`` is compared within a sorted window.
2. **Same fact**: candidates are compared with rapidfuzz on their detail / subject words;
   pairs above ``min_similarity`` are joined, and groups are connected components.
3. **Agree or conflict** (:func:`relate`), by meaning per kind: quantities by their bounds
   and qualifiers (and publication dates for counts that grow), dates by precision, article
   provisions and quotes by the similarity of their text.

Article provisions quoted in one source may be paraphrased without their number in another.
:func:`paraphrase_claims` looks for such sentences (an inverted index of words, then
``token_set_ratio``) and adds a *synthetic* article claim for each one, so the paraphrase can
be linked; such claims carry the note ``paraphrase of article N``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from rapidfuzz import fuzz, utils

from claimcheck._gc import gc_paused
from claimcheck.linking._unionfind import UnionFind
from claimcheck.model import (
    ArticleRef,
    Claim,
    DateValue,
    Extraction,
    Link,
    Linkage,
    Quantity,
    Source,
    Span,
    content_id,
)

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
]

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "to",
        "and",
        "or",
        "for",
        "by",
        "with",
        "at",
        "from",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "between",
    ]
)
#: Words naming the kind of a document; aliases of one instrument share it.
_INSTRUMENT_TYPES = (
    "declaration",
    "treaty",
    "convention",
    "protocol",
    "charter",
    "memorandum",
    "constitution",
    "statement",
    "agreement",
    "accord",
    "resolution",
    "law",
)
#: Words telling that a count grows over time.
_GROWTH = re.compile(
    r"\b(so far|to date|presently|currently|at present|up to now|until now|already|"
    r"in total|a total of|thus far|as of)\b",
    re.IGNORECASE,
)


def _words(text: str | None) -> list[str]:
    return [w for w in _WORD.findall((text or "").lower()) if w not in _STOP]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def instrument_key(instrument: str | None) -> str:
    """A key shared by the aliases of one document's name.

    Examples:
        >>> instrument_key("Declaration on Allied Interaction")
        'declaration'
        >>> instrument_key("declaration of alliance")
        'declaration'
    """
    words = [_singular(w) for w in _words(instrument)]
    for kind in _INSTRUMENT_TYPES:
        if kind in words:
            return kind
    return words[0] if words else ""


def _event_key(subject: str) -> str:
    return " ".join(sorted(_singular(w) for w in _words(subject)))


def block_key(claim: Claim) -> tuple[str, ...]:
    """The cheap key that decides which claims may be compared at all.

    Examples:
        >>> from claimcheck.model import Quantity, Span
        >>> sp = Span("s", 0, 3)
        >>> block_key(Claim("c", "count", "agreements", Quantity(263), sp, sp))
        ('count', 'agreement', '')
    """
    value = claim.value
    if claim.kind == "article" and isinstance(value, ArticleRef):
        # the instrument is checked in same_fact: a claim naming none may match any
        return ("article", value.number.strip().lower())
    if claim.kind == "date":
        return ("date", _event_key(claim.subject))
    if claim.kind == "quote":
        return ("quote", " ".join(_words(claim.speaker)))
    words = [_singular(w) for w in _words(claim.subject)]
    head = words[-1] if words else ""
    unit = value.unit or "" if isinstance(value, Quantity) else ""
    return (claim.kind, head, unit.lower())


def _context(claim: Claim) -> str:
    if claim.kind == "article" and isinstance(claim.value, ArticleRef):
        return claim.value.text or ""
    if claim.kind == "quote" and isinstance(claim.value, str):
        return claim.value
    return claim.detail or claim.subject


def same_fact(a: Claim, b: Claim, *, min_similarity: float = 0.5) -> float | None:
    """Return the similarity of two claims sharing a block, or None if they are different facts."""
    if a.kind == "date":
        return 1.0
    if a.kind == "article":
        ia = instrument_key(a.value.instrument) if isinstance(a.value, ArticleRef) else ""
        ib = instrument_key(b.value.instrument) if isinstance(b.value, ArticleRef) else ""
        if ia and ib and ia != ib:
            return None
        return _text_similarity(a, b, default=1.0)
    sim = fuzz.token_set_ratio(_context(a), _context(b), processor=utils.default_process) / 100
    if a.kind == "quote":
        return sim if sim >= 0.8 else None
    return sim if sim >= min_similarity else None


def _text_similarity(a: Claim, b: Claim, *, default: float) -> float:
    ta, tb = _context(a), _context(b)
    if not ta or not tb:
        return default
    return float(fuzz.token_set_ratio(ta, tb, processor=utils.default_process)) / 100


# -- agree / conflict ---------------------------------------------------------------


def _bounds(q: Quantity) -> tuple[float, float]:
    low = q.low if q.low is not None else (-float("inf") if q.qualifier in ("at_most",) else q.value)
    high = q.high if q.high is not None else (float("inf") if q.qualifier in ("at_least",) else q.value)
    if q.qualifier == "approx" and q.low is None and q.high is None:
        low, high = q.value * 0.9, q.value * 1.1
    return (min(low, high), max(low, high))


def _fmt_q(q: Quantity) -> str:
    words = {"at_least": "at least ", "at_most": "at most ", "approx": "about ", "range": ""}
    if q.qualifier == "range" and q.low is not None and q.high is not None:
        return f"{q.low:g}-{q.high:g}"
    return f"{words.get(q.qualifier, '')}{q.number}"


@functools.lru_cache(maxsize=65536)
def _grows(sentence: str) -> bool:
    return _GROWTH.search(sentence) is not None


def _quantities(
    a: Claim,
    b: Claim,
    qa: Quantity,
    qb: Quantity,
    published: Mapping[str, _dt.date | None],
    text: Mapping[str, str],
) -> tuple[str, float, str]:
    la, ha = _bounds(qa)
    lb, hb = _bounds(qb)
    if max(la, lb) <= min(ha, hb):
        if qa.qualifier == "exact" and qb.qualifier == "exact":
            return "agrees", 1.0, f"same value {qa.number}"
        exact, loose = (qa, qb) if qa.qualifier == "exact" else (qb, qa)
        return "agrees", 0.9, f"{exact.number} fits {_fmt_q(loose)}"
    if a.kind == "count":
        da, db = published.get(a.source_id), published.get(b.source_id)
        grows = _grows(text.get(a.id, "")) or _grows(text.get(b.id, ""))
        if grows and da is not None and db is not None and da != db:
            older, newer, qo, qn = (a, b, qa, qb) if da < db else (b, a, qb, qa)
            if qo.value < qn.value:
                d_old, d_new = published[older.source_id], published[newer.source_id]
                return (
                    "agrees",
                    0.6,
                    f"earlier figure: {qo.number} on {d_old} grew to {qn.number} by {d_new}",
                )
    scale = max(abs(qa.value), abs(qb.value), 1.0)
    sim = max(0.0, 1.0 - abs(qa.value - qb.value) / scale)
    return "conflicts", sim, f"{_fmt_q(qa)} vs {_fmt_q(qb)}"


def _mismatch(x: DateValue, y: DateValue) -> str | None:
    """The first field known in both dates where they differ, else None."""
    for name in ("year", "month", "day"):
        u, v = getattr(x, name), getattr(y, name)
        if u is not None and v is not None and u != v:
            return str(name)
    return None


def _ends(d: DateValue) -> tuple[DateValue, ...]:
    plain = DateValue(d.year, d.month, d.day)
    return (plain,) if d.until is None else (plain, d.until)


def _dates(da: DateValue, db: DateValue) -> tuple[str, float, str]:
    if da == db:
        return "agrees", 1.0, f"same date {da.iso}"
    # a range (9/10 November) agrees with either end; a month with any day in it
    differences = [_mismatch(x, y) for x in _ends(da) for y in _ends(db)]
    if any(d is None for d in differences):
        return "agrees", 0.8, f"{da.iso} and {db.iso} agree at their shared precision"
    return "conflicts", 0.0, f"{da.iso} vs {db.iso} (different {differences[0]})"


def relate(
    a: Claim,
    b: Claim,
    *,
    published: Mapping[str, _dt.date | None] | None = None,
    sentence_text: Mapping[str, str] | None = None,
    similarity: float = 1.0,
) -> tuple[str, float, str] | None:
    """Decide whether two claims about one fact agree or conflict.

    Returns:
        ``(relation, similarity, reason)``, or None when no decision can be made.
    """
    published = published or {}
    text = sentence_text or {}
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return _quantities(a, b, va, vb, published, text)
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        decided = _dates(va, vb)
        if decided[0] == "conflicts" and _relative(a) and _relative(b):
            return None  # both resolved from their own publication dates: no evidence either way
        return decided
    if isinstance(va, ArticleRef) and isinstance(vb, ArticleRef):
        inst = instrument_key(va.instrument) or instrument_key(vb.instrument) or "same instrument"
        if not va.text or not vb.text:
            return "agrees", 0.8, f"both are article {va.number} of the {inst}"
        # one provision: a paraphrase is not a rival version, so texts only grade the link
        return "agrees", similarity, f"article {va.number} of the {inst}: texts match {similarity:.2f}"
    if isinstance(va, str) and isinstance(vb, str):
        return "agrees", similarity, f"same quoted words ({similarity:.2f})"
    return None


def _relative(claim: Claim) -> bool:
    return any("publication date" in note for note in claim.notes)


_ARTICLE_NO = re.compile(r"\bArticles?\s+(\d+)", re.IGNORECASE)


# -- paraphrases of article provisions ------------------------------------------------


def _sentences(source: Source) -> list[tuple[int, int]]:
    from claimcheck.loading.segment import paragraphs, sentences

    return list(
        sentences(source.text, paragraphs(source.text, skip=source.boilerplate, start=source.body_start))
    )


def paraphrase_claims(
    sources: Sequence[Source],
    claims: Sequence[Claim],
    *,
    min_ratio: float = 0.65,
    min_shared: int = 4,
    max_postings: int = 5000,
    stories: Mapping[str, str] | None = None,
) -> tuple[Claim, ...]:
    """Synthetic article claims for sentences that paraphrase a quoted provision elsewhere.

    For each article claim with text, sentences of *other* sources sharing at least
    ``min_shared`` content words (found through an inverted index of words) are compared with
    ``token_set_ratio``; a sentence at or above ``min_ratio`` becomes an article claim with the
    same number and instrument, its text, and the note ``paraphrase of article N``. Best
    matches first: one paraphrase per article and source, one article per sentence; a sentence
    naming another article number, or a source that already states that article, gets none.

    A word found in more than ``max(20, min(sentences / 10, max_postings))`` sentences is
    not evidence: the absolute cap keeps the work linear in the corpus (without it, a word in
    a tenth of the sentences would be looked up in a list growing with the corpus, for each
    article claim). Sentences are indexed by the article number they name (none or one), so
    an article claim only counts words in sentences that could become its paraphrase.

    With ``stories`` (source id -> story id, :mod:`claimcheck.linking.stories`), an article claim
    looks only in the sources of its own story and in sources without a story, and the
    word limit above counts each story's sentences apart: a provision quoted in one story
    is not paraphrased by another story's sentence that happens to share its words.
    """
    articles = [c for c in claims if c.kind == "article" and isinstance(c.value, ArticleRef) and c.value.text]
    if not articles:
        return ()
    have = {(c.source_id, block_key(c)) for c in claims if c.kind == "article"}
    story_of = stories or {}
    # story -> (article number named by the sentence, or "" for none) -> word -> sentence indices
    index: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    frequency: dict[str, Counter[str]] = defaultdict(Counter)  # story -> sentences holding each word
    n_sents: Counter[str] = Counter()
    sents: list[tuple[Source, int, int]] = []
    for src in sources:
        story = story_of.get(src.id, "")
        by_number = index[story]
        story_frequency = frequency[story]
        for s, e in _sentences(src):
            i = len(sents)
            text = src.text[s:e]
            sents.append((src, s, e))
            n_sents[story] += 1
            words = set(_words(text))
            story_frequency.update(words)
            numbers = {m.group(1) for m in _ARTICLE_NO.finditer(text)}
            if len(numbers) > 1:
                continue  # names two provisions: never the paraphrase of one
            by_word = by_number[next(iter(numbers), "")]
            for w in words:
                by_word[w].append(i)
    # drop words that are in too many of a story's sentences (they are not evidence)
    limits = {story: max(20, min(n // 10, max_postings)) for story, n in n_sents.items()}
    found: list[tuple[float, str, str, int, Claim, int]] = []
    for art in articles:
        ref = art.value
        assert isinstance(ref, ArticleRef)
        counts: Counter[int] = Counter()
        home = story_of.get(art.source_id, "")
        words = set(_words(ref.text))
        for story in {home, ""}:  # the claim's own story, and the sources with none
            if story not in limits:  # no sentence there (a story of refused, empty sources only)
                continue
            story_frequency, limit = frequency[story], limits.get(story, 20)  # a story of empty sources
            for w in words:
                if story_frequency[w] <= limit:
                    for number in {"", ref.number}:  # sentences naming no number, or this one
                        postings = index[story].get(number)
                        if postings is not None:
                            counts.update(postings.get(w, ()))
        for i, shared in counts.items():
            if shared < min_shared:
                continue
            src, s, e = sents[i]
            text = src.text[s:e]
            if src.id == art.source_id or (src.id, block_key(art)) in have:
                continue
            if any(m.group(1) != ref.number for m in _ARTICLE_NO.finditer(text)):
                continue  # the sentence is about another numbered provision
            ratio = fuzz.token_set_ratio(ref.text or "", text, processor=utils.default_process) / 100
            if ratio >= min_ratio:
                found.append((-ratio, art.id, src.id, s, art, i))
    # best first: one paraphrase per (article, source), one article per sentence
    out: dict[str, Claim] = {}
    taken_articles: set[tuple[str, tuple[str, ...]]] = set()
    taken_sentences: set[int] = set()
    for neg_ratio, _, _, _, art, i in sorted(found, key=lambda f: f[:4]):
        src, s, e = sents[i]
        text = src.text[s:e]
        ref = art.value
        assert isinstance(ref, ArticleRef)
        akey = (src.id, block_key(art))
        if akey in taken_articles or i in taken_sentences:
            continue
        taken_articles.add(akey)
        taken_sentences.add(i)
        cid = content_id("c", src.id, "article-paraphrase", ref.number, s, e)
        span = Span(src.id, s, e)
        out[cid] = Claim(
            id=cid,
            kind="article",
            subject=art.subject,
            value=ArticleRef(number=ref.number, instrument=ref.instrument, text=text, label=ref.label),
            span=span,
            sentence=span,
            detail=text,
            notes=(f"paraphrase of article {ref.number} (token_set_ratio {-neg_ratio:.2f} with {art.id})",),
        )
    return tuple(sorted(out.values(), key=lambda c: (c.source_id, c.span.start, c.id)))


# -- the stage --------------------------------------------------------------------------


def _block_pairs(
    members: Sequence[Claim], *, max_block: int, window: int, loose: set[str] | None = None
) -> Iterable[tuple[Claim, Claim]]:
    """Pairs of ``members`` to compare, the earlier in sorted order first.

    With ``loose`` (ids of claims whose source has no story), only pairs holding a loose
    claim are produced: a loose claim meets every claim of the block, the others have
    met in their own stories.
    """
    ordered = sorted(members, key=lambda c: (_context(c).lower(), c.id))
    n = len(ordered)
    reach = n if n <= max_block else window
    if loose is None:
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 : i + 1 + reach]:
                yield a, b
        return
    for i, a in enumerate(ordered):
        if a.id not in loose:
            continue
        for j in range(max(0, i - reach), min(n, i + 1 + reach)):
            if j > i or (j < i and ordered[j].id not in loose):
                yield (a, ordered[j]) if i < j else (ordered[j], a)


def _sub_blocks(
    members: Sequence[Claim], stories: Mapping[str, str] | None
) -> list[tuple[Sequence[Claim], set[str] | None]]:
    """A block split by story: each story's claims, then every claim with the story-less ones."""
    if not stories:
        return [(members, None)]
    by_story: dict[str, list[Claim]] = defaultdict(list)
    loose: set[str] = set()
    for c in members:
        story = stories.get(c.source_id, "")
        if story:
            by_story[story].append(c)
        else:
            loose.add(c.id)
    out: list[tuple[Sequence[Claim], set[str] | None]] = [(by_story[k], None) for k in sorted(by_story)]
    if loose:
        out.append((members, loose if len(loose) < len(members) else None))
    return out


def candidate_pairs(
    claims: Sequence[Claim], *, max_block: int = 200, window: int = 50
) -> Iterable[tuple[Claim, Claim]]:
    """Pairs of claims sharing a block key; a block above ``max_block`` is compared in a sorted window."""
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        blocks[block_key(c)].append(c)
    for key in sorted(blocks):
        yield from _block_pairs(blocks[key], max_block=max_block, window=window)


def block_links(
    members: Sequence[Claim],
    *,
    published: Mapping[str, _dt.date | None],
    sentence_text: Mapping[str, str],
    stories: Mapping[str, str] | None = None,
    min_similarity: float = 0.5,
    max_block: int = 200,
    window: int = 50,
) -> tuple[Link, ...]:
    """The links among the claims of one block (claims sharing a :func:`block_key`).

    With ``stories`` (source id -> story id, see :mod:`claimcheck.linking.stories`), claims are
    compared only within their story; a claim whose source has no story (``""`` or absent)
    is compared with every claim of the block. The result depends only on the members
    (not their order), so blocks can be linked independently, in any order or on other
    machines (see :mod:`claimcheck.runners.dask`). A story's block where one source states
    several incompatible values is set-valued (a list of dates of several statements): its
    values are items, not rival versions, so it keeps its agreements only.
    """
    decisions: list[tuple[Claim, Claim, tuple[str, float, str]]] = []
    for sub, loose in _sub_blocks(members, stories):
        found: list[tuple[Claim, Claim, tuple[str, float, str]]] = []
        multi = False
        for a, b in _block_pairs(sub, max_block=max_block, window=window, loose=loose):
            sim = same_fact(a, b, min_similarity=min_similarity)
            if sim is None:
                continue
            decided = relate(a, b, published=published, sentence_text=sentence_text, similarity=sim)
            if decided is None:
                continue
            if decided[0] == "conflicts" and a.source_id == b.source_id:
                multi = True
            found.append((a, b, decided))
        decisions.extend(d for d in found if not (multi and d[2][0] == "conflicts"))
    links: list[Link] = []
    # a large block repeats a few reasons and similarities many times: keep one copy of each
    reasons: dict[str, str] = {}
    similarities: dict[float, float] = {}
    for a, b, (relation, similarity, reason) in decisions:
        x, y = sorted((a.id, b.id))
        sim = round(min(1.0, max(0.0, similarity)), 4)
        sim = similarities.setdefault(sim, sim)
        reason = reasons.setdefault(reason, reason)
        links.append(Link(x, y, relation, sim, reason))  # type: ignore[arg-type]
    return tuple(links)


def links_of_blocks(
    blocks: Mapping[tuple[str, ...], Sequence[Claim]],
    *,
    published: Mapping[str, _dt.date | None],
    sentence_text: Mapping[str, str],
    stories: Mapping[str, str] | None = None,
    min_similarity: float = 0.5,
    max_block: int = 200,
    window: int = 50,
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


def prepare(
    extraction: Extraction, *, paraphrases: bool = True, stories: bool = True
) -> tuple[list[Claim], dict[str, _dt.date | None], dict[str, str], dict[str, str]]:
    """Claims to link (with synthetic paraphrase claims), publication dates, sentence texts and stories.

    The stories map source ids to story ids (:func:`claimcheck.linking.stories.stories`, story-less
    sources left out); it is empty with ``stories=False``, and then every claim of a block
    meets every other.
    """
    sources = extraction.sources
    claims = list(extraction.claims)
    story_of: dict[str, str] = {}
    if stories:
        from claimcheck.linking.stories import stories as find_stories

        story_of = {sid: story for sid, story in find_stories(sources).items() if story}
    if paraphrases:
        claims.extend(paraphrase_claims(sources, claims, stories=story_of))
    claims.sort(key=lambda c: (c.source_id, c.span.start, c.id))
    by_source = {s.id: s for s in sources}
    published = {s.id: s.published for s in sources}
    sentence_text = {}
    for c in claims:
        src = by_source.get(c.source_id)
        if src is not None:
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
    min_similarity: float = 0.5,
    max_block: int = 200,
    window: int = 50,
    paraphrases: bool = True,
    provenance: bool = True,
    stories: bool = True,
) -> Linkage:
    """Group claims about the same fact across sources and link them (agrees / conflicts).

    Args:
        extraction: sources and their claims.
        min_similarity: detail similarity (0-1) for two claims in one block to be one fact.
        max_block: blocks larger than this are compared within a sorted window only.
        window: how many neighbours each claim is compared with in a large block.
        paraphrases: add synthetic article claims for paraphrased provisions.
        provenance: detect copies and origins (:mod:`claimcheck.linking.provenance`).
        stories: compare claims only within the story their sources report
            (:mod:`claimcheck.linking.stories`); False compares across the whole corpus.

    Returns:
        The Linkage: claims (with any synthetic ones), sorted links, groups, copies and origins.

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
        blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
        for c in claims:
            blocks[block_key(c)].append(c)
        links = list(
            links_of_blocks(
                blocks,
                published=published,
                sentence_text=sentence_text,
                stories=story_of,
                min_similarity=min_similarity,
                max_block=max_block,
                window=window,
            )
        )
        return assemble(extraction.sources, claims, links, provenance=provenance)
