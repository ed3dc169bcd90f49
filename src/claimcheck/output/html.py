"""The HTML report: one self-contained page to send to a colleague.

The page names the corpus in its ``<title>`` and ``<h1>`` (sources, outlets, dates), opens with
contents (contested facts first), then the facts as a table that a small inline script sorts and
filters, each fact with its provenance folded under it (claims, outlets, copies discounted, the
scoring terms); then the pictures (when matplotlib is installed), every article with its claims
marked (the sentence, the value and its speaker, as displaCy marks entities), and the refused
inputs. Nothing is fetched: no external style sheet, font, script or image. Every piece of source
text is escaped. Colours keep a contrast of at least 4.5:1 (WCAG AA) with their background.
"""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from html import escape
from typing import Any

from claimcheck.model import Claim, Fact, Report, Source
from claimcheck.output.query import fact_value_text

__all__ = ["MAX_GRAPH_ELEMENTS", "corpus_title", "report_html", "to_html"]

#: The page's colours: every foreground/background pair used has a contrast of 4.5:1 or more.
_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #ffffff; }
header.top { background: #17324d; color: #ffffff; padding: 1.2rem 2rem; }
header.top h1 { margin: 0 0 .3rem 0; font-size: 1.6rem; line-height: 1.25; }
header.top p { margin: 0; color: #ffffff; }
main { display: grid; grid-template-columns: 16rem minmax(0, 1fr); gap: 2rem; padding: 1.5rem 2rem; }
nav.toc { position: sticky; top: 1rem; align-self: start; font-size: .92rem; max-height: 95vh;
  overflow: auto; }
nav.toc h2 { font-size: 1rem; margin: 0 0 .4rem 0; }
nav.toc ol { padding-left: 1.1rem; margin: .2rem 0 .8rem 0; }
nav.toc li { margin: .15rem 0; }
a { color: #0b4f8a; }
a:visited { color: #5b2a86; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 .6rem 0; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
section:first-child h2 { margin-top: 0; }
.muted { color: #4b5563; }
.contested { color: #9b1c1c; font-weight: 600; }
.value-conflict { background: #9b1c1c; color: #ffffff; padding: 0 .3em; border-radius: 3px;
  font-weight: 700; }
.value-support { background: #e6f4ea; color: #14532d; padding: 0 .3em; border-radius: 3px; }
.card { border: 1px solid #d0d7de; border-left: 6px solid #9b1c1c; border-radius: 6px;
  padding: .6rem 1rem; margin: .8rem 0; background: #fffafa; }
.card h3 { margin: 0 0 .3rem 0; font-size: 1.05rem; }
.claims { list-style: none; padding: 0; margin: .3rem 0; }
.claims li { margin: .45rem 0; }
.role { display: inline-block; min-width: 5.5em; font-size: .8rem; font-weight: 700;
  text-transform: uppercase; letter-spacing: .03em; }
.role-supports { color: #14532d; }
.role-conflicts { color: #9b1c1c; }
.role-other { color: #4b5563; }
blockquote { margin: .2rem 0 0 0; padding: .3rem .7rem; border-left: 3px solid #d0d7de;
  background: #f6f8fa; color: #1b1f24; }
mark.value { background: #fff1a8; color: #1b1f24; padding: 0 .15em; border-radius: 2px;
  outline: 1px solid #8a6d00; }
mark.conflict { background: #9b1c1c; color: #ffffff; outline: none; }
.quote { font-style: italic; }
.speaker { color: #0b3d91; font-weight: 600; text-decoration: underline; text-underline-offset: 2px; }
.tools { display: flex; flex-wrap: wrap; gap: .8rem; align-items: center; margin: .4rem 0 .6rem 0; }
.tools input[type=search] { font: inherit; padding: .25rem .5rem; min-width: 18rem; color: #1b1f24;
  background: #ffffff; border: 1px solid #57606a; border-radius: 4px; }
.tools select { font: inherit; color: #1b1f24; background: #ffffff; border: 1px solid #57606a; }
table.facts { border-collapse: collapse; width: 100%; font-size: .93rem; }
table.facts th, table.facts td { border-bottom: 1px solid #d0d7de; padding: .35rem .5rem;
  text-align: left; vertical-align: top; }
table.facts thead th { background: #eef1f4; color: #1b1f24; position: sticky; top: 0; }
table.facts th button { font: inherit; font-weight: 700; color: #1b1f24; background: none; border: 0;
  padding: 0; cursor: pointer; }
table.facts th[aria-sort=ascending] button::after { content: " \\25B2"; }
table.facts th[aria-sort=descending] button::after { content: " \\25BC"; }
table.facts td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.is-contested td:first-child { border-left: 4px solid #9b1c1c; }
.bar { display: inline-block; width: 4.5em; height: .7em; background: #d0d7de;
  border-radius: 2px; vertical-align: middle; margin-right: .35em; }
.bar > span { display: block; height: 100%; border-radius: 2px; }
.bar .high { background: #1a7f37; } .bar .mid { background: #9a6700; } .bar .low { background: #b42318; }
details > summary { cursor: pointer; color: #0b4f8a; }
details.prov { margin-top: .2rem; }
details.prov > div { padding: .3rem 0 .2rem .2rem; }
details.prov h4 { font-size: .9rem; margin: .5rem 0 .15rem 0; }
details.prov ul { margin: .1rem 0; padding-left: 1.2rem; }
article.source { border: 1px solid #d0d7de; border-radius: 6px; margin: .7rem 0; padding: .2rem .9rem; }
article.source > details > summary { font-weight: 600; padding: .3rem 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; }
dl.meta dt { color: #4b5563; } dl.meta dd { margin: 0; }
.text { white-space: pre-wrap; font: .95rem/1.6 Georgia, "Times New Roman", serif; }
.text .sentence { background: #eaf2fb; color: #1b1f24; }
.tag { font: 600 .7rem/1 system-ui, sans-serif; color: #ffffff; background: #3b4a5a; padding: .08em .3em;
  border-radius: 3px; margin-left: .2em; vertical-align: .15em; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
figcaption { color: #4b5563; font-size: .9rem; }
.refused { color: #9b1c1c; }
.warning { color: #7a4a00; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } nav.toc { position: static; } }
"""

#: Sorting and filtering of the facts table; no network, no globals beyond one closure.
_SCRIPT = """
(function () {
  var table = document.getElementById("facts-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = table.tHead.rows[0].cells;
  function key(row, i) {
    var cell = row.cells[i];
    var v = cell.getAttribute("data-sort");
    if (v === null) { return cell.textContent.trim().toLowerCase(); }
    var n = parseFloat(v);
    return isNaN(n) ? v.toLowerCase() : n;
  }
  function sortBy(i) {
    var th = heads[i];
    var dir = th.getAttribute("aria-sort") === "descending" ? "ascending" : "descending";
    var fresh = th.getAttribute("aria-sort") === null;
    if (fresh && th.getAttribute("data-type") === "text") { dir = "ascending"; }
    for (var j = 0; j < heads.length; j++) { heads[j].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", dir);
    var sign = dir === "ascending" ? 1 : -1;
    rows.sort(function (a, b) {
      var x = key(a, i), y = key(b, i);
      if (x < y) { return -sign; }
      if (x > y) { return sign; }
      return Number(a.getAttribute("data-rank")) - Number(b.getAttribute("data-rank"));
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    var b = th.querySelector("button");
    if (b) { b.addEventListener("click", function () { sortBy(i); }); }
  });
  var search = document.getElementById("facts-filter");
  var kind = document.getElementById("facts-kind");
  var contested = document.getElementById("facts-contested");
  var count = document.getElementById("facts-count");
  function filter() {
    var q = search.value.trim().toLowerCase(), k = kind.value, only = contested.checked, shown = 0;
    rows.forEach(function (r) {
      var ok = (!q || r.getAttribute("data-text").indexOf(q) >= 0) &&
               (!k || r.getAttribute("data-kind") === k) &&
               (!only || r.classList.contains("is-contested"));
      r.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " facts shown";
  }
  search.addEventListener("input", filter);
  kind.addEventListener("change", filter);
  contested.addEventListener("change", filter);
  filter();
})();
"""

#: The default draws the claim graph only up to this many nodes and edges: on the example corpus
#: (83) it takes seconds; on 84 PolNeAR articles (1,000+, 719 of them "agrees" arcs) it took 35 s,
#: four times the analysis, and no one can read it.
MAX_GRAPH_ELEMENTS = 400
#: supporting claims shown in a contested fact's card before the rest fold away
_SHOWN_SUPPORT = 3
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


class _Ids:
    """Element ids for facts and sources: readable, unique, safe in ``id`` and ``href``."""

    def __init__(self) -> None:
        self.given: dict[tuple[str, str], str] = {}
        self.used: set[str] = set()

    def __call__(self, prefix: str, ident: str) -> str:
        key = (prefix, ident)
        if key not in self.given:
            base = f"{prefix}-{_ID_UNSAFE.sub('_', ident)[:60] or 'x'}"
            name, n = base, 1
            while name in self.used:
                n += 1
                name = f"{base}-{n}"
            self.used.add(name)
            self.given[key] = name
        return self.given[key]


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _date_text(d: Any) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _date_range(sources: Iterable[Source]) -> str | None:
    dates = sorted(s.published for s in sources if s.published is not None)
    if not dates:
        return None
    lo, hi = dates[0], dates[-1]
    if lo == hi:
        return _date_text(lo)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.day}–{hi.day} {hi.strftime('%B')} {hi.year}"
    if lo.year == hi.year:
        return f"{lo.day} {lo.strftime('%B')} – {_date_text(hi)}"
    return f"{_date_text(lo)} – {_date_text(hi)}"


def _corpus_name(sources: list[Source]) -> str | None:
    """The folder the sources share, when they all come from files in one place."""
    folders = {s.path.replace("\\", "/").rsplit("/", 1)[0] for s in sources if s.path and "/" in s.path}
    if len(folders) != 1 or any(not s.path for s in sources):
        return None
    name = next(iter(folders)).rstrip("/").rsplit("/", 1)[-1]
    return name or None


def corpus_title(report: Report) -> str:
    """A heading naming the corpus: its folder (when shared), sources, outlets and date range.

    Examples:
        >>> from claimcheck.model import Report
        >>> corpus_title(Report(sources=(), claims=(), links=(), facts=()))
        'claimcheck report: 0 sources'
    """
    loaded = [s for s in report.sources if not s.refused]
    outlets = {s.outlet for s in loaded if s.outlet}
    parts = [_count(len(loaded), "source")]
    if outlets:
        parts.append(_count(len(outlets), "outlet"))
    dates = _date_range(loaded)
    if dates:
        parts.append(dates)
    name = _corpus_name(loaded)
    head = f"claimcheck report on {name}" if name else "claimcheck report"
    return f"{head}: {', '.join(parts)}"


# -- pieces -------------------------------------------------------------------------------


def _fact_order(facts: Iterable[Fact]) -> list[Fact]:
    """Contested first, then the best corroborated (most independent origins, highest score)."""
    return sorted(facts, key=lambda f: (not f.conflicting, -f.independent_origins, -f.score, f.label, f.id))


def _bar(score: float) -> str:
    level = "high" if score >= 0.75 else "mid" if score >= 0.5 else "low"
    width = round(max(0.0, min(1.0, score)) * 100)
    return (
        f'<span class="bar" aria-hidden="true"><span class="{level}" style="width:{width}%"></span></span>'
        f"{score:.2f}"
    )


def _role(fact: Fact, claim_id: str) -> str:
    if claim_id in fact.conflicting:
        return "conflicts"
    if claim_id in fact.supporting:
        return "supports"
    return "other"


class _Page:
    """What every part of the page needs: indexes over the report and the element ids."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.sources = {s.id: s for s in report.sources}
        self.claims = {c.id: c for c in report.claims}
        self.copy_of = {cp.source: cp for cp in report.copies}
        self.facts = _fact_order(report.facts)
        self.fact_of: dict[str, Fact] = {}
        for f in self.facts:
            for cid in f.claims:
                self.fact_of.setdefault(cid, f)
        self.conflicting = {c for f in self.facts for c in f.conflicting}
        self.ids = _Ids()

    # -- claims in context ----------------------------------------------------------
    def source_label(self, source_id: str) -> str:
        src = self.sources.get(source_id)
        return src.label if src is not None else source_id

    def sentence_html(self, claim: Claim, *, conflict: bool) -> str:
        """The claim's sentence, escaped, with the value marked and the speaker's name underlined."""
        src = self.sources.get(claim.source_id)
        if src is None:
            return _e(fact_value_text(claim.value))
        s0 = min(claim.sentence.start, claim.span.start)
        s1 = max(claim.sentence.end, claim.span.end)
        marks = [(claim.span.start - s0, claim.span.end - s0, "value")]
        speaker = _speaker_span(src.text[s0:s1], claim.speaker, avoid=marks[0])
        if speaker is not None:
            marks.append((*speaker, "speaker"))
        mark = "value conflict" if conflict else "value"
        return _marked(src.text[s0:s1], marks, mark_class=mark)

    def claim_meta(self, claim: Claim) -> str:
        src = self.sources.get(claim.source_id)
        where = self.ids("src", claim.source_id)
        parts = [f'<a href="#{where}">{_e(self.source_label(claim.source_id))}</a>']
        if src is not None and src.published is not None:
            parts.append(_e(src.published.isoformat()))
        if claim.speaker:
            parts.append(f'said by <span class="speaker">{_e(claim.speaker)}</span>')
        chain = claim.attribution
        if chain and claim.speaker and chain[0] == claim.speaker:
            chain = chain[1:]
        if chain:
            parts.append("via " + " ← ".join(_e(x) for x in chain))
        cp = self.copy_of.get(claim.source_id)
        if cp is not None:
            parts.append(f"copy of {_e(self.source_label(cp.original))}, discounted")
        return " · ".join(parts)

    def claim_item(self, fact: Fact, claim: Claim) -> str:
        role = _role(fact, claim.id)
        value = fact_value_text(claim.value)
        value_class = "value-conflict" if role == "conflicts" else "value-support"
        return (
            f'<li><span class="role role-{role}">{role}</span> '
            f'<span class="{value_class}">{_e(value)}</span> — {self.claim_meta(claim)}'
            f"<blockquote>{self.sentence_html(claim, conflict=role == 'conflicts')}</blockquote></li>"
        )

    # -- sections ---------------------------------------------------------------------
    def header(self, title: str) -> str:
        report = self.report
        refused = sum(1 for s in report.sources if s.refused)
        contested = sum(1 for f in report.facts if f.conflicting)
        parts = [
            _count(len(report.claims), "claim"),
            _count(len(report.facts), "fact"),
            f"{contested} contested",
            _count(len(report.copies), "copy", "copies") + " found",
        ]
        if refused:
            parts.append(f'<a href="#refused" style="color:#ffffff">{_count(refused, "input")} refused</a>')
        return f'<header class="top"><h1>{_e(title)}</h1><p>{" · ".join(parts)}</p></header>'

    def contents(self, has_pictures: bool) -> str:
        contested = [f for f in self.facts if f.conflicting]
        out = ['<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>']
        out.append(f'<li><a href="#contested">Contested facts</a> ({len(contested)})')
        if contested:
            out.append("<ol>")
            out.extend(
                f'<li><a href="#{self.ids("conflict", f.id)}">{_e(f.label)}</a></li>' for f in contested
            )
            out.append("</ol>")
        out.append("</li>")
        out.append(f'<li><a href="#facts">Facts</a> ({len(self.facts)})</li>')
        if has_pictures:
            out.append('<li><a href="#pictures">Pictures</a></li>')
        loaded = [s for s in self.report.sources if not s.refused]
        out.append(f'<li><a href="#articles">Articles</a> ({len(loaded)})</li>')
        if any(s.refused or s.warnings for s in self.report.sources):
            out.append('<li><a href="#refused">Refused inputs and warnings</a></li>')
        out.append("</ol></nav>")
        return "".join(out)

    def contested(self) -> str:
        contested = [f for f in self.facts if f.conflicting]
        out = ['<section id="contested"><h2>Contested facts</h2>']
        if not contested:
            out.append('<p class="muted">No fact has conflicting values.</p>')
        for f in contested:
            others = dict.fromkeys(
                fact_value_text(self.claims[c].value) for c in f.conflicting if c in self.claims
            )
            out.append(
                f'<div class="card" id="{self.ids("conflict", f.id)}"><h3>{_e(f.label)}</h3>'
                f'<p>Consensus <span class="value-support">{_e(fact_value_text(f.value))}</span>; '
                f"also reported: "
                + ", ".join(f'<span class="value-conflict">{_e(v)}</span>' for v in others)
                + f" · score {f.score:.2f}, {f.independent_origins} independent origin(s) · "
                f'<a href="#{self.ids("fact", f.id)}">in the table</a></p>'
                f'<ul class="claims">'
            )
            against = [c for c in dict.fromkeys(f.conflicting) if c in self.claims]
            support = [c for c in dict.fromkeys(f.supporting) if c in self.claims and c not in against]
            out.extend(self.claim_item(f, self.claims[c]) for c in against + support[:_SHOWN_SUPPORT])
            out.append("</ul>")
            rest = support[_SHOWN_SUPPORT:]
            if rest:
                more = f"{len(rest)} more supporting claim(s)"
                out.append(f'<details><summary>{more}</summary><ul class="claims">')
                out.extend(self.claim_item(f, self.claims[c]) for c in rest)
                out.append("</ul></details>")
            out.append("</div>")
        out.append("</section>")
        return "".join(out)

    def outlets(self, fact: Fact) -> list[str]:
        return sorted({self.source_label(self.claims[c].source_id) for c in fact.claims if c in self.claims})

    def provenance(self, fact: Fact) -> str:
        claims = [self.claims[c] for c in fact.claims if c in self.claims]
        claims.sort(key=lambda c: (_role(fact, c.id) != "conflicts", c.source_id, c.span.start))
        copies = sorted(
            {c.source_id for c in claims if c.source_id in self.copy_of},
            key=self.source_label,
        )
        out = [
            f'<details class="prov"><summary>provenance: {len(claims)} claim(s)</summary><div>',
            '<h4>Claims</h4><ul class="claims">',
            *(self.claim_item(fact, c) for c in claims),
            "</ul>",
            f"<h4>Outlets</h4><p>{_e(', '.join(self.outlets(fact)))}</p>",
        ]
        if copies:
            out.append("<h4>Copies discounted</h4><ul>")
            for sid in copies:
                cp = self.copy_of[sid]
                reason = f": {_e(cp.reason)}" if cp.reason else ""
                out.append(
                    f"<li>{_e(self.source_label(sid))} copies {_e(self.source_label(cp.original))} "
                    f"(containment {cp.containment:.2f}){reason}</li>"
                )
            out.append("</ul>")
        if fact.corroboration.explanation:
            out.append("<h4>How the score was computed</h4><ul>")
            out.extend(f"<li>{_e(term)}</li>" for term in fact.corroboration.explanation)
            out.append("</ul>")
        out.append("</div></details>")
        return "".join(out)

    def facts_table(self) -> str:
        kinds = sorted({f.kind for f in self.facts})
        options = "".join(f'<option value="{_e(k)}">{_e(k)}</option>' for k in kinds)
        out = [
            '<section id="facts"><h2>Facts</h2>',
            '<p class="muted">Contested facts first, then the best corroborated. '
            "Click a column heading to sort; type to filter.</p>",
            '<div class="tools"><label>Filter <input type="search" id="facts-filter" '
            'placeholder="words, value or outlet"></label>'
            f'<label>Kind <select id="facts-kind"><option value="">all</option>{options}</select></label>'
            '<label><input type="checkbox" id="facts-contested"> contested only</label>'
            f'<span id="facts-count" class="muted" aria-live="polite">{len(self.facts)} facts</span></div>',
            '<table class="facts" id="facts-table"><thead><tr>',
        ]
        for name, kind in (
            ("fact", "text"),
            ("kind", "text"),
            ("value", "text"),
            ("score", "number"),
            ("origins", "number"),
            ("claims", "number"),
            ("outlets", "text"),
        ):
            out.append(f'<th scope="col" data-type="{kind}"><button type="button">{name}</button></th>')
        out.append("</tr></thead><tbody>")
        for rank, f in enumerate(self.facts):
            outlets = self.outlets(f)
            conflicts = dict.fromkeys(
                fact_value_text(self.claims[c].value) for c in f.conflicting if c in self.claims
            )
            value = f'<span class="value-support">{_e(fact_value_text(f.value))}</span>'
            if conflicts:
                value += " vs " + ", ".join(f'<span class="value-conflict">{_e(v)}</span>' for v in conflicts)
            label = _e(f.label)
            if f.conflicting:
                label += ' <span class="contested">contested</span>'
            words = " ".join([f.label, f.kind, fact_value_text(f.value), *conflicts, *outlets]).lower()
            row_class = ' class="is-contested"' if f.conflicting else ""
            out.append(
                f'<tr id="{self.ids("fact", f.id)}"{row_class} data-rank="{rank}" data-kind="{_e(f.kind)}" '
                f'data-text="{_e(words)}">'
                f"<td>{label}{self.provenance(f)}</td>"
                f"<td>{_e(f.kind)}</td>"
                f"<td>{value}</td>"
                f'<td class="num" data-sort="{f.score:.6f}">{_bar(f.score)}</td>'
                f'<td class="num" data-sort="{f.independent_origins}">{f.independent_origins}</td>'
                f'<td class="num" data-sort="{len(f.claims)}">{len(f.claims)}</td>'
                f"<td>{_e(', '.join(outlets))}</td></tr>"
            )
        out.append("</tbody></table>")
        if not self.facts:
            out.append('<p class="muted">No facts: no claim was found in two places or more.</p>')
        out.append("</section>")
        return "".join(out)

    def articles(self) -> str:
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for c in self.report.claims:
            by_source[c.source_id].append(c)
        loaded = [s for s in self.report.sources if not s.refused]
        out = [
            '<section id="articles"><h2>Articles</h2>',
            '<p class="muted">Each article with its claims: the sentence shaded, '
            '<mark class="value">the value</mark> marked with its kind, '
            '<span class="speaker">the speaker</span> underlined; '
            '<mark class="value conflict">a conflicting value</mark> in red.</p>',
        ]
        for src in loaded:
            out.append(self.article(src, by_source.get(src.id, [])))
        out.append("</section>")
        return "".join(out)

    def article(self, src: Source, claims: list[Claim]) -> str:
        meta = []
        for name in ("outlet", "published", "author", "title", "url", "path"):
            val = getattr(src, name)
            if val is None:
                continue
            how = src.origin_of(name)
            text = _e(val.isoformat() if hasattr(val, "isoformat") else val)
            note = f' <span class="muted">({_e(how)})</span>' if how else ""
            meta.append(f"<dt>{name}</dt><dd>{text}{note}</dd>")
        cp = self.copy_of.get(src.id)
        if cp is not None:
            meta.append(
                f'<dt>copy of</dt><dd><a href="#{self.ids("src", cp.original)}">'
                f"{_e(self.source_label(cp.original))}</a> (containment {cp.containment:.2f})</dd>"
            )
        for w in src.warnings:
            meta.append(f'<dt>warning</dt><dd class="warning">{_e(w)}</dd>')
        title = src.title or src.label
        summary = f"{_e(src.label)}: {_e(title)}" if src.title else _e(title)
        return (
            f'<article class="source" id="{self.ids("src", src.id)}"><details>'
            f'<summary>{summary} <span class="muted">· {len(claims)} claim(s)</span></summary>'
            f'<dl class="meta">{"".join(meta)}</dl>'
            f'<div class="text">{_article_text(src.text, claims, self.conflicting)}</div>'
            "</details></article>"
        )

    def refused(self) -> str:
        flagged = [s for s in self.report.sources if s.refused or s.warnings]
        if not flagged:
            return ""
        out = ['<section id="refused"><h2>Refused inputs and warnings</h2><ul>']
        for s in flagged:
            where = _e(s.path or s.url or s.id)
            if s.refused:
                out.append(f'<li><span class="refused">refused</span> {where}: {_e(s.refused)}</li>')
            for w in s.warnings:
                if w != s.refused:
                    out.append(f'<li><span class="warning">warning</span> {where}: {_e(w)}</li>')
        out.append("</ul></section>")
        return "".join(out)


def _speaker_span(text: str, speaker: str | None, *, avoid: tuple[int, int, str]) -> tuple[int, int] | None:
    """Where the speaker's name (or its last word) stands in the sentence, outside the value."""
    if not speaker:
        return None
    for needle in (speaker, speaker.split()[-1]):
        if len(needle) < 2:
            continue
        for m in re.finditer(re.escape(needle), text):
            if m.end() <= avoid[0] or m.start() >= avoid[1]:
                return m.start(), m.end()
    return None


def _marked(text: str, marks: list[tuple[int, int, str]], *, mark_class: str) -> str:
    """``text`` escaped, with non-overlapping ``(start, end, what)`` marks as elements."""
    out, pos = [], 0
    for start, end, what in sorted(marks):
        if start < pos or end <= start:
            continue
        out.append(_e(text[pos:start]))
        inner = _e(text[start:end])
        out.append(
            f'<mark class="{mark_class}">{inner}</mark>'
            if what == "value"
            else f'<span class="speaker">{inner}</span>'
        )
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def _article_text(text: str, claims: list[Claim], conflicting: set[str]) -> str:
    """The whole text, escaped, with claim sentences shaded and values marked with their kind."""
    claims = sorted(claims, key=lambda c: (c.span.start, c.span.end))
    sentences = sorted({(c.sentence.start, c.sentence.end) for c in claims})
    quotes = sorted({(c.span.start, c.span.end) for c in claims if c.kind == "quote"})
    values: list[tuple[int, int, Claim]] = []
    last = 0
    for c in claims:  # quoted words are a layer of their own; overlapping values: the first one wins
        if c.kind != "quote" and c.span.start >= last and c.span.end > c.span.start:
            values.append((c.span.start, c.span.end, c))
            last = c.span.end
    speakers: list[tuple[int, int]] = []
    for c in claims:
        s0 = c.sentence.start
        found = _speaker_span(
            text[s0 : c.sentence.end], c.speaker, avoid=(c.span.start - s0, c.span.end - s0, "")
        )
        if found is not None:
            a, b = found[0] + s0, found[1] + s0
            if not any(s < b and a < e for s, e, _ in values):
                speakers.append((a, b))
    # boundaries where any layer starts or ends; between two, the set of layers is constant
    cuts = {0, len(text)}
    for a, b in (*sentences, *speakers, *quotes):
        cuts.update((a, b))
    for a, b, _ in values:
        cuts.update((a, b))
    points = sorted(x for x in cuts if 0 <= x <= len(text))
    where = {x: i for i, x in enumerate(points)}

    def covered(spans: Iterable[tuple[int, int]]) -> list[bool]:
        """Per segment between two points: inside one of ``spans`` (a difference array, linear)."""
        depth = [0] * (len(points) + 1)
        for a, b in spans:
            if a in where and b in where:
                depth[where[a]] += 1
                depth[where[b]] -= 1
        out, run = [], 0
        for d in depth[:-1]:
            run += d
            out.append(run > 0)
        return out

    in_sentence, in_speaker, in_quote = covered(sentences), covered(speakers), covered(quotes)
    quote_ends = {b for _, b in quotes}
    value_at = {a: (b, c) for a, b, c in values}
    out: list[str] = []
    i = 0
    while i < len(points) - 1:
        a, b = points[i], points[i + 1]
        shaded = in_sentence[i]
        if a in value_at:
            end, claim = value_at[a]
            cls = "value conflict" if claim.id in conflicting else "value"
            title = f"{claim.kind}: {claim.subject} = {fact_value_text(claim.value)}"
            piece = (
                f'<mark class="{cls}" title="{_e(title)}">{_e(text[a:end])}'
                f'<span class="tag">{_e(claim.kind)}</span></mark>'
            )
            i = where[end]
        else:
            piece = _e(text[a:b])
            if in_speaker[i]:
                piece = f'<span class="speaker">{piece}</span>'
            i += 1
        if in_quote[i - 1 if a not in value_at else where[a]]:
            piece = f'<span class="quote">{piece}</span>'
        if points[i] in quote_ends:
            piece += '<span class="tag">quote</span>'
        out.append(f'<span class="sentence">{piece}</span>' if shaded else piece)
    return "".join(out)


# -- pictures -----------------------------------------------------------------------------


def _pictures(report: Report, pictures: bool | None) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The figures ``(id, caption, svg)`` to embed, and notes on what was left out and why."""
    wanted = pictures
    if wanted is None:
        wanted = importlib.util.find_spec("matplotlib") is not None
    if not wanted or not report.facts:
        return [], []
    from claimcheck.output.plot import graph_elements, plot_graph, plot_timeline, timeline_fact, to_svg

    figures, notes = [], []
    nodes, edges = graph_elements(report)
    drawn = sum(map(len, nodes.values())) + sum(map(len, edges.values()))
    if pictures or drawn <= MAX_GRAPH_ELEMENTS:
        graph = to_svg(plot_graph(report).figure)
        figures.append(("claim-graph", "The claim graph: who says what, who copies whom.", graph))
    else:
        notes.append(
            f"The claim graph is left out: it would draw {drawn} nodes and edges (more than "
            f"{MAX_GRAPH_ELEMENTS}), which takes longer than the analysis and reads badly. "
            "Draw it with claimcheck graph PATH... -o graph.svg --top N, or pass pictures=True."
        )
    fact = timeline_fact(report)
    if fact is not None:
        caption = f"Timeline of {fact.label}: values against publication dates."
        figures.append(("timeline", caption, to_svg(plot_timeline(report, fact).figure)))
    return figures, notes


def _figures(figures: list[tuple[str, str, str]], notes: list[str]) -> Iterator[str]:
    yield '<section id="pictures"><h2>Pictures</h2>'
    for note in notes:
        yield f'<p class="muted">{_e(note)}</p>'
    for ident, caption, svg in figures:
        svg = svg.replace("<svg ", f'<svg role="img" aria-label="{_e(caption)}" ', 1)
        yield f'<figure id="{_e(ident)}">{svg}<figcaption>{_e(caption)}</figcaption></figure>'
    yield "</section>"


# -- the page -----------------------------------------------------------------------------


def to_html(report: Report, *, pictures: bool | None = None, title: str | None = None) -> str:
    """The report as one self-contained HTML page (nothing fetched, all source text escaped).

    Args:
        report: the report to render.
        pictures: embed the claim graph and a timeline as inline SVG after the facts. ``None``
            (the default) embeds them when matplotlib (the ``plot`` extra) is installed, and the
            graph only when it has at most :data:`MAX_GRAPH_ELEMENTS` nodes and edges (a note
            says so otherwise); ``True`` always draws both.
        title: the page's title and heading (default: :func:`corpus_title`).

    Returns:
        The page, starting with ``<!DOCTYPE html>``.

    Raises:
        ImportError: ``pictures=True`` and matplotlib is not installed.

    Examples:
        >>> from claimcheck import check
        >>> page = to_html(check(["Officials said 263 agreements were signed."]), pictures=False)
        >>> page.startswith("<!DOCTYPE html>") and "<title>claimcheck report: 1 source</title>" in page
        True
    """
    page = _Page(report)
    heading = title if title is not None else corpus_title(report)
    figures, notes = _pictures(report, pictures)
    body = [
        page.header(heading),
        "<main>",
        page.contents(bool(figures or notes)),
        "<div>",
        page.contested(),
        page.facts_table(),
        *(_figures(figures, notes) if figures or notes else ()),
        page.articles(),
        page.refused(),
        "</div></main>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="claimcheck">'
        f"<title>{_e(heading)}</title><style>{_CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{_SCRIPT}</script>\n</body></html>\n"
    )


def report_html(report: Report, **options: Any) -> str:
    """The HTML report without pictures (kept for callers of the old name; see :func:`to_html`)."""
    return to_html(report, pictures=options.pop("pictures", False), **options)
