"""Pictures of a report: the claim graph and value timelines (needs the ``plot`` extra).

matplotlib is imported inside the functions only, so ``import claimcheck`` never needs it.
Figures are built with :class:`matplotlib.figure.Figure` directly (no pyplot, no GUI backend).
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from claimcheck.errors import MissingExtraError
from claimcheck.model import Fact, Quantity, Report

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "EDGE_STYLES",
    "GRAPH_FORMATS",
    "GraphPicture",
    "TimelinePicture",
    "plot_graph",
    "plot_timeline",
    "timeline_fact",
    "to_svg",
]

#: How each edge type is drawn: (colour, line style, arrow).
EDGE_STYLES: dict[str, tuple[str, Any, bool]] = {
    "asserts": ("#2b6cb0", "solid", False),
    "agrees": ("#2f855a", "solid", False),
    "conflicts": ("#e53e3e", "dashed", False),
    "copy_of": ("#805ad5", "dotted", True),
    "origin_of": ("#b7791f", "solid", False),
}
_NODE_COLOURS = {"source": "#90cdf4", "origin": "#fbd38d", "fact": "#c6f6d5"}
_LEGEND_NAMES = {"copy_of": "copy of (arrow to the original)", "origin_of": "origin of"}
_STRONG = {"conflicts", "copy_of"}  # drawn thick, opaque and on top
_CONTESTED = "#c53030"
_MAX_EDGE_LABELS = 8  # more conflict edges than this: their values go beside the fact only
#: The file types ``claimcheck graph -o`` writes.
GRAPH_FORMATS = ("svg", "png", "pdf")


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError as err:
        msg = "Pictures need matplotlib: pip install 'claimcheck-provenance[plot]'."
        raise MissingExtraError(msg) from err
    return matplotlib


@frozen
class GraphPicture:
    """What :func:`plot_graph` drew: the figure and the nodes and edges per type."""

    figure: Figure
    nodes: dict[str, tuple[str, ...]] = field(eq=False)
    edges: dict[str, tuple[tuple[str, str], ...]] = field(eq=False)

    def _repr_svg_(self) -> str:  # a notebook shows the picture
        return to_svg(self.figure)


@frozen
class TimelinePicture:
    """What :func:`plot_timeline` drew: one point per (source, value) with a date."""

    figure: Figure
    points: tuple[tuple[str, str, float, bool], ...]  # (source id, iso date, value, conflicting)
    consensus: float | None

    def _repr_svg_(self) -> str:  # a notebook shows the picture
        return to_svg(self.figure)


def _new_axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    _matplotlib()
    if ax is not None:
        fig = ax.get_figure()
        assert fig is not None
        return fig, ax  # type: ignore[return-value]
    from matplotlib.figure import Figure

    fig = Figure(figsize=size)
    return fig, fig.add_subplot()


def _savefig(fig: Figure, target: Any, fmt: str | None = None) -> None:
    """Save with stable output: SVG ids salted by a constant and no date, text as paths."""
    import matplotlib as mpl

    fmt = fmt or Path(os.fspath(target)).suffix.lower().lstrip(".") or "png"
    metadata = {"Date": None} if fmt in {"svg", "pdf"} else None
    with mpl.rc_context({"svg.fonttype": "path", "svg.hashsalt": "claimcheck"}):
        fig.savefig(target, format=fmt, bbox_inches="tight", metadata=metadata)


def _save(fig: Figure, path: str | os.PathLike[str] | None) -> None:
    if path is not None:
        _savefig(fig, os.fspath(path))


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _drawn_facts(report: Report, max_facts: int) -> list[Fact]:
    """Contested facts first (they are the point of the picture), then those with most claims."""
    return sorted(report.facts, key=lambda f: (not f.conflicting, -len(f.claims), f.id))[:max_facts]


def graph_elements(
    report: Report, *, max_facts: int = 12
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, str], ...]]]:
    """The nodes and collapsed edges :func:`plot_graph` draws (no matplotlib needed).

    Claims are collapsed: a source asserting a fact's supporting (or other) claim gets an
    ``asserts`` edge to the fact, a conflicting claim a ``conflicts`` edge; ``agrees`` joins two
    sources whose claims agree; ``copy_of`` joins a copy to its original; ``origin_of`` an origin
    to the sources it stands for. Facts: the contested ones first, then those with most claims,
    at most ``max_facts``.
    """
    facts = _drawn_facts(report, max_facts)
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
        "asserts": tuple(sorted(asserts - conflicts)),
        "agrees": tuple(sorted((a, b) for a, b in agrees)),
        "conflicts": tuple(sorted(conflicts)),
        "copy_of": tuple(sorted(copies)),
        "origin_of": tuple(sorted(origin_of)),
    }
    return nodes, edges


def _column_order(
    nodes: dict[str, tuple[str, ...]], edges: dict[str, tuple[tuple[str, str], ...]]
) -> dict[str, list[str]]:
    """Order each column so related nodes sit together and few edges cross.

    Sources joined by a copy or a shared origin are kept next to each other (groups in the order
    of their first source); each origin sits at the mean position of the sources it stands for.
    Facts keep their rank (contested first).
    """
    sources = list(nodes["source"])
    group = {s: s for s in sources}

    def find(s: str) -> str:
        while group[s] != s:
            s = group[s]
        return s

    shared: dict[str, list[str]] = {}
    for origin, src in edges["origin_of"]:
        shared.setdefault(origin, []).append(src)
    pairs = [(a, b) for a, b in edges["copy_of"]]
    pairs += [(members[0], m) for members in shared.values() for m in members[1:]]
    for a, b in pairs:
        if a in group and b in group:
            ra, rb = find(a), find(b)
            if ra != rb:
                group[max(ra, rb, key=sources.index)] = min(ra, rb, key=sources.index)
    first = {s: sources.index(find(s)) for s in sources}
    ordered_sources = sorted(sources, key=lambda s: (first[s], sources.index(s)))
    rank = {s: i for i, s in enumerate(ordered_sources)}
    centre = {
        o: sum(rank.get(s, 0) for s in shared.get(o, [])) / max(1, len(shared.get(o, [])))
        for o in nodes["origin"]
    }
    ordered_origins = sorted(nodes["origin"], key=lambda o: (centre[o], o))
    return {"origin": ordered_origins, "source": ordered_sources, "fact": list(nodes["fact"])}


def _value_texts(report: Report, facts: list[Fact]) -> dict[tuple[str, str], str]:
    """(source id, fact id) -> the conflicting values that source states, for edge labels."""
    from claimcheck.output.query import fact_value_text

    claims = {c.id: c for c in report.claims}
    out: dict[tuple[str, str], list[str]] = {}
    for fact in facts:
        for cid in fact.conflicting:
            claim = claims[cid]
            texts = out.setdefault((claim.span.source_id, fact.id), [])
            text = fact_value_text(claim.value)
            if text not in texts:
                texts.append(text)
    return {k: ", ".join(v) for k, v in out.items()}


def plot_graph(
    report: Report,
    *,
    ax: Axes | None = None,
    path: str | os.PathLike[str] | None = None,
    max_facts: int = 12,
) -> GraphPicture:
    """Draw origins (left), sources (middle) and facts (right) with typed edges and a legend.

    Conflicts are thick red dashed lines labelled with the value the source states instead;
    a copy is a thick purple dotted arrow from the copy to its original, and the copy's label
    names the original. Contested facts are listed first, in red.

    Args:
        report: the checked report.
        ax: draw into these axes; a new :class:`~matplotlib.figure.Figure` otherwise.
        path: also save the figure there (format from the suffix: ``.svg``, ``.png``).
        max_facts: draw at most this many facts: the contested ones, then those with most claims.

    Returns:
        The figure and what was drawn (``nodes`` and ``edges`` per type).

    Raises:
        ImportError: matplotlib is missing (install ``claimcheck-provenance[plot]``).
    """
    nodes, edges = graph_elements(report, max_facts=max_facts)
    rows = max(len(v) for v in nodes.values()) if any(nodes.values()) else 1
    fig, ax = _new_axes(ax, (12.0, max(4.5, 0.42 * rows + 1.8)))
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    facts = {f.id: f for f in report.facts}
    labels = {s.id: s.label for s in report.sources}
    labels |= {o.id: o.name for o in report.origins}
    labels |= {f.id: f.label for f in report.facts}
    order = _column_order(nodes, edges)
    columns = {"origin": 0.0, "source": 1.0, "fact": 2.0}
    pos: dict[str, tuple[float, float]] = {}
    for kind, column in order.items():
        n = len(column)
        for i, ident in enumerate(column):
            pos[ident] = (columns[kind], 1.0 - (i + 0.5) / n)
    said = _value_texts(report, [facts[f] for f in nodes["fact"]])
    for etype, pairs in edges.items():
        colour, style, arrow = EDGE_STYLES[etype]
        strong = etype in _STRONG
        for a, b in pairs:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            rad = 0.0
            if etype == "copy_of":  # bulge left, into the gap between origins and sources
                rad = 0.6 if y2 < y1 else -0.6
            elif etype == "agrees":  # bulge right, faint
                rad = -0.3 if y2 < y1 else 0.3
            ax.add_patch(
                FancyArrowPatch(
                    (x1, y1),
                    (x2, y2),
                    arrowstyle="-|>" if arrow else "-",
                    mutation_scale=18,
                    shrinkA=6,
                    shrinkB=6,
                    connectionstyle=f"arc3,rad={rad}",
                    color=colour,
                    linestyle=style,
                    linewidth=2.6 if strong else 1.0,
                    alpha=0.95 if strong else (0.3 if etype == "agrees" else 0.45),
                    zorder=3 if strong else 1,
                    gid=f"edge-{etype}",
                )
            )
            if etype == "copy_of" and len(pairs) <= _MAX_EDGE_LABELS:  # name the original by the arc
                ax.text(
                    x1 - 0.09,
                    (y1 + y2) / 2,
                    f"copy of\n{_short(labels.get(b, b), 22)}",
                    color=colour,
                    fontsize=7.5,
                    fontstyle="italic",
                    ha="right",
                    va="center",
                    zorder=6,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.85},
                    gid="copy-label",
                )
            if etype == "conflicts" and (a, b) in said and len(pairs) <= _MAX_EDGE_LABELS:
                t = 0.45
                ax.text(
                    x1 + t * (x2 - x1),
                    y1 + t * (y2 - y1),
                    f"says {said[(a, b)]}",
                    color=_CONTESTED,  # text: 5.5:1 on white (the line's red is 4.1:1)
                    fontsize=8,
                    fontweight="bold",
                    ha="center",
                    va="center",
                    zorder=6,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": colour, "lw": 0.8},
                    gid="conflict-label",
                )
    copied = dict(edges["copy_of"])
    for kind, ids in nodes.items():
        if not ids:
            continue
        xs = [pos[i][0] for i in ids]
        ys = [pos[i][1] for i in ids]
        ax.scatter(xs, ys, s=90, c=_NODE_COLOURS[kind], edgecolors="#2d3748", zorder=4, gid=f"nodes-{kind}")
        ha = "right" if kind == "origin" else "left"
        dx = -0.04 if kind == "origin" else 0.04
        for ident, x, y in zip(ids, xs, ys, strict=True):
            text = _short(labels.get(ident, ident), 34 if kind == "fact" else 28)
            colour = "#1a202c"
            if kind == "fact" and facts[ident].conflicting:
                others = dict.fromkeys(v for (_, f), v in said.items() if f == ident)
                text, colour = f"{text}  (contested: {_short(', '.join(others), 30)})", _CONTESTED
            elif kind == "source" and ident in copied:
                text, colour = f"{text} (copy)", EDGE_STYLES["copy_of"][0]
            ax.text(
                x + dx,
                y,
                text,
                ha=ha,
                va="center",
                fontsize=8,
                color=colour,
                zorder=5,
                bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
            )
    for kind, x in columns.items():
        ax.text(x, 1.03, f"{kind}s", ha="center", va="bottom", fontsize=9, fontweight="bold", color="#4a5568")
    handles = [
        Line2D(
            [],
            [],
            color=c,
            linestyle=s,
            linewidth=2.6 if n in _STRONG else 1.5,
            label=_LEGEND_NAMES.get(n, n),
        )
        for n, (c, s, _) in EDGE_STYLES.items()
    ]
    handles += [
        Line2D([], [], marker="o", linestyle="", markerfacecolor=c, markeredgecolor="#2d3748", label=k)
        for k, c in _NODE_COLOURS.items()
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.01),
        ncol=len(handles),
        fontsize=8,
        frameon=False,
        handlelength=2.5,
        columnspacing=1.2,
    )
    ax.set_xlim(-0.8, 3.0)
    ax.set_ylim(-0.02, 1.06)
    ax.set_axis_off()
    ax.set_title("Who says what, who copies whom", pad=14)
    _save(fig, path)
    return GraphPicture(fig, nodes, edges)


#: Marker per qualifier: a lower bound points up, an upper bound down.
_QUALIFIER_MARKERS = {"exact": "o", "approx": "D", "at_least": "^", "at_most": "v", "range": "s"}


def _nearby(points: list[tuple[str, str, float, bool]]) -> list[list[tuple[str, str, float, bool]]]:
    """Group marks with the same value and role whose dates lie within 2% of the drawn time span."""
    import datetime as dt

    days = [dt.date.fromisoformat(p[1]).toordinal() for p in points]
    span = max(days) - min(days) if days else 0
    near = 0.02 * (span + 3 * max(2.0, span / 10))  # the x range plot_timeline draws
    groups: list[list[tuple[str, str, float, bool]]] = []
    anchor: list[int] = []
    for p, day in zip(points, days, strict=True):
        for g, start in zip(groups, anchor, strict=True):
            if g[0][2] == p[2] and g[0][3] == p[3] and abs(day - start) <= near:
                g.append(p)
                break
        else:
            groups.append([p])
            anchor.append(day)
    return groups


def plot_timeline(
    report: Report,
    fact: Fact | str,
    *,
    ax: Axes | None = None,
    path: str | os.PathLike[str] | None = None,
) -> TimelinePicture:
    """Draw a fact's values against the publication dates of their sources.

    One mark per source and value whose source has a date, labelled with the outlet: blue marks
    support, red marks conflict; the marker shape tells exact (circle), about (diamond), more
    than (triangle up), up to (triangle down) and range (square) apart. The consensus is a dashed
    horizontal line. A count that grows over time shows as rising marks: dated, not contradicted.

    Args:
        report: the checked report.
        fact: a :class:`Fact` or a label looked up with ``report.fact``.
        ax: draw into these axes; a new figure otherwise.
        path: also save the figure there.

    Returns:
        The figure, the points drawn and the consensus value.

    Raises:
        ImportError: matplotlib is missing (install ``claimcheck-provenance[plot]``).
    """
    if isinstance(fact, str):
        fact = report.fact(fact)
    fig, ax = _new_axes(ax, (8.0, 4.0))
    import datetime as dt

    import matplotlib.dates

    mdates: Any = matplotlib.dates  # partly untyped

    sources = {s.id: s for s in report.sources}
    claims = {c.id: c for c in report.claims}
    bad = set(fact.conflicting)
    points: list[tuple[str, str, float, bool]] = []
    qualifier: dict[tuple[str, str, float, bool], str] = {}
    for cid in fact.claims:
        claim = claims[cid]
        src = sources[claim.span.source_id]
        if src.published is None or not isinstance(claim.value, Quantity):
            continue
        point = (src.id, src.published.isoformat(), float(claim.value.value), cid in bad)
        if point not in points:  # one mark per source and value
            points.append(point)
            qualifier[point] = claim.value.qualifier
    points.sort(key=lambda p: (p[1], p[0], p[2]))
    for conflicting, colour, role in ((False, "#2b6cb0", "supporting"), (True, "#e53e3e", "conflicting")):
        mine = [p for p in points if p[3] is conflicting]
        for qual, marker in _QUALIFIER_MARKERS.items():
            some = [p for p in mine if qualifier[p] == qual]
            if not some:
                continue
            xs: Any = [dt.date.fromisoformat(p[1]) for p in some]
            name = role if qual == "exact" else f"{role} ({qual.replace('_', ' ')})"
            ax.scatter(
                xs, [p[2] for p in some], marker=marker, s=60, c=colour, zorder=3, label=name, gid=role
            )
    if len(points) <= 20:  # name the outlets beside the marks while that stays readable
        for group in _nearby(points):
            first = group[0]
            names = dict.fromkeys(_short(sources[p[0]].label, 22) for p in group)
            ax.annotate(
                ", ".join(names),
                (dt.date.fromisoformat(first[1]), first[2]),
                xytext=(6, 4),
                textcoords="offset points",
                fontsize=7,
                color=_CONTESTED if first[3] else "#2d3748",  # text at 4.5:1 or more on white
            )
    series_ids = set(fact.updating)
    if series_ids:  # a changing quantity: its figures joined in time order
        serial = sorted(
            (sources[claims[c].span.source_id].published, float(claims[c].value.value))  # type: ignore[union-attr]
            for c in fact.claims
            if (c in series_ids or c in fact.supporting)
            and sources[claims[c].span.source_id].published is not None
            and isinstance(claims[c].value, Quantity)
        )
        xs_series: Any = [d for d, _ in serial]
        ax.plot(
            xs_series,
            [v for _, v in serial],
            color="#d69e2e",
            linewidth=1,
            zorder=2,
            label="series (updates)",
        )
    consensus = float(fact.value.value) if isinstance(fact.value, Quantity) else None
    if consensus is not None:
        ax.axhline(consensus, color="#2f855a", linestyle="--", linewidth=1, label=f"consensus {consensus:g}")
    if points:
        dates = [dt.date.fromisoformat(p[1]) for p in points]
        pad = max(dt.timedelta(days=2), (max(dates) - min(dates)) / 10)
        limits: Any = (min(dates) - pad, max(dates) + pad * 2)
        ax.set_xlim(*limits)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    title = _short(fact.label, 60) + ("  (contested)" if fact.conflicting else "")
    ax.set_title(title, color=_CONTESTED if fact.conflicting else "black")
    ax.set_xlabel("published")
    ax.set_ylabel(fact.subject or fact.kind)
    ax.grid(alpha=0.25)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    _save(fig, path)
    return TimelinePicture(fig, tuple(points), consensus)


def to_svg(fig: Figure) -> str:
    """The figure as an SVG document (text; fonts as paths, no external references)."""
    _matplotlib()
    buf = io.StringIO()
    _savefig(fig, buf, "svg")
    text = buf.getvalue()
    start = text.find("<svg")
    return text[start:] if start >= 0 else text


def timeline_fact(report: Report) -> Fact | None:
    """The fact whose timeline says most: a contested quantity with the most dated claims."""
    dated = {s.id for s in report.sources if s.published is not None}
    claims = {c.id: c for c in report.claims}

    def marks(f: Fact) -> int:
        return sum(1 for c in f.claims if claims[c].span.source_id in dated)

    candidates = [f for f in report.facts if isinstance(f.value, Quantity) and marks(f) >= 2]
    if not candidates:
        return None
    return max(candidates, key=lambda f: (bool(f.conflicting), marks(f), f.id))
