"""The cheap tests in line_reason skip a regex only when the regex cannot match."""

from __future__ import annotations

import re

try:
    import re._parser as sre_parse  # type: ignore[import-not-found]  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.loading import boilerplate as bp


def _literal_runs(items: list[tuple[object, object]]) -> list[str]:
    """The runs of consecutive literal characters at the top level of one alternative."""
    runs: list[str] = []
    cur = ""
    for op, av in items:
        if op is sre_parse.LITERAL:
            cur += chr(av)  # type: ignore[arg-type]
        else:
            if cur:
                runs.append(cur)
            cur = ""
    if cur:
        runs.append(cur)
    return runs


def _alternatives(pattern: re.Pattern[str]) -> list[list[tuple[object, object]]]:
    parsed = sre_parse.parse(pattern.pattern)
    for op, av in parsed.data:
        if op is sre_parse.BRANCH:
            return [list(alt) for alt in av[1]]  # type: ignore[index]
        if op is sre_parse.SUBPATTERN:
            inner = av[-1].data  # type: ignore[index]
            for iop, iav in inner:
                if iop is sre_parse.BRANCH:
                    return [list(alt) for alt in iav[1]]
    raise AssertionError(f"no alternatives in {pattern.pattern!r}")


def test_every_blurb_alternative_holds_a_prefilter_word() -> None:
    for alt in _alternatives(bp._BLURB):
        runs = [r.lower() for r in _literal_runs(alt)]
        assert any(w in r for r in runs for w in bp._BLURB_WORDS), runs


def test_every_caption_alternative_holds_a_prefilter_word() -> None:
    for alt in _alternatives(bp._CAPTION):
        runs = [r.lower() for r in _literal_runs(alt)]
        assert any(w in r for r in runs for w in bp._CAPTION_WORDS), runs


def _reference(line: str) -> str | None:
    """line_reason without the cheap tests: every regex in the same order."""
    if not line or len(line) > bp._MAX_LINE:
        return None
    if bp._COUNTER.fullmatch(line):
        return "counter"
    if bp._RULE.fullmatch(line):
        return "separator"
    if bp._GALLERY.search(line):
        return "gallery line"
    if bp._NAV.fullmatch(line):
        return "navigation"
    if bp._HOME.match(line) or (
        len(line) <= 200 and not line.startswith("|") and len(bp._CRUMB_SEP.findall(line)) >= 2
    ):
        return "breadcrumb"
    if bp._COPYRIGHT.search(line):
        return "copyright"
    if bp._BLURB.search(line):
        return "share/subscribe/follow blurb"
    if bp._TAGS.match(line) and len(line) <= 200 and not line.endswith("."):
        return "tags"
    if len(line) <= 200 and bp._CAPTION.search(line):
        return "photo caption"
    return None


_PIECES = [
    "Follow", "us", "SUBSCRIBE", "now", "sign", "up", "for", "our", "newsletter", "Stay", "tuned",
    "share", "this", "on", "Twitter", "@", "facebook", "twitter:", "support", "independent",
    "WhatsApp", "telegram", "channel", "Photo", "image", "credit", ":", "gallery", "Slider",
    "Image", "3", "of", "12", "©", "(c)", "Copyright", "All", "rights", "reserved", "›", "»",
    ">", "Home", "|", "The", "council", "voted", "42", "ſhare", "\u212aeep", "é", "\t", ".",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([" ", "", "  ", "\t"]))
def test_line_reason_matches_the_plain_regexes(words: list[str], sep: str) -> None:
    line = sep.join(words)
    assert bp.line_reason(line) == _reference(line)


def test_examples_still_found() -> None:
    assert bp.line_reason("Follow us on Twitter @SomeOutlet") == "share/subscribe/follow blurb"
    assert bp.line_reason("Photo: a reader") == "photo caption"
    assert bp.line_reason("Slider Image 4") == "gallery line"
    assert bp.line_reason("© 2024 Some Outlet") == "copyright"
    assert bp.line_reason("Home › World › Europe") == "breadcrumb"
