"""The per-source view every extractor reads: text, body sentences and paragraphs, helpers."""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from attrs import field, frozen

from claimcheck.extraction import _build
from claimcheck.loading.segment import paragraphs, sentences
from claimcheck.model import Claim, Source, Span, Value

if TYPE_CHECKING:
    from claimcheck.extraction._speakers import SpeechIndex
    from claimcheck.extraction.quotes import QuoteSpan

__all__ = ["Document"]


@frozen
class Document:
    """A source prepared for extraction: segmented once, shared by all extractors.

    ``paragraphs`` and ``sentences`` cover only the article body (boilerplate
    regions are left out); each is a ``(start, end)`` pair of offsets into
    ``source.text``.
    """

    source: Source
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    _sentence_starts: tuple[int, ...] = field(repr=False)

    @classmethod
    def from_source(cls, source: Source) -> Document:
        """Segment ``source`` into body paragraphs and sentences."""
        paras = paragraphs(source.text, skip=source.boilerplate, start=source.body_start)
        sents = sentences(source.text, paras)
        return cls(source, paras, sents, tuple(s for s, _ in sents))

    @property
    def text(self) -> str:
        """The source text, exactly as loaded."""
        return self.source.text

    @property
    def published(self) -> _dt.date | None:
        """The publication date, the anchor for partial and relative dates."""
        return self.source.published

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The body sentence holding ``offset`` (or the paragraph, or a point span)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0:
            start, end = self.sentences[i]
            if start <= offset < end or (offset == end and start < end):
                return start, end
        return offset, offset

    def iter_sentences(self) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, text)`` for each body sentence."""
        text = self.source.text
        for start, end in self.sentences:
            yield start, end, text[start:end]

    @functools.cached_property
    def lowered(self) -> str:
        """``text.lower()`` when it keeps every offset, else the text itself (safe for searches)."""
        low = self.source.text.lower()
        return low if len(low) == len(self.source.text) else self.source.text

    @functools.cached_property
    def quotations(self) -> tuple[QuoteSpan, ...]:
        """The paired quotations of the body, found once (see :func:`.quotes.quote_spans`)."""
        from claimcheck.extraction.quotes import quote_spans  # deferred: it imports this module

        return tuple(quote_spans(self))

    @functools.cached_property
    def speech(self) -> SpeechIndex:
        """The speech-cue index (speakers, coreference), built once and shared by quotes and attribution."""
        from claimcheck.extraction._speakers import document_speech  # deferred: it imports this module

        return document_speech(self)

    @functools.cached_property
    def _spans(self) -> dict[tuple[int, int], Span]:
        """Sentence spans built so far by :meth:`claim`."""
        return {}

    def claim(
        self,
        kind: str,
        subject: str,
        value: Value,
        start: int,
        end: int,
        *,
        speaker: str | None = None,
        attribution: tuple[str, ...] = (),
        detail: str | None = None,
        notes: tuple[str, ...] = (),
    ) -> Claim:
        """Build a Claim whose span is ``text[start:end]`` and whose sentence is found here."""
        sid = self.source.id
        s_start, s_end = self.sentence_of(start)
        if s_end < end:  # a span running past its sentence: widen the sentence
            s_end = max(s_end, end)
            s_start = min(s_start, start)
        sentence = self._spans.get((s_start, s_end))
        if sentence is None:  # one (immutable) Span per sentence, shared by its claims
            sentence = self._spans[(s_start, s_end)] = _build.span(sid, s_start, s_end)
        # built as Claim(...) and Span(...) would be, without their per-field lookups (_build)
        return _build.claim(
            _build.claim_id(sid, kind, start, end),
            kind,
            subject,
            value,
            _build.span(sid, start, end),
            sentence,
            speaker,
            attribution,
            detail,
            notes,
            None,
        )
