"""Who published the releases of a raw folder: its `source.toml`.

A raw folder may hold one `source.toml` describing its publisher:

    publisher = "Press service of the President of Kazakhstan"
    country = "KAZ"                 # ISO 3166-1 alpha-3
    language = "en"                 # ISO 639-1, the default of detection
    licence = "CC-BY-4.0"           # an Open Definition id, or the terms' name
    licence_url = "https://..."     # where the terms are written (optional)
    date_order = "DMY"              # for numeric dates like 04/05/2023 (optional)
    base_url = "https://..."        # the publisher's site (optional)

Every key is optional; a value that is not what it claims (an unknown
country code, a language that is not ISO 639-1) refuses the file, and with
it the folder's documents are read without source metadata.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pycountry

from pressfacts.ingest.datelines import DATE_ORDERS
from pressfacts.ingest.errors import RejectedFile

SOURCE_FILE = "source.toml"
KEYS = ("publisher", "country", "language", "licence", "licence_url", "date_order", "base_url")


@dataclass(frozen=True)
class Source:
    publisher: str | None = None
    country: str | None = None
    language: str | None = None
    licence: str | None = None
    licence_url: str | None = None
    date_order: str | None = None
    base_url: str | None = None

    def absolute_url(self, url: str | None) -> str | None:
        """`url` as an absolute http(s) address, resolved against `base_url`
        when it is relative; None when it cannot be made one."""
        if not url or not url.strip():
            return None
        url = url.strip()
        if urlsplit(url).scheme in ("http", "https"):
            return url
        if self.base_url and not urlsplit(url).scheme:
            return urljoin(self.base_url.rstrip("/") + "/", url)
        return None

    @property
    def digest(self) -> str:
        """Changes whenever any of the metadata does: part of the release id
        and of the extraction cache's key."""
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]


NO_SOURCE = Source()


def _text(value, key: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RejectedFile(f"source.toml: {key} must be a non-empty string", f"fix {key}")
    return value.strip()


def _url(value: str | None, key: str) -> str | None:
    if value is not None and urlsplit(value).scheme not in ("http", "https"):
        raise RejectedFile(f"source.toml: {key} is not an http(s) URL", f"fix {key}")
    return value


_CODES = {
    "country": lambda code: pycountry.countries.get(alpha_3=code.upper()) and code.upper(),
    "language": lambda code: pycountry.languages.get(alpha_2=code.lower()) and code.lower(),
}


def _code(value: str | None, key: str, standard: str, example: str) -> str | None:
    """`value` in its standard's case, or refused when the standard lacks it."""
    if value is None:
        return None
    code = _CODES[key](value)
    if not code:
        raise RejectedFile(
            f"source.toml: {key} {value!r} is not an {standard} code",
            f"write the {key} as its {standard} code, e.g. {example}",
        )
    return code


def parse_source(data: bytes) -> Source:
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RejectedFile(
            f"source.toml is not valid TOML ({exc})", "see the README's source.toml"
        ) from None
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise RejectedFile(
            f"source.toml: unknown key(s) {', '.join(map(repr, unknown))}",
            f"the keys are {', '.join(KEYS)}",
        )
    values = {key: _text(raw.get(key), key) for key in KEYS}
    country = _code(values["country"], "country", "ISO 3166-1 alpha-3", "KAZ")
    language = _code(values["language"], "language", "ISO 639-1", "en")
    order = values["date_order"]
    if order is not None and order.upper() not in DATE_ORDERS:
        raise RejectedFile(
            f"source.toml: date_order {order!r} is not one of {', '.join(DATE_ORDERS)}",
            "DMY: 04/05/2023 is 4 May; MDY: 04/05/2023 is 5 April",
        )
    return Source(
        publisher=values["publisher"],
        country=country,
        language=language,
        licence=values["licence"],
        licence_url=_url(values["licence_url"], "licence_url"),
        date_order=order.upper() if order else None,
        base_url=_url(values["base_url"], "base_url"),
    )


def read_source(raw_dir: Path, read) -> Source:
    """The folder's source metadata, or `NO_SOURCE` when there is no
    `source.toml`. `read(path)` is the safe reader of raw files."""
    path = raw_dir / SOURCE_FILE
    if not path.exists() and not path.is_symlink():
        return NO_SOURCE
    return parse_source(read(path))
