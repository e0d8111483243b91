"""Date resolution against the publication date."""

from pathlib import Path

from marsad.link.dates import find_dates, parse_published, resolve_date

RAQQA = (Path(__file__).parent / "fixtures" / "raqqa.txt").read_text(encoding="utf-8")


def test_weekday_resolves_to_most_recent_on_or_before_publication():
    i = RAQQA.index("بدء المرحلة")
    assert resolve_date(RAQQA, "2017-10-17", i, i + 4) == ("2017-10-15", "day")
    assert resolve_date("اجتمعوا الأحد", "2017-10-15") == ("2017-10-15", "day")  # same day counts


def test_both_month_name_families():
    assert resolve_date("وقع الهجوم في 15 نيسان 2018", None) == ("2018-04-15", "day")
    assert resolve_date("وقع الهجوم في 15 أبريل 2018", None) == ("2018-04-15", "day")
    assert resolve_date("في 7 نيسان/أبريل الجاري", "2018-04-18") == ("2018-04-07", "day")
    assert resolve_date("في السابع من أبريل", "2018-04-18") == ("2018-04-07", "day")


def test_relative_days_and_periods():
    assert resolve_date("قتل أمس ثلاثة مدنيين", "2018-04-18") == ("2018-04-17", "day")
    assert resolve_date("تعقد القمة غداً", "2018-04-18") == ("2018-04-19", "day")
    assert resolve_date("وقال اليوم", "2018-04-18") == ("2018-04-18", "day")
    assert resolve_date("زار الوفد دمشق الأسبوع الماضي", "2018-04-18")[1] == "week"
    assert resolve_date("في أغسطس وافق مسلحو التنظيم", "2017-10-15") == ("2017-08", "month")
    assert resolve_date("سيطر التنظيم على المدينة عام 2014", "2017-10-15") == ("2014", "year")


def test_no_date_in_sentence_gives_none():
    assert resolve_date("قال المتحدث إن القوات تتقدم.", "2018-04-18") == (None, None)
    assert resolve_date("قتل أمس ثلاثة", None) == (None, None)  # relative, no publication date


def test_nearest_expression_in_the_sentence_wins():
    text = "أعلن الجيش الخميس أن الهجوم الذي بدأ أمس انتهى"
    i = text.index("بدأ")
    assert resolve_date(text, "2018-04-20", i, i + 3) == ("2018-04-19", "day")
    assert find_dates(text, "2018-04-20")[0][2] == "2018-04-19"  # الخميس


def test_parse_published_formats():
    assert parse_published("Sun, 01 Apr 2018 02:05:58 +0400") == "2018-04-01"
    assert parse_published("2015-07-29 04:23:53") == "2015-07-29"
    assert parse_published("2015-07-29") == "2015-07-29"
    assert parse_published("الأحد 15 أبريل 2018") == "2018-04-15"
    assert parse_published("not a date") is None
