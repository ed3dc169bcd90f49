"""The data model: immutable attrs classes for every stage of the pipeline.

Every class here is ``frozen`` and slotted. Stages are functions from these
values to these values; nothing here does I/O or rendering. The display and export
methods (``report.print()``, ``report.to_json()``, notebook display...) call the
functions that :mod:`claimcheck.output` registers with :func:`install_outputs` when it is
imported, so this module imports nothing of the project but :mod:`claimcheck.errors`:
the model sits at the bottom, its renderers on top (see docs/architecture.md).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import hashlib
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Union

import attrs
from attrs import field, frozen, validators

from claimcheck.errors import ClaimcheckError, ModelError, NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    import os

    import networkx as nx
    from matplotlib.axes import Axes
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

    #: what the picture functions return (defined with them, in claimcheck.output.plot)
    GraphPicture = Any
    TimelinePicture = Any

__all__ = [
    "FRAME_STATUSES",
    "KINDS",
    "METADATA_ORIGINS",
    "QUALIFIERS",
    "RELATIONS",
    "ArticleRef",
    "Claim",
    "Copy",
    "Corroboration",
    "DateValue",
    "Extraction",
    "Fact",
    "FactInReport",
    "Frame",
    "Link",
    "Linkage",
    "Origin",
    "Outputs",
    "Quantity",
    "Region",
    "Report",
    "Source",
    "Span",
    "Value",
    "content_id",
    "install_outputs",
]

#: How exact a quantity is: ``exact`` (263), ``approx`` (about 260),
#: ``at_least`` (more than 260), ``at_most`` (up to 50), ``range`` (40-50).
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range")

#: The claim kinds shipped with the library; extractors may add more.
KINDS = ("count", "amount", "ordinal", "duration", "date", "article", "quote")

#: Where a metadata field of a Source came from.
METADATA_ORIGINS = ("given", "front_matter", "manifest", "inferred", "markup")

Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Relation = Literal["agrees", "conflicts", "updates"]

#: How a link relates two claims: they agree, they conflict, or ``a`` updates ``b`` (a later
#: figure for a quantity that changes over time).
RELATIONS = ("agrees", "conflicts", "updates")

#: What a claim's frame says the claim is: a ``fact``, the date of a ``statement`` ("said
#: Tuesday") or of a ``reaction`` ("condemned the attack on Tuesday"), or a ``dateline``.
FRAME_STATUSES = ("fact", "statement", "reaction", "dateline")


def content_id(prefix: str, *parts: object) -> str:
    """Return a stable id derived from content (never ``hash()``, which is salted).

    Args:
        prefix: the kind of thing named (``c`` claim, ``f`` fact, ``o`` origin...).
        *parts: the content the id is derived from.

    Examples:
        >>> content_id("c", "src", 1, 2)
        'c-ba5a792f6a56'
    """
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=6).hexdigest()
    return f"{prefix}-{digest}"


def _non_negative(instance: object, attribute: Any, value: int) -> None:
    if value < 0:
        msg = f"'{attribute.name}' must be >= 0 (got {value!r})."
        raise ModelError(msg)


@frozen
class Span:
    """Character offsets into ``Source.text``: ``source.text[start:end]`` is the span."""

    source_id: str
    start: int = field(validator=_non_negative)
    end: int = field()

    @end.validator
    def _check_end(self, attribute: Any, value: int) -> None:
        if value < self.start:
            msg = f"Span end must be >= start (got start={self.start}, end={value})."
            raise ModelError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: Source) -> str:
        """Return the exact words of this span in ``source``."""
        if source.id != self.source_id:
            msg = f"Span belongs to source {self.source_id!r}, not {source.id!r}."
            raise ModelError(msg)
        return source.text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when both spans are in one source and share at least one character."""
        return self.source_id == other.source_id and self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span."""
        return self.source_id == other.source_id and self.start <= other.start and other.end <= self.end


@frozen
class Region:
    """A marked stretch of a source's text, e.g. boilerplate (never deleted)."""

    start: int = field(validator=_non_negative)
    end: int
    kind: str = "boilerplate"
    reason: str = ""


