"""Build the NER gazetteer extract: src/marsad/models/ner/gazetteer.tsv.gz (``phrase <TAB> tag``).

Phrases are in ``word_key`` form, tokens joined by one space. Tags name type and source, so the
CRF learns how far to trust each list: ``LOC.geo`` (GeoNames Arabic alternate names — noisy:
Persian/Urdu spellings, villages named like common words), ``LOC.cty`` (country and admin-1
names), ``LOC.ag`` / ``ORG.ag`` / ``PERS.ag`` (ANERGazet).
"""

from __future__ import annotations

import csv
import gzip
import json
import re

import ner_data

from marsad.ner.lexicon import word_key
from marsad.ner.tokenize import tokenize

GAZ = ner_data.SHARED / "gazetteer"
OUT = ner_data.REPO / "src" / "marsad" / "models" / "ner" / "gazetteer.tsv.gz"
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0660-\u0669\u064b-\u0652 \-]+$")


# Organisations prominent in current Arabic news that ANERGazet (2007) predates or lacks; written
# for this project. Tagged ORG.cur so the CRF learns its own weight for the list.
CURATED_ORG = """
داعش|تنظيم الدولة|تنظيم الدولة الإسلامية|الدولة الإسلامية|قوات سوريا الديمقراطية|قسد|وحدات حماية الشعب
هيئة تحرير الشام|جبهة النصرة|جبهة فتح الشام|الجيش السوري الحر|الجيش الحر|جيش الإسلام|أحرار الشام
حزب الله|حركة حماس|حماس|حركة فتح|الجهاد الإسلامي|حركة الجهاد الإسلامي|كتائب القسام|سرايا القدس
الحوثيون|الحوثيين|جماعة الحوثي|أنصار الله|الحشد الشعبي|تنظيم القاعدة|طالبان|حركة طالبان|بوكو حرام
حركة الشباب|الإخوان المسلمين|جماعة الإخوان المسلمين|حزب العمال الكردستاني|البيشمركة|الحرس الثوري|فيلق القدس
الأمم المتحدة|مجلس الأمن|مجلس الأمن الدولي|الجمعية العامة للأمم المتحدة|منظمة الصحة العالمية|اليونيسف
المفوضية السامية لشؤون اللاجئين|برنامج الأغذية العالمي|منظمة حظر الأسلحة الكيميائية|الصليب الأحمر
اللجنة الدولية للصليب الأحمر|الهلال الأحمر|منظمة العفو الدولية|هيومن رايتس ووتش|المرصد السوري لحقوق الإنسان
حلف شمال الأطلسي|حلف الناتو|الناتو|الاتحاد الأوروبي|الاتحاد الأفريقي|الاتحاد الإفريقي|جامعة الدول العربية
الجامعة العربية|مجلس التعاون الخليجي|منظمة التعاون الإسلامي|صندوق النقد الدولي|البنك الدولي|منظمة أوبك|أوبك
البنتاغون|الكرملين|البيت الأبيض|وزارة الخارجية الأمريكية|وزارة الدفاع الأمريكية|وكالة المخابرات المركزية
القيادة المركزية الأمريكية|القيادة الأمريكية الوسطى|التحالف الدولي|التحالف العربي|الجيش السوري|الجيش العراقي
الجيش اللبناني|الجيش الإسرائيلي|الجيش الأمريكي|الجيش الروسي|الجيش التركي|الجيش المصري|الجيش اليمني
الكنيست|الكونغرس|مجلس الشيوخ|مجلس النواب|مجلس الوزراء|الحكومة السورية|السلطة الفلسطينية
فرانس برس|رويترز|أسوشيتد برس|وكالة الأنباء الفرنسية|وكالة الأنباء السعودية
سانا|الأناضول|تاس|سبوتنيك|إرنا|بي بي سي|سي إن إن|قناة الجزيرة|قناة العربية
سكاي نيوز عربية|فرانس 24|رويترز|نيويورك تايمز|واشنطن بوست|وول ستريت جورنال|الغارديان|روسيا اليوم
النظام السوري|التلفزيون السوري|وكالة الأنباء السورية|وكالة الصحافة الفرنسية|وزارة الخزانة الأمريكية
الخارجية الأمريكية|وزارة الخارجية الروسية|وزارة الدفاع الروسية|الخارجية الروسية|المقاومة الشعبية
""".replace("\n", "|").split("|")
# First names frequent in current news that ANERGazet lacks (added to its person list: same tag,
# same learnt weight) and multi-word places (added to the country/region list).
CURATED_PERS = """دونالد|إيمانويل|تيريزا|أنغيلا|أنجيلا|فلاديمير|باراك|هيلاري|جو|مايك|ريكس|جون|جيمس|بوريس|جاستن|شينزو
رجب|طيب|حسن|محمد|عبد|عبدالله|علي|سيرغي|سيرجي|نيكي|ستيفان|أنطونيو|فيديريكا|جان|إيف|مارين|كيم|جونغ|شي|جين|بينغ
بنيامين|أفيغدور|نفتالي|إسماعيل|خالد|سعد|ميشال|نبيه|عادل|حيدر|نوري|مسعود|هادي|منصور|عبدربه|خليفة|فايز|بشار|وليد
""".replace("\n", "|").split("|")
CURATED_LOC = """الغوطة الشرقية|الغوطة الغربية|المحيط الهادي|المحيط الهادئ|المحيط الأطلسي|المحيط الهندي|بحر الصين الجنوبي
بحر الصين الشرقي|البحر المتوسط|البحر الأبيض المتوسط|البحر الأحمر|البحر الأسود|الخليج العربي|الضفة الغربية|قطاع غزة
الشرق الأوسط|شمال أفريقيا|شبه الجزيرة الكورية|شبه جزيرة سيناء|مرتفعات الجولان|هضبة الجولان|القدس الشرقية|ريف دمشق
ريف حلب|ريف إدلب|ريف حمص|دير الزور|البوكمال|منبج|عفرين|تل أبيب|كوريا الشمالية|كوريا الجنوبية|الولايات المتحدة
""".replace("\n", "|").split("|")


