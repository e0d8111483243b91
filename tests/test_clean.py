from helpers import SAMPLE

from marsad.clean.cleaner import Cleaner
from marsad.ingest import make_article
from marsad.text.normalize import match_key, normalize, normalize_keep_offsets

RAW = SAMPLE.read_text(encoding="utf-8")


def clean(raw: str, title: str | None = None):
    article = make_article(raw, "test", title=title)
    return Cleaner()(article)


def test_clean_drops_the_eight_repeated_paragraphs_of_the_sample():
    a = clean(RAW)
    paragraphs = a.text.split("\n")
    assert len(paragraphs) == 9
    repeats = [r for r in a.removed if r.reason == "repeated_paragraph"]
    assert len(repeats) == 8
    # the removals point at the second copies in the raw text
    for r in repeats:
        assert a.raw[r.raw_start:r.raw_end] == r.text
        assert a.raw.index(r.text) < r.raw_start


def test_clean_offsets_map_back_to_raw():
    a = clean(RAW)
    for start in (0, a.text.index("جيهان"), a.text.index("حزب الله")):
        raw_pos = a.raw_offset(start)
        assert a.raw[raw_pos:raw_pos + 5] == a.text[start:start + 5]


def test_clean_drops_near_repeated_paragraph_with_other_spelling():
    first = RAW.splitlines()[2]
    variant = first.replace("الديمقراطية", "الديموقراطية").replace("بالمدينة", "بالمدينه")
    a = clean(f"{RAW.splitlines()[0]}\n{first}\n{variant}")
    assert [r.reason for r in a.removed] == ["repeated_paragraph"]


def test_clean_drops_repeated_sentence_inside_a_new_paragraph():
    s1 = "وقالت القيادة الأمريكية الوسطى في بيان إن التحالف لم يتوسط في التسوية مع مسلحي التنظيم."
    s2 = "وأضافت أن المدنيين خرجوا من المدينة خلال الليل بعد اتفاق محلي بين الأطراف المتحاربة."
    a = clean(f"{s1}\n{s2} {s1}")
    assert [r.reason for r in a.removed] == ["repeated_sentence"]
    assert a.text.count("لم يتوسط") == 1


def test_clean_removes_boilerplate_lines_and_related_headlines():
    body = RAW.splitlines()
    raw = "\n".join([body[0], "اقرأ أيضاً: الجيش السوري يتقدم في دير الزور", body[1],
                     "حجم القوى العسكرية الأجنبية في سوريا وقرع طبول الحرب", body[2],
                     "شارك هذا الخبر على فيسبوك", "// انتهى //"])
    a = clean(raw)
    reasons = sorted(r.reason for r in a.removed)
    assert reasons == ["related_headline", "related_story", "share_line", "sign_off"]
    assert "اقرأ" not in a.text and "طبول الحرب" not in a.text


def test_clean_drops_hashtag_marks_and_keeps_words():
    a = clean("نفذ مركز الملك سلمان للإغاثة دورة توعوية لأولياء أمور الأطفال الذين جندتهم ميليشيا #الحوثي_الانقلابية في اليمن.")
    assert "ميليشيا الحوثي الانقلابية" in a.text
    assert [r.reason for r in a.removed] == ["hashtag_marker"]


def test_clean_drops_a_first_line_repeating_the_title():
    title = "قوات سوريا الديموقراطية تعلن المرحلة الأخيرة من معركة الرقة"
    a = clean(f"{title}\n{RAW.splitlines()[0]}", title=title)
    assert a.removed[0].reason == "title_repeated"
    assert a.text.startswith("أعلنت")


def test_normalisation_unifies_spelling_variants():
    assert normalize("الديموقراطية") == normalize("الديمقراطية")
    assert normalize("أمريكا") == normalize("اميركا")
    assert normalize("إسرائيلى") == normalize("اسرائيلي")
    assert normalize("٢٠١٧") == "2017"
    assert normalize("سابقاً") == normalize("سابقا")
    assert match_key("لقوات سوريا الديموقراطية") == match_key("قوات سوريا الديمقراطية")


def test_offset_preserving_normalisation_has_same_length():
    text = "قالــت الوزارةُ إنّ ٣ أشخاص"
    assert len(normalize_keep_offsets(text)) == len(text)
