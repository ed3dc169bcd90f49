"""Precision and recall of links on a hand-made gold of real cross-outlet claim pairs.

Run::

    python benchmarks/links_gold.py             # summary
    python benchmarks/links_gold.py --verbose   # every pair with what the library did
    python benchmarks/links_gold.py --json      # the figures as JSON
    python benchmarks/links_gold.py --why       # each wrong pair: frames, block keys, decisions

The gold (``benchmarks/gold/links.jsonl``) holds pairs of claims from two different outlets,
each given as a reference into the development sets (``../shared/devsets``): the document
(``ecbplus:<id>`` for ECB+ dev, ``polnear:<split>/<file stem>`` for PolNeAR), the character
offsets of the value words in that document's text, the words themselves, a label and a
one-line reason written by hand. Labels:

- ``agrees``: the same fact, the same value (a bound that admits the other value agrees);
- ``conflicts``: the same fact for the same time, values that cannot both hold;
- ``updates``: the same changing quantity, a later different figure (a rising toll);
- ``must-not-link``: similar claims that are different facts: two earthquakes' magnitudes,
  a death toll and an injured count, two polls' shares, two cities' figures.

How it runs: every ECB+ topic named in the gold is checked as one corpus with
:func:`claimcheck.check` (all of that topic's development documents, both of its events,
so similar events compete); the PolNeAR documents named in the gold are checked together
as a second corpus. A gold endpoint is the claim of that document whose span overlaps the
given offsets most; an endpoint with no such claim is counted as *not extracted*.

Figures:

- **link recall**: agrees/conflicts/updates pairs whose two claims are linked (any
  relation) over all such pairs; **strict**: linked with the gold relation;
- **link precision**: linked positive pairs over all linked gold pairs (a linked
  must-not-link pair is a false link); **strict**: a positive pair linked with another
  relation also counts as false;
- **same-fact recall / precision**: the same with "both claims in one fact" instead of a
  link, positives being agrees and conflicts (an update may be one fact or a series);
- **must-not-link kept apart**: must-not-link pairs neither linked nor in one fact.

Pairs whose endpoint is not extracted count as misses in recall and are left out of
precision (they cannot be linked).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEVSETS = HERE.parent.parent / "shared" / "devsets"
GOLD = HERE / "gold" / "links.jsonl"
POSITIVE = ("agrees", "conflicts", "updates")


def read_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    """The gold pairs, one dict per line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _ecb_topic(doc: str) -> str:
    return doc.split(":", 1)[1].split("-")[1]


def _reports(gold: Sequence[dict[str, Any]], devsets: Path) -> dict[str, tuple[Any, dict[str, str]]]:
    """corpus key -> (Report, gold doc -> source id) for every corpus the gold needs."""
    import claimcheck as cc

    docs = {ref["doc"] for pair in gold for ref in (pair["a"], pair["b"])}
    out: dict[str, tuple[Any, dict[str, str]]] = {}
    ecb_docs = sorted(d for d in docs if d.startswith("ecbplus:"))
    if ecb_docs:
        sources = cc.load(devsets / "ecbplus" / "dev.jsonl")
        by_topic: dict[str, list[Any]] = defaultdict(list)
        for s in sources:
            by_topic[s.id.split("-")[1]].append(s)
        for topic in sorted({_ecb_topic(d) for d in ecb_docs}, key=int):
            report = cc.check(by_topic[topic], workers=0)
            out[f"ecbplus-{topic}"] = (report, {f"ecbplus:{s.id}": s.id for s in report.sources})
    pol_docs = sorted(d for d in docs if d.startswith("polnear:"))
    if pol_docs:
        paths = []
        for d in pol_docs:
            split, stem = d.split(":", 1)[1].split("/")
            paths.append(devsets / "polnear" / split / "text" / f"{stem}.txt")
        report = cc.check(paths, workers=0)
        ids = {}
        for s in report.sources:
            stem = Path(s.path or s.id).stem
            split = Path(s.path or "").parent.parent.name
            ids[f"polnear:{split}/{stem}"] = s.id
        out["polnear"] = (report, ids)
    return out


def _corpus(doc: str) -> str:
    return f"ecbplus-{_ecb_topic(doc)}" if doc.startswith("ecbplus:") else "polnear"


