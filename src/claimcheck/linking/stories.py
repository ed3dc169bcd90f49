"""Stories: which sources report the same event, so only their claims are compared.

A day of news holds many stories. "The summit took place on May 3" in one story and "the
summit took place on May 9" in another are two facts, not a conflict, although their
claims share every word that blocking looks at. The sources of one story share the *names*
of the story: places, people, organisations, instruments. This module finds them:

1. **Name terms** (:func:`name_terms`): capitalised words that are not capitalised only
   because a sentence or a title-case headline starts there, minus titles, calendar words
   and the names of the corpus's outlets (an outlet is a channel, not a topic).
   All-capital words (datelines, acronyms) count too.
2. **Salient terms** (:func:`salient_terms`): each source's terms ranked by ``tf * idf``
   over the corpus. A term found in more than ``max(50, N / 20)`` of the ``N`` sources
   names no single story (a country, "Charter") and is left out.
3. **Stories** (:func:`stories`): two sources report the same story when they share two
   of their three most salient terms, or their most salient term and one of their five
   most salient, or a name found in a quarter of the corpus or more that both repeat most
   (the corpus's own subject: a corpus about one story is not split by its side names). Stories are the
   connected components. A source left alone in its story joins the story holding most
   of its five most salient names (one of them among its top three), if any: it may name
   its story by a side name first. A source with fewer than two salient terms has no
   story (``""``): its claims are compared with the claims of every story.

Components chain: two stories sharing a pair of names become one. Pairs of the most
salient names chain rarely (``python benchmarks/stories.py`` measures it), and a chain
costs what linking without stories costs: more comparisons, and the conflicts of two
unrelated facts. A split costs more, a corroboration never seen, so the rule errs
towards joining.

Examples:
    >>> from claimcheck.model import Source
    >>> a = Source("a", "Voters in Tarvel chose Mira Osk as mayor on Sunday.")
    >>> b = Source("b", "Mira Osk won the vote in Tarvel, officials said.")
    >>> c = Source("c", "Floods hit Ostrava; Jan Novak led the rescue.")
    >>> stories([a, b, c])
    {'a': 'a', 'b': 'a', 'c': 'c'}
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from claimcheck.linking._unionfind import UnionFind
from claimcheck.model import Source

__all__ = ["name_terms", "salient_terms", "stories"]

#: Salient terms per source whose pairs join stories.
TERMS_PER_SOURCE = 3
#: Salient terms per source paired with its most salient one.
ANCHORED_TERMS = 5
#: A name among the salient terms of more sources than this names no single story.
_MAX_HOLDERS = 50

_TOKEN = re.compile(r"(?<![\w'\u2019-])[A-Z][\w]*(?:['\u2019-][A-Za-z]+)*")
#: Marks skipped when looking back for a sentence end: quotes and brackets open or close.
_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019()[]\u00ab\u00bb")
_SENTENCE_END = frozenset(".!?:;\n\u2014")
_WORD = re.compile(r"[a-z0-9]+")
_LINE = re.compile(r"[^\n]+")
_LONG = re.compile(r"\b[A-Za-z][a-z]{3,}")

#: Capitalised words that say nothing about which story a text reports.
_STOP_WORDS = """
    a an the and or but nor so yet if then than as at by for from in into of on onto to up
    with without within about after before during since until over under between among
    he she it they we i you me him her them us his hers its their theirs our ours your
    this that these those there here who whom whose which what when where why how
    not no yes all any each every some many most more much few other another both
    is are was were be been being has have had do does did will would shall should
    can could may might must also just only even still very
    mr mrs ms dr prof sir madam st mp mps
    president vice prime minister ministry ministers foreign affairs government
    secretary general chairman chairwoman chair chief head deputy spokesman spokeswoman
    spokesperson senator governor mayor king queen prince princess sheikh ambassador
    envoy official officials commander director
    article articles section chapter part paragraph clause annex item point
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    today yesterday tomorrow
    news press agency reported reports report according said says told
"""
_STOP = frozenset(_STOP_WORDS.split())


def _initial(text: str, start: int) -> bool:
    """Whether a word at ``start`` begins a sentence, a line or the text (skipping quote marks)."""
    j = start - 1
    while j >= 0 and (text[j] == " " or text[j] == "\t" or text[j] in _MARKS):
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Lines in title case (a headline): most of their longer words are capitalised, no final stop."""
    out = []
    for line in _LINE.finditer(text):
        if line.group().rstrip().endswith((".", "!", "?", '."', ".\u201d")):
            continue
        words = _LONG.findall(line.group())
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
            out.append(line.span())
    return out


def name_terms(text: str, *, exclude: Iterable[str] = ()) -> Counter[str]:
    """The name words of ``text`` with their counts, lowercased.

    A capitalised word counts where it cannot be capitalised only because a sentence
    starts there or its line is a headline in title case; a word seen capitalised
    mid-sentence also counts at sentence starts and in headlines.
    All-capital words of two or more letters always count (datelines, acronyms).

    Examples:
        >>> sorted(name_terms("TARVEL, May 2. The mayor of Tarvel met Mira Osk. Osk agreed.").items())
        [('mira', 1), ('osk', 2), ('tarvel', 2)]
    """
    stop = _STOP | {w for name in exclude for w in _WORD.findall(name.lower())}
    mid: Counter[str] = Counter()
    initial: Counter[str] = Counter()
    headings = _title_lines(text)
    h = 0
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token.endswith(("'s", "\u2019s")):
            token = token[:-2]
        word = token.lower()
        if word in stop or word.isdigit():
            continue
        if token.isupper():
            if len(token) >= 2:
                mid[word] += 1
            continue
        if len(word) < 3:
            continue
        while h < len(headings) and headings[h][1] <= m.start():
            h += 1
        heading = h < len(headings) and headings[h][0] <= m.start()
        (initial if heading or _initial(text, m.start()) else mid)[word] += 1
    for word, n in initial.items():
        if word in mid:
            mid[word] += n
    return mid


