"""The rich corroboration report: terminal, notebook (HTML) and self-contained HTML.

Source text never goes through rich markup: it enters as ``Text(...)`` and values are
highlighted with ``Text.stylize`` on offsets relative to their sentence. Every string read from
a document (text, outlets, titles, speakers, warnings) passes through
:func:`claimcheck.output._terminal.safe` first, so no escape sequence reaches a terminal.

By default the report stays readable on a big corpus: the facts table holds the contested facts,
then the weak ones (a single origin), then the best corroborated, up to ``top`` rows; quotes
backed by one source are grouped per speaker; outlet lists are cut to their first names;
repeated warnings are counted. A line says what is hidden; ``show_all=True`` (``--all``) shows
everything. Every lookup goes through the report's id indexes, so rendering is near-linear.
"""

from __future__ import annotations

import io
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO, Any

from attrs import evolve
from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from claimcheck.model import Claim, Fact, Quantity, Report, Source
from claimcheck.output._terminal import safe
from claimcheck.output.query import fact_value_text, find_fact
from claimcheck.scoring._score import value_label_q

__all__ = [
    "DEFAULT_TOP",
    "claim_summary",
    "fact_mimebundle",
    "fact_summary",
    "mimebundle",
    "object_mimebundle",
    "print_fact",
    "print_report",
    "render_claim",
    "render_fact",
    "render_report",
    "render_source",
    "report_html",
    "report_text",
    "select_facts",
    "source_table",
]

#: how many provenance trees to show without ``explain``
TOP_TREES = 3
#: a fact scoring below this is weak, whatever its origins
WEAK = 0.5
#: rows of the facts table by default (``top``); contested facts come first
DEFAULT_TOP = 30
#: outlets named in a facts-table cell before "+N more"
OUTLETS_SHOWN = 3
#: lines of a repeated list (copies, speakers, provenance branches) shown by default
LIST_SHOWN = 8
#: contested facts whose sides are shown in full by default (each in a panel)
CONFLICTS_SHOWN = 5
#: the facts table's title: the order of its rows
FACTS_TITLE = "Facts: contested, then weak (one origin), then best corroborated"


# -- small pieces -----------------------------------------------------------------


def _text(value: object, style: str = "") -> Text:
    """Untrusted text as a Text: never markup-parsed, control characters made visible."""
    return Text(safe(str(value)), style=style)


def _score_style(score: float) -> str:
    if score >= 0.75:
        return "green"
    if score >= WEAK:
        return "yellow"
    return "red"


def score_bar(score: float, width: int = 10) -> Text:
    """A bar and the number: ``█████░░░░░ 0.50``.

    Args:
        score: the score in [0, 1].
        width: characters of the bar (0: the number alone).
    """
    filled = round(max(0.0, min(1.0, score)) * width)
    text = Text("█" * filled, style=_score_style(score))
    text.append("░" * (width - filled), style="dim")
    text.append(f" {score:.2f}" if width else f"{score:.2f}", style="" if width else _score_style(score))
    return text


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _more(shown: int, total: int, what: str) -> Text:
    return Text(f"  … and {total - shown:,} more {what} (show_all=True, --all: every one)", style="dim")


def claim_sentence(report: Report, claim: Claim) -> Text:
    """The claim's sentence as Text with the value's words highlighted (never markup-parsed).

    Args:
        report: the report holding the claim's source.
        claim: the claim.
    """
    src = report.sources_by_id.get(claim.source_id)
    if src is None:
        return _text(f"(source {claim.source_id} missing)", "red")
    s0, s1 = claim.sentence.start, claim.sentence.end
    if not (s0 <= claim.span.start and claim.span.end <= s1):
        s0, s1 = min(s0, claim.span.start), max(s1, claim.span.end)
    # line breaks inside the sentence become spaces: same length, offsets unchanged
    text = _text(src.text[s0:s1].replace("\r", " ").replace("\n", " "))
    text.stylize("bold reverse", claim.span.start - s0, claim.span.end - s0)
    return text


def _label(report: Report, source_id: str) -> str:
    src = report.sources_by_id.get(source_id)
    return src.label if src is not None else source_id


