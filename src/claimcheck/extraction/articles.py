"""References to numbered provisions: Article 16, Articles 6 and 7, Art. 16, Clause 3, Section 2.

Each number becomes one ``article`` claim whose value is an
:class:`~claimcheck.model.ArticleRef`: the number, the instrument (the document
named right after, "of the UN Charter", or the nearest named document earlier
in the article, so "the declaration" resolves to the full name mentioned
before) and the provision's text: the quotation right before ``," Article 6
states.``, right after ``Article 16 reads: "..."``, or the paraphrase in the
rest of the sentence. The span is the reference words ("Article 16").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from claimcheck._words.speech import INSTRUMENT_HEADS
from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import register
from claimcheck.extraction.quotes import QuoteSpan
from claimcheck.model import ArticleRef, Claim

__all__ = ["article_refs", "instrument_name"]

_NUM = r"\d{1,4}(?:\.\d{1,3})?[a-z]?\b"
#: The label is ``Articles?|Art\.|Arts\.|Clauses?|Sections?|Paragraphs?|Para\.`` (or lower
#: case) at a word start, written as its first letter then the rest per letter, so the regex
#: engine skips ahead to a candidate letter in C.
_REF = re.compile(
    r"(?P<label>[ACSPacsp](?<![\w].)(?:(?<=A)(?:rticles?|rt\.|rts\.)|(?<=C)lauses?|(?<=S)ections?"
    r"|(?<=P)(?:aragraphs?|ara\.)|(?<=a)rticles?|(?<=c)lauses?|(?<=s)ections?|(?<=p)(?:aragraphs?|ara\.)))\s+"
    rf"(?P<nums>{_NUM}(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*){_NUM})*)"
)
_NUM_RX = re.compile(_NUM)
_LABELS = {"art": "Article", "arts": "Article", "para": "Paragraph"}
_HEADS = "|".join(INSTRUMENT_HEADS)
_TOKEN = r"[“\"]?(?:[A-Z][\w'’.-]*|the|and|of|between|on|for|to)[”\"]?"
#: A named instrument: "Declaration on Allied Interaction between ...", "the UN Charter".
_INSTRUMENT = re.compile(
    rf"\b(?:(?:[A-Z][\w'’.-]*|of)\s+){{0,5}}(?:{_HEADS})\b(?:\s+(?:on|of|for|between|about|to)\s+{_TOKEN}(?:\s+{_TOKEN}){{0,14}})?"
)
#: Any head word: every _INSTRUMENT match holds one, so a paragraph without is skipped.
_HEAD_ANY = re.compile(_HEADS)
#: "of the declaration", "of the UN Charter" right after a reference.
_LOWER_HEADS = "|".join(h.lower() for h in INSTRUMENT_HEADS)
_OF = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|that\s+)?"
    rf"(?P<what>(?:[A-Z][\w'’.-]*\s+){{0,5}}(?:{_HEADS}|{_LOWER_HEADS}|document)\b)"
)
_OF_ARTICLE = re.compile(rf"\s+of\s+Article\s+(?P<n>{_NUM})")
_VERB_AFTER = re.compile(
    r"\s*(?:reads|states|says|stipulates|provides|notes|stresses|declares|specifies|establishes)\b\s*[:,]?\s*"
)
_GAP_BEFORE = re.compile(r"[ \t,]*")
#: A paraphrased provision is cut at this many characters (keeps hostile input linear).
MAX_PARAPHRASE = 400
_SMALL = frozenset({"on", "of", "for", "between", "about", "to", "the", "and", "in", "a", "an"})


def instrument_name(raw: str) -> str:
    """Normalise an instrument name: quotes stripped, title case, small words lower.

    Examples:
        >>> instrument_name('Declaration on “Allied Interaction between the Parties”')
        'Declaration on Allied Interaction between the Parties'
    """
    words = raw.replace("“", "").replace("”", "").replace('"', "").split()
    while words and words[-1].lower() in _SMALL:
        words.pop()
    while words and words[0].lower() in {"the", "a", "an", "this", "that", "of"}:
        words.pop(0)
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in _SMALL:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


class _Context:
    def __init__(self, doc: Document) -> None:
        text = doc.text
        self.quotes: list[QuoteSpan] = list(doc.quotations)
        self.q_opens = [q.open for q in self.quotes]
        self.q_closes = [q.close for q in self.quotes]
        self._texts: dict[int, str] = {}
        self.named: list[tuple[int, str]] = []
        for ps, pe in doc.paragraphs:
            if _HEAD_ANY.search(text, ps, pe) is None:
                continue  # no head word, no instrument: skip the costlier pattern
            for m in _INSTRUMENT.finditer(text, ps, pe):
                if self.inside_quote(m.start()):
                    continue
                name = instrument_name(m.group(0))
                if " " in name:
                    self.named.append((m.start(), name))
        self.named_starts = [p for p, _ in self.named]
        low = doc.lowered
        self.head_counts: dict[str, int] = {}
        for _, name in self.named:
            head = next((w for w in name.split() if w in INSTRUMENT_HEADS), name.split()[0])
            if head not in self.head_counts:
                self.head_counts[head] = len(re.findall(rf"\b{re.escape(head.lower())}\b", low))
        self.main_name: str | None = None
        best = (-1, -1)
        for _, name in self.named:
            head = next((w for w in name.split() if w in INSTRUMENT_HEADS), name.split()[0])
            key = (self.head_counts[head], len(name))
            if key > best:
                best, self.main_name = key, name

    def main(self, pos: int, paragraph: tuple[int, int]) -> str | None:
        """The instrument of a bare reference: one named in its paragraph, else the article's main one.

        The main instrument is the named one whose head word ("declaration") the
        article uses most; ties go to the fullest name.
        """
        i = bisect.bisect_left(self.named_starts, pos) - 1
        if i >= 0 and self.named[i][0] >= paragraph[0]:
            return self.named[i][1]
        return self.main_name

    def inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.q_opens, pos) - 1
        return k >= 0 and pos < self.quotes[k].close

    def nearest(self, pos: int, head: str | None = None) -> str | None:
        """The nearest named instrument before ``pos`` (with that head word, when given)."""
        i = bisect.bisect_left(self.named_starts, pos) - 1
        stop = max(-1, i - 50)  # bounded look-back keeps hostile inputs linear
        while i > stop:
            name = self.named[i][1]
            if head is None or head.lower() in name.lower().split():
                return name
            i -= 1
        return None

    def quote_text(self, doc: Document, q: QuoteSpan) -> str:
        if q.open in self._texts:
            return self._texts[q.open]
        self._texts[q.open] = out = " ".join(
            " ".join(doc.text[s:e].split()).strip('“”"«» ') for s, e in q.pieces
        ).strip(" ,")
        return out


def _label(raw: str) -> str:
    key = raw.rstrip(".").lower()
    if key in _LABELS:
        return _LABELS[key]
    key = key[:-1] if key.endswith("s") else key
    return key.capitalize()


def article_refs(doc: Document) -> Iterator[Claim]:
    """Yield an ``article`` claim per numbered provision referred to in the body."""
    text = doc.text
    ctx: _Context | None = None
    for ps, pe in doc.paragraphs:
        for m in _REF.finditer(text, ps, pe):
            if ctx is None:
                ctx = _Context(doc)
            label = _label(m.group("label"))
            after = m.end()
            instrument: str | None = None
            notes: list[str] = []
            sub = _OF_ARTICLE.match(text, after, pe)
            if sub and label != "Article":
                notes.append(f"of Article {sub.group('n')}")
                after = sub.end()
            of = _OF.match(text, after, pe)
            if of:
                what = of.group("what")
                name = instrument_name(what)
                if " " in name:
                    instrument = name
                else:
                    instrument = ctx.nearest(m.start(), name) or (name if name != "Document" else None)
                after = of.end()
            else:
                instrument = ctx.main(m.start(), (ps, pe))
            # provision text: the quote right before, right after, or the sentence's paraphrase
            provision: str | None = None
            k = bisect.bisect_right(ctx.q_closes, m.start()) - 1
            if k >= 0:
                # only `"...," Article 6 states.`: same line, and the verb closes the sentence
                q = ctx.quotes[k]
                gap = _GAP_BEFORE.fullmatch(text, q.close, m.start())
                verb = _VERB_AFTER.match(text, after, pe)
                closes = verb is None or text[verb.end() : verb.end() + 1] in ("", ".", ";", "\n")
                if gap is not None and closes:
                    provision = ctx.quote_text(doc, q)
            if provision is None:
                v = _VERB_AFTER.match(text, after, pe)
                if v:
                    j = bisect.bisect_left(ctx.q_opens, v.end())
                    if j < len(ctx.quotes) and ctx.quotes[j].open == v.end():
                        provision = ctx.quote_text(doc, ctx.quotes[j])
                    else:
                        _s, s_end = doc.sentence_of(m.start())
                        rest = " ".join(
                            text[v.end() : max(v.end(), min(s_end, v.end() + MAX_PARAPHRASE))].split()
                        ).strip(" .")
                        provision = rest or None
            if provision is None:
                _, s_end = doc.sentence_of(m.start())
                rest = " ".join(text[after : max(after, min(s_end, after + MAX_PARAPHRASE))].split()).strip(
                    " .,"
                )
                if len(rest.split()) >= 3 and not ctx.inside_quote(m.start()):
                    provision = rest
            nums = list(_NUM_RX.finditer(m.group("nums")))
            base = m.start("nums")
            for i, n in enumerate(nums):
                start = m.start() if i == 0 else base + n.start()
                end = base + n.end()
                number = n.group(0)
                value = ArticleRef(number=number, instrument=instrument, text=provision, label=label)
                yield doc.claim(
                    "article",
                    f"{label.lower()} {number}",
                    value,
                    start,
                    end,
                    notes=tuple(notes),
                )


register("article", priority=50)(article_refs)