def key(phrase: str) -> str:
    return " ".join(word_key(phrase[a:b]) for a, b in tokenize(phrase))


def main() -> None:
    entries: set[tuple[str, str]] = set()

    def add(phrase: str, tag: str) -> None:
        phrase = phrase.strip()
        if phrase and _ARABIC_ONLY.match(phrase) and len(phrase) >= 2:
            entries.add((key(phrase), tag))

    for name, tag in (("Loc", "LOC.ag"), ("Org", "ORG.ag"), ("Pers", "PERS.ag")):
        for line in (GAZ / "anergazet" / f"Aligned{name}Gazetteer.txt").read_text(encoding="utf-8").splitlines():
            if not line.startswith(("====", "****")):
                add(line, tag)
    for name in CURATED_ORG:
        add(name, "ORG.cur")
    for name in CURATED_PERS:
        add(name, "PERS.ag")
    for name in CURATED_LOC:
        add(name, "LOC.cty")
    for c in json.loads((GAZ / "countries_states" / "countries.json").read_text(encoding="utf-8")):
        add(c.get("translations", {}).get("ar") or "", "LOC.cty")
        add(c.get("native") or "", "LOC.cty")
    with open(GAZ / "countries_states" / "states.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            add(row.get("native") or "", "LOC.cty")
    for fname in ("cities15000.json.gz", "cities500_mena.json.gz"):
        with gzip.open(GAZ / "geonames" / fname, "rt", encoding="utf-8") as fh:
            for city in json.load(fh).values():
                for alt in city.get("alternatenames") or []:
                    add(alt, "LOC.geo")
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        for phrase, tag in sorted(entries):
            fh.write(f"{phrase}\t{tag}\n")
    print(f"wrote {len(entries)} entries to {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
