"""Errors raised by geo for user mistakes and bad data.

Every message names the file (and line, where there is one) and says what to do.
The CLI turns any ``GeoError`` into one line on stderr and exit status 1.
"""

from __future__ import annotations


class GeoError(Exception):
    """Base class of every error geo raises for bad input or data."""


class GazetteerError(GeoError):
    """The gazetteer file is missing, malformed, or has invalid rows."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class SeedsError(GeoError):
    """The seeds folder is missing or holds no readable article."""


class ArticleError(GeoError):
    """An article's front matter is invalid (e.g. an impossible date)."""


class OutputError(GeoError):
    """An output file could not be written."""


class SettingError(GeoError):
    """An environment setting (``GEO_JOBS``) has a value geo cannot use."""
