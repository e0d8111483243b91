from helpers import SAMPLE

from marsad.text.sentences import split_sentences


def sents(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_sentences_keep_quoted_full_stops_inside():
    text = 'وقال الوزير: «لن نتراجع. سنواصل العمل». وأضاف أن الحكومة ملتزمة.'
    assert sents(text) == ['وقال الوزير: «لن نتراجع. سنواصل العمل».', "وأضاف أن الحكومة ملتزمة."]


def test_sentences_split_after_tanween_and_not_after_abbreviation():
    text = "كان المعقل الأبرز سابقاً. وقال د. أحمد إن النسبة بلغت 3.5 بالمئة؟ نعم"
    assert sents(text) == ["كان المعقل الأبرز سابقاً.", "وقال د. أحمد إن النسبة بلغت 3.5 بالمئة؟", "نعم"]


def test_sentences_of_sample_are_lines_and_offsets_are_exact():
    text = SAMPLE.read_text(encoding="utf-8")
    spans = split_sentences(text)
    assert len(spans) >= 17
    assert all(text[s.start:s.end].strip() == text[s.start:s.end] for s in spans)
    assert text[spans[1].start:spans[1].end].endswith('"نحن الآن في المرحلة الأخيرة من معركة الرقة".')


def test_unclosed_quote_does_not_swallow_the_article():
    text = ('قال المصدر "إن القوات تقدمت. ' + "وأضاف أن المعارك مستمرة في المدينة منذ أسابيع طويلة. " * 20)
    assert len(sents(text)) > 5