def _origin_pairs(value: Mapping[str, str] | tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(k), str(v)) for k, v in items))


def _to_date(value: _dt.date | str | None) -> _dt.date | None:
    """A publication date from a date, a datetime (its day) or an ISO string; else ModelError."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    msg = f"published must be a date or an ISO date string such as '2022-02-22' (got {value!r})."
    raise ModelError(msg)


@frozen
class Source:
    """One document exactly as loaded, with its metadata and where each field came from.

    ``text`` is never rewritten: every offset in the library points into it.
    A source that could not be read keeps its path and the reason in ``refused``
    with empty ``text``, so nothing given by the caller silently disappears.
    """

    id: str
    text: str
    outlet: str | None = None
    published: _dt.date | None = field(default=None, converter=_to_date)
    author: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    metadata_origin: tuple[tuple[str, str], ...] = field(default=(), converter=_origin_pairs)
    boilerplate: tuple[Region, ...] = ()
    warnings: tuple[str, ...] = ()
    refused: str | None = None
    body_start: int = 0
    #: For HTML pages: ``(text_start, length, html_start, html_end)`` segments mapping
    #: ``text`` back to the markup (see :meth:`html_span`); empty for plain text.
    html_map: tuple[tuple[int, int, int, int], ...] = field(default=(), eq=False, repr=False)

    def origin_of(self, name: str) -> str | None:
        """Return how the metadata field ``name`` was obtained, or None if unset."""
        return dict(self.metadata_origin).get(name)

    def html_span(self, span: Span | tuple[int, int]) -> tuple[int, int]:
        """Return the ``(start, end)`` character range of the page's HTML behind ``span``.

        A segment ``(t, n, h0, h1)`` covers text ``[t, t + n)``: when ``h1 - h0 == n``
        character ``t + k`` comes from HTML ``[h0 + k, h0 + k + 1)``, otherwise every
        character of the segment comes from ``[h0, h1)`` (an entity, a collapsed space,
        a line break standing for a tag).

        Args:
            span: a Span of this source, or ``(start, end)`` text offsets.

        Raises:
            ModelError: (a ValueError) the source is not an HTML page, or the span is empty
                or outside the text.
        """
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        if not self.html_map:
            msg = f"Source {self.id!r} has no HTML map (it was not loaded from HTML)."
            raise ModelError(msg)
        if not 0 <= start < end <= len(self.text):
            msg = f"Span ({start}, {end}) is empty or outside the text of {self.id!r}."
            raise ModelError(msg)
        first, last = _html_range(self.html_map, start), _html_range(self.html_map, end - 1)
        return first[0], max(first[1], last[1])

    @property
    def label(self) -> str:
        """A short human label: the outlet, else ``unknown outlet (<file name or id>)``.

        .. versionchanged:: 0.9
            A source without an outlet reads as an unknown outlet, not as its file name.
        """
        if self.outlet:
            return self.outlet
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1] if self.path else self.id
        return f"unknown outlet ({name})"

    def span_text(self, span: Span) -> str:
        """Return ``self.text[span.start:span.end]``."""
        return span.text(self)

    def body(self, sep: str = " ") -> str:
        """The text from ``body_start`` without its boilerplate regions, the kept parts joined by ``sep``.

        Offsets into the result are not offsets into ``text``: it is for reading the words
        (copy detection, stories), never for spans.
        """
        text = self.text
        if not self.boilerplate:
            return text[self.body_start :]
        parts, pos = [], self.body_start
        for region in sorted(self.boilerplate, key=lambda r: r.start):
            if region.end <= pos:
                continue
            if region.start > pos:
                parts.append(text[pos : region.start])
            pos = max(pos, region.end)
        parts.append(text[pos:])
        return sep.join(parts)

    def __rich__(self) -> RenderableType:
        return _outputs().render_source(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return _outputs().mimebundle(self)


def _html_range(segments: tuple[tuple[int, int, int, int], ...], i: int) -> tuple[int, int]:
    """The HTML range of text character ``i`` (see :meth:`Source.html_span`)."""
    k = max(0, bisect.bisect_right(segments, (i, 1 << 62)) - 1)
    t, n, h0, h1 = segments[k]
    if h1 - h0 == n and t <= i < t + n:
        return h0 + i - t, h0 + i - t + 1
    return h0, h1


@frozen(eq=False)
class Quantity:
    """A counted or measured value: ``value`` with bounds, a qualifier and a unit.

    ``low``/``high`` are the bounds the words allow (``more than 260`` has
    ``low=260``, ``high=None``); for an exact value both equal ``value``.

    Two quantities are equal when every field is. An *exact* quantity also equals the plain
    number it holds, whatever its unit: ``Quantity(263) == 263`` and
    ``Quantity(16, unit="percent") == 16``; ``Quantity(260, qualifier="at_least") == 260``
    is False (use :meth:`admits`). ``float(q)`` and ``int(q)`` give the value.

    .. versionchanged:: 0.2
       Equal to a plain number when exact (was never equal to one).
    """

    value: float
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = field(default="exact", validator=validators.in_(QUALIFIERS))
    unit: str | None = None

    def admits(self, x: float) -> bool:
        """True when ``x`` lies within the bounds these words allow."""
        if self.low is not None and x < self.low:
            return False
        return not (self.high is not None and x > self.high)

    @property
    def number(self) -> int | float:
        """The value as an int when it is whole."""
        return int(self.value) if float(self.value).is_integer() else self.value

    def _key(self) -> tuple[float, float | None, float | None, str, str | None]:
        return (self.value, self.low, self.high, self.qualifier, self.unit)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Quantity):
            return self._key() == other._key()
        if isinstance(other, (int, float)) and not isinstance(other, bool):
            return self.qualifier == "exact" and self.value == other
        return NotImplemented

    def __hash__(self) -> int:
        # an exact quantity equals its number, so it hashes as that number does
        return hash(self.value) if self.qualifier == "exact" else hash(self._key())

    def __float__(self) -> float:
        return float(self.value)

    def __int__(self) -> int:
        return int(self.value)


@frozen
class DateValue:
    """A calendar date known to the year, month or day; the year may be unknown.

    ``until`` holds the end of a range (``9/10 November 2020``).
    """

    year: int | None = None
    month: int | None = field(
        default=None, validator=validators.optional([validators.ge(1), validators.le(12)])
    )
    day: int | None = field(
        default=None, validator=validators.optional([validators.ge(1), validators.le(31)])
    )
    until: DateValue | None = None

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        """The finest field known: ``day``, ``month`` or ``year``."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def iso(self) -> str:
        """ISO-like text: ``2022-02-22``, ``2022-02``, ``2022``, ``--02-22``; ranges as ``a/b``."""
        text = self._iso_one()
        if self.until is not None:
            text = f"{text}/{self.until._iso_one()}"
        return text

    def _iso_one(self) -> str:
        if self.year is None:
            month = f"{self.month:02d}" if self.month else "--"
            return f"--{month}-{self.day:02d}" if self.day else f"--{month}"
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    @classmethod
    def from_iso(cls, text: str) -> DateValue:
        """Parse the output of :attr:`iso` back (lossless)."""
        if "/" in text:
            first, _, second = text.partition("/")
            return cls(*_iso_fields(first), until=cls(*_iso_fields(second)))
        return cls(*_iso_fields(text))

    def __str__(self) -> str:
        return self.iso


