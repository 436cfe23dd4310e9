"""Reading raw files safely: nothing outside the raw folder, no half-written
file, no text decoded in a code page it was not written in.

A symbolic link is followed only when it stays inside the raw folder; one
that leaves it, loops or dangles is refused with a reason that quotes
nothing of where it points. A file whose size or modification time changes
while it is read is refused for this run. A file that is UTF-8 but for a
broken sequence is refused rather than re-decoded in another code page.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from pressfacts.ingest.errors import RejectedFile

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# A well-formed multi-byte UTF-8 sequence: common in UTF-8 text, rare by
# chance in a single-byte code page.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


@dataclass(frozen=True)
class RawFile:
    name: str  # the entry's name in the raw folder
    data: bytes


def entries(raw_dir: Path) -> Iterator[os.DirEntry]:
    """Every entry of the folder but sub-folders (links included), in name order."""
    with os.scandir(raw_dir) as it:
        found = [e for e in it if e.is_symlink() or not e.is_dir(follow_symlinks=False)]
    yield from sorted(found, key=lambda e: e.name)


def inside(raw_dir: Path, entry: os.DirEntry) -> Path:
    """The real path of an entry, refused when it is a link that leaves the
    folder, loops or points nowhere. The reason names none of the target."""
    path = Path(entry.path)
    if not entry.is_symlink():
        return path
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        raise RejectedFile("broken symbolic link", "point the link at an existing file") from None
    except (RuntimeError, OSError):
        raise RejectedFile(
            "symbolic link that loops", "replace the link with the file itself"
        ) from None
    if not target.is_relative_to(raw_dir.resolve()):
        raise RejectedFile(
            "symbolic link that leaves the raw folder",
            "copy the file into the raw folder instead of linking to it",
        )
    return target


def _read_all(fd: int, size: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, max(size, 1 << 16)):
        chunks.append(chunk)
    return b"".join(chunks)


def read_stable(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, read once; refused when it changes meanwhile."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise RejectedFile("not a regular file", "put the release text in a plain file")
        if before.st_size > max_bytes:
            raise RejectedFile(
                f"too large ({before.st_size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB)",
                "a press release is rarely over 100 kB: split the file into releases",
            )
        data = _read_all(fd, before.st_size)
        after = os.fstat(fd)
    finally:
        os.close(fd)
    now = os.stat(path)
    changed = (
        len(data) != before.st_size
        or (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns)
        or (now.st_size, now.st_mtime_ns) != (before.st_size, before.st_mtime_ns)
    )
    if changed:
        raise RejectedFile(
            "still being written (it changed while it was read)",
            "run again once the file is complete",
        )
    return data


def decode(data: bytes) -> tuple[str, str]:
    """Decode raw bytes, returning (text, encoding).

    A byte-order mark is trusted, then strict UTF-8. Text that is UTF-8 but
    for a broken sequence is refused; anything else goes to
    charset-normalizer, and text it cannot decode with confidence is refused
    rather than guessed.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise RejectedFile(
                    f"broken {encoding} text at byte {exc.start}", "save the file as UTF-8 text"
                ) from None
    if b"\x00" in data:
        raise RejectedFile("binary content (NUL bytes)", "save the release as plain text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        broken_at = exc.start
    if _damaged_utf8(data):
        raise RejectedFile(
            f"UTF-8 text with a broken byte sequence at byte {broken_at}",
            "the file may be truncated or damaged: save it again as UTF-8",
        )
    best = from_bytes(data).best()
    if best is None:
        raise RejectedFile("undecodable bytes", "save the file as UTF-8 text")
    return str(best), best.encoding


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a flaw, rather than text in another encoding: it is valid
    but for a sequence cut at the end, or its well-formed multi-byte
    sequences outnumber its invalid bytes."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
        return True  # only the last sequence is cut short
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_SEQUENCE.findall(data))
    invalid = data.decode("utf-8", errors="replace").count("\ufffd")
    return valid > 0 and valid >= invalid