def _claim_meta(report: Report, claim: Claim) -> Text:
    src = report.sources_by_id.get(claim.source_id)
    meta = Text()
    meta.append_text(_text(src.label if src else claim.source_id, "bold"))
    if src and src.published:
        meta.append(f" · {src.published.isoformat()}")
    if claim.speaker:
        meta.append(" · said by ")
        meta.append_text(_text(claim.speaker, "italic"))
    chain = claim.attribution
    if chain and claim.speaker and chain[0] == claim.speaker:
        chain = chain[1:]  # the chain starts with the speaker, already shown
    if chain:
        meta.append_text(_text(" · via " + " ← ".join(chain)))
    copy = report.copy_of(claim.source_id)
    if copy:
        meta.append_text(_text(f" · copy of {_label(report, copy)}", "magenta"))
    return meta


def _fact_outlets(report: Report, fact: Fact) -> list[str]:
    claims, sources = report.claims_by_id, report.sources_by_id
    names = {
        sources[claims[c].source_id].label
        for c in fact.claims
        if c in claims and claims[c].source_id in sources
    }
    return sorted(names)


def _outlets_cell(names: list[str], *, show_all: bool, shown: int = OUTLETS_SHOWN) -> Text:
    if show_all or len(names) <= shown:
        return _text(", ".join(names))
    text = _text(", ".join(names[:shown]))
    text.append(f" +{len(names) - shown}" + ("" if shown == 1 else " more"), style="dim")
    return text


def _is_weak(fact: Fact) -> bool:
    """One origin, or a low score: uncorroborated."""
    return fact.independent_origins <= 1 or fact.score < WEAK


def _band(fact: Fact) -> int:
    """0 contested, 1 weak (one origin or a low score), 2 corroborated."""
    if fact.conflicting:
        return 0
    return 1 if _is_weak(fact) else 2


def _order(fact: Fact) -> tuple[int, float, bool, str, str]:
    band = _band(fact)
    # contested: the most evidence first; weak: the weakest first; corroborated: the strongest first
    key = -float(len(fact.claims)) if band == 0 else fact.score if band == 1 else -fact.score
    return (band, key, fact.kind == "quote", fact.label, fact.id)


def select_facts(
    report: Report, *, min_score: float | None = None, kind: str | None = None, fact: str | None = None
) -> list[Fact]:
    """The facts to show, in the table's order: contested, then weak (one origin), then the rest.

    Args:
        report: the report.
        min_score: hide facts scoring below this.
        kind: only facts of this kind.
        fact: only the fact matching this query (raises FactNotFoundError).
    """
    if fact:
        return [find_fact(report, fact)]
    facts = [
        f
        for f in report.facts
        if (min_score is None or f.score >= min_score) and (kind is None or f.kind == kind)
    ]
    facts.sort(key=_order)
    return facts


def _lone_quote(fact: Fact) -> bool:
    return fact.kind == "quote" and not fact.conflicting and fact.independent_origins <= 1