def _iso_fields(text: str) -> tuple[int | None, int | None, int | None]:
    """Split ``2022-02-22``, ``2022-02``, ``2022``, ``--02-22`` or ``--02`` into (year, month, day)."""
    if text.startswith("--"):
        parts = text[2:].split("-")
        month = int(parts[0]) if parts[0] else None
        day = int(parts[1]) if len(parts) > 1 and parts[1] else None
        return None, month, day
    parts = text.split("-")
    return (
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else None,
        int(parts[2]) if len(parts) > 2 else None,
    )


@frozen
class ArticleRef:
    """A numbered provision of a document: ``Article 16`` of an instrument, with its text."""

    number: str
    instrument: str | None = None
    text: str | None = None
    label: str = "Article"


@frozen
class Frame:
    """What a claim is about, beyond its head noun (computed by :mod:`claimcheck.extraction.frames`).

    Attributes:
        measure: what is measured, as a canonical class: a role or action (``killed`` for
            killed / dead / died / death toll, ``signed``), or a measured thing (``exports``
            for exports / shipments); for a date, the event it dates (``sign``, ``open``).
        noun: the counted noun (``soldier``), or for a date the object of the event
            (``agreement``); empty when the words name nothing specific (``people``).
        place: where or of whom (``geneva``, ``the capital``, ``among foreigners``); empty if unsaid.
        period: the time the claim holds for when the text says it (``2021``); empty means
            as of the publication date.
        cumulative: the figure is a running total (``so far``, ``death toll``, ``to date``).
        status: ``fact``; or ``statement``, ``reaction``, ``dateline`` for dates that are
            provenance or metadata, never facts.
        cue: the words the frame was read from (for explanations).
        hedged: the sentence hedges the claim ("reportedly", "estimated", "may have").
        holder: whose figure it is when its clause names the holder only by a pronoun ("He has
            53 catches"): the person the text named last before the sentence, lower case;
            empty otherwise (a named holder is read from the sentence by linking).

    .. versionadded:: 0.2
    .. versionchanged:: 0.9
        ``holder``: the person a pronoun holding a quantity stands for.
    """

    measure: str = ""
    noun: str = ""
    place: str = ""
    period: str = ""
    cumulative: bool = False
    status: str = field(default="fact", validator=validators.in_(FRAME_STATUSES))
    cue: str = ""
    #: the sentence hedges the claim ("reportedly", "unconfirmed", "may have", "estimated")
    hedged: bool = False
    #: the person a pronoun holding the figure stands for ("his 3 goals" after "Okafor ...")
    holder: str = ""

    @property
    def generic(self) -> bool:
        """True when the frame names nothing specific: such a claim never joins a fact."""
        return not self.measure and not self.noun

    def describe(self) -> str:
        """The frame as short words: ``killed (soldier) in kabul, 2021, so far``."""
        parts = [self.measure or "?"]
        if self.noun:
            parts[0] += f" ({self.noun})"
        if self.place:
            parts.append(self.place if self.place.startswith("among") else f"in {self.place}")
        if self.period:
            parts.append(self.period)
        if self.cumulative:
            parts.append("running total")
        if self.hedged:
            parts.append("hedged")
        if self.status != "fact":
            parts.append(f"[{self.status}, not a fact]")
        return ", ".join(parts)


