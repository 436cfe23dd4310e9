"""Reading raw files: nothing outside the folder, no half-written file, no
text re-decoded in the wrong code page."""

import os
from pathlib import Path

import pytest

from pressfacts.ingest import discover, files
from pressfacts.ingest.errors import RejectedFile

BODY = "Head of State Kassym-Jomart Tokayev took part in the opening ceremony."
SECRET = "hunter2-password"


def release(folder: Path, name: str, body: str = BODY) -> Path:
    path = folder / name
    path.write_text(f"Title of {name}\n5 July 2023\n\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def raw(tmp_path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def test_links_that_leave_the_folder_are_refused_without_quoting_the_target(raw, tmp_path):
    outside = tmp_path / "credentials.txt"
    outside.write_text(f"user\n{SECRET}\n\n{SECRET} again\n", encoding="utf-8")
    (raw / "leak.txt").symlink_to(outside)
    (raw / "up.txt").symlink_to(Path("..") / "credentials.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "a.txt").symlink_to(raw / "b.txt")
    (raw / "b.txt").symlink_to(raw / "a.txt")
    documents, rejections = discover(raw)
    assert documents == []
    reasons = {r.file: r.reason for r in rejections}
    assert reasons["leak.txt"] == reasons["up.txt"] == "symbolic link that leaves the raw folder"
    assert reasons["loop.txt"] == reasons["a.txt"] == "symbolic link that loops"
    for r in rejections:
        assert SECRET not in f"{r.reason} {r.hint}" and "credentials" not in f"{r.reason} {r.hint}"


def test_a_link_inside_the_folder_is_read(raw):
    (raw / "sub").mkdir()
    target = release(raw / "sub", "real.txt")
    (raw / "link.txt").symlink_to(target)
    documents, rejections = discover(raw)
    assert [d.source_file for d in documents] == ["link.txt"] and not rejections


def test_a_file_growing_while_read_is_refused(raw, monkeypatch):
    growing = release(raw, "growing.txt", "The fund reached €3 billion in ")
    release(raw, "done.txt")
    real_read = files._read_all

    def read_then_grow(fd, size):
        data = real_read(fd, size)
        if os.fstat(fd).st_ino == growing.stat().st_ino:
            with growing.open("a", encoding="utf-8") as fh:
                fh.write("2024, its best year.\n")
        return data

    monkeypatch.setattr(files, "_read_all", read_then_grow)
    documents, rejections = discover(raw)
    assert [d.source_file for d in documents] == ["done.txt"]
    assert rejections[0].file == "growing.txt"
    assert rejections[0].reason.startswith("still being written")


def test_utf8_with_a_broken_last_byte_is_refused_not_read_as_cp1250(raw):
    (raw / "cut.txt").write_bytes(
        f"Title\n5 July 2023\n\nCafé owners met. {BODY} Caf".encode() + b"\xc3"
    )
    text = f"Title\n5 July 2023\n\nCafé owners of Zürich, Genève and Tōkyō met. {BODY}"
    (raw / "flipped.txt").write_bytes(text.encode().replace(b"\xa9", b"\xff", 1))
    documents, rejections = discover(raw)
    assert documents == []
    for r in rejections:
        assert r.reason.startswith("UTF-8 text with a broken byte sequence"), r


def test_single_byte_code_pages_still_decode():
    text = f"Title\n5 July 2023\n\nПрезидент принял участие. Café owners in Zürich. {BODY}"
    decoded, encoding = files.decode(text.replace("Café owners in Zürich. ", "").encode("cp1251"))
    assert "Президент" in decoded and encoding.startswith(("cp1251", "windows-1251"))
    with pytest.raises(RejectedFile):
        files.decode(b"\x00\x01binary")


def test_control_characters_in_file_names_are_shown_escaped(raw):
    (raw / "forged\nINFO published.txt").write_text(f"Title\n5 July 2023\n\n{BODY}", "utf-8")
    (raw / "bad\rname.txt").write_text("no date\n\n", encoding="utf-8")
    documents, rejections = discover(raw)
    assert documents[0].source_file == "forged\\nINFO published.txt"
    assert rejections[0].file == "bad\\rname.txt"


def test_a_named_pipe_is_refused_without_blocking(raw):
    os.mkfifo(raw / "pipe.txt")
    documents, rejections = discover(raw)
    assert documents == [] and rejections[0].reason == "not a regular file"