def _claim_at(report: Any, source_id: str, start: int, end: int) -> Any:
    """The claim of ``source_id`` for the value words at ``start:end``.

    A quote claim spans the whole quotation, so a value claim overlapping the words is
    preferred; among those, the one overlapping most, then the tightest span.
    """
    best, rank = None, None
    for c in report.claims:
        if c.source_id != source_id:
            continue
        o = min(end, c.span.end) - max(start, c.span.start)
        if o <= 0:
            continue
        r = (c.kind == "quote", -o, c.span.end - c.span.start)
        if rank is None or r < rank:
            best, rank = c, r
    return best


def evaluate(gold: Sequence[dict[str, Any]], devsets: Path = DEVSETS) -> dict[str, Any]:
    """Run the library on the gold's documents and compare its links and facts with the gold.

    Returns:
        The figures (see the module docstring) and one row per pair.
    """
    reports = _reports(gold, devsets)
    index: dict[str, tuple[dict[frozenset[str], str], dict[str, set[str]]]] = {}
    for key, (report, _) in reports.items():
        links = {frozenset((lk.a, lk.b)): lk.relation for lk in report.links}
        facts: dict[str, set[str]] = defaultdict(set)
        for f in report.facts:
            for cid in f.claims:
                facts[cid].add(f.id)
        index[key] = (links, facts)
    rows = []
    for pair in gold:
        key = _corpus(pair["a"]["doc"])
        report, ids = reports[key]
        links, facts = index[key]
        ends = []
        for ref in (pair["a"], pair["b"]):
            sid = ids.get(ref["doc"])
            ends.append(None if sid is None else _claim_at(report, sid, ref["start"], ref["end"]))
        a, b = ends
        row: dict[str, Any] = {"id": pair["id"], "label": pair["label"], "reason": pair["reason"]}
        if a is None or b is None:
            row.update(extracted=False, relation=None, same_fact=False)
        else:
            row.update(
                extracted=True,
                relation=links.get(frozenset((a.id, b.id))),
                same_fact=bool(facts[a.id] & facts[b.id]),
                subjects=(a.subject, b.subject),
            )
        rows.append(row)
    return {"figures": _figures(rows), "rows": rows}


def why(gold: Sequence[dict[str, Any]], devsets: Path = DEVSETS) -> list[str]:
    """For each pair the library got wrong, its two claims (words, frame, block key) and what
    each step decided: same story, same block, frames, names, the relation."""
    from claimcheck.linking._link import _vectors, blocks_of, prepare
    from claimcheck.linking.blocking import block_key, sub_blocks
    from claimcheck.linking.relate import frame_conflict, relate, same_fact
    from claimcheck.model import Extraction

    reports = _reports(gold, devsets)
    prepared = {}
    lines = []
    for pair in gold:
        key = _corpus(pair["a"]["doc"])
        report, ids = reports[key]
        a, b = (_claim_at(report, ids[r["doc"]], r["start"], r["end"]) for r in (pair["a"], pair["b"]))
        if a is None or b is None:
            continue
        linked = {frozenset((lk.a, lk.b)): lk.relation for lk in report.links}.get(frozenset((a.id, b.id)))
        if (linked is not None) == (pair["label"] != "must-not-link"):
            continue
        if key not in prepared:
            prepared[key] = prepare(Extraction(report.sources, report.claims), paraphrases=False)
        claims, published, text, story = prepared[key]
        texts = {src.id: src.text for src in report.sources}
        lines.append(f"{pair['id']} {pair['label']} -> {linked or 'no link'}: {pair['reason']}")
        for c in (a, b):
            lines.append(
                f"    {texts[c.source_id][c.span.start : c.span.end]!r} key={block_key(c)} {c.frame}"
            )
        lines.append(f"    stories {story.get(a.source_id)} / {story.get(b.source_id)}")
        lines.append(f"    frame conflict: {frame_conflict(a.frame, b.frame)}")
        if block_key(a) is None or block_key(a) != block_key(b):
            continue
        for sub, _ in sub_blocks(blocks_of(claims)[block_key(a)], story):
            if {a.id, b.id} <= {c.id for c in sub}:
                vec = _vectors(sub, text)
                sim = same_fact(a, b, vectors=vec)
                lines.append(f"    same fact: {sim} (block part of {len(sub)} claims)")
                lines.append(f"    relate: {relate(a, b, published=published, sentence_text=text)}")
    return lines


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