#: What a claim's value can be, by kind.
Value = Union[Quantity, DateValue, ArticleRef, str]


@frozen
class Claim:
    """One statement in one source.

    Attributes:
        id: stable id derived from the source id, kind and span.
        kind: ``count``, ``amount``, ``ordinal``, ``duration``, ``date``, ``article``, ``quote``...
        subject: what the value is about, normalised (``agreements``, ``signed declaration``).
        value: typed by kind (:class:`Quantity`, :class:`DateValue`, :class:`ArticleRef`, str).
        span: the value's words; ``source.text[span.start:span.end]``.
        sentence: the sentence holding the span.
        speaker: who is quoted as saying it, if anyone.
        attribution: the chain of who reported it, nearest first, e.g. ``("Afet Hasanova", "Trend")``.
        detail: the fuller phrase around the value (``official and working visits to Russia``).
        notes: how the value was resolved (``year from publication date``...).
        frame: what the claim is about (:class:`Frame`): measure, noun, place, period, status.
    """

    id: str
    kind: str
    subject: str
    value: Value
    span: Span
    sentence: Span
    speaker: str | None = None
    attribution: tuple[str, ...] = ()
    detail: str | None = None
    notes: tuple[str, ...] = ()
    #: what the claim is about (:class:`Frame`), None when not computed
    frame: Frame | None = None

    @property
    def source_id(self) -> str:
        """The id of the source this claim was read from."""
        return self.span.source_id

    def __rich__(self) -> RenderableType:
        return _outputs().render_claim(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return _outputs().mimebundle(self)


@frozen
class Link:
    """An edge between two claims about the same fact: they agree, conflict, or ``a`` updates ``b``."""

    a: str
    b: str
    relation: Relation = field(validator=validators.in_(RELATIONS))
    similarity: float = field(validator=[validators.ge(0.0), validators.le(1.0)])
    reason: str = ""


@frozen
class Copy:
    """Source ``source`` copies (or is a near-duplicate of) source ``original``.

    A partial copy (paragraphs taken from ``original``) has the copied ``spans`` (character
    offsets into ``source.text``); a whole copy has none.
    """

    source: str
    original: str
    containment: float = field(validator=[validators.ge(0.0), validators.le(1.0)])
    reason: str = ""
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def partial(self) -> bool:
        """Whether only some paragraphs of ``source`` are copied (``spans`` names them)."""
        return bool(self.spans)


@frozen
class Origin:
    """Where claims really come from: an outlet, agency or person; sources sharing one are not independent."""

    id: str
    name: str
    kind: str = "outlet"
    sources: tuple[str, ...] = ()


@frozen
class Corroboration:
    """How well a fact is corroborated, and the terms that produced the score."""

    score: float = field(validator=[validators.ge(0.0), validators.le(1.0)])
    independent_origins: int = field(validator=validators.ge(0))
    supporting: int = field(validator=validators.ge(0))
    conflicting: int = field(validator=validators.ge(0))
    explanation: tuple[str, ...] = ()
    #: how many claims are other figures of the same changing quantity (a series)
    updating: int = field(default=0, validator=validators.ge(0))
    #: ``corroborated`` (two or more independent origins), ``uncorroborated`` (one),
    #: ``contested`` (a conflicting claim); empty when unknown (older exports)
    verdict: str = ""


@frozen
class Fact:
    """A group of claims about one thing across sources, with its consensus value.

    A Fact is plain data: what needs the claims and sources it points to (drawing it,
    its evidence) takes the report, or comes from the :class:`FactInReport` that
    ``report.fact(...)`` returns.
    """

    id: str
    label: str
    kind: str
    subject: str
    value: Value
    claims: tuple[str, ...]
    supporting: tuple[str, ...]
    conflicting: tuple[str, ...]
    corroboration: Corroboration
    origins: tuple[str, ...] = ()
    #: claims that are other figures of the same changing quantity (earlier or later)
    updating: tuple[str, ...] = ()
    #: claims joined to the fact that neither support, conflict with nor update its value
    unclassified: tuple[str, ...] = ()

    @property
    def score(self) -> float:
        """The corroboration score in [0, 1]."""
        return self.corroboration.score

    @property
    def independent_origins(self) -> int:
        """How many independent origins support the consensus value."""
        return self.corroboration.independent_origins

    def plot(
        self,
        report: Report | None = None,
        *,
        ax: Axes | None = None,
        path: str | os.PathLike[str] | None = None,
    ) -> TimelinePicture:
        """Draw this fact's values against the publication dates of their sources.

        Needs the ``plot`` extra (matplotlib); see :func:`claimcheck.output.plot.plot_timeline`.

        Args:
            report: the report holding the fact; optional for a fact handed out by a report
                (``report.fact(...)``), which knows it.
            ax: draw into these matplotlib axes; a new figure otherwise.
            path: also save the figure there (``.svg``, ``.png`` or ``.pdf``).

        Raises:
            ModelError: (a ValueError) no report was given and the fact does not know one.
            ImportError: matplotlib is missing (install ``claimcheck-provenance[plot]``).
        """
        if report is None:
            msg = (
                f"Fact {self.id!r} does not know its report: pass one, fact.plot(report), "
                "or take the fact from report.fact(...)."
            )
            raise ModelError(msg)
        return _outputs().plot_timeline(report, self, ax=ax, path=path)

    def __rich__(self) -> RenderableType:
        return _outputs().render_fact_line(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return _outputs().mimebundle(self)


_FACT_FIELDS = tuple(a.name for a in attrs.fields(Fact))


@frozen(eq=False, repr=False)
class FactInReport(Fact):
    """A fact as its report hands it out (``report.fact(...)``): the fact's fields and its report.

    It compares and hashes as the plain :class:`Fact` (``report.fact(q) in report.facts``),
    and its methods that need the claims and sources use its report: ``fact.plot()``,
    ``fact.evidence()``, notebook display with the provenance tree. The report's own
    ``facts`` stay plain Facts: nothing points back from the data to the report.
    """

    report: Report = field(kw_only=True, repr=False)
    #: how a lookup found the fact, when its value was not the query's number
    #: (``236 is a conflicting value of this fact (in ...); its consensus value is 263``)
    note: str = field(default="", kw_only=True, repr=False)

    @classmethod
    def of(cls, report: Report, fact: Fact, note: str = "") -> FactInReport:
        """The view of ``fact`` in ``report``.

        Args:
            report: the report holding the fact.
            fact: a fact of that report.
            note: how a lookup found it (see :attr:`note`).
        """
        if isinstance(fact, FactInReport) and fact.report is report and fact.note == note:
            return fact
        return cls(**{name: getattr(fact, name) for name in _FACT_FIELDS}, report=report, note=note)

    @property
    def fact(self) -> Fact:
        """The plain Fact (without its report)."""
        return Fact(**{name: getattr(self, name) for name in _FACT_FIELDS})

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Fact):
            return all(getattr(self, n) == getattr(other, n) for n in _FACT_FIELDS)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.fact)

    def __repr__(self) -> str:
        return repr(self.fact)

    def plot(
        self,
        report: Report | None = None,
        *,
        ax: Axes | None = None,
        path: str | os.PathLike[str] | None = None,
    ) -> TimelinePicture:
        """Draw this fact's values against the publication dates of their sources (see :meth:`Fact.plot`).

        Args:
            report: another report holding the fact; by default the one that handed it out.
            ax: draw into these matplotlib axes; a new figure otherwise.
            path: also save the figure there (``.svg``, ``.png`` or ``.pdf``).
        """
        return super().plot(report if report is not None else self.report, ax=ax, path=path)

    def evidence(self) -> str:
        """Plain-text evidence: value, score, origins, the exact sentences, copies and conflicts."""
        return _outputs().evidence(self.report, self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return _outputs().fact_mimebundle(self.report, self)


@frozen
class Extraction:
    """The output of :func:`claimcheck.extract`: sources and their claims, sorted by (source, start)."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]


@frozen
class Linkage:
    """The output of :func:`claimcheck.link`: claims grouped into candidate facts, links, copies, origins."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    links: tuple[Link, ...]
    groups: tuple[tuple[str, ...], ...]
    copies: tuple[Copy, ...] = ()
    origins: tuple[Origin, ...] = ()
    #: claim id -> origin ids, as pairs sorted by claim id
    claim_origins: tuple[tuple[str, tuple[str, ...]], ...] = ()


_Identified = TypeVar("_Identified", "Source", "Claim", "Fact")


def _first_by_id(items: tuple[_Identified, ...]) -> dict[str, _Identified]:
    """Id -> item, the first item of each id (as a scan of the list would find it)."""
    index: dict[str, _Identified] = {}
    for item in items:
        index.setdefault(item.id, item)
    return index


@frozen
class Report:
    """Everything the stages produced: renders itself, answers queries, exports losslessly.

    Id indexes (``report.source(id)``, ``report.claim(id)``, ``report.claims_of(source_id)``...)
    are built once, on first use, and cached: lookups are O(1) and rendering stays
    near-linear in the size of the report. They are not fields: equality, ``repr`` and the
    export ignore them.
    """

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    links: tuple[Link, ...]
    facts: tuple[Fact, ...]
    copies: tuple[Copy, ...] = ()
    origins: tuple[Origin, ...] = ()
    claim_origins: tuple[tuple[str, tuple[str, ...]], ...] = ()

    # -- indexes (built once, on first use) -------------------------------------------
    @functools.cached_property
    def sources_by_id(self) -> Mapping[str, Source]:
        """Source id -> Source (the first source of an id, as the lists read)."""
        return _first_by_id(self.sources)

    @functools.cached_property
    def claims_by_id(self) -> Mapping[str, Claim]:
        """Claim id -> Claim."""
        return _first_by_id(self.claims)

    @functools.cached_property
    def facts_by_id(self) -> Mapping[str, Fact]:
        """Fact id -> Fact."""
        return _first_by_id(self.facts)

    @functools.cached_property
    def _claims_by_source(self) -> Mapping[str, tuple[Claim, ...]]:
        grouped: dict[str, list[Claim]] = {}
        for c in self.claims:
            grouped.setdefault(c.source_id, []).append(c)
        return {sid: tuple(cs) for sid, cs in grouped.items()}

    @functools.cached_property
    def _copy_index(self) -> Mapping[str, str]:
        index: dict[str, str] = {}
        for cp in self.copies:
            if not cp.spans:  # a partial copy is not a copy of the whole source
                index.setdefault(cp.source, cp.original)
        return index

    @functools.cached_property
    def _claim_origin_index(self) -> Mapping[str, tuple[str, ...]]:
        return dict(self.claim_origins)

    @functools.cached_property
    def origins_by_id(self) -> Mapping[str, Origin]:
        """Origin id -> Origin."""
        return {o.id: o for o in self.origins}

    # -- lookups -----------------------------------------------------------
    def source(self, source_id: str) -> Source:
        """Return the source with this id.

        Raises:
            NotFoundError: (a KeyError) no source has this id.
        """
        try:
            return self.sources_by_id[source_id]
        except KeyError:
            msg = f"No source with id {source_id!r}."
            raise NotFoundError(msg) from None

    def claim(self, claim_id: str) -> Claim:
        """Return the claim with this id.

        Raises:
            NotFoundError: (a KeyError) no claim has this id.
        """
        try:
            return self.claims_by_id[claim_id]
        except KeyError:
            msg = f"No claim with id {claim_id!r}."
            raise NotFoundError(msg) from None

    def claims_of(self, source_id: str) -> tuple[Claim, ...]:
        """The claims read from source ``source_id``, in text order (empty if none)."""
        return self._claims_by_source.get(source_id, ())

    def origins_of(self, claim_id: str) -> tuple[str, ...]:
        """The ids of the origins claim ``claim_id`` comes from (empty if none is known)."""
        return self._claim_origin_index.get(claim_id, ())

    def copy_of(self, source_id: str) -> str | None:
        """The id of the source that ``source_id`` copies, or None."""
        return self._copy_index.get(source_id)

    def fact(self, query: str) -> FactInReport:
        """Return the fact matching ``query``: a fact id, words, or a value (``"263 agreements"``).

        The fact knows this report (``fact.plot()``, notebook display with its evidence), and
        ``fact.note`` says how a value in the query matched when it is not the fact's own
        (``"236 agreements"``: a conflicting value). See :mod:`claimcheck.output.query` for how
        queries match.

        Args:
            query: a fact id, or words and numbers.

        Raises:
            FactNotFoundError: (a LookupError) nothing matches well enough, or several facts
                match equally well; the message lists them.
        """
        found = self.facts_by_id.get(query)
        if found is not None:
            return FactInReport.of(self, found)
        fact, note = _outputs().find_fact(self, query)
        return FactInReport.of(self, fact, note)

    @functools.cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The claim graph as a frozen networkx MultiDiGraph (built on first use)."""
        return _outputs().build_graph(self)

    # -- output --------------------------------------------------------------
    def plot_graph(
        self,
        *,
        ax: Axes | None = None,
        path: str | os.PathLike[str] | None = None,
        max_facts: int = 12,
    ) -> GraphPicture:
        """Draw the claim graph: origins, sources and facts with typed edges and a legend.

        Needs the ``plot`` extra (matplotlib); see :func:`claimcheck.output.plot.plot_graph`.

        Args:
            ax: draw into these matplotlib axes; a new figure otherwise.
            path: also save the figure there (``.svg``, ``.png`` or ``.pdf``).
            max_facts: draw at most this many facts (the most connected).

        Raises:
            ImportError: matplotlib is missing (install ``claimcheck-provenance[plot]``).
        """
        return _outputs().plot_graph(self, ax=ax, path=path, max_facts=max_facts)

    def print(self, **options: Any) -> None:
        """Print the rich corroboration report to the terminal.

        Args:
            **options: see :func:`claimcheck.output.report.print_report` (``top``,
                ``show_all``, ``min_score``, ``kind``, ``fact``, ``explain``, ``width``, ``color``,
                ``file``).
        """
        _outputs().print_report(self, **options)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from _outputs().render_report(self, width=options.max_width)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return _outputs().mimebundle(self)

    def show(self, fact: Fact | str) -> None:
        """Print one fact with its evidence: origins, outlets and the exact sentences.

        Args:
            fact: a Fact of this report, or a query for :meth:`fact`.
        """
        found = self.fact(fact) if isinstance(fact, str) else fact
        _outputs().print_fact(self, found)

    def facts_frame(self) -> Any:
        """The facts as a pandas DataFrame (needs the ``pandas`` extra)."""
        return _outputs().facts_frame(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Export as claimcheck JSON version 1 (see docs/json-schema.md).

        Args:
            indent: spaces per level; None writes one line.
        """
        return _outputs().to_json(self, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Report:
        """Restore a Report equal to the one exported by :meth:`to_json`."""
        return _outputs().from_json(text)


@frozen
class Outputs:
    """What the model's display, lookup and export methods call: provided by :mod:`claimcheck.output`.

    The model imports no output module (outputs import the model). Instead
    ``claimcheck.output`` builds one ``Outputs`` from its functions and hands it to
    :func:`install_outputs` when it is imported; ``import claimcheck`` (which any
    ``import claimcheck.model`` runs first) imports it. A test can install its own.
    """

    render_report: Callable[..., Iterable[RenderableType]]
    print_report: Callable[..., None]
    print_fact: Callable[[Report, Fact], None]
    render_source: Callable[[Source], RenderableType]
    render_claim: Callable[[Claim], RenderableType]
    render_fact_line: Callable[[Fact], RenderableType]
    mimebundle: Callable[[object], dict[str, str]]
    fact_mimebundle: Callable[[Report, Fact], dict[str, str]]
    evidence: Callable[[Report, Fact], str]
    find_fact: Callable[[Report, str], tuple[Fact, str]]
    build_graph: Callable[[Report], nx.MultiDiGraph]
    plot_graph: Callable[..., GraphPicture]
    plot_timeline: Callable[..., TimelinePicture]
    to_json: Callable[..., str]
    from_json: Callable[[str], Report]
    facts_frame: Callable[[Report], Any]


_INSTALLED: list[Outputs] = []


def install_outputs(outputs: Outputs) -> None:
    """Make ``outputs`` the functions the model's display, lookup and export methods call.

    Args:
        outputs: the functions; :mod:`claimcheck.output` installs its own on import.
    """
    _INSTALLED[:] = [outputs]


def _outputs() -> Outputs:
    if not _INSTALLED:  # pragma: no cover - claimcheck/__init__ installs them
        msg = "No outputs installed: import claimcheck (claimcheck.output installs them)."
        raise ClaimcheckError(msg)
    return _INSTALLED[0]
