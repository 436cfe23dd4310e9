import io

from rich.console import Console

from pressfacts.progress import document_progress


def test_a_terminal_sees_a_bar_with_documents_per_second():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with document_progress(10, console=console) as progress:
        progress.advance(4)
        progress.advance(6)
    shown = out.getvalue()
    assert "10/10" in shown and "docs/s" in shown


def test_logs_and_pipes_see_nothing():
    out = io.StringIO()
    console = Console(file=out, force_terminal=False)
    with document_progress(10, console=console) as progress:
        progress.advance(10)
    assert out.getvalue() == ""


def test_small_runs_get_batches_small_enough_for_the_bar_to_move():
    from pressfacts.flows.release import progress_batch

    assert progress_batch(200, 64, 4) == 7  # each worker gets about eight batches
    assert progress_batch(5, 64, 1) == 1
    assert progress_batch(100_000, 64, 4) == 64  # never above the batch size asked for


def test_batches_shrink_towards_the_end_so_the_workers_finish_together():
    from pressfacts.flows.release import SMALLEST_BATCH, shrinking_batches

    documents = list(range(1000))
    sizes = [len(b) for b in shrinking_batches(documents, 63, 4)]
    assert [d for b in shrinking_batches(documents, 63, 4) for d in b] == documents
    assert max(sizes) == 63  # never above the batch size asked for
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-1] <= SMALLEST_BATCH  # the last to finish is short
    assert [len(b) for b in shrinking_batches(list(range(6)), 64, 4)] == [4, 2]
