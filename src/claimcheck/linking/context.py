"""Context: how alike two claims' sentences are, by tf-idf over the corpus's claim sentences.

Each sentence becomes a sparse vector of its content words weighted by ``tf * idf`` (idf
over the distinct sentences holding claims), names (capitalised words not starting the
sentence) counted twice. Two claims whose sentences both name people or places but share
no name and little else are about different things: the cosine decides how alike they are.
Plain dicts, no numpy: a block's vectors are built when it is linked and dropped after.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from attrs import frozen

from claimcheck._words.dates import MONTH_AND_DAY_NAMES
from claimcheck._words.stopwords import FUNCTION_WORDS

__all__ = ["ContextIndex", "content_words", "cosine", "shared_words", "term_counts"]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[0-9][0-9.,]*[0-9]|[0-9]")
_STOP = FUNCTION_WORDS
_MONTHS_DAYS = MONTH_AND_DAY_NAMES


def _terms(sentence: str) -> Counter[str]:
    out: Counter[str] = Counter()
    first = True
    for m in _TOKEN.finditer(sentence):
        word = m.group()
        low = word.lower().replace("’", "'")
        if low.endswith("'s") and len(low) > 2:
            low = low[:-2]  # "Gaza's" names Gaza
        if low in _STOP or low in _MONTHS_DAYS:
            first = False
            continue
        name = word[0].isupper() and not first
        first = False
        out[("N:" if name else "") + low] += 2 if name else 1
    return out


def term_counts(sentence: str) -> dict[str, float]:
    """The terms of ``sentence`` weighed by their counts alone (names counted twice, with
    their ``N:`` mark): the vector to compare two sentences by when there is no corpus of
    sentences to take an idf from.

    Examples:
        >>> term_counts("The deal is worth $3 billion, the company said.")
        {'deal': 1.0, 'worth': 1.0, '3': 1.0, 'billion': 1.0, 'company': 1.0}
    """
    return {term: float(n) for term, n in _terms(sentence).items()}


def cosine(u: Mapping[str, float], v: Mapping[str, float]) -> float:
    """The cosine of two sparse vectors.

    Examples:
        >>> round(cosine({"a": 1.0, "b": 1.0}, {"a": 1.0}), 3)
        0.707
    """
    if len(u) > len(v):
        u, v = v, u
    dot = math.fsum(w * v[k] for k, w in u.items() if k in v)
    if dot == 0.0:
        return 0.0
    nu = math.sqrt(math.fsum(w * w for w in u.values()))
    nv = math.sqrt(math.fsum(w * w for w in v.values()))
    return dot / (nu * nv)


@frozen
class ContextIndex:
    """Document frequencies of terms over distinct claim sentences (the idf of :meth:`vector`)."""

    frequency: Mapping[str, int]
    sentences: int

    @classmethod
    def of(cls, sentences: Iterable[str]) -> ContextIndex:
        """The index of these sentences (each distinct sentence counted once)."""
        frequency: Counter[str] = Counter()
        n = 0
        for sentence in set(sentences):
            n += 1
            frequency.update(_terms(sentence).keys())
        return cls(frequency=dict(frequency), sentences=n)

    def vector(self, sentence: str) -> dict[str, float]:
        """The tf-idf vector of ``sentence``; names keep their ``N:`` mark."""
        n = max(self.sentences, 1)
        return {
            term: tf * math.log((1 + n) / (1 + self.frequency.get(term, 0))) + tf * 1e-3
            for term, tf in _terms(sentence).items()
        }

    def names(self, vector: Mapping[str, float]) -> frozenset[str]:
        """The names of a sentence's vector."""
        return frozenset(k for k in vector if k.startswith("N:"))


#: Letters of a word that stand for it when two sentences are compared word by word
#: ("approved" and "approve", "voters" and "voter" share their first five).
_STEM = 5


def content_words(sentence: str, ignore: Iterable[str] = ()) -> set[str]:
    """A sentence's content words, each cut to its first letters (so "approved" meets
    "approve"), without function words, months, days, numbers and the words starting with
    any of ``ignore`` (a frame's verb and noun, "beg" for "began" and "begin").

    Args:
        sentence: a sentence.
        ignore: beginnings of words not to count.

    Examples:
        >>> sorted(content_words("Voters in 2010 approved a bond.", ignore=["bond"]))
        ['appro', 'voter']
    """
    skip = tuple(w.lower() for w in ignore if w)
    out = set()
    for m in _TOKEN.finditer(sentence):
        low = m.group().lower().replace("’", "'").removesuffix("'s")
        if not low[:1].isalpha() or len(low) < 3 or low in _STOP or low in _MONTHS_DAYS:
            continue
        if not skip or not low.startswith(skip):
            out.add(low[:_STEM])
    return out


def shared_words(a: str, b: str, ignore: Iterable[str] = ()) -> set[str]:
    """The content words two sentences share, each cut to its first letters (so "approved"
    meets "approve"), leaving out function words, months, days, numbers and the words in
    starting with any of ``ignore`` (a frame's verb, which both share by construction).

    Args:
        a: a sentence.
        b: another sentence.
        ignore: beginnings of words not to count ("beg" for "began" and "begin").

    Examples:
        >>> sorted(shared_words("Voters in 2010 approved a bond.", "Voters approve the bond in 2009."))
        ['appro', 'bond', 'voter']
        >>> sorted(shared_words("Obama won in 2008.", "Clinton won in 2016.", ignore=["won"]))
        []
    """
    skip = tuple(ignore)
    return content_words(a, skip) & content_words(b, skip)
