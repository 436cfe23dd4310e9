"""source.toml: the publisher's metadata, validated, reaching every document."""

import pytest

from pressfacts.ingest import discover
from pressfacts.ingest.errors import RejectedFile
from pressfacts.ingest.source import parse_source
from pressfacts.publish import sources_and_licences

BODY = "Head of State Kassym-Jomart Tokayev took part in the opening ceremony."
SOURCE = """
publisher = "Ministry of Examples"
country = "kaz"
language = "en"
licence = "CC-BY-4.0"
licence_url = "https://creativecommons.org/licenses/by/4.0/"
date_order = "dmy"
base_url = "https://example.gov.kz/en"
"""


def test_source_metadata_reaches_every_document(tmp_path):
    (tmp_path / "source.toml").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"Title\n04/05/2023\n\n{BODY}", encoding="utf-8")
    documents, rejections = discover(tmp_path)
    assert not rejections  # source.toml itself is not a release
    doc = documents[0]
    assert (doc.publisher, doc.publisher_country, doc.licence) == (
        "Ministry of Examples",
        "KAZ",
        "CC-BY-4.0",
    )
    assert doc.published_date.isoformat() == "2023-05-04"  # the source's day-first order


def test_without_source_metadata_nothing_is_assumed(tmp_path):
    (tmp_path / "a.txt").write_text(f"Title\n5 July 2023\n\n{BODY}", encoding="utf-8")
    doc = discover(tmp_path)[0][0]
    assert doc.publisher is None and doc.publisher_country is None and doc.licence is None
    sources, licences = sources_and_licences([doc.source])
    assert licences == [] and "not stated" in sources[0]["title"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('country = "KZ"', "ISO 3166-1 alpha-3"),
        ('country = "XYZ"', "ISO 3166-1 alpha-3"),
        ('language = "eng"', "ISO 639-1"),
        ('date_order = "DDMM"', "date_order"),
        ('base_url = "www.example.gov"', "http(s) URL"),
        ('publisher = "X"\ncolour = "blue"', "unknown key"),
        ("publisher = ", "not valid TOML"),
    ],
)
def test_bad_metadata_is_refused_with_its_reason(text, reason):
    with pytest.raises(RejectedFile, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_source(text.encode())


def test_a_bad_source_file_is_listed_and_the_releases_still_read(tmp_path):
    (tmp_path / "source.toml").write_text('country = "Kazakhstan"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"Title\n5 July 2023\n\n{BODY}", encoding="utf-8")
    documents, rejections = discover(tmp_path)
    assert len(documents) == 1 and documents[0].publisher_country is None
    assert rejections[0].file == "source.toml" and "alpha-3" in rejections[0].reason


def test_the_data_package_states_the_real_source_and_licence():
    source = parse_source(SOURCE.encode())
    sources, licences = sources_and_licences([source, source])
    assert sources == [{"title": "Ministry of Examples", "path": "https://example.gov.kz/en"}]
    assert licences == [
        {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}
    ]
    terms = parse_source(
        b'licence = "Terms of use of the site"\nlicence_url = "https://x.gov/terms"'
    )
    assert sources_and_licences([terms])[1] == [
        {"title": "Terms of use of the site", "path": "https://x.gov/terms"}
    ]


def test_metadata_changes_the_release_id_and_the_cache_key(tmp_path):
    from pressfacts.publish import release_id

    (tmp_path / "a.txt").write_text(f"Title\n5 July 2023\n\n{BODY}", encoding="utf-8")
    plain = discover(tmp_path)[0]
    (tmp_path / "source.toml").write_text('country = "KAZ"\n', encoding="utf-8")
    kaz = discover(tmp_path)[0]
    (tmp_path / "source.toml").write_text(
        'country = "KAZ"\nlicence = "CC0-1.0"\n', encoding="utf-8"
    )
    licensed = discover(tmp_path)[0]
    assert len({release_id(plain), release_id(kaz), release_id(licensed)}) == 3
    assert plain[0].doc_id == kaz[0].doc_id  # the same text is the same document
    assert plain[0].extraction_key != kaz[0].extraction_key  # its country changes extraction
    assert kaz[0].extraction_key == licensed[0].extraction_key  # the licence does not
