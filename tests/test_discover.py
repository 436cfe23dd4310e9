from datetime import date
from pathlib import Path

from pressfacts.discover import discover, read_document

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
    assert doc.text == BODY + "\n"
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
    assert reasons["notes.json"] == "not a .txt file"
    assert all(r.hint for r in rejections)


def test_the_sample_release_reads():
    docs = [read_document(p) for p in SEED]
    assert docs and docs[0].published_date == date(2023, 7, 5)
    assert docs[0].text.startswith("Head of State Kassym-Jomart Tokayev")
