"""The rich corroboration report: terminal, notebook (HTML) and self-contained HTML.

Source text never goes through rich markup: it enters as ``Text(...)`` and values are
highlighted with ``Text.stylize`` on offsets relative to their sentence.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import IO, Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from claimcheck.model import Claim, Fact, Report, Source
from claimcheck.output.query import fact_value_text, find_fact

__all__ = [
    "claim_summary",
    "fact_mimebundle",
    "fact_summary",
    "mimebundle",
    "print_report",
    "render_claim",
    "render_fact",
    "render_report",
    "render_source",
    "report_html",
    "select_facts",
]

#: how many provenance trees to show without ``explain``
TOP_TREES = 3
WEAK = 0.5


# -- small pieces -----------------------------------------------------------------


def _score_style(score: float) -> str:
    if score >= 0.75:
        return "green"
    if score >= WEAK:
        return "yellow"
    return "red"


def score_bar(score: float, width: int = 10) -> Text:
    """A bar and the number: ``█████░░░░░ 0.50``."""
    filled = round(max(0.0, min(1.0, score)) * width)
    text = Text("█" * filled, style=_score_style(score))
    text.append("░" * (width - filled), style="dim")
    text.append(f" {score:.2f}")
    return text


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _claims(report: Report) -> dict[str, Claim]:
    return {c.id: c for c in report.claims}


def _sources(report: Report) -> dict[str, Source]:
    return {s.id: s for s in report.sources}


def claim_sentence(report: Report, claim: Claim) -> Text:
    """The claim's sentence as Text with the value's words highlighted (never markup-parsed)."""
    src = _sources(report).get(claim.source_id)
    if src is None:
        return Text(f"(source {claim.source_id} missing)", style="red")
    s0, s1 = claim.sentence.start, claim.sentence.end
    if not (s0 <= claim.span.start and claim.span.end <= s1):
        s0, s1 = min(s0, claim.span.start), max(s1, claim.span.end)
    # line breaks inside the sentence become spaces: same length, offsets unchanged
    text = Text(src.text[s0:s1].replace("\r", " ").replace("\n", " "))
    text.stylize("bold reverse", claim.span.start - s0, claim.span.end - s0)
    return text


def _claim_meta(report: Report, claim: Claim) -> Text:
    src = _sources(report).get(claim.source_id)
    meta = Text()
    meta.append(src.label if src else claim.source_id, style="bold")
    if src and src.published:
        meta.append(f" · {src.published.isoformat()}")
    if claim.speaker:
        meta.append(" · said by ")
        meta.append(claim.speaker, style="italic")
    chain = claim.attribution
    if chain and claim.speaker and chain[0] == claim.speaker:
        chain = chain[1:]  # the chain starts with the speaker, already shown
    if chain:
        meta.append(" · via " + " ← ".join(chain))
    if src and report.copy_of(src.id):
        orig = _sources(report).get(report.copy_of(src.id) or "")
        meta.append(f" · copy of {orig.label if orig else report.copy_of(src.id)}", style="magenta")
    return meta


def _fact_outlets(report: Report, fact: Fact) -> list[str]:
    claims, sources = _claims(report), _sources(report)
    names = {
        sources[claims[c].source_id].label
        for c in fact.claims
        if c in claims and claims[c].source_id in sources
    }
    return sorted(names)


def select_facts(
    report: Report, *, min_score: float | None = None, kind: str | None = None, fact: str | None = None
) -> list[Fact]:
    """The facts to show, contested and weakly corroborated first."""
    if fact:
        return [find_fact(report, fact)]
    facts = [
        f
        for f in report.facts
        if (min_score is None or f.score >= min_score) and (kind is None or f.kind == kind)
    ]

    def order(f: Fact) -> tuple[bool, bool, float, bool, str, str]:
        weak = f.score < WEAK
        # contested first, then weak (weakest first), then the rest (strongest first, quotes last)
        return (not f.conflicting, not weak, f.score if weak else -f.score, f.kind == "quote", f.label, f.id)

    facts.sort(key=order)
    return facts


# -- renderables ------------------------------------------------------------------


def render_claim(report: Report, claim: Claim) -> RenderableType:
    """A claim: who said it where, and its sentence with the value highlighted."""
    return Group(_claim_meta(report, claim), Text("  ").append_text(claim_sentence(report, claim)))


def fact_summary(fact: Fact) -> Text:
    """One line for a fact without its report: label, value, score bar, origins."""
    text = Text(_short(fact.label), style="bold")
    text.append(f" = {_short(fact_value_text(fact.value))}  ")
    text.append_text(score_bar(fact.score))
    text.append(f"  {fact.independent_origins} independent origin(s)")
    if fact.conflicting:
        text.append(f", {len(fact.conflicting)} conflicting", style="red")
    return text


def claim_summary(claim: Claim) -> Text:
    """One line for a claim without its report: kind, subject, value, where, who."""
    text = Text(f"{claim.kind} ", style="dim")
    text.append(claim.subject, style="bold")
    text.append(f": {_short(fact_value_text(claim.value))}")
    text.append(f"  [{claim.source_id} {claim.span.start}:{claim.span.end}]", style="dim")
    if claim.speaker:
        text.append(f" said by {claim.speaker}", style="italic")
    return text


def render_source(report: Report | None, source: Source) -> RenderableType:
    """A source: its metadata with where each field came from, warnings and copies."""
    table = Table(box=box.SIMPLE, show_header=False, title=Text(source.label), title_justify="left")
    table.add_column("field", style="dim")
    table.add_column("value")
    table.add_column("from", style="dim")
    for name in ("outlet", "published", "author", "title", "url", "path"):
        val = getattr(source, name)
        if val is not None:
            table.add_row(Text(name), Text(str(val)), Text(source.origin_of(name) or ""))
    if source.refused:
        table.add_row(Text("refused"), Text(source.refused, style="red"), Text(""))
    copy = report.copy_of(source.id) if report is not None else None
    if copy:
        table.add_row(Text("copy of"), Text(copy, style="magenta"), Text(""))
    for w in (w for w in source.warnings if w != source.refused):
        table.add_row(Text("warning"), Text(w, style="yellow"), Text(""))
    return table


_ROLE_STYLES = {"supports": "green", "conflicts": "red", "updates": "yellow", "unclassified": "dim"}


def _role(fact: Fact, claim_id: str) -> str:
    if claim_id in fact.supporting:
        return "supports"
    if claim_id in fact.conflicting:
        return "conflicts"
    return "updates" if claim_id in fact.updating else "unclassified"


def provenance_tree(report: Report, fact: Fact) -> Tree:
    """fact -> origins -> outlets -> spans."""
    claims, sources = _claims(report), _sources(report)
    head = Text()
    head.append(fact.label, style="bold")
    head.append(f" = {fact_value_text(fact.value)}  ")
    head.append_text(score_bar(fact.score))
    tree = Tree(head)
    claim_origins = dict(report.claim_origins)
    origins = {o.id: o for o in report.origins}
    groups: dict[str, list[Claim]] = {}
    for cid in fact.claims:
        c = claims.get(cid)
        if c is None:
            continue
        oids = claim_origins.get(cid) or ()
        if not oids:
            copy = report.copy_of(c.source_id)
            key = f"source:{copy or c.source_id}"
        else:
            key = oids[0]
        groups.setdefault(key, []).append(c)
    for key in sorted(groups):
        if key in origins:
            o = origins[key]
            label = Text(f"origin: {o.name} ({o.kind})", style="cyan")
        else:
            sid = key.split(":", 1)[1]
            label = Text(f"origin: {sources[sid].label if sid in sources else sid}", style="cyan")
        branch = tree.add(label)
        by_source: dict[str, list[Claim]] = {}
        for c in groups[key]:
            by_source.setdefault(c.source_id, []).append(c)
        for sid in sorted(by_source):
            src = sources.get(sid)
            out = Text(src.label if src else sid, style="bold")
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
    if fact.corroboration.explanation:
        ex = tree.add(Text("how the score was computed", style="dim"))
        for term in fact.corroboration.explanation:
            ex.add(Text(term))
    return tree


def render_fact(report: Report, fact: Fact, *, explain: bool = True) -> RenderableType:
    """A fact with its provenance tree and conflicts."""
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


def facts_table(report: Report, facts: list[Fact]) -> Table:
    """The facts: value, score bar, independent origins, outlets; contested first."""
    table = Table(title="Facts (contested and weak first)", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("fact", ratio=3)
    table.add_column("value", ratio=2)
    table.add_column("score", no_wrap=True)
    table.add_column("origins", justify="right")
    table.add_column("outlets", ratio=3)
    for f in facts:
        label = Text(_short(f.label))
        if f.conflicting:
            label.append(" ⚠ contested", style="bold red")
        elif f.independent_origins <= 1:
            label.append(" · uncorroborated", style="dim")
        table.add_row(
            label,
            Text(_short(fact_value_text(f.value))),
            score_bar(f.score),
            Text(str(f.independent_origins)),
            Text(", ".join(_fact_outlets(report, f))),
        )
    return table


def conflicts_section(report: Report, facts: list[Fact]) -> Iterator[RenderableType]:
    """Each contested fact: each side's exact words with the value highlighted."""
    claims = _claims(report)
    for f in facts:
        if not f.conflicting:
            continue
        head = Text("Conflict: ", style="bold red")
        head.append(f.label, style="bold")
        head.append(f" (consensus {fact_value_text(f.value)})")
        rows: list[RenderableType] = []
        for title, ids in (("supports", f.supporting), ("conflicts", f.conflicting)):
            for cid in ids:
                c = claims.get(cid)
                if c is None:
                    continue
                side = Text(
                    f"{title} {fact_value_text(c.value)} — ", style="green" if title == "supports" else "red"
                )
                side.append_text(_claim_meta(report, c))
                rows.append(side)
                rows.append(Text("    ").append_text(claim_sentence(report, c)))
        yield Panel(Group(*rows), title=head, title_align="left", box=box.ROUNDED)