def _figures(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    labels = Counter(r["label"] for r in rows)
    pos = [r for r in rows if r["label"] in POSITIVE]
    neg = [r for r in rows if r["label"] == "must-not-link"]
    linked_pos = [r for r in pos if r["relation"]]
    strict_pos = [r for r in pos if r["relation"] == r["label"]]
    linked_neg = [r for r in neg if r["relation"]]
    fact_pos = [r for r in rows if r["label"] in ("agrees", "conflicts")]
    grouped_pos = [r for r in fact_pos if r["same_fact"]]
    grouped_neg = [r for r in neg if r["same_fact"]]
    by_label = {
        label: {
            "pairs": labels[label],
            "linked": sum(1 for r in rows if r["label"] == label and r["relation"]),
            "same_relation": sum(1 for r in rows if r["label"] == label and r["relation"] == label),
            "same_fact": sum(1 for r in rows if r["label"] == label and r["same_fact"]),
            "not_extracted": sum(1 for r in rows if r["label"] == label and not r["extracted"]),
        }
        for label in sorted(labels)
    }
    return {
        "pairs": len(rows),
        "not_extracted": sum(1 for r in rows if not r["extracted"]),
        "link_recall": _ratio(len(linked_pos), len(pos)),
        "link_recall_strict": _ratio(len(strict_pos), len(pos)),
        "link_precision": _ratio(len(linked_pos), len(linked_pos) + len(linked_neg)),
        "link_precision_strict": _ratio(len(strict_pos), len(linked_pos) + len(linked_neg)),
        "same_fact_recall": _ratio(len(grouped_pos), len(fact_pos)),
        "same_fact_precision": _ratio(len(grouped_pos), len(grouped_pos) + len(grouped_neg)),
        "must_not_link_kept_apart": _ratio(
            sum(1 for r in neg if not r["relation"] and not r["same_fact"]), len(neg)
        ),
        "by_label": by_label,
    }


def sample_claims(devsets: Path = DEVSETS, *, n: int = 100, seed: int = 16) -> list[dict[str, Any]]:
    """A seeded random sample of value claims (no quotes) from ECB+ dev and PolNeAR dev.

    Half from each set: every ECB+ development document and every PolNeAR development
    article is checked (ECB+ as one corpus, PolNeAR as another), the value claims of each
    set are sorted by id and ``n / 2`` are drawn with ``random.Random(seed)``. Used to
    write ``benchmarks/judgements/claims.md``.
    """
    import random

    import claimcheck as cc

    corpora = {
        "ecbplus": cc.check(devsets / "ecbplus" / "dev.jsonl", workers=0),
        "polnear": cc.check(sorted((devsets / "polnear" / "dev" / "text").glob("*.txt")), workers=0),
    }
    rng = random.Random(seed)
    out = []
    for name, report in corpora.items():
        claims = sorted((c for c in report.claims if c.kind != "quote"), key=lambda c: c.id)
        texts = {s.id: s.text for s in report.sources}
        for c in rng.sample(claims, n // 2):
            out.append(
                {
                    "set": name,
                    "source": c.source_id,
                    "start": c.span.start,
                    "end": c.span.end,
                    "kind": c.kind,
                    "words": texts[c.source_id][c.span.start : c.span.end],
                    "value": str(c.value),
                    "subject": c.subject,
                }
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--devsets", type=Path, default=DEVSETS)
    parser.add_argument("--verbose", action="store_true", help="print every pair")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--why", action="store_true", help="explain every pair got wrong")
    parser.add_argument(
        "--sample-claims", action="store_true", help="print the seeded claim sample to judge by hand"
    )
    args = parser.parse_args(argv)
    if not args.devsets.is_dir():
        print(f"no development sets at {args.devsets}", file=sys.stderr)
        return 2
    if args.sample_claims:
        for row in sample_claims(args.devsets):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.why:
        for line in why(read_gold(args.gold), args.devsets):
            print(line)
        return 0
    result = evaluate(read_gold(args.gold), args.devsets)
    if args.json:
        print(json.dumps(result["figures"], indent=2, sort_keys=True))
        return 0
    if args.verbose:
        for r in result["rows"]:
            got = "not extracted" if not r["extracted"] else (r["relation"] or "no link")
            fact = " same fact" if r["same_fact"] else ""
            print(f"{r['id']} {r['label']:13} -> {got}{fact}  ({r['reason']}) {r.get('subjects', '')}")
    fig = result["figures"]
    print(f"pairs {fig['pairs']} (not extracted: {fig['not_extracted']})")
    for name in (
        "link_recall",
        "link_recall_strict",
        "link_precision",
        "link_precision_strict",
        "same_fact_recall",
        "same_fact_precision",
        "must_not_link_kept_apart",
    ):
        print(f"{name:26} {fig[name]}")
    for label, row in fig["by_label"].items():
        print(f"  {label:13} {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
