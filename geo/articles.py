"""Load articles from the seeds folder: front matter, body, publication date.

Examples
--------
>>> art = parse_article("x.txt", "---\\npublished: 2020-01-03\\n---\\nBody.")
>>> art.published, art.published_from
(datetime.date(2020, 1, 3), 'front matter')
>>> parse_article("y.txt", "No front matter, no date.").published is None
True
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from geo.dates import infer_publication
from geo.errors import ArticleError, SeedsError

FRONT_KEYS = {"title", "published", "source", "url", "author"}
_FENCE = "---"
_KEY = re.compile(r"[a-z_]+")


@dataclass(frozen=True)
class Article:
    """One news article: its body text and what is known about it."""

    name: str  # file name, the article's id in every output
    title: str
    text: str  # the body; every character offset in geo points into it
    published: dt.date | None
    published_from: str  # "front matter", "dateline", "latest date in text" or "unknown"
    source: str = ""
    url: str = ""
    titled: bool = False  # the title is the front matter's headline, read as the first sentence


@dataclass(frozen=True)
class Skipped:
    """A seeds file that could not be read as an article, and why."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: skipped, {self.reason}"


def load_articles(seeds: Path) -> tuple[list[Article], list[Skipped]]:
    """Read every ``*.txt`` in ``seeds``; unreadable files are skipped, not fatal.

    Raises ``SeedsError`` when the folder is missing or has no ``.txt`` file, and
    ``ArticleError`` for invalid front matter (a user mistake to fix, not skip).
    """
    articles, skipped = [], []
    for path in article_paths(seeds):
        item = read_article(path)
        (skipped if isinstance(item, Skipped) else articles).append(item)
    return articles, skipped


def article_paths(seeds: Path) -> list[Path]:
    """The ``*.txt`` files in ``seeds``, in name order; ``SeedsError`` when there are none."""
    if seeds.is_file():
        raise SeedsError(f"{seeds}: is a file; --seeds takes the folder that holds the .txt articles")
    if not seeds.is_dir():
        raise SeedsError(f"{seeds}: seeds folder not found; create it and put .txt articles in it")
    # os.scandir, not Path.glob: a third of the time on a big folder, with the same names
    paths = [seeds / name for name in sorted(entry.name for entry in os.scandir(seeds) if entry.name.endswith(".txt"))]
    if not paths:
        raise SeedsError(f"{seeds}: no .txt articles found; add at least one article (UTF-8 text)")
    return paths


def read_article(path: Path) -> Article | Skipped:
    """One file as an article, or why it was skipped (empty, binary, not UTF-8).

    Raises ``ArticleError`` for invalid front matter.
    """
    try:
        raw = _read_bytes(path)
    except IsADirectoryError:
        return Skipped(path.name, "it is a folder, not an article; rename it or move it out of the seeds folder")
    except OSError as exc:
        return Skipped(path.name, f"it could not be read ({exc.strerror or exc}); check that it exists and that you may read it")
    if not raw or raw.isspace():
        return Skipped(path.name, "the file is empty")
    if raw.find(b"\x00", 0, 4096) >= 0:
        return Skipped(path.name, "it looks binary (NUL bytes); save it as UTF-8 text")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(path.name, f"it is not UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8")
    return parse_article(str(path), content)


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _read_bytes(path: Path) -> bytes:
    """The whole file, read until the end: four system calls for an article (open, read,
    the read that finds the end, close), where ``open().read()`` makes seven."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20 if chunks else 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def parse_article(path: str, content: str) -> Article:
    """Split front matter from body and settle the publication date."""
    if "\r" in content:
        content = content.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, fence_lines = _front_matter(path, content)
    name = os.path.basename(path)
    published, published_from = None, "unknown"
    if "published" in meta:
        value, line = meta["published"]
        try:
            published = dt.date.fromisoformat(value)
        except ValueError:
            raise ArticleError(
                f"{path}:{line}: published '{value}' is not a real date; write it as YYYY-MM-DD"
            ) from None
        published_from = "front matter"
    else:
        published, published_from = infer_publication(body)
    title = meta.get("title", ("", 0))[0] or _title_from_name(name)
    return Article(
        name=name,
        title=title,
        text=body,
        published=published,
        published_from=published_from,
        source=meta.get("source", ("", 0))[0],
        url=meta.get("url", ("", 0))[0],
        titled=bool(meta.get("title", ("", 0))[0]),
    )


def _front_matter(path: str, content: str) -> tuple[dict[str, tuple[str, int]], str, int]:
    line, more, rest = content.partition("\n")  # line by line: the body is never split up
    if line.strip() != _FENCE:
        return {}, content, 0
    meta: dict[str, tuple[str, int]] = {}
    number = 1
    while more:
        line, more, rest = rest.partition("\n")
        number += 1
        if line.strip() == _FENCE:
            return meta, rest, number
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not _KEY.fullmatch(key):
            raise ArticleError(
                f"{path}:{number}: front matter line '{line.strip()}' is not 'key: value'; "
                "fix it or close the block with '---'"
            )
        meta[key] = (value.strip().strip("\"'"), number)
    raise ArticleError(f"{path}:1: front matter opened with '---' is never closed; add a '---' line")


def _title_from_name(name: str) -> str:
    stem = re.sub(r"^\d{4}-\d{2}-\d{2}[-_]?", "", Path(name).stem)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else name
