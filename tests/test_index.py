"""The offline index file: one per release of its data, shared by every install of it."""

from __future__ import annotations

import os
import time

from geo.geonames import STALE_DAYS, _fingerprint, remove_stale_indexes


def test_the_same_data_installed_twice_gets_one_index_name(tmp_path):
    first, second, newer = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    first.write_bytes(b"iata,name\nBGW,Baghdad International Airport\n" * 5000)
    second.write_bytes(first.read_bytes())
    os.utime(second, (time.time() - 86400, time.time() - 86400))  # installed a day apart
    newer.write_bytes(first.read_bytes().replace(b"BGW", b"EBL", 1))  # a new release
    assert _fingerprint(first) == _fingerprint(second)
    assert _fingerprint(newer) != _fingerprint(first)


def test_only_indexes_unbuilt_for_a_month_are_removed(tmp_path):
    keep, other, stale = (tmp_path / f"geonames-{n}-v6.sqlite" for n in ("keep", "other", "stale"))
    for path in (keep, other, stale):
        path.write_bytes(b"index")
    month_ago = time.time() - (STALE_DAYS + 1) * 86400
    os.utime(stale, (month_ago, month_ago))
    remove_stale_indexes(keep)
    assert sorted(p.name for p in tmp_path.iterdir()) == [keep.name, other.name]


def test_the_curated_matcher_reads_unmarked_letters_as_fold_does():
    # "Łask" and "Şırnak" in copy meet gazetteer rows spelled "Lask" and "Sirnak", as GeoNames' keys do
    from geo.names import normalize
    from geo.text import fold
    for native, english in (("Łask", "Lask"), ("Şırnak", "Sirnak"), ("Ørland", "Orland")):
        assert normalize(native).text == normalize(english).text == fold(english)
