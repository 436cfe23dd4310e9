from datetime import date

import pyarrow as pa

from pressfacts.assemble import assemble, canonical_name, participant_id
from pressfacts.discover import Document
from pressfacts.extract import Extraction
from pressfacts.extract.records import DateRecord, ParticipantRecord, StatisticRecord

TEXT = "Over 2,000 companies came on July 6, 1994, said Jiří Novotný."


def document(doc_id: str, source_file: str) -> Document:
    return Document(doc_id, source_file, "Title", date(2023, 7, 5), TEXT, 11, "0" * 64, "utf-8")


def extraction() -> Extraction:
    return Extraction(
        statistics=[
            StatisticRecord(
                0, 20, "Over 2,000 companies", 2000.0, "count", None, "over", "company", TEXT
            ),
        ],
        dates=[
            DateRecord(
                29,
                41,
                "July 6, 1994",
                "1994-07-06",
                "DATE",
                date(1994, 7, 6),
                date(1994, 7, 6),
                TEXT,
            )
        ],
        participants=[ParticipantRecord("Jiří Novotný", None, None, "CZE", "speaker", 1, 48, 60)],
    )


def test_tables_have_the_contract_types():
    tables = assemble([document("b" * 16, "b.txt")], [extraction()])
    assert tables["documents"].schema.field("published_date").type == pa.date32()
    assert tables["statistics"].schema.field("value").type == pa.float64()
    assert tables["statistics"].schema.field("char_start").type == pa.int32()
    assert tables["dates"].schema.field("start_date").type == pa.date32()
    stat = tables["statistics"].to_pylist()[0]
    assert stat["stat_id"] == "bbbbbbbbbbbbbbbb-s0-20"
    assert TEXT[stat["char_start"] : stat["char_end"]] == stat["surface"]


def test_documents_come_in_file_name_order_with_their_rows():
    tables = assemble(
        [document("b" * 16, "b.txt"), document("a" * 16, "a.txt")], [extraction(), Extraction()]
    )
    assert tables["documents"].column("source_file").to_pylist() == ["a.txt", "b.txt"]
    assert tables["statistics"].column("doc_id").to_pylist() == ["b" * 16]


def test_participant_id_ignores_accents_case_and_hyphens():
    assert canonical_name("Jiří  Novotný") == "jiri novotny"
    assert participant_id("Kassym-Jomart Tokayev") == participant_id("kassym jomart TOKAYEV")
    assert participant_id("Kassym-Jomart Tokayev") != participant_id("Nursultan Nazarbayev")
