import io
import json

from helpers import SAMPLE
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.errors import Skipped
from marsad.ingest import read_inputs
from marsad.record import Article

LINES = SAMPLE.read_text(encoding="utf-8").splitlines()[:9]
PAGE = ("<html><head><title>بدء المرحلة الأخيرة من معركة الرقة</title>"
        '<meta name="author" content="فريق التحرير"><meta property="article:published_time" content="2017-10-15">'
        "</head><body><nav>الرئيسية | سياسة | اقتصاد</nav><article>"
        + "".join(f"<p>{l}</p>" for l in LINES) + "</article><footer>جميع الحقوق محفوظة</footer></body></html>")


def articles(paths):
    return [a for a in read_inputs(map(str, paths)) if isinstance(a, Article)]


def test_jsonl_keeps_fields_and_extra_metadata(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": "r1", "text": "\n".join(LINES), "title": "الرقة", "date": "Sun, 15 Oct 2017 10:00:00 +0300",
                             "source": "AFP", "url": "http://x", "section": "سوريا"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    [a] = articles([p])
    assert (a.id, a.title, a.source, a.published) == ("r1", "الرقة", "AFP", "2017-10-15")
    assert a.metadata["section"] == "سوريا"


def test_html_page_gives_main_text_title_and_date(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    [a] = articles([p])
    assert a.title == "بدء المرحلة الأخيرة من معركة الرقة"
    assert a.published == "2017-10-15"
    assert "جيهان شيخ أحمد" in a.raw and "الرئيسية" not in a.raw


def test_html_in_windows_1256_is_decoded(tmp_path):
    p = tmp_path / "legacy.htm"
    p.write_bytes(PAGE.replace("<head>", '<head><meta charset="windows-1256">').encode("cp1256"))
    [a] = articles([p])
    assert "قوات سوريا الديموقراطية" in a.raw


def test_warc_html_responses_become_articles(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("http://news.example/raqqa", "response",
                                                      payload=io.BytesIO(PAGE.encode()), http_headers=headers))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("http://news.example/a.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=img))
    [a] = articles([p])
    assert a.url == "http://news.example/raqqa" and "فرانس برس" in a.raw


def test_rss_feed_items_become_articles(tmp_path):
    p = tmp_path / "feed.rss"
    items = "".join(f"<item><title>خبر {i}</title><link>http://n.example/{i}</link><guid>g{i}</guid>"
                    f"<pubDate>Sun, 15 Oct 2017 10:00:00 GMT</pubDate><description>{LINES[i]}</description></item>"
                    for i in range(3))
    p.write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title>{items}'
                 "</channel></rss>", encoding="utf-8")
    got = articles([p])
    assert [a.id for a in got] == ["g0", "g1", "g2"]
    assert got[0].published == "2017-10-15" and got[0].title == "خبر 0"


def test_folder_and_glob_inputs_and_stable_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("\n".join(LINES), encoding="utf-8")
    (tmp_path / "a" / "two.txt").write_text("\n".join(LINES[:5]), encoding="utf-8")
    by_folder = [a.id for a in articles([tmp_path / "a"])]
    by_glob = [a.id for a in articles([str(tmp_path / "a" / "*.txt")])]
    assert by_folder == by_glob and len(set(by_folder)) == 2


def test_missing_glob_is_reported():
    items = list(read_inputs(["/nonexistent/*.jsonl"]))
    assert isinstance(items[0], Skipped) and "matches no file" in items[0].reason


def test_a_one_sentence_record_is_an_article_and_blank_text_is_skipped(tmp_path):
    p = tmp_path / "sentences.jsonl"
    p.write_text(json.dumps({"id": "s1", "text": "ويخرج خاسراً."}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "s2", "text": "   "}) + "\n", encoding="utf-8")
    items = list(read_inputs([str(p)]))
    assert [a.id for a in items if isinstance(a, Article)] == ["s1"]
    assert [s.reason for s in items if isinstance(s, Skipped)] == ["no article text found (empty after extraction)"]
