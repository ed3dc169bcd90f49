"""Pictures of a report: the claim graph and value timelines (needs the ``plot`` extra).

matplotlib is imported inside the functions only, so ``import claimcheck`` never needs it.
Figures are built with :class:`matplotlib.figure.Figure` directly (no pyplot, no GUI backend).
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from claimcheck.model import Fact, Quantity, Report

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "EDGE_STYLES",
    "GraphPicture",
    "TimelinePicture",
    "graph_command",
    "plot_graph",
    "plot_timeline",
    "report_html_with_pictures",
    "to_svg",
]

#: How each edge type is drawn: (colour, line style, arrow).
EDGE_STYLES: dict[str, tuple[str, Any, bool]] = {
    "asserts": ("#2b6cb0", "solid", False),
    "agrees": ("#2f855a", "solid", False),
    "conflicts": ("#e53e3e", "dashed", False),
    "copy_of": ("#718096", "dotted", True),
    "origin_of": ("#b7791f", "solid", False),
}
_NODE_COLOURS = {"source": "#90cdf4", "origin": "#fbd38d", "fact": "#c6f6d5"}


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError as err:
        msg = "Pictures need matplotlib: pip install 'claimcheck-provenance[plot]'."
        raise ImportError(msg) from err
    return matplotlib


@frozen
class GraphPicture:
    """What :func:`plot_graph` drew: the figure and the nodes and edges per type."""

    figure: Figure
    nodes: dict[str, tuple[str, ...]] = field(eq=False)
    edges: dict[str, tuple[tuple[str, str], ...]] = field(eq=False)


@frozen
class TimelinePicture:
    """What :func:`plot_timeline` drew: one point per (source, claim) with a date."""

    figure: Figure
    points: tuple[tuple[str, str, float, bool], ...]  # (source id, iso date, value, conflicting)
    consensus: float | None


def _new_axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    _matplotlib()
    if ax is not None:
        fig = ax.get_figure()
        assert fig is not None
        return fig, ax  # type: ignore[return-value]
    from matplotlib.figure import Figure

    fig = Figure(figsize=size)
    return fig, fig.add_subplot()


def _save(fig: Figure, path: str | os.PathLike[str] | None) -> None:
    if path is not None:
        fig.savefig(os.fspath(path), bbox_inches="tight")


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def graph_elements(
    report: Report, *, max_facts: int = 12
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, str], ...]]]:
    """The nodes and collapsed edges :func:`plot_graph` draws (no matplotlib needed).

    Claims are collapsed: a source asserting a fact's supporting (or other) claim gets an
    ``asserts`` edge to the fact, a conflicting claim a ``conflicts`` edge; ``agrees`` joins two
    sources whose claims agree; ``copy_of`` joins a copy to its original; ``origin_of`` an origin
    to the sources it stands for.
    """
    facts = sorted(report.facts, key=lambda f: (-len(f.claims), f.id))[:max_facts]
    source_of = {c.id: c.span.source_id for c in report.claims}
    asserts: set[tuple[str, str]] = set()
    conflicts: set[tuple[str, str]] = set()
    for fact in facts:
        bad = set(fact.conflicting)
        for cid in fact.claims:
            pair = (source_of[cid], fact.id)
            (conflicts if cid in bad else asserts).add(pair)
    agrees = {
        tuple(sorted((source_of[lk.a], source_of[lk.b])))
        for lk in report.links
        if lk.relation == "agrees" and source_of[lk.a] != source_of[lk.b]
    }
    copies = {(cp.source, cp.original) for cp in report.copies}
    origin_of = {(o.id, s) for o in report.origins for s in o.sources}
    nodes = {
        "source": tuple(s.id for s in report.sources),
        "origin": tuple(o.id for o in report.origins),
        "fact": tuple(f.id for f in facts),
    }
    edges: dict[str, tuple[tuple[str, str], ...]] = {
        "asserts": tuple(sorted(asserts)),
        "agrees": tuple(sorted((a, b) for a, b in agrees)),
        "conflicts": tuple(sorted(conflicts)),
        "copy_of": tuple(sorted(copies)),
        "origin_of": tuple(sorted(origin_of)),
    }
    return nodes, edges


def plot_graph(
    report: Report,
    *,
    ax: Axes | None = None,
    path: str | os.PathLike[str] | None = None,
    max_facts: int = 12,
) -> GraphPicture:
    """Draw origins (left), sources (middle) and facts (right) with typed edges and a legend.

    Args:
        report: the checked report.
        ax: draw into these axes; a new :class:`~matplotlib.figure.Figure` otherwise.
        path: also save the figure there (format from the suffix: ``.svg``, ``.png``).
        max_facts: draw the facts with the most claims, at most this many.

    Returns:
        The figure and what was drawn (``nodes`` and ``edges`` per type).

    Raises:
        ImportError: matplotlib is missing (install ``claimcheck-provenance[plot]``).
    """
    nodes, edges = graph_elements(report, max_facts=max_facts)
    rows = max(len(v) for v in nodes.values()) if any(nodes.values()) else 1
    fig, ax = _new_axes(ax, (12.0, max(4.0, 0.45 * rows + 1.5)))
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    labels = {s.id: s.label for s in report.sources}
    labels |= {o.id: o.name for o in report.origins}
    labels |= {f.id: f.label for f in report.facts}
    columns = {"origin": 0.0, "source": 1.0, "fact": 2.0}
    pos: dict[str, tuple[float, float]] = {}
    for kind, ids in nodes.items():
        n = len(ids)
        for i, ident in enumerate(ids):
            pos[ident] = (columns[kind], 1.0 - (i + 0.5) / n if n else 0.5)
    for etype, pairs in edges.items():
        colour, style, arrow = EDGE_STYLES[etype]
        for a, b in pairs:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            rad = 0.35 if etype in {"copy_of", "agrees"} else 0.0
            ax.add_patch(
                FancyArrowPatch(
                    (x1, y1),
                    (x2, y2),
                    arrowstyle="-|>" if arrow else "-",
                    mutation_scale=12,
                    connectionstyle=f"arc3,rad={rad}",
                    color=colour,
                    linestyle=style,
                    linewidth=2.0 if etype in {"conflicts", "copy_of"} else 1.0,
                    alpha=0.9 if etype in {"conflicts", "copy_of"} else 0.5,
                    zorder=3 if etype in {"conflicts", "copy_of"} else 1,
                    gid=f"edge-{etype}",
                )
            )
    for kind, ids in nodes.items():
        if not ids:
            continue
        xs = [pos[i][0] for i in ids]
        ys = [pos[i][1] for i in ids]
        ax.scatter(xs, ys, s=90, c=_NODE_COLOURS[kind], edgecolors="#2d3748", zorder=4, gid=f"nodes-{kind}")
        ha = "right" if kind == "origin" else "left"
        dx = -0.04 if kind == "origin" else 0.04
        for ident, x, y in zip(ids, xs, ys, strict=True):
            ax.text(x + dx, y, _short(labels.get(ident, ident)), ha=ha, va="center", fontsize=8, zorder=5)
    handles = [
        Line2D([], [], color=c, linestyle=s, linewidth=2, label=name.replace("_", " "))
        for name, (c, s, _) in EDGE_STYLES.items()
    ]
    handles += [
        Line2D([], [], marker="o", linestyle="", markerfacecolor=c, markeredgecolor="#2d3748", label=k)
        for k, c in _NODE_COLOURS.items()
    ]
    ax.legend(
        handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=8, fontsize=8, frameon=False
    )
    ax.set_xlim(-0.8, 2.9)
    ax.set_ylim(-0.02, 1.02)
    ax.set_axis_off()
    ax.set_title("Who says what, who copies whom")
    _save(fig, path)
    return GraphPicture(fig, nodes, edges)


def plot_timeline(
    report: Report,
    fact: Fact | str,
    *,
    ax: Axes | None = None,
    path: str | os.PathLike[str] | None = None,
) -> TimelinePicture:
    """Draw a fact's values against the publication dates of their sources.

    One mark per source and value whose source has a date; conflicting claims are red crosses; the
    consensus is a horizontal line. A count that grows over time shows as rising points.

    Args:
        report: the checked report.
        fact: a :class:`Fact` or a label looked up with ``report.fact``.
        ax: draw into these axes; a new figure otherwise.
        path: also save the figure there.

    Returns:
        The figure, the points drawn and the consensus value.
    """
    if isinstance(fact, str):
        fact = report.fact(fact)
    fig, ax = _new_axes(ax, (8.0, 4.0))
    sources = {s.id: s for s in report.sources}
    claims = {c.id: c for c in report.claims}
    bad = set(fact.conflicting)
    points: list[tuple[str, str, float, bool]] = []
    for cid in fact.claims:
        claim = claims[cid]
        src = sources[claim.span.source_id]
        if src.published is None or not isinstance(claim.value, Quantity):
            continue
        point = (src.id, src.published.isoformat(), float(claim.value.value), cid in bad)
        if point not in points:  # one mark per source and value
            points.append(point)
    points.sort(key=lambda p: (p[1], p[0], p[2]))
    import datetime as dt

    for conflicting in (False, True):
        xs: Any = [dt.date.fromisoformat(p[1]) for p in points if p[3] is conflicting]
        ys = [p[2] for p in points if p[3] is conflicting]
        if conflicting:
            ax.scatter(
                xs, ys, marker="x", s=70, c="#e53e3e", zorder=3, label="conflicting", gid="conflicting"
            )
        else:
            ax.scatter(xs, ys, marker="o", s=40, c="#2b6cb0", zorder=3, label="supporting", gid="supporting")
    consensus = float(fact.value.value) if isinstance(fact.value, Quantity) else None
    if consensus is not None:
        ax.axhline(consensus, color="#2f855a", linestyle="--", linewidth=1, label=f"consensus {consensus:g}")
    ax.set_title(_short(fact.label, 60))
    ax.set_xlabel("published")
    ax.legend(fontsize=8)
    fig.autofmt_xdate()
    _save(fig, path)
    return TimelinePicture(fig, tuple(points), consensus)


def to_svg(fig: Figure) -> str:
    """The figure as an SVG document (text; fonts as paths, no external references)."""
    _matplotlib()
    import matplotlib as mpl

    buf = io.StringIO()
    with mpl.rc_context({"svg.fonttype": "path"}):
        fig.savefig(buf, format="svg", bbox_inches="tight")
    text = buf.getvalue()
    start = text.find("<svg")
    return text[start:] if start >= 0 else text


def embed_svg(html: str, svgs: list[str], *, heading: str = "Pictures") -> str:
    """Insert inline SVGs before ``</body>`` of an HTML page."""
    block = f'<section class="claimcheck-pictures"><h2>{heading}</h2>\n' + "\n".join(
        f'<figure style="margin:1em 0">{svg}</figure>' for svg in svgs
    )
    block += "</section>\n"
    i = html.rfind("</body>")
    return html[:i] + block + html[i:] if i >= 0 else html + block


def report_html_with_pictures(report: Report, **options: Any) -> str:
    """The self-contained HTML report with the claim graph and one timeline embedded as SVG."""
    from claimcheck.report import report_html

    svgs = [to_svg(plot_graph(report).figure)]
    counts = [f for f in report.facts if f.kind == "count" and isinstance(f.value, Quantity)]
    if counts:
        top = max(counts, key=lambda f: (len(f.claims), f.id))
        svgs.append(to_svg(plot_timeline(report, top).figure))
    return embed_svg(report_html(report, **options), svgs)


def graph_command(paths: list[str], output: str) -> int:
    """``claimcheck graph PATH... -o graph.svg|png``: check the paths and save the graph picture."""
    from claimcheck import check

    plot_graph(check(paths if len(paths) != 1 else paths[0]), path=output)
    return 0
