"""Untrusted text never reaches a terminal as control codes: every renderer shows them instead."""

from __future__ import annotations

import datetime as dt
import io

import pytest

import claimcheck as cc
from claimcheck.output._terminal import safe
from claimcheck.output.assertions import evidence
from claimcheck.output.report import print_report, report_text

TITLE = "\x1b]0;owned\x07"  # sets the window title
LINK = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"  # an OSC 8 hyperlink
CLEAR = "\x1b[2J\x1b[H"  # clears the screen
CSI_C1 = "\x9b31m"  # a C1 control sequence introducer


@pytest.mark.parametrize(
    "text, exp",
    [
        (TITLE, "␛]0;owned␇"),
        (CLEAR, "␛[2J␛[H"),
        (CSI_C1, "\ufffd31m"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        ("cr\rdel\x7f nul\x00", "cr␍del␡ nul␀"),
        ("plain words, [bold]markup[/] too", "plain words, [bold]markup[/] too"),
    ],
)
def test_safe_makes_controls_visible(text: str, exp: str) -> None:
    assert safe(text) == exp
    assert len(safe(text)) == len(text)  # offsets into the text stay valid


def _hostile_report() -> cc.Report:
    text = (
        f"Officials said 263 agreements{TITLE} were signed, {LINK} the minister{CLEAR} told reporters. "
        f'"We signed 263 agreements{CSI_C1}," said Jane{TITLE} Roe.\n\n'
        "Another line says 263 agreements were signed."
    )
    src = cc.Source(
        "s-bad",
        text,
        outlet=f"Evil{TITLE} Wire{LINK}",
        title=f"Headline{CLEAR}",
        author=f"A. Writer{CSI_C1}",
        published=dt.date(2024, 4, 23),
        warnings=(f"odd {CLEAR} warning",),
    )
    other = cc.Source("s-ok", "Officials said 263 agreements were signed.", outlet="Fine Post")
    return cc.check([src, other])


def _controls(out: str) -> set[str]:
    return {ch for ch in out if (ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) < 0xA0}


@pytest.mark.parametrize("show_all", [False, True])
def test_piped_report_holds_no_control_character(show_all: bool) -> None:
    report = _hostile_report()
    out = io.StringIO()
    print_report(report, width=100, file=out, color=False, show_all=show_all, explain=True)
    text = out.getvalue()
    assert not _controls(text)
    assert "␛]0;owned␇" in text  # shown, not obeyed


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_report_holds_only_its_own_style_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    tty = _Tty()
    print_report(_hostile_report(), width=100, file=tty, show_all=True)
    text = tty.getvalue()
    assert "\x1b[" in text  # rich's colours
    assert "\x1b]" not in text and "\x07" not in text and "\x9b" not in text and "\x1b[2J" not in text


def test_every_renderer_of_the_model_is_safe() -> None:
    report = _hostile_report()
    fact = report.fact("263 agreements")
    pieces = [
        report_text(report, width=120, explain=True, show_all=True),
        evidence(report, fact),
        *(obj._repr_mimebundle_()["text/plain"] for obj in (report, fact, *report.claims, *report.sources)),
    ]
    for piece in pieces:
        assert not _controls(piece)


def test_assertion_message_is_safe() -> None:
    report = _hostile_report()
    with pytest.raises(cc.ClaimAssertionError) as info:
        cc.assert_fact(report, "263 agreements", min_sources=5)
    assert not _controls(str(info.value))
