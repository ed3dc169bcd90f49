"""Paraphrased provisions: a sentence restating a quoted article without its number.

Article provisions quoted in one source may be paraphrased without their number in another.
:func:`paraphrase_claims` looks for such sentences (an inverted index of words, then
``token_set_ratio``) and adds a *synthetic* article claim for each one, so the paraphrase can
be linked; such claims carry the note ``paraphrase of article N``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz, utils

from claimcheck.linking.blocking import block_key
from claimcheck.linking.blocking import words as _words
from claimcheck.model import ArticleRef, Claim, Source, Span, content_id

__all__ = ["paraphrase_claims"]

_ARTICLE_NO = re.compile(r"\bArticles?\s+(\d+)", re.IGNORECASE)


# -- paraphrases of article provisions ------------------------------------------------


def _sentences(source: Source) -> list[tuple[int, int]]:
    """The body sentences of a source (only sources that may hold a paraphrase are segmented)."""
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
    # only the stories of quoted provisions (and the sources without a story) are read
    homes = {story_of.get(a.source_id, "") for a in articles} | {""}
    for src in sources:
        story = story_of.get(src.id, "")
        if story not in homes:
            continue
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
            story_frequency, limit = frequency[story], limits[story]
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
    taken_articles: set[tuple[str, tuple[str, ...] | None]] = set()
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
