"""How claims become facts on real multi-outlet news: ECB+ dev (gold events), measured two ways.

Step 1 runs the whole pipeline on ``../shared/devsets/ecbplus/dev.jsonl`` (473 documents, two
events of one kind per topic) and writes the JSON export; step 2 reads an export (this
version's or an older one's: old exports without frames load too, and frames are then read
with this version's :func:`claimcheck.extraction.frames.frame_of`) and measures:

- cross-document links, and the share joining documents of different gold events;
- contested facts whose claims come from two events (false conflicts);
- multi-source facts that mix events;
- facts held together by generic words only: multi-source facts none of whose claims has a
  frame topic (counts of "people", dates of statements...);
- scores that rank: the number of facts scoring exactly the most common score, over the set and
  on the topic where it is largest; the share of uncorroborated facts.

    python benchmarks/link_quality.py run /tmp/after.json
    python benchmarks/link_quality.py measure /tmp/after.json
    PYTHONPATH=<old src> python benchmarks/link_quality.py run /tmp/before.json   # an older version
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

DEV = Path(__file__).resolve().parents[2] / "shared" / "devsets" / "ecbplus" / "dev.jsonl"


def run(out: Path) -> None:
    import claimcheck as cc

    report = cc.check(cc.load(DEV))
    out.write_text(report.to_json(indent=None), encoding="utf-8")


def _events() -> dict[str, str]:
    with DEV.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {r["id"]: r["story"] for r in rows}


def measure(path: Path) -> dict[str, Any]:
    from claimcheck.extraction.frames import date_topic, frame_of, topic
    from claimcheck.model import Report

    report = Report.from_json(path.read_text(encoding="utf-8"))
    events = _events()
    sources = {s.id: s for s in report.sources}
    claims = {c.id: c for c in report.claims}

    def event(cid: str) -> str:
        sid = claims[cid].source_id
        return events.get(sid, events.get(sources[sid].path or "", sid))

    def specific(cid: str) -> bool:
        c = claims[cid]
        if c.kind in ("quote", "article"):
            return True
        frame = c.frame if c.frame is not None else frame_of(c, sources[c.source_id])
        return bool(date_topic(frame) if c.kind == "date" else topic(frame))

    cross = [lk for lk in report.links if claims[lk.a].source_id != claims[lk.b].source_id]
    cross_event = [lk for lk in cross if event(lk.a) != event(lk.b)]
    multi = [f for f in report.facts if len({claims[c].source_id for c in f.claims}) >= 2]
    mixed = [f for f in multi if len({event(c) for c in f.claims}) >= 2]
    contested = [f for f in report.facts if f.conflicting]
    contested_mixed = [f for f in contested if len({event(c) for c in f.claims}) >= 2]
    generic = [f for f in multi if not any(specific(c) for c in f.claims)]
    scores = Counter(round(f.score, 6) for f in report.facts)
    modal, modal_n = scores.most_common(1)[0] if scores else (0.0, 0)
    by_topic: dict[str, Counter[float]] = defaultdict(Counter)
    for f in report.facts:
        topics = {event(c).rstrip("plus").rstrip("ecb") for c in f.claims}
        for t in topics:
            by_topic[t][round(f.score, 6)] += 1
    worst_topic, worst = max(
        ((t, c.most_common(1)[0][1]) for t, c in by_topic.items()), key=lambda x: x[1], default=("", 0)
    )
    single = [f for f in report.facts if f.independent_origins <= 1]
    return {
        "sources": len(report.sources),
        "claims": len(report.claims),
        "facts": len(report.facts),
        "cross_doc_links": len(cross),
        "cross_event_link_share": round(len(cross_event) / len(cross), 4) if cross else None,
        "multi_source_facts": len(multi),
        "multi_source_facts_mixing_events": len(mixed),
        "mixing_share": round(len(mixed) / len(multi), 4) if multi else None,
        "contested_facts": len(contested),
        "contested_facts_spanning_events": len(contested_mixed),
        "generic_multi_source_facts": len(generic),
        "generic_share": round(len(generic) / len(multi), 4) if multi else None,
        "modal_score": modal,
        "facts_at_modal_score": modal_n,
        "largest_tie_on_one_topic": {"topic": worst_topic, "facts": worst},
        "one_origin_facts": len(single),
    }


def main(argv: list[str]) -> None:
    if len(argv) != 2 or argv[0] not in ("run", "measure"):
        raise SystemExit(__doc__)
    if argv[0] == "run":
        run(Path(argv[1]))
    else:
        print(json.dumps(measure(Path(argv[1])), indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
