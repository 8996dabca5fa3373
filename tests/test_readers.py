"""Readers: formats detected and forced, metadata, datelines, article ids, bad inputs."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from sayso.readers import BadInput, ReadOptions, read_inputs
from sayso.readers.dateline import find_dateline
from sayso.records import Article

SEED_LIKE = """# *Army says lines hold north of Homs*

---



Soldiers stand by an armoured vehicle near Talbiseh on November 28, 2024. (Photo by Staff)

Homs, December 2 (SANA)-- The army said on Monday its units held their positions north of Homs.

"No village has been lost," the ministry said.

---

<https://example.org/news/army-lines-homs>



**Example State News**
"""

WIRE = "BEIRUT (Wire) — Shelling hit the outskirts of Idlib on Sunday, a monitor said.\n"

HTML = """<!doctype html><html><head><title>Clashes near Hama | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta name="date" content="2024-12-03"></head><body><article><h1>Clashes near Hama</h1>
<p>Fighting went on near Hama on Tuesday, according to residents who fled the area overnight.</p>
<p>The army said it had sent reinforcements to the northern countryside of the city.</p>
</article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Hama entered</title><link>https://example.org/1</link>
<pubDate>Thu, 05 Dec 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Opposition fighters entered Hama on Thursday, residents said.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/2</link><description></description></item>
</channel></rss>"""


def read_all(*paths, **opts) -> list[Article | BadInput]:
    return list(read_inputs([str(p) for p in paths], ReadOptions(**opts)))


def test_plain_text_is_kept_unchanged_so_offsets_point_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    (article,) = read_all(path)
    assert article.text == WIRE
    assert article.dateline.place == "Beirut"
    assert article.title is None and article.source_path == str(path)


def test_seed_layout_gives_title_url_outlet_and_a_body_without_markup(tmp_path: Path) -> None:
    path = tmp_path / "state.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    (article,) = read_all(path)
    assert article.title == "Army says lines hold north of Homs"
    assert article.url == "https://example.org/news/army-lines-homs"
    assert article.outlet == "Example State News"
    assert article.text.startswith("Soldiers stand by")
    assert "---" not in article.text and "**" not in article.text and "<https" not in article.text
    # the dateline has no year: it comes from the nearest full date in the article
    assert article.dateline.place == "Homs" and article.dateline.date == date(2024, 12, 2)
    assert article.anchor == date(2024, 12, 2)


def test_the_seed_article_resolves_to_damascus_on_1_december_2024(seed_path: Path) -> None:
    (article,) = read_all(seed_path)
    assert article.outlet == "Radio Habana Cuba"
    assert article.dateline.place == "Damascus"
    assert article.dateline.date == date(2024, 12, 1)
    assert article.title.startswith("Syria rejects allegations")
    assert article.url.startswith("https://www.radiohc.cu/")


def test_dateline_year_comes_from_the_publication_date_first() -> None:
    text = "Aleppo, January 2 (RHC)-- Text mentioning December 30, 2024 earlier."
    assert find_dateline(text, date(2025, 1, 2)).date == date(2025, 1, 2)
    assert find_dateline(text, None).date == date(2025, 1, 2)  # nearest full date: 30 Dec 2024 -> Jan 2025


@pytest.mark.parametrize(
    "text, place, day",
    [
        ("ALEPPO, Syria, Nov. 29, 2024 (AP) — Rebels advanced.", "Aleppo", date(2024, 11, 29)),
        ("Damascus, December 1 (RHC)-- Syria has dismissed allegations.", "Damascus", None),
        ("BEIRUT (Reuters) - Israeli strikes hit.", "Beirut", None),
        ("The army said on Monday it had advanced.", None, None),
    ],
)
def test_dateline_forms(text: str, place: str | None, day: date | None) -> None:
    found = find_dateline(text, None)
    assert (found.place if found else None) == place
    if day:
        assert found.date == day


def test_same_text_from_two_files_is_one_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(WIRE.replace(" ", "  ") + "\n\n", encoding="utf-8")
    a, b = read_all(tmp_path)
    assert a.id == b.id


def test_html_main_text_and_metadata_with_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (article,) = read_all(path)
    assert "Fighting went on near Hama" in article.text
    assert article.title == "Clashes near Hama"
    assert article.published == date(2024, 12, 3)


def test_published_overrides_a_guessed_date_and_outlet_overrides(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (article,) = read_all(path, published=date(2024, 12, 4), outlet="Desk")
    assert article.published == date(2024, 12, 4) and article.outlet == "Desk"


def test_jsonl_lines_with_bad_lines_reported_by_number(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "Clashes in Idlib.", "outlet": "A", "published": "2024-12-01", "title": "T"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Shelling in Aleppo."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["Article", "BadInput", "BadInput", "Article"]
    assert items[0].published == date(2024, 12, 1) and items[0].outlet == "A"
    assert str(items[1]).startswith(f"{path}:2: not JSON")
    assert items[2].line == 3 and "text" in items[2].reason


def test_jsonl_own_date_is_kept_over_published_option(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"text": "x y z", "published": "2024-12-01"}) + "\n", encoding="utf-8")
    (article,) = read_all(path, published=date(2020, 1, 1))
    assert article.published == date(2024, 12, 1)


def test_rss_entries_become_articles_and_empty_entries_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(FEED, encoding="utf-8")
    items = read_all(path)
    article, bad = items
    assert article.text == "Opposition fighters entered Hama on Thursday, residents said."
    assert article.outlet == "Example Wire" and article.published == date(2024, 12, 5)
    assert article.url == "https://example.org/1"
    assert isinstance(bad, BadInput) and "no text" in bad.reason


def _warc_bytes(records: list[tuple[str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-12-05T08:00:00Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc_bytes(
            [
                ("https://example.org/hama", "text/html; charset=utf-8", HTML.encode()),
                ("https://example.org/logo.png", "image/png", b"\x89PNG...."),
            ]
        )
    )
    (article,) = read_all(path)
    assert article.url == "https://example.org/hama"
    assert "Fighting went on near Hama" in article.text


def test_forced_format_reads_html_saved_as_txt(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(HTML, encoding="utf-8")
    (plain,) = read_all(path, fmt="text")
    (html,) = read_all(path, fmt="html")
    assert "<p>" in plain.text and "<p>" not in html.text


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b"  \n\n ", "empty input"),
        ("binary.txt", b"\x00\x01\x02PK\x00" * 20, "binary file"),
        ("latin1.txt", "Alépo".encode("latin-1"), "invalid UTF-8"),
        ("nothing.html", b"<html><body><script>x()</script></body></html>", "no main text"),
    ],
)
def test_bad_inputs_have_a_one_line_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read_all(path)
    assert isinstance(item, BadInput) and reason in item.reason
    assert "\n" not in str(item) and str(item).startswith(str(path))


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # a 50 MB sparse file
    (item,) = read_all(path)
    assert isinstance(item, BadInput) and "too large" in item.reason


def test_gzipped_text_is_not_mistaken_for_warc(tmp_path: Path) -> None:
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(b"hello"))
    (item,) = read_all(path)
    assert isinstance(item, BadInput)  # gzip of plain text is binary to the text reader


def test_missing_path_is_reported(tmp_path: Path) -> None:
    (item,) = read_all(tmp_path / "nope.txt")
    assert isinstance(item, BadInput) and "no such file" in item.reason


def test_the_dateline_agency_names_the_outlet_when_the_input_does_not(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    (article,) = read_all(path)
    assert article.outlet == "Wire"
    (overridden,) = read_all(path, outlet="Desk")
    assert overridden.outlet == "Desk"


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Attack symptoms consistent with nerve agent\n\nWed 05 Apr 2017 Victims of a suspected attack ...",
            date(2017, 4, 5),
        ),
        ("Published July 5, 2015 Shelling hit the city.", date(2015, 7, 5)),
        ("17.05.2017 Clashes resumed near the airport.", date(2017, 5, 17)),
        ("Title\n\nThursday 01 September 2016 20:22 Fighting ...", date(2016, 9, 1)),
        ("The 5 April 2017 attack was condemned.", None),
        # scraped bodies that repeat the headline and a wire credit before the date line
        ("Strikes kill 20 Monitor\n\nStrikes kill 20 Monitor AFP Tuesday 23 Sep 2014 Jets hit ...", date(2014, 9, 23)),
        ("Blast kills 10 - Region - World\n\nBlast kills 10 AFP Sunday 25 May 2014 Ten people ...", date(2014, 5, 25)),
        ("Strikes hit Idlib today\n\nStrikes hit Idlib today and on Tuesday 23 Sep 2014 more ...", None),
        ("Strikes hit Idlib\n\nRebels said AFP Tuesday 23 Sep 2014 that ...", None),
        # spaces lost in scraping
        ("Camp attack kills three | Times\n\nLast updated at Apr 232017 An attack ...", date(2017, 4, 23)),
        ("Airstrikes kill 12 civilians\n\n01.10.2017Get short URL At least 12 ...", date(2017, 10, 1)),
    ],
)
def test_a_leading_date_is_the_articles_own_date(text: str, day: date | None) -> None:
    found = find_dateline(text, None)
    assert (found.date if found else None) == day
    if found:
        assert found.place is None
