"""Atomic output: write beside the target, then rename over it.

A failed or interrupted run therefore leaves the previous file intact.

Examples
--------
>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out" / "map.html"
>>> write_text(target, "<html></html>")
>>> target.read_text()
'<html></html>'
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from geo.errors import OutputError


@contextlib.contextmanager
def replacing(path: Path, suffix: str = ""):
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``."""
    if path.is_dir():
        example = path / ("map.html" if suffix in ("", ".html") else f"events{suffix}")
        raise OutputError(f"{path}: is a folder; give --out a file name such as {example}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix or path.suffix)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror}); choose another --out") from None
    try:
        os.unlink(tmp)  # writers such as GDAL want to create the file themselves
        yield Path(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: could not be written ({exc.strerror}); the previous file is untouched") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text to ``path`` atomically."""
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
