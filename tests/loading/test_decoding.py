"""Decoding bytes: UTF-8 with and without BOM, UTF-16, cp1252 fallback, binary refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import SourceError
from claimcheck.loading import decode
from claimcheck.loading.text import looks_like_html

SAMPLE = "Café owners in Östersund raised prices by 5 % — “again”."


def test_utf8_plain() -> None:
    assert decode(SAMPLE.encode("utf-8")) == (SAMPLE, ())


def test_utf8_bom_is_noted() -> None:
    text, warnings = decode(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), name="a.txt")
    assert text == SAMPLE
    assert "byte order mark" in warnings[0]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_32_with_bom(codec: str) -> None:
    data = SAMPLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    text, warnings = decode(data, name="b.txt")
    assert text == SAMPLE
    assert "byte order mark" in warnings[0]


def test_latin1_falls_back_with_warning() -> None:
    text, warnings = decode("Smörgåsbord for 12 guests.".encode("latin-1"), name="c.txt")
    assert text == "Smörgåsbord for 12 guests."
    assert "not valid UTF-8" in warnings[0] and "c.txt" in warnings[0]


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02binary\x00" * 10, bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"],
)
def test_binary_refused(data: bytes) -> None:
    with pytest.raises(SourceError, match=r"d\.bin: looks binary"):
        decode(data, name="d.bin")


def test_forced_encoding() -> None:
    assert decode("naïve".encode("cp1252"), encoding="cp1252") == ("naïve", ())
    with pytest.raises(SourceError, match="cannot decode"):
        decode(b"\xff\xfe\xfd", encoding="ascii")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_utf8_round_trip(text: str) -> None:
    out, warnings = decode(text.encode("utf-8"))
    if text.startswith("\ufeff"):
        assert out == text[1:]
    else:
        assert out == text and warnings == ()


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        ("<html><head><title>x</title></head><body><p>Hi</p></body></html>", True),
        ('<div class="a">One</div>\n<p>Two</p>', True),
        ("The ratio was 3 < 4 and 5 > 2.", False),
        ("Use the <b> tag sparingly.", False),
    ],
)
def test_looks_like_html(text: str, exp: bool) -> None:
    assert looks_like_html(text) is exp
