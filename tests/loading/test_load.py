"""load(): inputs of every shape, ids, metadata precedence, determinism."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.errors import MetadataError
from claimcheck.loading import load
from claimcheck.model import Source, content_id

STORY = "The harbour authority said on Friday that 40 new cranes would be installed by December.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_reexported() -> None:
    assert cc.load is load


def test_string_input_and_id() -> None:
    (src,) = load("The port opened.\nIt was busy.")
    assert src.id == content_id("s", "The port opened.\nIt was busy.")
    assert src.text == "The port opened.\nIt was busy." and src.path is None


def test_short_string_without_path_shape_is_text() -> None:
    (src,) = load("Cranes")
    assert src.refused is None and src.text == "Cranes"


def test_source_passes_through() -> None:
    given_src = Source(id="mine", text="Kept as is.")
    assert load([given_src]) == (given_src,)


def test_folder_recursive_sorted_and_skips(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", STORY)
    write(tmp_path / "sub" / "a.md", STORY)
    write(tmp_path / "c.text", STORY)
    write(tmp_path / "notes.csv", "x,y")
    write(tmp_path / ".hidden" / "d.txt", STORY)
    write(tmp_path / "README.md", "About this folder.")
    sources = load(tmp_path)
    assert [s.id for s in sources if s.refused is None] == ["a", "b", "c"]
    # files of other types are reported as skipped, never silently dropped
    assert [Path(s.path).name for s in sources if s.refused] == ["notes.csv"]


def test_glob_and_list(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", STORY)
    write(tmp_path / "two.txt", STORY)
    assert [s.id for s in load(str(tmp_path / "*.txt"))] == ["one", "two"]
    assert [s.id for s in load([tmp_path / "two.txt", str(tmp_path / "one.txt")])] == ["one", "two"]


def test_same_path_twice_loaded_once(tmp_path: Path) -> None:
    p = write(tmp_path / "one.txt", STORY)
    assert len(load([p, str(p), tmp_path])) == 1


def test_stem_collision_disambiguated_stably(tmp_path: Path) -> None:
    a = write(tmp_path / "x" / "story.txt", STORY)
    b = write(tmp_path / "y" / "story.md", STORY + "More.\n")
    ids1 = [s.id for s in load([a, b])]
    ids2 = [s.id for s in load([b, a])]
    assert ids1 == ids2 and len(set(ids1)) == 2
    assert all(i.startswith("story-") for i in ids1)


def test_jsonl_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": STORY, "outlet": "Harbor Gazette", "published": "2023-04-05", "id": "hg-1"}),
        json.dumps({"text": "Second record text.", "author": "Mira Solberg"}),
    ]
    p = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    first, second = load(p)
    assert first.id == "feed:2" and second.id == "hg-1"
    assert second.outlet == "Harbor Gazette" and second.published == dt.date(2023, 4, 5)
    assert second.origin_of("outlet") == "given"
    assert first.author == "Mira Solberg"


def test_precedence_given_front_matter_manifest_inferred(tmp_path: Path) -> None:
    text = "---\noutlet: Front Outlet\nauthor: Front Author\n---\nBy Page Author\n\n" + STORY
    write(tmp_path / "a.txt", text)
    write(
        tmp_path / "claimcheck.json",
        json.dumps(
            {"a.txt": {"outlet": "Manifest Outlet", "title": "Manifest Title", "url": "https://e.org/a"}}
        ),
    )
    (src,) = load(tmp_path, metadata={"url": "https://given.example/a"})
    assert src.text == text  # front matter kept in the text
    assert dict(src.metadata_origin) == {
        "outlet": "front_matter",
        "author": "front_matter",
        "title": "manifest",
        "url": "given",
    }
    assert src.url == "https://given.example/a" and src.outlet == "Front Outlet"
    assert src.body_start == text.index("By Page")
    assert src.boilerplate[0].start == 0 and src.boilerplate[0].reason == "front matter"


def test_metadata_per_path(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "b.txt", STORY)
    by_id = {s.id: s for s in load(tmp_path, metadata={"a.txt": {"outlet": "A Wire"}})}
    assert by_id["a"].outlet == "A Wire" and by_id["b"].outlet is None


def test_unknown_metadata_field_raises() -> None:
    with pytest.raises(MetadataError, match="colour"):
        load("Some text here.", metadata={"colour": "red"})


def test_bad_errors_argument() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        load("Some text here.", errors="loud")  # type: ignore[arg-type]


def test_bad_date_in_front_matter_left_to_inference(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", "---\npublished: the 31st of Smarch\n---\n12 March 2021 08:40\n\n" + STORY)
    (src,) = load(p)
    assert src.published == dt.date(2021, 3, 12) and src.origin_of("published") == "inferred"
    assert any("not a date" in w for w in src.warnings)


@settings(max_examples=30)
@given(st.lists(st.text(max_size=80).map(lambda t: f"Line {t}\n"), min_size=1, max_size=6))
def test_strings_deterministic_order_independent_and_unmutated(texts: list[str]) -> None:
    first = load(texts)
    shuffled = list(texts)
    random.Random(0).shuffle(shuffled)
    assert load(shuffled) == first
    assert {s.text for s in first} == set(texts)
    for src in first:
        for r in src.boilerplate:
            assert 0 <= r.start < r.end <= len(src.text)


@settings(max_examples=25)
@given(st.binary(max_size=300))
def test_file_bytes_decode_equals_text(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    p = tmp_path_factory.mktemp("bytes") / "f.txt"
    p.write_bytes(data)
    (src,) = load(p)
    if src.refused is None:
        assert src.text == cc.loading.decode(data)[0]
    else:
        assert src.text == "" and "f.txt" in src.refused