def _visible(facts: list[Fact], top: int) -> list[Fact]:
    """At most ``top`` facts: contested first, then the weakest and the strongest, half each."""
    if len(facts) <= top:
        return facts
    contested = [f for f in facts if _band(f) == 0][:top]
    left = top - len(contested)
    weak = [f for f in facts if _band(f) == 1]
    strong = [f for f in facts if _band(f) == 2]
    n_strong = min(len(strong), max(left - min(len(weak), left // 2), 0))
    n_weak = min(len(weak), left - n_strong)
    return contested + weak[:n_weak] + strong[:n_strong]


# -- renderables ------------------------------------------------------------------

#: tables with more rows than this are laid out by :class:`_Lines` (a rich Table costs about
#: 4 ms a row: 9,000 facts took minutes)
FAST_ROWS = 60


class _Lines:
    """A long table laid out by hand in linear time: each cell cut to its column with an
    ellipsis, the last column wrapped under itself. ``columns`` are ``(header, width, ratio,
    right)``: a fixed width, or a share of what is left."""

    def __init__(self, title: str, columns: list[tuple[str, int, int, bool]], rows: list[list[Text]]) -> None:
        self.title, self.columns, self.rows = title, columns, rows

    def _widths(self, width: int) -> list[int]:
        gap = 2 * len(self.columns)
        fixed = sum(w for _, w, _, _ in self.columns)
        rest = max(4 * len(self.columns), width - gap - fixed)
        total = sum(r for _, _, r, _ in self.columns) or 1
        return [w if w else max(4, rest * r // total) for _, w, r, _ in self.columns]

    @staticmethod
    def _cell(text: Text, width: int, right: bool) -> Text:
        cell = text.copy()
        cell.truncate(width, overflow="ellipsis")
        pad = " " * (width - cell.cell_len)
        return Text(pad).append_text(cell) if right else cell.append(pad)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self._widths(options.max_width)
        lines = [Text(self.title, style="italic")]
        head = Text(" ")
        for (name, _, _, right), w in zip(self.columns, widths, strict=True):
            head.append_text(self._cell(Text(name, style="bold"), w, right)).append("  ")
        lines.append(head)
        lines.append(Text(" " + "─" * (sum(widths) + 2 * len(widths) - 2)))
        indent = " " + " " * (sum(widths[:-1]) + 2 * (len(widths) - 1))
        for row in self.rows:
            line = Text(" ")
            for cell, (_, _, _, right), w in zip(row[:-1], self.columns[:-1], widths[:-1], strict=False):
                line.append_text(self._cell(cell, w, right)).append("  ")
            wrapped = row[-1].wrap(console, widths[-1]) if row[-1].plain else [Text("")]
            line.append_text(wrapped[0])
            lines.append(line)
            lines.extend(Text(indent).append_text(more) for more in list(wrapped)[1:])
        # one Text of lines that fit: rendered in one pass, far cheaper than a renderable a line
        for line in lines:
            line.rstrip()
        yield Text("\n").join(lines)


def render_claim(report: Report, claim: Claim) -> RenderableType:
    """A claim: who said it where, and its sentence with the value highlighted.

    Args:
        report: the report holding the claim.
        claim: the claim.
    """
    return Group(_claim_meta(report, claim), Text("  ").append_text(claim_sentence(report, claim)))


def fact_summary(fact: Fact) -> Text:
    """One line for a fact without its report: label, value, score bar, origins."""
    text = _text(_short(fact.label), "bold")
    text.append_text(_text(f" = {_short(fact_value_text(fact.value))}  "))
    text.append_text(score_bar(fact.score))
    text.append(f"  {fact.independent_origins} independent origin(s)")
    if fact.conflicting:
        text.append(f", {len(fact.conflicting)} conflicting", style="red")
    return text


def claim_summary(claim: Claim) -> Text:
    """One line for a claim without its report: kind, subject, value, where, who."""
    text = Text(f"{claim.kind} ", style="dim")
    text.append_text(_text(claim.subject, "bold"))
    text.append_text(_text(f": {_short(fact_value_text(claim.value))}"))
    text.append_text(_text(f"  [{claim.source_id} {claim.span.start}:{claim.span.end}]", "dim"))
    if claim.speaker:
        text.append_text(_text(f" said by {claim.speaker}", "italic"))
    return text


def render_source(report: Report | None, source: Source) -> RenderableType:
    """A source: its metadata with where each field came from, warnings and copies.

    Args:
        report: the report holding the source (to name what it copies), or None.
        source: the source.
    """
    table = Table(box=box.SIMPLE, show_header=False, title=_text(source.label), title_justify="left")
    table.add_column("field", style="dim")
    table.add_column("value")
    table.add_column("from", style="dim")
    for name in ("outlet", "published", "author", "title", "url", "path"):
        val = getattr(source, name)
        if val is not None:
            table.add_row(Text(name), _text(val), _text(source.origin_of(name) or ""))
    if source.refused:
        table.add_row(Text("refused"), _text(source.refused, "red"), Text(""))
    copy = report.copy_of(source.id) if report is not None else None
    if copy:
        table.add_row(Text("copy of"), _text(copy, "magenta"), Text(""))
    for w in (w for w in source.warnings if w != source.refused):
        table.add_row(Text("warning"), _text(w, "yellow"), Text(""))
    return table


_ROLE_STYLES = {"supports": "green", "conflicts": "red", "updates": "yellow", "unclassified": "dim"}


def _role(fact: Fact, claim_id: str) -> str:
    if claim_id in fact.supporting:
        return "supports"
    if claim_id in fact.conflicting:
        return "conflicts"
    return "updates" if claim_id in fact.updating else "unclassified"


def source_table(source: Source) -> RenderableType:
    """A source on its own (no report): its metadata, warnings and refusal."""
    return render_source(None, source)


def _provenance_key(report: Report, claim: Claim) -> str:
    oids = report.origins_of(claim.id)
    if oids:
        return oids[0]
    return f"source:{report.copy_of(claim.source_id) or claim.source_id}"


def provenance_tree(report: Report, fact: Fact, *, show_all: bool = True) -> Tree:
    """fact -> origins -> outlets -> spans.

    Args:
        report: the report holding the fact.
        fact: the fact.
        show_all: every origin and source; else the first :data:`LIST_SHOWN` of each level.
    """
    claims = report.claims_by_id
    head = _text(fact.label, "bold")
    head.append_text(_text(f" = {fact_value_text(fact.value)}  "))
    head.append_text(score_bar(fact.score))
    tree = Tree(head)
    origins = report.origins_by_id
    groups: dict[str, list[Claim]] = {}
    for cid in fact.claims:
        c = claims.get(cid)
        if c is not None:
            groups.setdefault(_provenance_key(report, c), []).append(c)
    keys = sorted(groups)
    limit = len(keys) if show_all else LIST_SHOWN
    for key in keys[:limit]:
        if key in origins:
            o = origins[key]
            label = _text(f"origin: {o.name} ({o.kind})", "cyan")
        else:
            label = _text(f"origin: {_label(report, key.split(':', 1)[1])}", "cyan")
        branch = tree.add(label)
        by_source: dict[str, list[Claim]] = {}
        for c in groups[key]:
            by_source.setdefault(c.source_id, []).append(c)
        sids = sorted(by_source)
        per = len(sids) if show_all else LIST_SHOWN
        for sid in sids[:per]:
            src = report.sources_by_id.get(sid)
            out = _text(src.label if src else sid, "bold")
            if src and src.published:
                out.append(f" ({src.published.isoformat()})", style="dim")
            if report.copy_of(sid):
                out.append(" copy, discounted", style="magenta")
            sb = branch.add(out)
            for c in by_source[sid]:
                role = _role(fact, c.id)
                line = Text(f"{role}: ", style=_ROLE_STYLES[role])
                line.append_text(claim_sentence(report, c))
                if c.frame is not None:
                    line.append(f"  [about: {c.frame.describe()}]", style="dim")
                sb.add(line)
        if len(sids) > per:
            branch.add(_more(per, len(sids), "sources"))
    if len(keys) > limit:
        tree.add(_more(limit, len(keys), "origins"))
    if fact.corroboration.explanation:
        ex = tree.add(Text("how the score was computed", style="dim"))
        for term in fact.corroboration.explanation:
            ex.add(_text(term))
    return tree


def render_fact(report: Report, fact: Fact, *, explain: bool = True) -> RenderableType:
    """A fact with its provenance tree and conflicts.

    Args:
        report: the report holding the fact.
        fact: the fact.
        explain: show the terms that produced the score.
    """
    tree = provenance_tree(report, fact) if explain else _tree_without_terms(report, fact)
    return Group(tree, *conflicts_section(report, [fact]))


def _header(report: Report) -> Text:
    refused = sum(1 for s in report.sources if s.refused)
    conflicts = sum(1 for f in report.facts if f.conflicting)
    text = Text("claimcheck report", style="bold")
    text.append("\n")
    parts = [
        f"{len(report.sources) - refused} sources" + (f" (+{refused} refused)" if refused else ""),
        f"{len(report.claims)} claims",
        f"{len(report.facts)} facts",
        f"{conflicts} contested",
        f"{len(report.copies)} copies found",
    ]
    text.append(" · ".join(parts))
    return text


def _fact_label(fact: Fact) -> str:
    """The label without the value it would repeat (the value has its own column)."""
    value = fact_value_text(fact.value)
    label = " ".join(fact.label.split())
    if fact.kind == "quote":  # "Speaker: “words…”": the words are the value
        speaker, sep, _ = label.partition(": “")
        return f"quote by {speaker}" if sep else "quote (no speaker named)"
    if label == value:
        return fact.subject or label
    # the label words a bound as "more than 200 people", the value column as "at least 200"
    forms = [value, value_label_q(fact.value)] if isinstance(fact.value, Quantity) else [value]
    for form in forms:
        if not form or form not in label:
            continue
        rest = " ".join(label.replace(form, " ").split()).strip(" :,-")
        for lead in ("of the ", "of "):  # "Article 16 of the Declaration ..."
            rest = rest.removeprefix(lead)
        return rest or fact.subject or label
    return label


def facts_table(
    report: Report, facts: list[Fact], *, narrow: bool = False, show_all: bool = False
) -> RenderableType:
    """The facts: value, score, independent origins, outlets; contested first, then weak.

    Args:
        report: the report.
        facts: the rows, in order (see :func:`select_facts`).
        narrow: a layout for 80 columns (a short score bar, shorter labels).
        show_all: every outlet of each fact (else the first few and how many more).
    """
    if len(facts) > FAST_ROWS:
        columns = [("fact", 0, 3, False), ("value", 0, 2, False), ("score", 9 if narrow else 15, 0, False)]
        columns += [("origins", 7, 0, True), ("outlets", 0, 3, False)]
        rows = [
            [
                _fact_cell(report, f, narrow),
                _text(fact_value_text(f.value)),
                score_bar(f.score, 4 if narrow else 10),
                Text(str(f.independent_origins)),
                _outlets_cell(
                    _fact_outlets(report, f), show_all=show_all, shown=1 if narrow else OUTLETS_SHOWN
                ),
            ]
            for f in facts
        ]
        return _Lines(FACTS_TITLE, columns, rows)
    table = Table(title=FACTS_TITLE, title_justify="left", box=box.SIMPLE_HEAD)
    if narrow:  # one line per fact: long cells end in an ellipsis
        table.add_column("fact", no_wrap=True, overflow="ellipsis", max_width=24)
        table.add_column("value", no_wrap=True, overflow="ellipsis", max_width=14)
    else:
        table.add_column("fact", ratio=3, overflow="fold")
        table.add_column("value", ratio=2, overflow="fold")
    table.add_column("score", no_wrap=True, min_width=9 if narrow else 15)
    table.add_column("origins", justify="right", no_wrap=True, min_width=7)
    if narrow:
        table.add_column("outlets", no_wrap=True, overflow="ellipsis", min_width=12)
    else:
        table.add_column("outlets", ratio=3)
    band = -1
    for f in facts:
        if _band(f) != band and band != -1 and not show_all:
            table.add_section()
        band = _band(f)
        table.add_row(
            _fact_cell(report, f, narrow),
            _text(_short(fact_value_text(f.value), 24 if narrow else 40)),
            score_bar(f.score, 4 if narrow else 10),
            Text(str(f.independent_origins)),
            _outlets_cell(_fact_outlets(report, f), show_all=show_all, shown=1 if narrow else OUTLETS_SHOWN),
        )
    return table


def _fact_measure(report: Report, fact: Fact) -> str:
    """What the fact's figure measures, when its label does not say: the measure most of its
    supporting claims' frames give (``arrested`` for "more than 200 people"), when at least
    two of them give it; else ""."""
    if not isinstance(fact.value, Quantity):
        return ""
    claims = report.claims_by_id
    counts = Counter(
        c.frame.measure
        for cid in fact.supporting
        if (c := claims.get(cid)) is not None and c.frame is not None and c.frame.measure
    )
    if not counts:
        return ""
    measure, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if n < 2:  # one reading of one sentence can take the wrong verb ("killed ... with 30 youths")
        return ""
    return "" if measure in fact.label.lower().split() else measure


def _fact_cell(report: Report, fact: Fact, narrow: bool) -> Text:
    label = Text("⚠ ", style="bold red") if fact.conflicting and narrow else Text()
    measure = _fact_measure(report, fact)
    name = f"{_fact_label(fact)} · {measure}" if measure else _fact_label(fact)
    label.append_text(_text(_short(name, 40 if narrow else 60)))
    if fact.conflicting and not narrow:
        label.append(" ⚠ contested", style="bold red")
    elif fact.independent_origins <= 1:
        label.append(" · uncorroborated", style="dim")
    return label


def conflicts_section(
    report: Report, facts: list[Fact], *, show_all: bool = True
) -> Iterator[RenderableType]:
    """Each contested fact: each side's exact words with the value highlighted.

    Args:
        report: the report.
        facts: the facts to consider (uncontested ones are skipped).
        show_all: every contested fact and every claim of each; else the first
            :data:`CONFLICTS_SHOWN` facts and :data:`LIST_SHOWN` claims per side.
    """
    claims = report.claims_by_id
    contested = [f for f in facts if f.conflicting]
    limit = len(contested) if show_all else CONFLICTS_SHOWN
    for f in contested[:limit]:
        head = Text("Conflict: ", style="bold red")
        head.append_text(_text(f.label, "bold"))
        head.append_text(_text(f" (consensus {fact_value_text(f.value)})"))
        rows: list[RenderableType] = []
        for title, ids in (("supports", f.supporting), ("conflicts", f.conflicting)):
            per = len(ids) if show_all else LIST_SHOWN
            for cid in ids[:per]:
                c = claims.get(cid)
                if c is None:
                    continue
                side = _text(
                    f"{title} {fact_value_text(c.value)} — ", "green" if title == "supports" else "red"
                )
                side.append_text(_claim_meta(report, c))
                rows.append(side)
                rows.append(Text("    ").append_text(claim_sentence(report, c)))
            if len(ids) > per:
                rows.append(_more(per, len(ids), f"claims that {title.removesuffix('s')}"))
        yield Panel(Group(*rows), title=head, title_align="left", box=box.ROUNDED)
    if len(contested) > limit:
        yield Text(
            f"{len(contested) - limit:,} more contested facts in the table; show_all=True (--all) shows"
            " every conflict, fact=... (--fact) one.",
            style="dim",
        )


def _lone_quotes(
    report: Report, quotes: list[Fact], *, show_all: bool, width: int | None = None
) -> Iterator[RenderableType]:
    """Quotes backed by one source, grouped per speaker: who, how many, where."""
    claims, sources = report.claims_by_id, report.sources_by_id
    by_speaker: dict[str, list[Claim]] = {}
    for f in quotes:
        for cid in f.claims:
            c = claims.get(cid)
            if c is not None:
                by_speaker.setdefault(c.speaker or "(no speaker named)", []).append(c)
    yield Text(
        f"Quotes from one source only: {len(quotes):,} from {len(by_speaker):,} speaker(s)", style="bold"
    )
    ranked = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    limit = len(ranked) if show_all else LIST_SHOWN
    for speaker, said in ranked[:limit]:
        outlets = sorted({sources[c.source_id].label for c in said if c.source_id in sources})
        line = Text("  ")
        line.append_text(_text(speaker, "italic"))
        line.append(f": {len(said)} quote(s) in ")
        line.append_text(_outlets_cell(outlets, show_all=show_all))
        if width and not show_all:
            line.truncate(width, overflow="ellipsis")
        yield line
    if len(ranked) > limit:
        yield _more(limit, len(ranked), "speakers")


def sources_table(report: Report, *, limit: int | None = None, narrow: bool = False) -> RenderableType:
    """Every input: loaded or refused, with metadata and where each field came from.

    Args:
        report: the report.
        limit: at most this many rows (refused inputs first); None: every source.
        narrow: a layout for 80 columns: no author, no origin of each field.
    """
    table = Table(title="Sources", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("source", ratio=2, overflow="fold")
    table.add_column("outlet")
    table.add_column("published", no_wrap=narrow)
    if not narrow:
        table.add_column("author")
    table.add_column("status", ratio=2)
    rows = sorted(report.sources, key=lambda s: s.refused is None) if limit is not None else report.sources
    shown = rows if limit is None else rows[:limit]
    lines: list[list[Text]] = []
    for s in shown:

        def cell(name: str, src: Source = s) -> Text:
            val = getattr(src, name)
            if val is None:
                return Text("—", style="dim")
            t = _text(val)
            how = src.origin_of(name)
            if how and not narrow:
                t.append_text(_text(f" ({how})", "dim"))
            return t

        status = Text()
        if s.refused:
            status.append_text(_text(f"refused: {s.refused.removeprefix(f'{s.path}: ')}", "red"))
        else:
            status.append(f"{len(report.claims_of(s.id))} claims")
        copy = report.copy_of(s.id)
        if copy:
            status.append_text(_text(f"; copy of {_label(report, copy)}", "magenta"))
        extra = [w for w in s.warnings if w != s.refused]
        if extra:
            status.append(f"; {len(extra)} warning(s)", style="yellow")
        cells = [_text(_name(s)), cell("outlet"), cell("published")]
        lines.append([*cells, *([] if narrow else [cell("author")]), status])
    if len(lines) > FAST_ROWS:
        columns = [("source", 0, 2, False), ("outlet", 0, 1, False), ("published", 12, 0, False)]
        columns += [] if narrow else [("author", 0, 1, False)]
        return _Lines("Sources", [*columns, ("status", 0, 2, False)], lines)
    for line in lines:
        table.add_row(*line)
    if len(shown) < len(rows):
        table.caption = f"… and {len(rows) - len(shown):,} more sources (show_all=True, --all: every one)"
        table.caption_justify = "left"
    return table


def _name(src: Source) -> str:
    """The file name of a source (its id when it has no path)."""
    return src.path.replace("\\", "/").rsplit("/", 1)[-1] if src.path else src.id


def _warning_line(src: Source, message: str, style: str) -> Text:
    where = src.path or src.id
    message = message.removeprefix(f"{where}: ")
    return _text(f"  {_name(src)}: {message}", style)


def _copies_and_warnings(report: Report, *, show_all: bool = True) -> Iterator[RenderableType]:
    if report.copies:
        yield Text("Copies (counted once)", style="bold")
        limit = len(report.copies) if show_all else LIST_SHOWN
        for cp in report.copies[:limit]:
            line = Text("  ")
            line.append_text(_text(_label(report, cp.source), "magenta"))
            line.append(" copies ")
            line.append_text(_text(_label(report, cp.original), "bold"))
            line.append(f" (containment {cp.containment:.2f})")
            if cp.reason:
                line.append_text(_text(f": {cp.reason}", "dim"))
            yield line
        if len(report.copies) > limit:
            yield _more(limit, len(report.copies), "copies")
    warned = [s for s in report.sources if s.warnings or s.refused]
    if not warned:
        return
    yield Text("Warnings and refused inputs", style="bold yellow")
    repeated: Counter[str] = Counter()
    for s in warned:
        if s.refused:  # every refused input, always
            yield _warning_line(s, f"refused: {s.refused.removeprefix(f'{s.path}: ')}", "red")
        for w in s.warnings:
            if w == s.refused:
                continue
            if show_all:
                yield _warning_line(s, w, "yellow")
            else:
                repeated[w.removeprefix(f"{s.path or s.id}: ")] += 1
    for message, n in sorted(repeated.items(), key=lambda kv: (-kv[1], kv[0]))[: LIST_SHOWN * 2]:
        yield _text(f"  {message}" + (f" ({n:,} sources)" if n > 1 else ""), "yellow")
    if len(repeated) > LIST_SHOWN * 2:
        yield _more(LIST_SHOWN * 2, len(repeated), "kinds of warning")


def render_report(
    report: Report,
    *,
    min_score: float | None = None,
    kind: str | None = None,
    fact: str | None = None,
    explain: bool = False,
    compact: bool = False,
    top: int | None = None,
    show_all: bool = False,
    width: int | None = None,
) -> Iterator[RenderableType]:
    """Yield the report's renderables: header, facts, conflicts, provenance, sources, warnings.

    Args:
        report: the report.
        min_score: hide facts scoring below this.
        kind: only facts of this kind.
        fact: only the fact matching this query (raises FactNotFoundError).
        explain: a provenance tree with the scoring terms for every shown fact.
        compact: header and facts table only (notebooks).
        top: rows of the facts table (default :data:`DEFAULT_TOP`); contested facts first.
        show_all: every fact, quote, outlet, source and warning (nothing hidden).
        width: the width printed to; under 100 columns the table is laid out narrow.
    """
    facts = select_facts(report, min_score=min_score, kind=kind, fact=fact)
    everything = show_all or bool(fact)
    lone = [] if everything else [f for f in facts if _lone_quote(f)]
    table_facts = facts if everything else [f for f in facts if not _lone_quote(f)]
    rows = table_facts if everything else _visible(table_facts, top if top is not None else DEFAULT_TOP)
    yield _header(report)
    if rows:
        yield facts_table(report, rows, narrow=width is not None and width < 100, show_all=everything)
    elif not lone:
        yield Text("No facts to show.", style="dim")
    hidden = len(table_facts) - len(rows)
    if hidden:
        yield Text(
            f"{len(rows)} of {len(table_facts):,} facts shown ({hidden:,} hidden: weak and corroborated"
            " facts beyond the first); show_all=True (--all) for every fact, top=N (--top N) for more.",
            style="dim",
        )
    if lone:
        yield from _lone_quotes(report, lone, show_all=everything, width=width)
    if compact:
        return
    yield from conflicts_section(report, rows, show_all=everything)
    shown = rows if (explain or fact) else sorted(rows, key=lambda f: (-len(f.claims), f.id))[:TOP_TREES]
    if shown:
        yield Text(
            "Provenance" + ("" if explain or fact else f" (top {len(shown)}; --explain for all)"),
            style="bold",
        )
        for f in shown:
            if explain or fact:
                yield provenance_tree(report, f, show_all=everything)
            else:
                yield _tree_without_terms(report, f, show_all=everything)
    yield sources_table(
        report,
        limit=None if everything else max(LIST_SHOWN * 2, 20),
        narrow=width is not None and width < 100,
    )
    yield from _copies_and_warnings(report, show_all=everything)


def _tree_without_terms(report: Report, fact: Fact, *, show_all: bool = True) -> Tree:
    bare = evolve(fact, corroboration=evolve(fact.corroboration, explanation=()))
    return provenance_tree(report, bare, show_all=show_all)


# -- consoles -------------------------------------------------------------------


def make_console(
    *, width: int | None = None, color: bool | None = None, file: IO[str] | None = None, record: bool = False
) -> Console:
    """A console: no colour when ``color`` is False, ``NO_COLOR`` is set or output is piped.

    Args:
        width: columns (default: the terminal's, 80 when piped).
        color: force colour on or off (default: on for a terminal unless ``NO_COLOR``).
        file: where to write (default standard output).
        record: keep what is printed (for ``export_text``/``export_html``).
    """
    out = file if file is not None else sys.stdout
    if color is None:
        color = not os.environ.get("NO_COLOR") and out.isatty()
    return Console(
        file=out,
        width=width,
        color_system="auto" if color else None,
        no_color=not color,
        force_terminal=None if color else False,
        force_jupyter=False,
        highlight=False,
        emoji=False,
        markup=False,
        record=record,
        legacy_windows=False,
    )


def print_report(
    report: Report,
    *,
    min_score: float | None = None,
    kind: str | None = None,
    fact: str | None = None,
    explain: bool = False,
    top: int | None = None,
    show_all: bool = False,
    width: int | None = None,
    color: bool | None = None,
    file: IO[str] | None = None,
    console: Console | None = None,
) -> None:
    """Print the corroboration report (see :func:`render_report` for the options).

    Args:
        report: the report.
        min_score: hide facts scoring below this.
        kind: only facts of this kind.
        fact: only the fact matching this query.
        explain: every shown fact's provenance tree with its scoring terms.
        top: rows of the facts table (default :data:`DEFAULT_TOP`).
        show_all: show everything.
        width: columns.
        color: colour on or off (default: on for a terminal).
        file: where to write (default standard output).
        console: print to this console instead (``width``, ``color`` and ``file`` are ignored).
    """
    console = console or make_console(width=width, color=color, file=file)
    parts = render_report(
        report,
        min_score=min_score,
        kind=kind,
        fact=fact,
        explain=explain,
        top=top,
        show_all=show_all,
        width=console.width,
    )
    for part in parts:
        console.print(part)


def print_fact(report: Report, fact: Fact) -> None:
    """Print one fact with its evidence to standard output.

    Args:
        report: the report holding the fact.
        fact: the fact.
    """
    make_console().print(render_fact(report, fact))


def _record(renderables: Iterable[RenderableType], width: int = 100) -> Console:
    # force_jupyter=False: inside a notebook rich would otherwise display every print as a
    # side output (with raw escape codes in its text/plain) before the real result
    console = Console(
        record=True, file=io.StringIO(), width=width, force_terminal=True, force_jupyter=False,
        color_system="truecolor", highlight=False, markup=False, emoji=False,
    )  # fmt: skip
    for r in renderables:
        console.print(r)
    return console


def _bundle(renderables: list[RenderableType], width: int) -> dict[str, str]:
    console = _record(renderables, width)
    text = console.export_text(clear=False)
    html = console.export_html(
        inline_styles=True, code_format='<pre style="font-family:monospace">{code}</pre>'
    )
    return {"text/plain": text, "text/html": html}


def mimebundle(report: Report, *, width: int = 100) -> dict[str, str]:
    """Jupyter display data: ``text/plain`` and compact ``text/html`` (inline styles).

    Args:
        report: the report.
        width: columns to lay the report out in.
    """
    return _bundle(list(render_report(report, compact=True, width=width)), width)


def fact_mimebundle(report: Report, fact: Fact, *, width: int = 100) -> dict[str, str]:
    """Jupyter display data for one fact with its evidence (its provenance tree).

    Args:
        report: the report holding the fact.
        fact: the fact.
        width: columns.
    """
    return _bundle([render_fact(report, fact)], width)


def renderable_mimebundle(obj: RenderableType, *, width: int = 100) -> dict[str, str]:
    """Jupyter display data for any renderable (a Fact, Claim or Source on its own).

    Args:
        obj: anything rich renders.
        width: columns.
    """
    return _bundle([obj], width)


def object_mimebundle(obj: object) -> dict[str, str]:
    """Jupyter display data for a Report, Fact, Claim or Source (what the model's display calls)."""
    if isinstance(obj, Report):
        return mimebundle(obj)
    return renderable_mimebundle(obj)  # type: ignore[arg-type]


def report_html(report: Report, *, width: int = 120, **options: Any) -> str:
    """A self-contained HTML page of the full report; every piece of source text is escaped.

    Args:
        report: the report.
        width: columns of the layout.
        **options: see :func:`render_report` (everything is shown unless ``show_all=False``).
    """
    options.setdefault("show_all", True)
    console = _record(render_report(report, width=width, **options), width)
    return console.export_html(inline_styles=True)


def report_text(report: Report, *, width: int = 100, **options: Any) -> str:
    """The report as plain text (the terminal report without colour).

    Args:
        report: the report.
        width: columns.
        **options: see :func:`render_report`.
    """
    return _record(render_report(report, width=width, **options), width).export_text()