def _body(source: Source) -> str:
    body = source.body("\n")
    return f"{source.title}.\n{body}" if source.title else body


def _name_counts(sources: Sequence[Source]) -> tuple[dict[str, Counter[str]], Counter[str]]:
    outlets = {s.outlet for s in sources if s.outlet}
    counts = {s.id: name_terms(_body(s), exclude=outlets) for s in sources}
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    return counts, df


def _salient(counts: dict[str, Counter[str]], df: Counter[str], n: int, k: int) -> dict[str, tuple[str, ...]]:
    cap = max(50, n // 20)
    out: dict[str, tuple[str, ...]] = {}
    for sid, c in counts.items():
        idf = {w: math.log((1 + n) / (1 + df[w])) + 1.0 for w in c}
        ranked = sorted((-tf * idf[w], w) for w, tf in c.items() if df[w] <= cap)
        out[sid] = tuple(w for _, w in ranked[:k])
    return out


def salient_terms(sources: Sequence[Source], *, k: int = TERMS_PER_SOURCE) -> dict[str, tuple[str, ...]]:
    """Each source's ``k`` most salient name terms (``tf * idf`` over ``sources``), best first.

    Terms of the outlets' own names are left out, and so are terms found in more than
    ``max(50, len(sources) / 20)`` sources. Ties go to the term first in the alphabet.
    """
    counts, df = _name_counts(sources)
    return _salient(counts, df, len(sources), k)


def stories(sources: Sequence[Source], *, k: int = TERMS_PER_SOURCE) -> dict[str, str]:
    """Source id -> story id: the smallest source id of its story, ``""`` for no story.

    Two sources are in one story, directly or through other sources, when they share two
    of their ``k`` most salient terms, or their most salient term and one of their five
    most salient, or a name found in a quarter of the corpus or more that both repeat most
    (among their three most frequent names: the corpus's own subject). Each source is
    joined to the first source holding each of these keys, so the work is ``O(N * k^2)``.
    A source then alone in its story joins the story holding most of its names (see
    ``_attach_singletons``). A source with fewer than two salient terms has no story: too
    little to tell which story it reports.
    """
    counts, df = _name_counts(sources)
    n = len(sources)
    ranked = _salient(counts, df, n, max(k, ANCHORED_TERMS))
    terms = {sid: ts[:k] for sid, ts in ranked.items()}
    uf = UnionFind()
    first: dict[tuple[str, ...], str] = {}
    for sid in sorted(terms):
        ts = sorted(terms[sid])
        if len(ts) < 2:
            continue
        uf.find(sid)
        keys: set[tuple[str, ...]] = {(a, b) for i, a in enumerate(ts) for b in ts[i + 1 :]}
        top, *rest = ranked[sid][:ANCHORED_TERMS]
        keys.update((min(top, w), max(top, w)) for w in rest)
        # a name in a quarter of the corpus that the source is about (among the three names it
        # repeats most) is the corpus's subject: a corpus about one story is not split
        keys.update((w,) for w, _ in counts[sid].most_common(3) if 4 * df[w] >= n)
        for key in sorted(keys):
            owner = first.setdefault(key, sid)
            if owner != sid:
                uf.union(owner, sid)
    _attach_singletons(uf, terms, ranked)
    return {s.id: (uf.find(s.id) if len(terms.get(s.id, ())) >= 2 else "") for s in sources}


def _attach_singletons(
    uf: UnionFind, terms: dict[str, tuple[str, ...]], ranked: dict[str, tuple[str, ...]]
) -> None:
    """Join each source alone in its story to the story sharing most of its names, if any.

    A source that shares no pair of names is either the only report of its story or a
    report that names the story differently (a side name first); it joins the story whose
    sources hold most of its five most salient names, when that story holds one of its
    three most salient. Decided on the stories as they are before any such join.
    """
    members: Counter[str] = Counter(uf.find(sid) for sid, ts in terms.items() if len(ts) >= 2)
    holders: dict[str, list[str]] = {}
    for sid in sorted(terms):
        if len(terms[sid]) >= 2:
            for w in ranked[sid]:
                holders.setdefault(w, []).append(sid)
    joins: list[tuple[str, str]] = []
    for sid in sorted(terms):
        if len(terms[sid]) < 2 or members[uf.find(sid)] > 1:
            continue
        held: dict[str, set[str]] = {}  # story -> the names of this source it holds
        for w in ranked[sid]:
            others = holders.get(w, ())
            if len(others) > _MAX_HOLDERS:
                continue  # names no single story
            for other in others:
                if other != sid:
                    held.setdefault(uf.find(other), set()).add(w)
        top = set(terms[sid])
        eligible = [(-len(ws), story) for story, ws in held.items() if ws & top]
        if eligible:
            joins.append((sid, min(eligible)[1]))
    for sid, story in joins:
        uf.union(sid, story)
