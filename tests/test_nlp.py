from pressfacts.nlp import minibatches, parse, split_text


def test_minibatches_keep_order_and_stay_within_the_budget():
    texts = ["a" * n for n in (30, 30, 50, 10, 120, 5)]
    groups = list(minibatches(texts, max_chars=60))
    assert [t for g in groups for t in g] == texts
    assert [len(g) for g in groups] == [2, 2, 1, 1]
    # a text longer than the budget travels alone, it is not cut or dropped
    assert groups[2] == ["a" * 120]
    assert all(sum(map(len, g)) <= 60 for g in groups if len(g) > 1)


def test_split_text_cuts_after_a_newline_and_loses_nothing():
    text = ("A paragraph of words.\n" * 50) + "tail"
    pieces = split_text(text, limit=100)
    assert "".join(pieces) == text
    assert all(len(p) <= 100 for p in pieces)
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_a_long_text_comes_back_as_one_doc_with_whole_text_offsets(monkeypatch, nlp):
    monkeypatch.setattr("pressfacts.nlp.CHUNK_CHARS", 200)
    monkeypatch.setattr("pressfacts.nlp.MINIBATCH_CHARS", 300)
    text = "".join(f"On May {d}, 2023, Astana hosted talks.\n" for d in range(1, 21))
    short = "The President met the mayor."
    docs = list(parse([short, text, short]))
    assert [d.text for d in docs] == [short, text, short]
    may_10 = text.index("May 10")
    token = docs[1].char_span(may_10, may_10 + 3)
    assert token is not None and token.text == "May"
