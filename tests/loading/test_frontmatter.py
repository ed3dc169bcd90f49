"""Front matter: a tiny, safe YAML subset."""

from __future__ import annotations

from claimcheck.loading import parse_front_matter


def test_fields_and_end() -> None:
    text = "---\noutlet: \"Harbor Gazette\"\npublished: 2023-05-01\n# a comment\nauthor: 'J. Doe'\n---\nBody."
    fm = parse_front_matter(text)
    assert dict(fm.fields) == {"outlet": "Harbor Gazette", "published": "2023-05-01", "author": "J. Doe"}
    assert text[fm.end :] == "Body."
    assert fm.warnings == ()


def test_crlf_and_dots_closer() -> None:
    text = "---\r\nOutlet: Wire\r\n...\r\nBody."
    fm = parse_front_matter(text)
    assert dict(fm.fields) == {"outlet": "Wire"}
    assert text[fm.end :] == "Body."


def test_unterminated_is_a_warning_and_keeps_text() -> None:
    fm = parse_front_matter("---\noutlet: Wire\nBody without a closing line.", name="x.md")
    assert fm.fields == () and fm.end == 0
    assert "never closed" in fm.warnings[0] and "x.md" in fm.warnings[0]


def test_bad_line_warns() -> None:
    fm = parse_front_matter("---\njust words here\nurl: https://example.org/a\n---\n")
    assert dict(fm.fields) == {"url": "https://example.org/a"}
    assert "not 'key: value'" in fm.warnings[0]


def test_no_front_matter() -> None:
    assert parse_front_matter("No block here.\n---\n").end == 0
    assert parse_front_matter("-- not one\n").fields == ()
