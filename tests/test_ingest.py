import os
from datetime import date
from pathlib import Path

from pressfacts.ingest import discover, read_document

SEED = (Path(__file__).resolve().parent.parent / "raw").glob("*.txt")
BODY = "Head of State Kassym-Jomart Tokayev took part in the opening ceremony.\n\nSecond paragraph."


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_header_and_body_are_split_like_the_gold_layout(tmp_path):
    path = write(tmp_path, "a.txt", f"The President took part\n5 July 2023\n\n\n{BODY}\n")
    doc = read_document(path)
    assert doc.title == "The President took part"
    assert doc.published_date == date(2023, 7, 5)
    assert doc.text == BODY  # trailing blank space trimmed: no offset moves
    assert doc.n_words == 13  # "Kassym-Jomart" is one word
    assert len(doc.doc_id) == 16 and doc.encoding == "utf-8"


def test_bom_and_crlf_are_normalised_to_the_same_document(tmp_path):
    plain = read_document(write(tmp_path, "a.txt", f"Title\n5 July 2023\n\n{BODY}"))
    windows = read_document(
        write(
            tmp_path,
            "b.txt",
            b"\xef\xbb\xbf" + f"Title\n5 July 2023\n\n{BODY}".replace("\n", "\r\n").encode(),
        )
    )
    assert windows.text == plain.text
    assert windows.doc_id == plain.doc_id


def test_windows_1251_text_is_decoded(tmp_path):
    text = f"Президент принял участие\n5 July 2023\n\nГлава государства Касым-Жомарт Токаев. {BODY}"
    doc = read_document(write(tmp_path, "ru.txt", text.encode("cp1251")))
    assert doc.title == "Президент принял участие"


def test_bad_files_are_rejected_with_reasons_and_good_ones_kept(tmp_path):
    write(tmp_path, "good.txt", f"Title\n5 July 2023\n\n{BODY}")
    write(tmp_path, "copy of good.txt", f"Title\n5 July 2023\n\n{BODY}")
    write(tmp_path, "empty.txt", "  \n\n")
    write(tmp_path, "nodate.txt", f"Title\nno date here\n\n{BODY}")
    write(tmp_path, "titleonly.txt", "Title\n5 July 2023\n")
    write(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(tmp_path, "notes.json", "{}")
    documents, rejections = discover(tmp_path)
    assert [d.source_file for d in documents] == ["copy of good.txt"]
    reasons = {r.file: r.reason for r in rejections}
    assert reasons["good.txt"] == "same text as copy of good.txt"
    assert reasons["empty.txt"] == "empty file"
    assert "holds no date" in reasons["nodate.txt"]
    assert reasons["titleonly.txt"].startswith("no body")
    assert reasons["binary.txt"].startswith("binary")
    assert reasons["notes.json"].startswith("not a release file")
    assert all(r.hint for r in rejections)


def test_the_sample_release_reads():
    docs = [read_document(p) for p in SEED]
    assert docs and docs[0].published_date == date(2023, 7, 5)
    assert docs[0].text.startswith("Head of State Kassym-Jomart Tokayev")


def test_other_encodings_are_detected_not_guessed(tmp_path):
    text = f"Title\n5 July 2023\n\nCafé owners in Zürich met the mayor. {BODY}"
    utf16 = read_document(write(tmp_path, "u16.txt", text.encode("utf-16")))
    latin1 = read_document(write(tmp_path, "l1.txt", text.encode("latin-1")))
    assert utf16.text.startswith("Café owners in Zürich") and utf16.encoding == "utf-16"
    assert latin1.text == utf16.text


def test_links_folders_and_oversized_files(tmp_path, monkeypatch):
    target = write(tmp_path, "real.txt", f"Title\n5 July 2023\n\n{BODY}")
    (tmp_path / "link.txt").symlink_to(target)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "folder.txt").mkdir()
    monkeypatch.setattr("pressfacts.ingest.MAX_BYTES", 500)
    write(tmp_path, "huge.txt", f"Title\n5 July 2023\n\n{BODY * 10}")
    documents, rejections = discover(tmp_path)
    reasons = {r.file: r.reason for r in rejections}
    assert reasons["dangling.txt"] == "broken symbolic link"
    assert reasons["huge.txt"].startswith("too large")
    assert "folder.txt" not in reasons  # sub-folders are not inputs
    # the link and its target hold the same text: one document, one duplicate
    assert (
        len(documents) == 1
        and "same text as" in reasons[({"link.txt", "real.txt"} - {documents[0].source_file}).pop()]
    )


def test_an_unreadable_file_is_rejected_not_fatal(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", f"Title\n5 July 2023\n\n{BODY}")
    locked = write(tmp_path, "locked.txt", f"Other\n6 July 2023\n\n{BODY}")
    real_open = os.open

    def guarded_open(path, flags, *args):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", guarded_open)
    documents, rejections = discover(tmp_path)
    assert [d.source_file for d in documents] == ["good.txt"]
    assert rejections[0].file == "locked.txt"
    assert rejections[0].reason == "unreadable: Permission denied"


def test_dates_out_of_range_are_refused(tmp_path):
    write(tmp_path, "future.txt", f"Title\n5 July 2999\n\n{BODY}")
    write(tmp_path, "ancient.txt", f"Title\n5 July 1066\n\n{BODY}")
    _, rejections = discover(tmp_path)
    reasons = {r.file: r.reason for r in rejections}
    assert reasons["future.txt"].startswith("publication date 2999-07-05 is after today")
    assert reasons["ancient.txt"] == "publication date 1066-07-05 is before 1900"