def sources_table(report: Report) -> Table:
    """Every input: loaded or refused, with metadata and where each field came from."""
    table = Table(title="Sources", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("source", ratio=2, overflow="fold")
    table.add_column("outlet")
    table.add_column("published")
    table.add_column("author")
    table.add_column("status", ratio=2)
    for s in report.sources:

        def cell(name: str, src: Source = s) -> Text:
            val = getattr(src, name)
            if val is None:
                return Text("—", style="dim")
            t = Text(str(val))
            how = src.origin_of(name)
            if how:
                t.append(f" ({how})", style="dim")
            return t

        status = Text()
        if s.refused:
            status.append(f"refused: {s.refused.removeprefix(f'{s.path}: ')}", style="red")
        else:
            n = sum(1 for c in report.claims if c.source_id == s.id)
            status.append(f"{n} claims")
        copy = report.copy_of(s.id)
        if copy:
            orig = _sources(report).get(copy)
            status.append(f"; copy of {orig.label if orig else copy}", style="magenta")
        extra = [w for w in s.warnings if w != s.refused]
        if extra:
            status.append(f"; {len(extra)} warning(s)", style="yellow")
        table.add_row(Text(_name(s)), cell("outlet"), cell("published"), cell("author"), status)
    return table


def _name(src: Source) -> str:
    """The file name of a source (its id when it has no path)."""
    return src.path.replace("\\", "/").rsplit("/", 1)[-1] if src.path else src.id


def _warning_line(src: Source, message: str, style: str) -> Text:
    where = src.path or src.id
    message = message.removeprefix(f"{where}: ")
    return Text(f"  {_name(src)}: {message}", style=style)


def _copies_and_warnings(report: Report) -> Iterator[RenderableType]:
    sources = _sources(report)
    if report.copies:
        yield Text("Copies (counted once)", style="bold")
        for cp in report.copies:
            line = Text("  ")
            line.append(sources[cp.source].label if cp.source in sources else cp.source, style="magenta")
            line.append(" copies ")
            line.append(sources[cp.original].label if cp.original in sources else cp.original, style="bold")
            line.append(f" (containment {cp.containment:.2f})")
            if cp.reason:
                line.append(f": {cp.reason}", style="dim")
            yield line
    warned = [s for s in report.sources if s.warnings or s.refused]
    if warned:
        yield Text("Warnings and refused inputs", style="bold yellow")
        for s in warned:
            if s.refused:
                yield _warning_line(s, f"refused: {s.refused.removeprefix(f'{s.path}: ')}", "red")
            for w in s.warnings:
                if w != s.refused:
                    yield _warning_line(s, w, "yellow")


def render_report(
    report: Report,
    *,
    min_score: float | None = None,
    kind: str | None = None,
    fact: str | None = None,
    explain: bool = False,
    compact: bool = False,
) -> Iterator[RenderableType]:
    """Yield the report's renderables: header, facts, conflicts, provenance, sources, warnings.

    Args:
        min_score: hide facts scoring below this.
        kind: only facts of this kind.
        fact: only the fact best matching this query (raises FactNotFoundError).
        explain: a provenance tree with the scoring terms for every shown fact.
        compact: header and facts table only (notebooks).
    """
    facts = select_facts(report, min_score=min_score, kind=kind, fact=fact)
    yield _header(report)
    if facts:
        yield facts_table(report, facts)
    else:
        yield Text("No facts to show.", style="dim")
    if compact:
        return
    yield from conflicts_section(report, facts)
    shown = facts if (explain or fact) else sorted(facts, key=lambda f: (-len(f.claims), f.id))[:TOP_TREES]
    if shown:
        yield Text(
            "Provenance" + ("" if explain or fact else f" (top {len(shown)}; --explain for all)"),
            style="bold",
        )
        for f in shown:
            if explain or fact:
                yield provenance_tree(report, f)
            else:
                yield _tree_without_terms(report, f)
    yield sources_table(report)
    yield from _copies_and_warnings(report)


def _tree_without_terms(report: Report, fact: Fact) -> Tree:
    from attrs import evolve

    bare = evolve(fact, corroboration=evolve(fact.corroboration, explanation=()))
    return provenance_tree(report, bare)


# -- consoles -------------------------------------------------------------------


def make_console(
    *, width: int | None = None, color: bool | None = None, file: IO[str] | None = None, record: bool = False
) -> Console:
    """A console: no colour when ``color`` is False, ``NO_COLOR`` is set or output is piped."""
    out = file if file is not None else sys.stdout
    if color is None:
        color = not os.environ.get("NO_COLOR") and out.isatty()
    return Console(
        file=out,
        width=width,
        color_system="auto" if color else None,
        no_color=not color,
        force_terminal=None if color else False,
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
    width: int | None = None,
    color: bool | None = None,
    file: IO[str] | None = None,
    console: Console | None = None,
) -> None:
    """Print the corroboration report (see :func:`render_report` for the options)."""
    console = console or make_console(width=width, color=color, file=file)
    for part in render_report(report, min_score=min_score, kind=kind, fact=fact, explain=explain):
        console.print(part)


def _record(renderables: list[RenderableType], width: int = 100) -> Console:
    import io

    console = Console(
        record=True, file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor",
        highlight=False, markup=False, emoji=False,
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
    """Jupyter display data: ``text/plain`` and compact ``text/html`` (inline styles)."""
    return _bundle(list(render_report(report, compact=True)), width)


def fact_mimebundle(report: Report, fact: Fact, *, width: int = 100) -> dict[str, str]:
    """Jupyter display data for one fact with its evidence (its provenance tree)."""
    return _bundle([render_fact(report, fact)], width)


def renderable_mimebundle(obj: RenderableType, *, width: int = 100) -> dict[str, str]:
    """Jupyter display data for any renderable (a Fact, Claim or Source on its own)."""
    return _bundle([obj], width)


def report_html(report: Report, *, width: int = 120, **options: Any) -> str:
    """A self-contained HTML page of the full report; every piece of source text is escaped."""
    console = _record(list(render_report(report, **options)), width)
    return console.export_html(inline_styles=True)


def report_text(report: Report, *, width: int = 100, **options: Any) -> str:
    """The full report as plain text."""
    return _record(list(render_report(report, **options)), width).export_text()
