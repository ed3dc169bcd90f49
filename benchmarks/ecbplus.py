"""Similar events kept apart: stories, links and facts on the ECB+ development split.

Run::

    python benchmarks/ecbplus.py                 # stories and the whole pipeline
    python benchmarks/ecbplus.py --stories-only  # stories alone (seconds)
    python benchmarks/ecbplus.py --baseline      # also the plain tf-idf clustering peer

ECB+ (``../shared/devsets/ecbplus/dev.jsonl``, 473 documents, odd topics) holds real news
about 21 topics, each with **two different events of one kind** (two earthquakes, two
acquisitions by one company); ``story`` is the gold event. Figures (targets in
``../shared/devsets/README.md``):

1. **stories**: pair precision, recall and F1 of documents put in one story, against the gold
   events. A source without a story (``""``, compared with every story by linking) counts
   as alone; the number of such sources is printed.
2. **cross-event links**: links between claims of documents of *different* gold events, over
   all links between claims of different documents (target <= 2%).
3. **contested facts across events**: facts with a conflicting claim whose claims come from
   documents of two or more gold events (target 0).
4. **multi-source facts mixing events**: facts whose claims come from two or more documents,
   and from two or more gold events, over all facts from two or more documents (target <= 2%).
5. **scores**: how well the score ranks: the number of distinct scores, the share of facts at
   the most common score, overall and among the facts backed by one origin.
   ``--sample-facts N`` prints N facts drawn at random (``--seed``), with the sentence and the
   score's terms, for judging by hand (``benchmarks/judgements/scores.md``).

``--baseline`` adds the peer quoted in the README: tf-idf over the documents' words
(lowercased, English stop words out, sublinear tf, l2) and average-linkage clustering with a
cosine-distance threshold of 0.8, written here with the standard library (no scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "devsets" / "ecbplus" / "dev.jsonl"


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pair_scores(found: Mapping[str, str], truth: Mapping[str, str]) -> dict[str, float]:
    """Pair precision, recall and F1 of ``found`` (id -> cluster, ``""`` alone) against ``truth``."""
    clusters = {sid: (c or f"\0{sid}") for sid, c in found.items()}
    cells = Counter((clusters[sid], truth[sid]) for sid in clusters)
    together = sum(_pairs(n) for n in cells.values())
    predicted = sum(_pairs(n) for n in Counter(clusters.values()).values())
    true_pairs = sum(_pairs(n) for n in Counter(truth[sid] for sid in clusters).values())
    p = together / predicted if predicted else 1.0
    r = together / true_pairs if true_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def link_figures(report: Any, truth: Mapping[str, str]) -> dict[str, Any]:
    """Cross-event links, contested facts across events and mixed multi-source facts."""
    source_of = {c.id: c.source_id for c in report.claims}
    cross_doc = cross_event = 0
    for lk in report.links:
        sa, sb = source_of[lk.a], source_of[lk.b]
        if sa == sb:
            continue
        cross_doc += 1
        cross_event += truth[sa] != truth[sb]
    contested = contested_mixed = multi = multi_mixed = 0
    for fact in report.facts:
        docs = {source_of[c] for c in fact.claims}
        events = {truth[d] for d in docs}
        if fact.conflicting:
            contested += 1
            contested_mixed += len(events) > 1
        if len(docs) > 1:
            multi += 1
            multi_mixed += len(events) > 1
    return {
        "links": len(report.links),
        "cross_document_links": cross_doc,
        "cross_event_links": cross_event,
        "cross_event_share": round(cross_event / cross_doc, 4) if cross_doc else 0.0,
        "contested_facts": contested,
        "contested_facts_across_events": contested_mixed,
        "multi_source_facts": multi,
        "multi_source_facts_mixing_events": multi_mixed,
        "mixing_share": round(multi_mixed / multi, 4) if multi else 0.0,
    }


def score_figures(report: Any) -> dict[str, Any]:
    """Distinct scores and the share of facts at the modal score, all facts and single-origin."""
    out: dict[str, Any] = {}
    for name, facts in (
        ("all", list(report.facts)),
        ("single_origin", [f for f in report.facts if f.corroboration.independent_origins <= 1]),
    ):
        counts = Counter(round(f.score, 6) for f in facts)
        modal, at_modal = counts.most_common(1)[0] if counts else (0.0, 0)
        out[f"{name}_facts"] = len(facts)
        out[f"{name}_distinct_scores"] = len(counts)
        out[f"{name}_modal_score"] = modal
        out[f"{name}_modal_share"] = round(at_modal / len(facts), 4) if facts else 0.0
    return out


def sample_facts(report: Any, n: int, seed: int) -> Iterable[str]:
    """``n`` facts drawn at random, each with its first claim's sentence and its terms."""
    import random

    sources = {s.id: s for s in report.sources}
    claims = {c.id: c for c in report.claims}
    facts = sorted(report.facts, key=lambda f: f.id)
    for fact in random.Random(seed).sample(facts, min(n, len(facts))):
        claim = claims[fact.claims[0]]
        text = sources[claim.source_id].text[claim.sentence.start : claim.sentence.end]
        yield f"- {fact.score:.4f} {fact.corroboration.verdict}: {fact.label}"
        yield f"    sentence: {' '.join(text.split())[:240]}"
        for term in fact.corroboration.explanation[1:-2]:
            yield f"    {term}"


