import datetime as dt

import pytest

from geo.articles import article_paths, load_articles, parse_article
from geo.errors import ArticleError, SeedsError
from geo.text import split_sentences


def test_front_matter_is_parsed_and_offsets_point_into_the_body():
    art = parse_article("a.txt", "---\ntitle: Rockets hit base\npublished: 2020-01-08\nsource: Wire\n---\nBody here.")
    assert (art.title, art.published, art.source, art.published_from) == (
        "Rockets hit base", dt.date(2020, 1, 8), "Wire", "front matter")
    assert art.text == "Body here."


def test_article_without_front_matter_takes_its_date_from_the_dateline():
    art = parse_article("2020-01-27-embassy.txt", "BAGHDAD, Jan. 27, 2020 — Rockets struck the embassy on Sunday.")
    assert art.published == dt.date(2020, 1, 27)
    assert art.published_from == "dateline"
    assert art.title == "Embassy"


def test_article_without_any_date_falls_back_to_the_latest_full_date():
    art = parse_article("x.txt", "Strikes on Dec. 29, 2019 were followed by another on Jan. 3, 2020.")
    assert (art.published, art.published_from) == (dt.date(2020, 1, 3), "latest date in text")


def test_impossible_front_matter_date_names_file_and_line():
    with pytest.raises(ArticleError, match=r"^bad\.txt:3: published '2020-02-30' is not a real date; write it as YYYY-MM-DD$"):
        parse_article("bad.txt", "---\ntitle: x\npublished: 2020-02-30\n---\nBody")


def test_unreadable_files_are_skipped_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text("Rockets hit Erbil on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Rockets hit Erbil – caf\xe9".encode("latin-1", "replace"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    articles, skipped = load_articles(tmp_path)
    assert [a.name for a in articles] == ["good.txt"]
    reasons = {s.name: s.reason for s in skipped}
    assert reasons["empty.txt"] == "the file is empty"
    assert reasons["latin1.txt"].startswith("it is not UTF-8")
    assert reasons["binary.txt"].startswith("it looks binary")


def test_a_folder_or_a_file_that_cannot_be_opened_is_skipped_not_fatal(tmp_path):
    (tmp_path / "good.txt").write_text("Rockets hit Erbil on Monday.", encoding="utf-8")
    (tmp_path / "old.txt").mkdir()  # a folder whose name ends in .txt
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")  # a dangling link: opening it fails
    articles, skipped = load_articles(tmp_path)
    assert [a.name for a in articles] == ["good.txt"]
    reasons = {s.name: s.reason for s in skipped}
    assert reasons["old.txt"] == "it is a folder, not an article; rename it or move it out of the seeds folder"
    assert reasons["gone.txt"].startswith("it could not be read (No such file or directory)")


def test_articles_are_listed_in_name_order_hidden_and_odd_names_included(tmp_path):
    for name in ("b.txt", "a.txt", ".hidden.txt", "B.txt", "notes.TXT", "c.txt.bak"):
        (tmp_path / name).write_text("Rockets hit Erbil.", encoding="utf-8")
    assert [p.name for p in article_paths(tmp_path)] == [".hidden.txt", "B.txt", "a.txt", "b.txt"]


def test_missing_or_empty_seeds_folder_is_an_error(tmp_path):
    with pytest.raises(SeedsError, match="seeds folder not found"):
        load_articles(tmp_path / "nope")
    with pytest.raises(SeedsError, match="no .txt articles found"):
        load_articles(tmp_path)


def test_an_article_longer_than_one_read_is_read_whole(tmp_path):
    body = "Rockets hit Erbil on Monday. " * 10_000  # 290 kB: several reads
    (tmp_path / "long.txt").write_text(body + "The end.", encoding="utf-8")
    (article,), _ = load_articles(tmp_path)
    assert article.text == body + "The end."


def test_a_sentence_glued_to_the_next_by_a_lost_space_still_ends():
    text = "Two soldiers died in a blast nearby.The convoy was ambushed in Fallujah. The U.S.Army said so."
    assert [s.text for s in split_sentences("a", text)] == [
        "Two soldiers died in a blast nearby.", "The convoy was ambushed in Fallujah.", "The U.S.Army said so."]
