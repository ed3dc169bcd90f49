"""What a Report becomes: the terminal and notebook report, pictures, exports, the graph, lookups
and assertions. Outputs read the model; no stage imports them.

Importing this package installs its functions as the model's :class:`~claimcheck.model.Outputs`
(what ``report.print()``, ``report.fact(...)``, ``report.to_json()``, notebook display and
``fact.plot()`` call), so the model never imports an output. Heavy libraries (matplotlib,
pandas, prov) are imported only when their function runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimcheck.model import Fact, Outputs, Report, install_outputs
from claimcheck.output import assertions, export, graph, query, report

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.output.plot import GraphPicture, TimelinePicture

__all__: list[str] = []


def _plot_graph(rep: Report, **options: Any) -> GraphPicture:
    from claimcheck.output.plot import plot_graph

    return plot_graph(rep, **options)


def _plot_timeline(rep: Report, fact: Fact, **options: Any) -> TimelinePicture:
    from claimcheck.output.plot import plot_timeline

    return plot_timeline(rep, fact, **options)


install_outputs(
    Outputs(
        render_report=report.render_report,
        print_report=report.print_report,
        print_fact=report.print_fact,
        render_source=report.source_table,
        render_claim=report.claim_summary,
        render_fact_line=report.fact_summary,
        mimebundle=report.object_mimebundle,
        fact_mimebundle=report.fact_mimebundle,
        evidence=assertions.evidence,
        find_fact=query.lookup,
        build_graph=graph.build_graph,
        plot_graph=_plot_graph,
        plot_timeline=_plot_timeline,
        to_json=export.to_json,
        from_json=export.from_json,
        facts_frame=export.facts_frame,
    )
)
