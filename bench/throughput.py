"""Throughput, growth and incremental runs of the whole pipeline, against bare spaCy.

    python bench/throughput.py [--sizes 1000 10000] [--runners processes threads dask]
                               [--languages en ru]

For each size N it builds a corpus of N distinct releases from the texts of
the shared corpora (each gets its own lead line and date, so no two share a
content hash), then in one run:

- runs the bare spaCy pipeline with the same components over the same
  texts in this process (one process, as spaCy runs by default);
- for each runner, runs the real `pressfacts run` (Prefect, extraction,
  validation, publishing) in a child process, timing it and sampling the
  resident set of its whole process tree (workers and Prefect's temporary
  server included), then adds 10 new releases and runs it again (the
  per-document cache makes it parse only those).

It prints words per second for both, their ratio, peak memory, and the
incremental run's time against the full run's. With `--languages en ru` it
does the same for a corpus of Russian releases (built from the Russian
corpus) and prints Russian words per second against English ones, for the
same runner and size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from scoring import SHARED, pressfacts_command

ROOT = Path(__file__).resolve().parent.parent

SOURCES = {
    "en": [SHARED / "corpus" / "seed", SHARED / "corpus" / "dev", SHARED / "bench" / "timebank"],
    "ru": [SHARED / "corpus" / "ru"],
}
LEADS = {"en": "Release {i} of the series.", "ru": "Сообщение {i} из серии."}


def source_texts(language: str) -> list[tuple[str, str]]:
    """(title, body) of every shared release, read the way the pipeline reads them."""
    from pressfacts.discover import discover

    texts = []
    for folder in SOURCES[language]:
        documents, _ = discover(folder)
        texts += [(d.title, d.text) for d in documents]
    return texts


def write_corpus(
    folder: Path, texts: list[tuple[str, str]], start: int, n: int, language: str = "en"
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        title, body = texts[i % len(texts)]
        day, month, year = 1 + i % 28, 1 + (i // 28) % 12, 2000 + (i // 336) % 25
        lead = LEADS[language].format(i=i)
        (folder / f"release-{i:06d}.txt").write_text(
            f"{title}\n{day:02d}.{month:02d}.{year}\n\n{lead}\n\n{body}", encoding="utf-8"
        )


class PeakMemory:
    """Samples the resident set of a process and its children until stopped."""

    def __init__(self, pid: int):
        self.process = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in tree if p.is_running())
                self.peak = max(self.peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.2)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def pressfacts_run(raw: Path, out: Path, runner: str) -> tuple[float, int, str]:
    command = pressfacts_command(raw, out, "--runner", runner)
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    with PeakMemory(process.pid) as memory:
        stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"pressfacts run failed:\n{stderr[-3000:]}")
    return elapsed, memory.peak, stdout


def bare_spacy(raw: Path, parse: bool = True) -> tuple[float, int]:
    """The same model and components over the same bodies, nothing else; with
    `parse` off, only the words are counted (the English model has nothing to
    say of other languages)."""
    from pressfacts.discover import discover
    from pressfacts.nlp import load_nlp

    documents, _ = discover(raw)
    if not parse:
        return float("nan"), sum(d.n_words for d in documents)
    nlp = load_nlp()
    started = time.perf_counter()
    for _ in nlp.pipe((d.text for d in documents), batch_size=64):
        pass
    return time.perf_counter() - started, sum(d.n_words for d in documents)


def measure(
    n: int, runners: list[str], texts: list[tuple[str, str]], language: str
) -> dict[str, float]:
    """Words per second of each runner on N releases in `language`."""
    speeds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="pressfacts-bench-") as tmp:
        raw = Path(tmp) / "raw"
        write_corpus(raw, texts, 0, n, language)
        spacy_seconds, words = bare_spacy(raw, parse=language == "en")
        spacy_wps = words / spacy_seconds
        print(f"N={n:,} {language} documents, {words:,} words")
        if language == "en":
            print(f"  bare spaCy pipeline         {spacy_seconds:8.1f} s  {spacy_wps:8.0f} words/s")
        for runner in runners:
            run_raw, out = Path(tmp) / f"raw-{runner}", Path(tmp) / f"out-{runner}"
            shutil.copytree(raw, run_raw)
            full, peak, _ = pressfacts_run(run_raw, out, runner)
            write_corpus(run_raw, texts, n, 10, language)
            incremental, _, stdout = pressfacts_run(run_raw, out, runner)
            parsed = next((ln for ln in stdout.splitlines() if ln.startswith("parsed")), "")
            shutil.rmtree(run_raw)
            wps = speeds[runner] = words / full
            ratio = f"ratio {wps / spacy_wps:.2f}  " if language == "en" else ""
            print(
                f"  pressfacts run --runner {runner:9} {full:8.1f} s  {wps:8.0f} words/s  "
                f"{ratio}peak RSS {peak / 2**30:.2f} GB"
            )
            print(
                f"    +10 documents rerun       {incremental:8.1f} s  "
                f"({incremental / full:.3f} of the full run; {parsed})"
            )
    return speeds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument(
        "--runners", nargs="+", choices=("processes", "threads", "dask"), default=["processes"]
    )
    parser.add_argument("--languages", nargs="+", choices=tuple(SOURCES), default=["en"])
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print("the shared corpora are not beside this checkout: nothing to build a corpus from")
        return 0
    texts = {language: source_texts(language) for language in args.languages}
    built = ", ".join(f"{len(t)} {language}" for language, t in texts.items())
    print(f"{psutil.cpu_count()} cores; corpora built from shared releases ({built})")
    for n in args.sizes:
        speeds = {
            language: measure(n, args.runners, texts[language], language) for language in texts
        }
        if "en" in speeds and "ru" in speeds:
            for runner in args.runners:
                share = speeds["ru"][runner] / speeds["en"][runner]
                print(f"  ru/en words per second, --runner {runner}: {share:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
