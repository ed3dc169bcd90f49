"""The bad-input matrix: every input gets a clear refusal or warning, never a traceback,
and every input path appears among the sources (nothing silently dropped)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import claimcheck as cc
from claimcheck.errors import SourceError
from claimcheck.loading import load
from claimcheck.model import Source

STORY = "The ferry service resumed on Monday after a storm kept 12 boats in port for three days.\n"


def kept(item: object, **options: object) -> tuple[Source, ...]:
    """What ``load`` gives for ``item`` when a good text is loaded beside it.

    Alone, an input that yields no source is a SourceError ("Nothing to load");
    beside one that loads, it is kept as a refused Source.
    """
    got = load([item, _COMPANION], **options)  # type: ignore[list-item, arg-type]
    return tuple(s for s in got if s.text != _COMPANION)


_COMPANION = "A companion text that always loads."


def only(sources: tuple[Source, ...]) -> Source:
    assert len(sources) == 1, sources
    return sources[0]


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_files_kept_with_warning(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "blank.txt"
    p.write_bytes(content)
    src = only(load(p))
    assert src.refused is None and src.text == content.decode()
    assert any("empty" in w for w in src.warnings)


def test_binary_refused(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    src = only(kept(p))
    assert (
        src.text == "" and src.refused is not None and "binary" in src.refused and "image.txt" in src.refused
    )
    with pytest.raises(SourceError, match=r"image\.txt: looks binary"):
        load(p, errors="raise")
    assert load(p, errors="ignore") == ()


def test_latin1_decoded_with_warning(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes("Señor Núñez paid 30 € for the ferry.".encode("cp1252"))
    src = only(load(p))
    assert src.text == "Señor Núñez paid 30 € for the ferry."
    assert any("not valid UTF-8" in w for w in src.warnings)


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes(STORY.encode("utf-16"))
    src = only(load(p))
    assert src.text == STORY and any("UTF-16" in w for w in src.warnings)


def test_mixed_line_endings_kept(tmp_path: Path) -> None:
    text = "Headline about the ferries today\r\n\r\nFirst paragraph.\nSecond line.\r\rThird."
    p = tmp_path / "mixed.txt"
    p.write_bytes(text.encode())
    assert only(load(p)).text == text


def test_unterminated_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "fm.md"
    p.write_text("---\noutlet: Ferry Times\n" + STORY, encoding="utf-8")
    src = only(load(p))
    assert src.outlet is None and src.body_start == 0
    assert any("never closed" in w for w in src.warnings)


def test_bad_date_in_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "fm.md"
    p.write_text("---\npublished: 2022-13-45\n---\n" + STORY, encoding="utf-8")
    src = only(load(p))
    assert src.published is None and any("not a date" in w for w in src.warnings)


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(SourceError, match=r"Nothing to load from .*nowhere\.txt.*: .*no such file"):
        load(missing)
    src = only(kept(missing))
    assert src.refused is not None and "no such file" in src.refused and src.path == str(missing)
    assert only(kept(str(missing))).refused is not None
    with pytest.raises(SourceError, match=r"nowhere\.txt"):
        load(missing, errors="raise")


def test_glob_matching_nothing(tmp_path: Path) -> None:
    src = only(kept(str(tmp_path / "*.txt")))
    assert src.refused is not None and "no files match" in src.refused


def test_empty_folder(tmp_path: Path) -> None:
    src = only(kept(tmp_path))
    assert src.refused is not None and "folder holds no" in src.refused


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_broken_symlink_in_folder(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    by_id = {s.id: s for s in load(tmp_path)}
    assert by_id["good"].refused is None
    assert by_id["dangling"].refused is not None and "broken symbolic link" in by_id["dangling"].refused


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(STORY, encoding="utf-8")
    p.chmod(0)
    try:
        src = only(load(p))
        assert src.refused is not None and "cannot read" in src.refused
    finally:
        p.chmod(0o644)


def test_jsonl_broken_line_in_the_middle(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text(
        json.dumps({"text": "First ferry record."})
        + "\n{broken\n"
        + json.dumps({"text": "Third."})
        + "\n"
        + json.dumps(["not", "an", "object"])
        + "\n"
        + json.dumps({"no_text": 1})
        + "\n",
        encoding="utf-8",
    )
    by_id = {s.id: s for s in load(p)}
    assert by_id["feed:1"].text == "First ferry record." and by_id["feed:3"].text == "Third."
    for key in ("feed:2", "feed:4", "feed:5"):
        refused = by_id[key].refused
        assert refused is not None and f"feed.jsonl:{key[-1]}" in refused
    with pytest.raises(SourceError, match=r"feed\.jsonl:2"):
        load(p, errors="raise")


def test_manifest_naming_missing_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "claimcheck.json").write_text(
        json.dumps({"a.txt": {"outlet": "Ferry Times"}, "ghost.txt": {"outlet": "Nobody"}}), encoding="utf-8"
    )
    src = only(load(tmp_path))
    assert src.outlet == "Ferry Times" and src.origin_of("outlet") == "manifest"
    assert any("missing file 'ghost.txt'" in w for w in src.warnings)


def test_broken_manifest_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "claimcheck.json").write_text("{not json", encoding="utf-8")
    src = only(load(tmp_path))
    assert any("manifest not read" in w for w in src.warnings)


def test_oversize_refused(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text(STORY * 100, encoding="utf-8")
    src = only(kept(p, max_bytes=1000))
    assert src.refused is not None and "over the limit of 1000 bytes" in src.refused
    assert only(load(p)).refused is None


def test_html_pasted_as_a_string_is_read_as_a_page() -> None:
    src = only(load("<html><body><p>The ferry resumed.</p><div>12 boats</div></body></html>"))
    assert any("looks like HTML" in w for w in src.warnings)
    assert "<" not in src.text and "The ferry resumed." in src.text and "12 boats" in src.text
    assert src.html_map  # the markup is kept behind the text, not thrown away


def test_a_fragment_with_a_tag_stays_text() -> None:
    src = only(load("The <b>council</b> met on Monday."))
    assert src.text == "The <b>council</b> met on Monday." and not src.html_map


def test_many_tiny_files(tmp_path: Path) -> None:
    for i in range(300):
        (tmp_path / f"n{i:04d}.txt").write_text(f"Note {i} about the ferry.\n", encoding="utf-8")
    sources = load(tmp_path)
    assert [s.id for s in sources] == [f"n{i:04d}" for i in range(300)]


def test_every_input_accounted_for(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    inputs: list[str | Path] = [good, tmp_path / "missing.txt", "A pasted string about ferries."]
    sources = load(inputs)
    assert len(sources) == 3
    assert sum(s.refused is not None for s in sources) == 1


def test_other_files_in_a_folder_are_reported_not_dropped(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("The council approved 12 new parks.\n", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "README.md").write_text("about this folder\n", encoding="utf-8")
    sources = cc.load(tmp_path)
    by_name = {Path(s.path).name: s for s in sources if s.path}
    assert by_name["story.txt"].refused is None
    assert "skipped" in (by_name["photo.jpg"].refused or "")
    assert "README.md" not in by_name
    assert [s for s in cc.load(tmp_path, errors="ignore") if s.refused] == []


def test_a_file_over_the_default_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 50 MB + 1 byte without writing them
        fh.truncate(50 * 1024 * 1024 + 1)
    (src,) = kept(big)
    assert src.refused is not None
    assert "big.txt" in src.refused
    with pytest.raises(SourceError, match=r"Nothing to load from .*big\.txt.* over the limit"):
        cc.load(big)


def test_claim_limit_is_reported_on_the_source() -> None:
    text = " ".join(f"They counted {n} lanterns." for n in range(2, 40))
    report = cc.check([text], max_claims_per_source=5)
    (src,) = report.sources
    assert len(report.claims) == 5
    assert any("claim limit reached" in w for w in src.warnings)
