"""Quote extraction on the Raqqa sample with hand-made entities (no dependency on the NER stage)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from marsad.quotes.stage import QuoteStage
from marsad.record import Article, Entity
from marsad.text.normalize import match_key

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "raqqa.txt"
ENTITIES = [
    ("قوات سوريا الديموقراطية", "ORG", "syrian-democratic-forces"),
    ("قوات سوريا الديمقراطية", "ORG", "syrian-democratic-forces"),
    ("جيهان شيخ أحمد", "PER", None), ("جيهان", "PER", None), ("فرانس برس", "ORG", "afp"),
    ("القيادة الأمريكية الوسطى", "ORG", "centcom"), ("التحالف الدولي", "ORG", "global-coalition"),
    ("حزب الله اللبناني", "ORG", "hezbollah"), ("داعش", "ORG", "isis"), ("غضب الفرات", "MISC", None),
    ("الولايات المتحدة", "LOC", None), ("الرقة", "LOC", None), ("دير الزور", "LOC", None),
    ("الجيش السوري", "ORG", "syrian-army"), ("سوريا", "LOC", None), ("الشرق الأوسط", "LOC", None),
]


def article_with_entities(text: str, names=ENTITIES) -> Article:
    ents, taken = [], set()
    for surface, label, canonical in names:
        for m in re.finditer(re.escape(surface), text):
            if taken.intersection(range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            ents.append(Entity(m.start(), m.end(), surface, label, canonical=canonical))
    return Article(id="t", raw=text, text=text, entities=sorted(ents, key=lambda e: e.start))


def _raqqa() -> Article:
    return QuoteStage()(article_with_entities(FIXTURE.read_text(encoding="utf-8")))


def _find(quotes, words: str):
    return [q for q in quotes if match_key(words) in match_key(q.quote.text)]


def test_direct_quote_of_spokeswoman_to_afp():
    art = _raqqa()
    [q] = _find(art.quotes, "نحن الآن في المرحلة الأخيرة من معركة الرقة")
    assert q.direct
    assert q.speaker.text == "جيهان شيخ أحمد"
    assert q.cue.text == "وقالت"
    assert q.outlet.text == "فرانس برس" and q.outlet.canonical == "afp"
    assert q.quote.text == "نحن الآن في المرحلة الأخيرة من معركة الرقة"
    assert art.text[q.quote.start:q.quote.end] == q.quote.text


def test_centcom_indirect_and_direct_quotes():
    art = _raqqa()
    [ind] = _find(art.quotes, "التحالف لم يتوسط في التسوية")
    assert not ind.direct and ind.speaker.canonical == "centcom"
    assert "ستقلل" not in ind.quote.text  # the second statement is its own record
    [direct] = _find(art.quotes, "ستقلل أعداد الضحايا المدنيين")
    assert direct.direct and direct.speaker.text == "القيادة الأمريكية الوسطى"
    assert direct.cue.text == "قالت"


def test_pronoun_subject_resolves_to_previous_speaker():
    art = _raqqa()
    [q] = _find(art.quotes, "خروج المدنيين يسمح لقوات سوريا الديمقراطية")
    assert q.cue.text == "وأشارت"
    assert q.speaker.canonical == "centcom"
    assert not q.direct


def test_repeated_paragraphs_give_one_record_per_statement():
    art = _raqqa()
    keys = [match_key(q.quote.text) for q in art.quotes]
    assert len(keys) == len(set(keys)) == 5


def test_place_after_fi_is_not_an_outlet():
    art = _raqqa()
    [q] = _find(art.quotes, "التحالف لم يتوسط")
    assert q.outlet is None


def test_announcement_without_content_clause_is_not_a_quote():
    text = "أعلنت قوات سوريا الديموقراطية الأحد بدء المرحلة الأخيرة من معركة الرقة."
    assert QuoteStage()(article_with_entities(text)).quotes == []


def test_works_without_entities_and_sentences():
    text = "وقال المتحدث باسم الشرطة إن ثلاثة أشخاص اعتقلوا في المدينة."
    art = QuoteStage()(Article(id="x", raw=text, text=text))
    [q] = art.quotes
    assert q.speaker.text.startswith("المتحدث")
    assert q.quote.text.startswith("ثلاثة أشخاص")


def _quotes(text: str) -> list:
    return QuoteStage()(article_with_entities(text, [])).quotes


def test_a_participle_cue_with_tanween_opens_a_quote():
    [first, second] = _quotes("وأكد الوزير أن بلاده لن تتراجع عن موقفها، مشيراً إلى أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.")
    assert second.cue.text == "مشيراً" and second.quote.text.startswith("المفاوضات ستستأنف")
    assert second.speaker.text == first.speaker.text == "الوزير"


def test_attribution_with_glued_lam_and_tanween():
    [q] = _quotes("ووفقًا لمصادر أمنية، فإن المسلحين أطلقوا قذيفة صاروخية باتجاه سيارة مصفحة تابعة للشرطة.")
    assert q.speaker.text == "مصادر أمنية" and q.quote.text.startswith("المسلحين أطلقوا")


def test_according_to_an_agreement_is_not_a_speaker():
    assert not _quotes("وهذه ليست المرة الأولى التي يخرج فيها مسلحو التنظيم من مدينة محاصرة وفقاً لاتفاق مع الحكومة.")


def test_a_topic_after_a_preposition_is_not_the_participles_speaker():
    quotes = _quotes("وقال قائد المنطقة الرابعة إن المعارك مستمرة. وعن مستوى التنسيق مع الجبهات في المحافظات الأخرى "
                     "قال: إن التنسيق سيتم قريبا، مؤكدا أن الجيش والمقاومة لن يقفوا حتى استعادة كامل اليمن.")
    [last] = _find(quotes, "الجيش والمقاومة لن يقفوا")
    assert last.speaker is not None and last.speaker.text == "قائد المنطقة الرابعة"


def test_a_participles_speaker_is_the_subject_of_the_opening_verb():
    # a fronted phrase (من جانبها، وقبل يوم) is skipped; the subject after the verb speaks
    [*_, q] = _quotes("من جانبها، دانت الولايات المتحدة بشدة الهجوم، معتبرة أن روسيا تتحمل بعض المسؤولية.")
    assert q.speaker is not None and q.speaker.text == "الولايات المتحدة"
    # a feminine verb before a masculine verbal noun has a pronoun subject: the verbal noun's agent
    # (a name inside the object) is not the speaker
    quotes = _quotes("ودانت الوزارة في بيان، وقالت إن الاستيطان غير شرعي. كما دانت تشكل وزيرة القضاء "
                     "الإسرائيلية اييلت شكيد لجنة حكومية، مشيرة إلى أن ذلك يستهدف الاستيلاء على الأراضي.")
    [last] = _find(quotes, "يستهدف الاستيلاء")
    assert last.speaker is None or "شكيد" not in last.speaker.text


def test_the_people_of_a_place_speak_not_the_place_and_his_saying_is_no_speaker():
    text = ("ويقول أحد شيوخ الجفرة إن أبناء المحافظة رصدوا منذ وقت مبكر محاولات نهب مخازن الأسلحة. "
            "ونقلت وكالة الأنباء عن الخزرجي قوله إن المواجهات أسفرت عن مقتل 29 مسلحا.")
    from marsad.ingest import make_article
    from marsad.pipeline import Pipeline

    art = Pipeline.default().process(make_article(text, "t", date="2018-04-14"))
    speakers = [q.speaker.text if q.speaker else None for q in art.quotes]
    assert speakers == ["أحد شيوخ الجفرة", "الخزرجي"]


def test_a_participles_speaker_is_not_a_name_inside_what_was_said():
    text = ("وقال مصدر محلي، ان الطفل صالح عبدالقادر ناجي المنصوري اصيب بانفجار لغم ارضي زرعته الميليشيات، "
            "مؤكدا انه تم نقله الى احد المستشفيات لتلقي العلاج.")
    quotes = QuoteStage()(article_with_entities(text, [("صالح عبدالقادر ناجي المنصوري", "PER", None)])).quotes
    [last] = _find(quotes, "تم نقله")
    assert last.speaker is not None and last.speaker.text == "مصدر محلي"


def test_a_quoted_outlet_name_ending_an_attribution_is_no_quote():
    text = 'وطال القصف نقاط رصد تابعة لحركة حماس في قطاع غزة، وفق ما أفاد مراسل "سكاي نيوز عربية".'
    [q] = _quotes(text)
    assert q.quote.text.startswith("وطال القصف") and "سكاي" in q.speaker.text
    assert not _quotes("في المناطق الأخرى التي كشفت عنها أخيرا مصادر عسكرية ليبية لـ«الشرق الأوسط».")
    [q] = _quotes('وقال الوزير: "لن نتراجع".')  # a short direct quote after a person is still one
    assert q.quote.text == "لن نتراجع"


def test_an_adverb_or_an_outlet_spoken_to_is_no_speaker_but_a_title_before_a_body_is():
    quotes = QuoteStage()(article_with_entities(
        "وقال الأمين العام لحزب الله اللبناني إن إسرائيل ارتكبت خطأ تاريخيا. وقال علنا إن الحرب لن تقع. "
        "وقالت سوزان كولينز لـCNN إن الهجوم مروع.",
        [("حزب الله اللبناني", "ORG", "hezbollah"), ("سوزان كولينز", "PER", None), ("CNN", "ORG", "cnn")])).quotes
    speakers = [q.speaker.text if q.speaker else None for q in quotes]
    assert speakers[0] == "الأمين العام لحزب الله اللبناني"
    assert "علنا" not in speakers and not any(s and "CNN" in s for s in speakers)


def test_a_complementiser_inside_a_quoted_name_opens_nothing():
    assert not _quotes('وحسب قناة "سي إن إن" الأميركية، شاركت سفينة حربية أميركية في البحر الأحمر في الهجوم.')
    [q] = _quotes('وقال المتحدث باسم قناة "سي إن إن" إن الهجوم فشل.')
    assert q.quote.text == "الهجوم فشل"


def test_an_attribution_with_a_pronoun_or_in_a_sentence_of_its_own_names_the_source():
    [q] = QuoteStage()(article_with_entities(
        "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت المملكة العربية السعودية، الأربعاء، اعتراض صاروخ بالستي أطلق "
        "من اليمن، وفقاً لما ذكرته وكالة الأنباء السعودية.",
        [("المملكة العربية السعودية", "LOC", None), ("وكالة الأنباء السعودية", "ORG", "spa")])).quotes
    assert q.speaker.text == "وكالة الأنباء السعودية" and q.cue.text == "وفقاً لما ذكرته"
    assert q.quote.text.startswith("أعلنت المملكة")  # the dateline is no part of what was said
    [q] = QuoteStage()(article_with_entities(
        "أعادت اليابان السبت إحياء أول وحدة مشاة بحرية لها منذ الحرب العالمية الثانية. بحسب رويترز.",
        [("اليابان", "LOC", None), ("رويترز", "ORG", "reuters")])).quotes
    assert q.speaker.text == "رويترز" and q.quote.text.startswith("أعادت اليابان") and q.quote.text.endswith("الثانية")
    # an aside between dashes: what was said follows it, not the subject before it
    assert not [q for q in _quotes("وشدد السفير عبدالله عبداللطيف عبدالله - وفقاً لما نقلته وكالة الأنباء البحرينية - "
                                   "على أن مملكة البحرين ستتخذ كل ما من شأنه حماية مصالحها.")
                if q.quote.text.startswith("وشدد")]
    assert not _quotes("وقتل ثلاثة. بحسب القانون الدولي فإن هذا جريمة.")


def test_a_view_voiced_with_itabara_and_no_complementiser_is_a_quote():
    [q] = QuoteStage()(article_with_entities(
        'اعتبرت وزارة الخارجية الفلسطينية أمس الأربعاء استمرار الاستيطان الإسرائيلي بمنزلة "إعلان حرب" على الفلسطينيين.',
        [("وزارة الخارجية الفلسطينية", "ORG", None)])).quotes
    assert q.speaker.text == "وزارة الخارجية الفلسطينية" and q.quote.text.startswith("استمرار الاستيطان")
    [q] = QuoteStage()(article_with_entities(
        "واعتبرت وكالة الأنباء السورية الرسمية (سانا) هذه التقارير حملة تشويه ورائها الجماعة التي كانت تسيطر على المدينة.",
        [("وكالة الأنباء السورية", "ORG", "sana")])).quotes
    assert q.quote.text.startswith("هذه التقارير")  # the name's adjective and short form are no part of it


def test_a_present_tense_cue_right_after_the_first_reported_word_belongs_to_the_statement():
    [q] = QuoteStage()(article_with_entities(
        "وقالت مايا كوسيجانسيك إن الدلائل تشير إلى أن قوات النظام تقف وراء الهجوم الكيميائي.",
        [("مايا كوسيجانسيك", "PER", None)])).quotes
    assert q.speaker.text == "مايا كوسيجانسيك" and q.cue.text == "وقالت"
    assert q.quote.text == "الدلائل تشير إلى أن قوات النظام تقف وراء الهجوم الكيميائي"
    # one word reported and cut short by the source is no quote
    assert not _quotes("كما قال اتحاد منظمات الإغاثة والرعاية الطبية السوري إن هجمات. ويتشكل الاتحاد من تحالف منظمات.")


def test_a_body_in_the_speakers_relative_clause_does_not_speak():
    [q] = QuoteStage()(article_with_entities(
        'وقال ثيمبا مليسوا، الذي يرأس لجنة التنقيب في البرلمان، لصحيفة "هيرالد" الحكومية، إن اللجنة أجرت مقابلات مع '
        'شخصيات في أجهزة الشرطة.', [("لجنة التنقيب", "ORG", None)])).quotes
    assert q.speaker.text == "ثيمبا مليسوا"


def test_journalists_spoken_to_are_no_part_of_the_speaker():
    [q] = _quotes("وقال وزير الخارجية الإثيوبي للصحفيين إن الاجتماع جاء للخروج بنتائج إيجابية لمصلحة شعوب الدول الثلاث.")
    assert q.speaker.text == "وزير الخارجية الإثيوبي"


def test_quoted_words_after_a_stance_verb_are_its_subjects():
    [q] = QuoteStage()(article_with_entities(
        'وطالبت الوزارة الدول كافة خاصة الأعضاء في مجلس الأمن بالتصدي العاجل لـ"هذا التصعيد الإسرائيلي الخطير الذي '
        'يهدد السلام والأمن في فلسطين".', [("مجلس الأمن", "ORG", "unsc")])).quotes
    assert (q.speaker.text, q.cue.text, q.direct) == ("الوزارة", "وطالبت", True)
    assert q.quote.text.startswith("هذا التصعيد") and q.quote.text.endswith("في فلسطين")
    # a short quoted name is no statement
    assert not _quotes('وطالبت الوزارة بإطلاق سراح أعضاء حركة "غضب الفرات" فورا.')


def test_a_pronoun_speaker_is_the_latest_one_its_verb_agrees_with():
    text = ("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن الضربات كانت محدودة وموجهة. وقال زعيم حزب العمال جيريمي كوربن "
            "إن الحكومة كان عليها أن تطلب موافقة البرلمان. وأضافت أن بلادها لن تسمح باستخدام الأسلحة الكيميائية. "
            "وأضاف أن القصف لن ينهي الحرب.")
    quotes = QuoteStage()(article_with_entities(text, [("تيريزا ماي", "PER", None), ("جيريمي كوربن", "PER", None)])).quotes
    speaker_of = {q.cue.text: q.speaker.text for q in quotes}
    assert speaker_of["وأضافت"] == "تيريزا ماي"  # not the man who spoke last
    assert speaker_of["وأضاف"] == "جيريمي كوربن"


def test_a_pronoun_speaker_with_no_agreeing_antecedent_stays_unknown():
    # Sousan is a man (أكد): the woman's وشددت is nobody named before it
    text = ("وكان معاون وزير الخارجية أيمن سوسان أكد أن دمشق ستستمر بالتعاون مع لجنة التحقيق. "
            "وشددت على أنها تعمل عن قرب مع خبراء أمنيين من الأمم المتحدة.")
    quotes = QuoteStage()(article_with_entities(text, [("أيمن سوسان", "PER", None), ("الأمم المتحدة", "ORG", "un")])).quotes
    [q] = [q for q in quotes if q.cue.text == "وشددت"]
    assert q.speaker is None


def test_a_relayed_statement_teaches_nothing_of_its_speakers_gender():
    # نقلت agrees with the media that relay, not with the deputy minister they quote
    text = ("كما نقلت وسائل إعلام روسية عن نائب وزير الخارجية فلاديمير إيرماكوف قوله إن موسكو مستعدة للحوار. "
            "وأضاف أنه في الإدارة الأمريكية هناك أشخاص يمكن الحديث معهم.")
    quotes = QuoteStage()(article_with_entities(text, [("فلاديمير إيرماكوف", "PER", None)])).quotes
    [q] = [q for q in quotes if q.cue.text == "وأضاف"]
    assert q.speaker.text == "فلاديمير إيرماكوف"


def test_a_plural_pronoun_speaker_is_never_a_single_person():
    text = ("وقال مسؤولون بريطانيون إن غاز الأعصاب كان سائلا. وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لم "
            "تشارك في الهجوم. وأضافوا أن تنظيف المدينة سيستغرق شهورا.")
    quotes = QuoteStage()(article_with_entities(text, [("سيرغي لافروف", "PER", None)])).quotes
    speaker_of = {q.cue.text: q.speaker and q.speaker.text for q in quotes}
    assert speaker_of["وأضافوا"] == "مسؤولون بريطانيون"  # not Lavrov; named with a singular verb (VSO), they speak on


def test_the_subject_between_kana_and_the_speech_verb_speaks():
    cases = [("وكانت وزارة الدفاع الأميركية قد أكدت إثر ذلك أنها لا تعتزم توجيه ضربات جديدة ضد سوريا.",
              [("وزارة الدفاع الأميركية", "ORG", None)], "وزارة الدفاع الأميركية"),
             ("وكانت سفيرة الولايات المتحدة بالأمم المتحدة، نيكي هيلي، قالت، أمس الاثنين، إن بلادها سترد على الهجوم.",
              [("الولايات المتحدة", "LOC", None), ("الأمم المتحدة", "ORG", "un"), ("نيكي هيلي", "PER", None)],
              "نيكي هيلي"),
             ("وكانت الولايات المتحدة قد ذكرت في وقت سابق من الشهر الجاري أنها كثفت حملتها الجوية على التنظيم.",
              [("الولايات المتحدة", "LOC", None)], "الولايات المتحدة"),
             ("وكان الجيش قد أعلن أنه قتل عشرة مسلحين في الهجوم.", [], "الجيش")]
    for text, names, speaker in cases:
        [q] = QuoteStage()(article_with_entities(text, names)).quotes
        assert q.speaker is not None and q.speaker.text == speaker, text


def test_a_present_verb_after_a_particle_starts_no_statement():
    [q] = _quotes("وقال المتحدث إن الاتفاق النووي لم يكن انتصارا كما يرى البعض.")
    assert q.quote.text.endswith("كما يرى البعض")
    [q] = _quotes("وأضاف المسؤول أن الضربات تستهدف عدة أهداف في هذا البلد دون أن يكشف عن طبيعتها.")
    assert q.quote.text.endswith("دون أن يكشف عن طبيعتها")
    # a view voiced with يرى / ترى is reported like قال
    [q] = _quotes("وترى فرنسا أن هذه الضربات يجب أن تسمح باستئناف المفاوضات.")
    assert q.quote.text.startswith("هذه الضربات")


def test_the_listener_is_no_speaker():
    [q] = _quotes("وقال لنا في مخيم اللاجئين إنه ليس لديه ثقة في أن سوريا آمنة لكي يعود إليها.")
    assert q.speaker is None


def test_a_present_verb_inside_what_was_said_does_not_cut_it():
    [q] = _quotes("وقال المتحدث إن أغلب الأدلة تشير إلى وجود أسلحة كيميائية في المواقع التي قصفت.")
    assert q.quote.text == "أغلب الأدلة تشير إلى وجود أسلحة كيميائية في المواقع التي قصفت"
    [q] = _quotes("وأضاف البيان أن رفض موسكو الرد على مطالب التحقيق البريطانية يؤكد مسؤوليتها في هذه القضية.")
    assert q.quote.text.endswith("يؤكد مسؤوليتها في هذه القضية")


def test_a_cue_inside_a_quotation_is_part_of_it():
    [q] = QuoteStage()(article_with_entities(
        'وقال السيسي في كلمته: "أعدكم وعد الصدق المبين بأن أظل على عهدي معكم، وقال لي الشعب إنه يريد الاستقرار".',
        [("السيسي", "PER", None)])).quotes
    assert q.speaker.text == "السيسي" and q.quote.text.endswith("يريد الاستقرار")


def test_who_gave_the_speech_said_what_is_in_it():
    text = ("وردت دول الخليج العربية بقلق على خطاب للزعيم الأعلى الإيراني علي خامنئي في 18 يوليو قال فيه إن الاتفاق "
            "لن يحدث أي تغير في السياسات الإيرانية.")
    [q] = QuoteStage()(article_with_entities(text, [("علي خامنئي", "PER", None)])).quotes
    assert q.speaker.text == "علي خامنئي"
    # a place between the speech and the verb: the speaker spoken of before
    text = ("أعلن رئيس الوزراء اللبناني سعد الحريري أن الحظر سيرفع. وكان الحريري يتحدث خلال لقاء حواري في بيروت، أكد "
            "فيه أن الحكومة تبذل قصارى جهدها.")
    quotes = QuoteStage()(article_with_entities(text, [("سعد الحريري", "PER", None), ("الحريري", "PER", None),
                                                       ("بيروت", "LOC", None)])).quotes
    assert [q.speaker.text for q in quotes if q.cue.text == "أكد"] == ["الحريري"]


def test_a_long_title_body_outlet_and_day_before_the_complementiser_still_quote_the_name():
    text = ('وقال محمد أبو عساكر، المتحدث باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين، لـ"سكاي نيوز عربية"، '
            'الجمعة، إن "الأوضاع في سوريا لا تزال غير ملائمة لعودة اللاجئين".')
    [q] = QuoteStage()(article_with_entities(text, [("محمد أبو عساكر", "PER", None), ("الأمم المتحدة", "ORG", "un"),
                                                    ("سكاي نيوز عربية", "ORG", None)])).quotes
    assert q.speaker.text == "محمد أبو عساكر" and q.quote.text.startswith("الأوضاع في سوريا")
    # as long a stretch with no name in it is no speaker
    text = ("وقال في الجلسة الطويلة التي عقدت في المقر الرئيسي للمنظمة الدولية في نيويورك بحضور عدد كبير من الدبلوماسيين "
            "والصحفيين والخبراء إن الوضع خطير.")
    assert not QuoteStage()(article_with_entities(text, [])).quotes


def test_an_outlet_in_quotation_marks_after_lam_is_spoken_to():
    text = "وقال المتحدث باسم الائتلاف إن الزيارة شكلية. وحول المبادرة الإيرانية قالت لـ«عكاظ»: «إن إيران طرف في الصراع»."
    quotes = QuoteStage()(article_with_entities(text, [("عكاظ", "ORG", None)])).quotes
    assert all(q.speaker is None or q.speaker.text != "عكاظ" for q in quotes)
    [q] = _quotes('وقد تراجع عن أفكاره، وقال عبارته الشهيرة "إن الجماعة ضلت الطريق".')
    assert q.speaker is None  # what he said is no speaker


def test_yudhkar_anna_is_the_writers_background_not_a_quote():
    text = ("وقال الإليزيه إن الإجراء تأديبي. ويذكر أن شيراك منح الأسد وسام جوقة الشرف عام 2001. "
            "ويذكر المصدر أن القتال مستمر.")
    quotes = QuoteStage()(article_with_entities(text, [("الإليزيه", "ORG", None)])).quotes
    assert not _find(quotes, "شيراك منح الأسد")
    assert [q.speaker.text for q in _find(quotes, "القتال مستمر")] == ["المصدر"]  # with a subject it reports


def test_a_verbal_noun_after_a_preposition_is_no_cue_unless_a_clause_follows():
    text = "وقال إن قدرة أحد شخصيات الملحمة على ذكر تفاصيل ما يجري في معركة دليل على أنه كان يستعمل هذه التكنولوجيا."
    assert [q.cue.text for q in _quotes(text)] == ["وقال"]  # على ذكر: the mentioning, no speech
    text = "وسارعت وزارة الدفاع الأمريكية إلى نفي أن تكون قواتها قد شنت ضربات في سوريا."
    [q] = _quotes(text)
    assert q.cue.text == "نفي" and q.quote.text.startswith("تكون قواتها")


def test_the_bbc_told_through_hayat():
    [q] = _quotes('وصرح وزير الخارجية الروسي لهيئة البي بي سي "أستطيع أن أضمن لكم أن روسيا لم تعبث بالموقع".')
    assert (q.outlet.text, q.outlet.canonical) == ("البي بي سي", "bbc")


@pytest.mark.parametrize("text, entities, speaker", [
    # the antecedent of the relative pronoun before the cue speaks
    ("وردت ماي على سؤال من عضو البرلمان البريطاني، جيرمي كوربين، الذي قال إن الضربات الجوية مشكوك بها قانونيا.",
     [("جيرمي كوربين", "PER", None)], "جيرمي كوربين"),
    # an outlet after لـ and a space before its quotation mark is spoken to
    ("وأوضح سكان محليون لـ «عكاظ» أن حصيلة قتلى القصف بلغت 57 قتيلا.", [("عكاظ", "ORG", None)], "سكان محليون"),
    # the subject after a resumptive فيه
    ("في الوقت الذي أكدت فيه مصادر صحفية أن سقوط القاعدة مسألة وقت.", [], "مصادر صحفية"),
    # إنهن opens what they said
    ("وقالت نساء مسلمات أخريات إنهن لن يغيرن ممارساتهن الدينية.", [], "نساء مسلمات أخريات"),
    # عن X ترجيحها: X speaks, not "its assessment"
    ('لكن "الدايلي ميل" نقلت عن تقارير إعلامية محلية ترجيحها أنها من طراز DF-26 المتوسطة.', [],
     "تقارير إعلامية محلية"),
    # a word ending in ل before a name is no لـ (الجنرال)
    ("وقال الجنرال كينيث ماكنزي إن الهجمات شلت البرنامج.", [("كينيث ماكنزي", "PER", None)], "كينيث ماكنزي"),
])
def test_speakers_behind_relatives_outlets_and_resumptives(text, entities, speaker):
    [q] = QuoteStage()(article_with_entities(text, entities)).quotes
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, entities, speaker", [
    # a title with no name, standing before its verb, speaks (not the last speaker)
    ("لكن المتحدثة باسم الاتحاد قالت إن التقارير من على أرض الواقع ترجح أعدادا أكبر من ذلك.", [],
     "المتحدثة باسم الاتحاد"),
    # نقل عن an office named after its county: the office speaks
    ("ونقلت وكالة أسوشيتد برس عن مكتب شرطة مقاطعة كليفلاند قوله في بيان صحفي إن تبادلا لإطلاق النار وقع.",
     [("كليفلاند", "LOC", None)], "مكتب شرطة مقاطعة كليفلاند"),
    # a site's quoted name belongs to it
    ("إلى ذلك، ذكر موقع «مراسل سوري» المعارض، أن قناة «الخبر» القريبة من النظام حولت شهداء.", [],
     "موقع «مراسل سوري»"),
    # a title cut before its complement, then the person's name: the person speaks
    ("وأعلن المسؤول الإعلامي في الائتلاف الوطني السوري المعارض أحمد كامل في تصريحات بأنه ترتكب الآن جرائم.",
     [("أحمد كامل", "PER", None), ("الائتلاف الوطني السوري", "ORG", None)], "أحمد كامل"),
])
def test_speakers_named_by_title_office_site_or_name_after_the_title(text, entities, speaker):
    [q] = QuoteStage()(article_with_entities(text, entities)).quotes
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_verb_joined_to_the_sentences_opening_clause_takes_its_named_subject():
    text = ("واصل الرئيس الإيراني حسن روحاني دفاعه عن الاتفاق النووي الذي يتعرض للهجوم من جانب المحافظين وقال اليوم "
            "الخميس إن الاتفاق مع القوى العالمية تاريخي.")
    [q] = QuoteStage()(article_with_entities(text, [("حسن روحاني", "PER", None)])).quotes
    assert q.speaker is not None and q.speaker.text == "حسن روحاني"
    # a name glued to a clitic further on is no speaker: the title speaks
    text = "وذكر قائد في التحالف العسكري الإقليمي الداعم للأسد أن الخيار الوحيد أمام جيش الإسلام هو الرحيل."
    [q] = QuoteStage()(article_with_entities(text, [("أسد", "PER", None)])).quotes
    assert q.speaker is not None and q.speaker.text == "قائد"


def test_a_plural_speech_verb_carries_its_subject_so_the_name_after_it_is_spoken_to():
    text = ("وقال مسؤول إن الاجتماع انتهى. وأضاف أن وزير الدفاع وأعضاء بفريق الأمن القومي حذروا ترامب، خلال اجتماع في "
            "البيت الأبيض، من أن الضربة ستكون خطيرة.")
    quotes = QuoteStage()(article_with_entities(text, [("ترامب", "PER", None)])).quotes
    warned = [q for q in quotes if q.cue.text == "حذروا"]
    assert warned and all(q.speaker is None or q.speaker.text != "ترامب" for q in warned)


def test_a_body_named_in_quotation_marks_with_a_gloss_speaks_and_is_no_quote():
    text = ('وحذرت "جمعية شركات فرنسا الدولية" (ميديف إنترناسيونال) التي تمثل أكبر منظمة فرنسية لأرباب العمل في '
            'الخارج، من أنه "ينبغي عدم الإفراط في التفاؤل".')
    [q] = QuoteStage()(article_with_entities(text, [("ميديف إنترناسيونال", "ORG", None)])).quotes
    assert q.quote.text.startswith("ينبغي")  # not the quoted name
    assert q.speaker is not None and q.speaker.text == "ميديف إنترناسيونال"


@pytest.mark.parametrize("text, speaker, outlet", [
    # ولي العهد is the crown prince, not و + لي
    ("وأشار ولي العهد السعودي إلى أن إيران تسعى للهيمنة على المنطقة.", "ولي العهد السعودي", None),
    # a channel after لقناة is spoken to even when it is not among the known outlets
    ("وقالت المتحدثة إن ماي قررت دعوة الوزراء. وذكرت لقناة سكاي نيوز أنه من المتوقع أن يجتمع الوزراء.", "المتحدثة",
     "سكاي نيوز"),
])
def test_the_crown_prince_speaks_and_a_channel_after_lam_is_spoken_to(text, speaker, outlet):
    q = QuoteStage()(article_with_entities(text, [("سكاي نيوز", "ORG", None)])).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker
    assert (q.outlet.text if q.outlet else None) == outlet


def test_an_opinion_after_hasab_is_no_speech_verb():
    text = ("وحسب رأي أوزكان، فإن الرئيس السابق عبد الله غول، حليف أردوغان سابقا قبل أن تدب بينهما خلافات سياسية، قد "
            "يكون منافسا قويا للرئيس الحالي في الانتخابات.")
    ents = [("أوزكان", "PER", None), ("عبد الله غول", "PER", None), ("أردوغان", "PER", None)]
    quotes = QuoteStage()(article_with_entities(text, ents)).quotes
    assert all(q.cue.text != "رأي" for q in quotes)


def test_listeners_verbal_nouns_participles_and_datelines():
    # لوالديها: whom she told, not who spoke
    text = "وحصلت هانا ديكنسون على 42 ألف دولار بعد أن قالت لوالديها إنها مصابة بالسرطان."
    for q in QuoteStage()(article_with_entities(text, [])).quotes:
        assert q.speaker is None or q.speaker.text != "لوالديها"
    # تم نقل، عدم توقع: verbal nouns, no speech verbs
    text = 'وأفادت وزارة الصحة في غزة أنه تم نقل 442 جريحا إلى المستشفيات. وحذرت الجمعية من أنه "ينبغي عدم توقع عقود خيالية".'
    cue_words = [q.cue.text for q in QuoteStage()(article_with_entities(text, [("وزارة الصحة", "ORG", None)])).quotes]
    assert "نقل" not in cue_words and "توقع" not in cue_words
    # a participle's subject is the main clause's, not a name right before it; a dateline's outlet is no subject
    text = ("دبي، الإمارات العربية المتحدة (CNN) – قال وزير الخارجية الروسي سيرجي لافروف إنه يتعين أن تتعاون الولايات "
            "المتحدة مع الرئيس السوري في محاربة تنظيم داعش مشيرا الى ان ذلك يتطلب تحالفا دوليا.")
    ents = [("CNN", "ORG", None), ("سيرجي لافروف", "PER", None), ("داعش", "ORG", "isis")]
    [q] = [q for q in QuoteStage()(article_with_entities(text, ents)).quotes if q.cue.text == "مشيرا"]
    assert q.speaker is not None and q.speaker.text == "سيرجي لافروف"


def test_a_blessing_after_the_verb_is_no_speaker():
    [q] = QuoteStage()(article_with_entities('وقال صلى الله عليه وسلم: «كل المسلم على المسلم حرام دمه وماله وعرضه».', [])).quotes
    assert q.speaker is None or not q.speaker.text.startswith("صلى")