_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "also",
        "one",
        "two",
        "new",
    ]
)


def baseline(texts: Mapping[str, str], threshold: float = 0.8) -> dict[str, str]:
    """The README's peer: tf-idf + average-linkage clustering at cosine distance ``threshold``."""
    ids = sorted(texts)
    tfs = {i: Counter(w for w in _WORD.findall(texts[i].lower()) if w not in _STOP) for i in ids}
    df: Counter[str] = Counter()
    for tf in tfs.values():
        df.update(tf.keys())
    n = len(ids)
    vecs = {}
    for i, tf in tfs.items():
        v = {w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[i] = {w: x / norm for w, x in v.items()}

    def sim(a: str, b: str) -> float:
        va, vb = vecs[a], vecs[b]
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(x * vb.get(w, 0.0) for w, x in va.items())

    clusters: dict[int, list[str]] = {k: [i] for k, i in enumerate(ids)}
    total: dict[tuple[int, int], float] = {}
    keys = sorted(clusters)
    for x, a in enumerate(keys):
        for b in keys[x + 1 :]:
            total[(a, b)] = sim(ids[a], ids[b])
    while True:
        best, pair = -1.0, None
        for (a, b), s in total.items():
            avg = s / (len(clusters[a]) * len(clusters[b]))
            if avg > best:
                best, pair = avg, (a, b)
        if pair is None or 1.0 - best >= threshold:
            break
        a, b = pair
        clusters[a].extend(clusters.pop(b))
        merged: dict[tuple[int, int], float] = {}
        for (x, y), s in total.items():
            if b in (x, y):
                other = x if y == b else y
                if other == a:
                    continue
                key = (min(a, other), max(a, other))
                merged[key] = merged.get(key, total.get(key, 0.0)) + s
        for x, y in list(total):
            if b in (x, y):
                del total[(x, y)]
        total.update(merged)
    return {i: min(members) for members in clusters.values() for i in members}


def read(path: Path = DEV) -> list[dict[str, Any]]:
    """The development documents."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _topic_scores(
    found: Mapping[str, str], truth: Mapping[str, str]
) -> Iterable[tuple[str, dict[str, float]]]:
    by_topic: dict[str, list[str]] = defaultdict(list)
    for sid in found:
        by_topic[sid.split("-")[1]].append(sid)
    for topic in sorted(by_topic, key=int):
        ids = by_topic[topic]
        yield topic, pair_scores({i: found[i] for i in ids}, {i: truth[i] for i in ids})


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--stories-only", action="store_true", help="stories alone, no pipeline")
    ap.add_argument("--baseline", action="store_true", help="also the tf-idf clustering peer")
    ap.add_argument("--per-topic", action="store_true", help="story pair F1 per topic")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--sample-facts", type=int, default=0, help="print N random facts to judge")
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args(argv)

    import claimcheck as cc
    from claimcheck.linking.stories import stories

    docs = read(args.dev)
    truth = {d["id"]: d["story"] for d in docs}
    sources = cc.load(args.dev)
    t0 = time.process_time()
    found = stories(sources)
    seconds = time.process_time() - t0
    out: dict[str, Any] = {"documents": len(sources), "events": len(set(truth.values()))}
    out["stories"] = pair_scores(found, truth)
    out["stories"].update(
        found=len({v or k for k, v in found.items()}),
        without_story=sum(1 for v in found.values() if not v),
        cpu_seconds=round(seconds, 2),
    )
    if args.baseline:
        out["baseline_tfidf_average_linkage"] = pair_scores(
            baseline({d["id"]: d["text"] for d in docs}), truth
        )
    if not args.stories_only:
        report = cc.check(sources, workers=0)
        out["pipeline"] = link_figures(report, truth)
        out["scores"] = score_figures(report)
    if args.json:
        print(json.dumps(out, indent=2, sort_keys=True))
        return 0
    print(f"ECB+ dev: {out['documents']} documents, {out['events']} gold events")
    for key, value in out.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for k, v in value.items():
                print(f"  {k:34} {v}")
    if args.per_topic:
        for topic, score in _topic_scores(found, truth):
            print(f"  topic {topic:>3} {score}")
    if args.sample_facts and not args.stories_only:
        print(f"{args.sample_facts} facts at random (seed {args.seed}):")
        for line in sample_facts(report, args.sample_facts, args.seed):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
