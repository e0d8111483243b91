#!/usr/bin/env python3
"""Build the actor dictionary src/marsad/data/actors.json.

Two parts:
1. Generated from the gazetteer's countries (run build_gazetteer.py first): every country
   with its Arabic names, and for countries with a known nationality adjective (nisba) its
   government, armed forces and foreign/defence/interior ministries (الجيش السوري,
   الحكومة السورية, الخارجية الروسية, …).
2. Hand-written entries (HAND below): international bodies, armed groups, parties, media
   and agencies, people and offices frequent in the news of the region. Seeded from the most
   frequent 1–3-grams of ../shared/data/news (scripts/actor_coverage.py style check) and
   ANERGazet, written by hand: no article text is shipped.

Entry fields: id, name_en, aliases_ar, kind, country (ISO2 | null), wikidata (Q-id | null),
label (PER/ORG/LOC/MISC). Wikidata ids are given only where known with confidence.
Usage: python scripts/build_actors.py             (writes actors.json)
       python scripts/build_actors.py --coverage  (share of the 500 most frequent cue-introduced
                                                    names in ../shared/data/news the linker resolves)
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "src/marsad/data/gazetteer.jsonl.gz"
OUT = ROOT / "src/marsad/data/actors.json"
VERSION = "1.2.0"

# ISO2 → (slug, masculine nisba). Feminine = nisba + ة.
NISBA: dict[str, tuple[str, str]] = {
    "SY": ("syria", "السوري"),
    "IQ": ("iraq", "العراقي"),
    "YE": ("yemen", "اليمني"),
    "SA": ("saudi-arabia", "السعودي"),
    "IR": ("iran", "الإيراني"),
    "TR": ("turkey", "التركي"),
    "RU": ("russia", "الروسي"),
    "US": ("united-states", "الأمريكي"),
    "GB": ("united-kingdom", "البريطاني"),
    "FR": ("france", "الفرنسي"),
    "DE": ("germany", "الألماني"),
    "IL": ("israel", "الإسرائيلي"),
    "EG": ("egypt", "المصري"),
    "LB": ("lebanon", "اللبناني"),
    "JO": ("jordan", "الأردني"),
    "LY": ("libya", "الليبي"),
    "SD": ("sudan", "السوداني"),
    "TN": ("tunisia", "التونسي"),
    "DZ": ("algeria", "الجزائري"),
    "MA": ("morocco", "المغربي"),
    "QA": ("qatar", "القطري"),
    "KW": ("kuwait", "الكويتي"),
    "BH": ("bahrain", "البحريني"),
    "AE": ("uae", "الإماراتي"),
    "OM": ("oman", "العماني"),
    "PS": ("palestine", "الفلسطيني"),
    "CN": ("china", "الصيني"),
    "JP": ("japan", "الياباني"),
    "KP": ("north-korea", "الكوري الشمالي"),
    "KR": ("south-korea", "الكوري الجنوبي"),
    "IN": ("india", "الهندي"),
    "PK": ("pakistan", "الباكستاني"),
    "AF": ("afghanistan", "الأفغاني"),
    "IT": ("italy", "الإيطالي"),
    "ES": ("spain", "الإسباني"),
    "UA": ("ukraine", "الأوكراني"),
    "CA": ("canada", "الكندي"),
    "AU": ("australia", "الأسترالي"),
    "MX": ("mexico", "المكسيكي"),
    "BR": ("brazil", "البرازيلي"),
    "CU": ("cuba", "الكوبي"),
    "VE": ("venezuela", "الفنزويلي"),
    "SO": ("somalia", "الصومالي"),
    "ET": ("ethiopia", "الإثيوبي"),
    "ER": ("eritrea", "الإريتري"),
    "MR": ("mauritania", "الموريتاني"),
    "DJ": ("djibouti", "الجيبوتي"),
    "SS": ("south-sudan", "الجنوب سوداني"),
    "NL": ("netherlands", "الهولندي"),
    "BE": ("belgium", "البلجيكي"),
    "CH": ("switzerland", "السويسري"),
    "AT": ("austria", "النمساوي"),
    "SE": ("sweden", "السويدي"),
    "NO": ("norway", "النرويجي"),
    "DK": ("denmark", "الدنماركي"),
    "FI": ("finland", "الفنلندي"),
    "PL": ("poland", "البولندي"),
    "GR": ("greece", "اليوناني"),
    "CY": ("cyprus", "القبرصي"),
    "AM": ("armenia", "الأرميني"),
    "AZ": ("azerbaijan", "الأذربيجاني"),
    "GE": ("georgia", "الجورجي"),
    "ID": ("indonesia", "الإندونيسي"),
    "MY": ("malaysia", "الماليزي"),
    "NG": ("nigeria", "النيجيري"),
    "ML": ("mali", "المالي"),
    "NE": ("niger", "النيجري"),
    "TD": ("chad", "التشادي"),
    "BD": ("bangladesh", "البنغلاديشي"),
    "MM": ("myanmar", "الميانماري"),
    "HU": ("hungary", "المجري"),
    "CZ": ("czechia", "التشيكي"),
    "IE": ("ireland", "الأيرلندي"),
    "PT": ("portugal", "البرتغالي"),
    "AR": ("argentina", "الأرجنتيني"),
    "ZA": ("south-africa", "الجنوب أفريقي"),
    "KE": ("kenya", "الكيني"),
    "BY": ("belarus", "البيلاروسي"),
    "KZ": ("kazakhstan", "الكازاخستاني"),
    "UZ": ("uzbekistan", "الأوزبكي"),
    "RS": ("serbia", "الصربي"),
    "CO": ("colombia", "الكولومبي"),
    "CL": ("chile", "التشيلي"),
    "PH": ("philippines", "الفلبيني"),
    "TH": ("thailand", "التايلاندي"),
    "VN": ("vietnam", "الفيتنامي"),
    "NZ": ("new-zealand", "النيوزيلندي"),
    "LK": ("sri-lanka", "السريلانكي"),
    "SN": ("senegal", "السنغالي"),
    "BG": ("bulgaria", "البلغاري"),
    "RO": ("romania", "الروماني"),
    "HR": ("croatia", "الكرواتي"),
    "AL": ("albania", "الألباني"),
    "BA": ("bosnia", "البوسني"),
    "TM": ("turkmenistan", "التركمانستاني"),
    "TJ": ("tajikistan", "الطاجيكي"),
    "KG": ("kyrgyzstan", "القرغيزي"),
    "UG": ("uganda", "الأوغندي"),
    "TZ": ("tanzania", "التنزاني"),
    "CD": ("dr-congo", "الكونغولي"),
    "TW": ("taiwan", "التايواني"),
    "EH": ("western-sahara", "الصحراوي"),
}
# Spelling variants of adjectives that outlets use side by side.
NISBA_VARIANTS = {
    "الأمريكي": ["الأميركي"],
    "الإيراني": ["الايراني"],
    "الإسرائيلي": ["الاسرائيلي"],
    "الإماراتي": ["الاماراتي"],
}
# "الجنوب سوداني" etc. are rare: no feminine forms generated for multi-word adjectives.


def fem(nisba: str) -> str:
    parts = nisba.split()
    return " ".join(p + "ة" for p in parts)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def country_entries() -> list[dict]:
    out: list[dict] = []
    with gzip.open(GAZ, "rt", encoding="utf-8") as f:
        countries = [p for p in map(json.loads, f) if p["feature"] == "country"]
    for c in countries:
        iso = c["country"]
        slug, nisba = NISBA.get(iso, (slugify(c["name"]), None))
        out.append(
            {
                "id": slug,
                "name_en": c["name"],
                "aliases_ar": c["ar"],
                "kind": "country",
                "country": iso,
                "wikidata": c.get("wikidata"),
                "label": "LOC",
            }
        )
        if not nisba:
            continue
        ms = [nisba] + NISBA_VARIANTS.get(nisba, [])
        fs = [fem(m) for m in ms]
        bare = [n for n in c["ar"] if len(n.split()) <= 2]

        def add(
            suffix: str, en: str, kind: str, aliases: list[str], slug: str = slug, name: str = c["name"], iso: str = iso
        ) -> None:
            out.append(
                {
                    "id": f"{slug}-{suffix}",
                    "name_en": f"{en} of {name}",
                    "aliases_ar": aliases,
                    "kind": kind,
                    "country": iso,
                    "wikidata": None,
                    "label": "ORG",
                }
            )

        add(
            "government",
            "Government",
            "government",
            [f"الحكومة {f}" for f in fs]
            + [f"السلطات {f}" for f in fs]
            + [f"النظام {m}" for m in ms]
            + [f"حكومة {n}" for n in bare]
            + [f"نظام {n}" for n in bare]
            + [f"الإدارة {f}" for f in fs],
        )
        add(
            "military",
            "Armed forces",
            "military",
            [f"الجيش {m}" for m in ms]
            + [f"القوات {f}" for f in fs]
            + [f"القوات المسلحة {f}" for f in fs]
            + [f"جيش {n}" for n in bare]
            + [f"القوات الجوية {f}" for f in fs],
        )
        add(  # ACLED's "Police Forces of X": police and internal security forces
            "police",
            "Police forces",
            "police",
            [f"الشرطة {f}" for f in fs]
            + [f"قوات الأمن {f}" for f in fs]
            + [f"قوات الشرطة {f}" for f in fs]
            + [f"الأمن {m}" for m in ms]
            + [f"شرطة {n}" for n in bare],
        )
        add(
            "foreign-ministry",
            "Ministry of Foreign Affairs",
            "office",
            [f"وزارة الخارجية {f}" for f in fs] + [f"الخارجية {f}" for f in fs] + [f"وزارة خارجية {n}" for n in bare],
        )
        add(
            "defence-ministry",
            "Ministry of Defence",
            "office",
            [f"وزارة الدفاع {f}" for f in fs] + [f"الدفاع {f}" for f in fs] + [f"وزارة دفاع {n}" for n in bare],
        )
        add(
            "health-ministry",
            "Ministry of Health",
            "office",
            [f"وزارة الصحة {f}" for f in fs] + [f"الصحة {f}" for f in fs] + [f"وزارة صحة {n}" for n in bare],
        )
        add(
            "interior-ministry",
            "Ministry of Interior",
            "office",
            [f"وزارة الداخلية {f}" for f in fs] + [f"الداخلية {f}" for f in fs] + [f"وزارة داخلية {n}" for n in bare],
        )
    return out


# id | name_en | kind | country | label | wikidata | aliases (; separated)
HAND = """
united-nations | United Nations | igo | - | ORG | Q1065 | الأمم المتحدة; منظمة الأمم المتحدة; هيئة الأمم المتحدة; الأمم المتحدة
un-security-council | United Nations Security Council | igo | - | ORG | Q37470 | مجلس الأمن; مجلس الأمن الدولي; مجلس الأمن التابع للأمم المتحدة
un-general-assembly | United Nations General Assembly | igo | - | ORG | Q47423 | الجمعية العامة للأمم المتحدة; الجمعية العامة
un-secretary-general | UN Secretary-General | office | - | ORG | - | الأمين العام للأمم المتحدة
unhcr | UNHCR | igo | - | ORG | - | المفوضية السامية للأمم المتحدة لشؤون اللاجئين; مفوضية اللاجئين; مفوضية الأمم المتحدة لشؤون اللاجئين; المفوضية السامية لشؤون اللاجئين
unicef | UNICEF | igo | - | ORG | Q740308 | اليونيسيف; يونيسيف; منظمة الأمم المتحدة للطفولة; اليونيسف; يونيسف
who | World Health Organization | igo | - | ORG | Q7817 | منظمة الصحة العالمية
wfp | World Food Programme | igo | - | ORG | - | برنامج الأغذية العالمي
unrwa | UNRWA | igo | - | ORG | - | الأونروا; وكالة غوث وتشغيل اللاجئين الفلسطينيين; وكالة الأونروا
unhrc | UN Human Rights Council | igo | - | ORG | - | مجلس حقوق الإنسان; مجلس حقوق الإنسان التابع للأمم المتحدة; مجلس حقوق الإنسان الدولي
ocha | UN OCHA | igo | - | ORG | - | مكتب تنسيق الشؤون الإنسانية; مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية
unesco | UNESCO | igo | - | ORG | - | اليونسكو; منظمة اليونسكو
iaea | International Atomic Energy Agency | igo | - | ORG | - | الوكالة الدولية للطاقة الذرية
opcw | Organisation for the Prohibition of Chemical Weapons | igo | - | ORG | - | منظمة حظر الأسلحة الكيميائية; منظمة حظر الأسلحة الكيماوية; منظمة حظر الاسلحة الكيميائية; منظمة حظر الأسلحة الكيمياوية; حظر الأسلحة الكيميائية
icc | International Criminal Court | igo | - | ORG | - | المحكمة الجنائية الدولية
icj | International Court of Justice | igo | - | ORG | - | محكمة العدل الدولية
european-union | European Union | igo | - | ORG | Q458 | الاتحاد الأوروبي; الاتحاد الاوروبي
european-commission | European Commission | igo | - | ORG | - | المفوضية الأوروبية
european-parliament | European Parliament | igo | - | ORG | - | البرلمان الأوروبي
nato | NATO | igo | - | ORG | Q7184 | حلف شمال الأطلسي; الناتو; حلف الناتو; حلف شمال الاطلسي; الأطلسي
arab-league | Arab League | igo | - | ORG | Q7172 | جامعة الدول العربية; الجامعة العربية
gcc | Gulf Cooperation Council | igo | - | ORG | - | مجلس التعاون الخليجي; مجلس التعاون لدول الخليج العربية; مجلس التعاون لدول الخليج; مجلس التعاون; دول مجلس التعاون
oic | Organisation of Islamic Cooperation | igo | - | ORG | - | منظمة التعاون الإسلامي; منظمة المؤتمر الإسلامي
african-union | African Union | igo | - | ORG | - | الاتحاد الأفريقي; الاتحاد الإفريقي
imf | International Monetary Fund | igo | - | ORG | - | صندوق النقد الدولي
world-bank | World Bank | igo | - | ORG | - | البنك الدولي
opec | OPEC | igo | - | ORG | - | أوبك; منظمة أوبك; منظمة الدول المصدرة للنفط
g20 | G20 | igo | - | ORG | - | مجموعة العشرين
g7 | G7 | igo | - | ORG | - | مجموعة السبع; مجموعة الدول السبع
icrc | International Committee of the Red Cross | ngo | - | ORG | Q71345 | اللجنة الدولية للصليب الأحمر; الصليب الأحمر; الصليب الأحمر الدولي
red-crescent | Red Crescent | ngo | - | ORG | - | الهلال الأحمر; الهلال الأحمر السوري; الهلال الأحمر العربي السوري; الهلال الأحمر الفلسطيني
hrw | Human Rights Watch | ngo | - | ORG | - | هيومن رايتس ووتش; منظمة هيومن رايتس ووتش
amnesty | Amnesty International | ngo | - | ORG | Q42970 | منظمة العفو الدولية; العفو الدولية
msf | Médecins Sans Frontières | ngo | - | ORG | - | أطباء بلا حدود; منظمة أطباء بلا حدود
save-the-children | Save the Children | ngo | - | ORG | - | أنقذوا الأطفال; منظمة أنقذوا الأطفال; منظمة إنقاذ الطفولة; إنقاذ الطفولة
rsf | Reporters Without Borders | ngo | - | ORG | - | مراسلون بلا حدود; منظمة مراسلون بلا حدود
oxfam | Oxfam | ngo | - | ORG | - | أوكسفام; منظمة أوكسفام
snhr | Syrian Network for Human Rights | ngo | SY | ORG | - | الشبكة السورية لحقوق الإنسان
white-helmets | White Helmets (Syria Civil Defence) | ngo | SY | ORG | - | الخوذ البيضاء; الدفاع المدني السوري; منظمة الخوذ البيضاء
sohr | Syrian Observatory for Human Rights | ngo | SY | ORG | - | المرصد السوري لحقوق الإنسان; المرصد السوري; المرصد السوري لحقوق الانسان; المرصد
ksrelief | King Salman Humanitarian Aid and Relief Centre | ngo | SA | ORG | - | مركز الملك سلمان للإغاثة والأعمال الإنسانية; مركز الملك سلمان للإغاثة; مركز الملك سلمان
sams | Syrian American Medical Society | ngo | SY | ORG | - | الجمعية الطبية السورية الأمريكية; الجمعية الطبية السورية الأميركية
isis | Islamic State | armed_group | - | ORG | Q2429253 | داعش; تنظيم داعش; تنظيم الدولة; تنظيم الدولة الإسلامية; الدولة الإسلامية; الدولة الإسلامية في العراق والشام; تنظيم الدولة الإسلامية في العراق والشام; دولة الخلافة
syrian-democratic-forces | Syrian Democratic Forces | armed_group | SY | ORG | - | قوات سوريا الديمقراطية; قوات سوريا الديموقراطية; قسد; قوات سورية الديمقراطية
ypg | People's Protection Units (YPG) | armed_group | SY | ORG | - | وحدات حماية الشعب; وحدات حماية الشعب الكردية; الوحدات الكردية
pyd | Democratic Union Party (PYD) | party | SY | ORG | - | حزب الاتحاد الديمقراطي; حزب الاتحاد الديمقراطي الكردي
pkk | Kurdistan Workers' Party | armed_group | TR | ORG | - | حزب العمال الكردستاني; بي كا كا; العمال الكردستاني
hezbollah | Hezbollah | armed_group | LB | ORG | Q41053 | حزب الله; ميليشيات حزب الله; ميليشيا حزب الله; مليشيا حزب الله
houthis | Houthis (Ansar Allah) | armed_group | YE | ORG | - | الحوثيون; الحوثيين; الحوثي; جماعة الحوثي; جماعة الحوثيين; أنصار الله; جماعة أنصار الله; ميليشيات الحوثي; ميليشيا الحوثي; مليشيات الحوثي; مليشيا الحوثي; الميليشيات الحوثية; المليشيات الحوثية; المتمردين الحوثيين; المتمردون الحوثيون; ميليشيات الحوثي الإيرانية; الميليشيا الحوثية; ميليشيات الحوثي وصالح; الحوثيون المتمردون
saleh-forces | Forces loyal to Ali Abdullah Saleh | armed_group | YE | ORG | - | قوات صالح; قوات المخلوع صالح; قوات الرئيس المخلوع; ميليشيات صالح; قوات الحرس الجمهوري
yemen-popular-resistance | Popular Resistance (Yemen) | armed_group | YE | ORG | - | المقاومة الشعبية; المقاومة الشعبية اليمنية; رجال المقاومة الشعبية; قوات المقاومة الشعبية; قوات المقاومة
hamas | Hamas | armed_group | PS | ORG | Q38799 | حماس; حركة حماس; حركة المقاومة الإسلامية; كتائب القسام; كتائب عز الدين القسام
islamic-jihad | Palestinian Islamic Jihad | armed_group | PS | ORG | - | حركة الجهاد الإسلامي; الجهاد الإسلامي; سرايا القدس
fatah | Fatah | party | PS | ORG | - | حركة فتح; فتح
plo | Palestine Liberation Organization | igo | PS | ORG | - | منظمة التحرير الفلسطينية; منظمة التحرير
palestinian-authority | Palestinian Authority | government | PS | ORG | - | السلطة الفلسطينية; السلطة الوطنية الفلسطينية
al-qaeda | Al-Qaeda | armed_group | - | ORG | Q34490 | القاعدة; تنظيم القاعدة; تنظيم القاعدة الإرهابي
aqap | Al-Qaeda in the Arabian Peninsula | armed_group | YE | ORG | - | القاعدة في جزيرة العرب; تنظيم القاعدة في جزيرة العرب; أنصار الشريعة; جماعة أنصار الشريعة
al-nusra | Al-Nusra Front / Jabhat Fateh al-Sham | armed_group | SY | ORG | - | جبهة النصرة; النصرة; جبهة فتح الشام
hts | Hay'at Tahrir al-Sham | armed_group | SY | ORG | - | هيئة تحرير الشام; تحرير الشام
jaysh-al-islam | Jaysh al-Islam | armed_group | SY | ORG | - | جيش الإسلام; فصيل جيش الإسلام
faylaq-al-rahman | Faylaq al-Rahman | armed_group | SY | ORG | - | فيلق الرحمن
ahrar-al-sham | Ahrar al-Sham | armed_group | SY | ORG | - | أحرار الشام; حركة أحرار الشام
free-syrian-army | Free Syrian Army | armed_group | SY | ORG | - | الجيش السوري الحر; الجيش الحر
syrian-opposition-coalition | National Coalition for Syrian Revolutionary and Opposition Forces | party | SY | ORG | - | الائتلاف الوطني السوري; الائتلاف السوري المعارض; الائتلاف الوطني لقوى الثورة والمعارضة السورية
syrian-negotiation-commission | Syrian Negotiation Commission | party | SY | ORG | - | الهيئة العليا للمفاوضات; هيئة التفاوض السورية; هيئة التفاوض
taliban | Taliban | armed_group | AF | ORG | Q42418 | طالبان; حركة طالبان
boko-haram | Boko Haram | armed_group | NG | ORG | - | بوكو حرام; جماعة بوكو حرام
al-shabaab | Al-Shabaab | armed_group | SO | ORG | - | حركة الشباب; حركة الشباب المجاهدين; الشباب المجاهدين
irgc | Islamic Revolutionary Guard Corps | military | IR | ORG | - | الحرس الثوري; الحرس الثوري الإيراني; الحرس الثوري الايراني; قوات الحرس الثوري
quds-force | Quds Force | military | IR | ORG | - | فيلق القدس
basij | Basij | military | IR | ORG | - | الباسيج; قوات الباسيج
pmf | Popular Mobilization Forces | armed_group | IQ | ORG | - | الحشد الشعبي; قوات الحشد الشعبي; ميليشيات الحشد الشعبي
peshmerga | Peshmerga | military | IQ | ORG | - | البيشمركة; قوات البيشمركة; البشمركة
krg | Kurdistan Regional Government | government | IQ | ORG | - | حكومة إقليم كردستان; حكومة إقليم كردستان العراق
libyan-national-army | Libyan National Army | military | LY | ORG | - | الجيش الوطني الليبي; قوات حفتر; الجيش الليبي
libya-dawn | Libya Dawn | armed_group | LY | ORG | - | فجر ليبيا; قوات فجر ليبيا; قوة فجر ليبيا; ميليشيات فجر ليبيا
muslim-brotherhood | Muslim Brotherhood | party | - | ORG | - | الإخوان المسلمين; الإخوان المسلمون; جماعة الإخوان; جماعة الإخوان المسلمين; الإخوان
saudi-led-coalition | Saudi-led coalition in Yemen | military | SA | ORG | - | التحالف العربي; تحالف دعم الشرعية; تحالف دعم الشرعية في اليمن; التحالف العربي بقيادة السعودية; قوات التحالف العربي; التحالف بقيادة السعودية; طيران التحالف العربي; مقاتلات التحالف العربي; التحالف الذي تقوده السعودية; تحالف عاصفة الحزم
us-led-coalition | US-led coalition against ISIS | military | US | ORG | - | التحالف الدولي; التحالف الدولي ضد داعش; التحالف الدولي لمحاربة داعش; التحالف الدولي بقيادة الولايات المتحدة; التحالف الدولي ضد تنظيم الدولة; التحالف الذي تقوده الولايات المتحدة
islamic-military-coalition | Islamic Military Counter Terrorism Coalition | military | SA | ORG | - | التحالف الإسلامي; التحالف الإسلامي العسكري; التحالف الإسلامي العسكري لمحاربة الإرهاب
centcom | US Central Command | military | US | ORG | - | القيادة الأمريكية الوسطى; القيادة المركزية الأمريكية; القيادة المركزية الأميركية; القيادة الأميركية الوسطى; القيادة الوسطى الأمريكية; القيادة الوسطى الأميركية; القيادة المركزية للجيش الأمريكي; سنتكوم
pentagon | The Pentagon (US Department of Defense) | office | US | ORG | - | البنتاغون; البنتاجون; وزارة الدفاع الأمريكية; وزارة الدفاع الأميركية
us-state-department | US Department of State | office | US | ORG | - | وزارة الخارجية الأمريكية; وزارة الخارجية الأميركية; الخارجية الأمريكية; الخارجية الأميركية
us-treasury | US Department of the Treasury | office | US | ORG | - | وزارة الخزانة الأمريكية; وزارة الخزانة الأميركية; الخزانة الأمريكية; الخزانة الأميركية
us-justice-department | US Department of Justice | office | US | ORG | - | وزارة العدل الأمريكية; وزارة العدل الأميركية
white-house | White House | office | US | LOC | - | البيت الأبيض
us-congress | United States Congress | government | US | ORG | - | الكونغرس; الكونغرس الأمريكي; الكونغرس الأميركي; الكونجرس; الكونجرس الأمريكي
us-senate | United States Senate | government | US | ORG | - | مجلس الشيوخ الأمريكي; مجلس الشيوخ الأميركي; مجلس الشيوخ
us-house | United States House of Representatives | government | US | ORG | - | مجلس النواب الأمريكي; مجلس النواب الأميركي
cia | Central Intelligence Agency | office | US | ORG | - | وكالة المخابرات المركزية; وكالة المخابرات المركزية الأمريكية; سي آي إيه; المخابرات المركزية الأمريكية; وكالة الاستخبارات المركزية; وكالة الاستخبارات المركزية الأمريكية; الاستخبارات المركزية الأمريكية
fbi | Federal Bureau of Investigation | office | US | ORG | - | مكتب التحقيقات الفيدرالي; مكتب التحقيقات الاتحادي; إف بي آي
us-republican-party | Republican Party (US) | party | US | ORG | - | الحزب الجمهوري; الجمهوريين
us-democratic-party | Democratic Party (US) | party | US | ORG | - | الحزب الديمقراطي الأمريكي; الحزب الديمقراطي
kremlin | Kremlin (Russian Presidency) | office | RU | ORG | - | الكرملين
russian-duma | State Duma | government | RU | ORG | - | مجلس الدوما; الدوما الروسي
elysee | Élysée Palace (French Presidency) | office | FR | ORG | - | الإليزيه; قصر الإليزيه; الرئاسة الفرنسية
downing-street | UK Prime Minister's Office | office | GB | ORG | - | داونينغ ستريت; مكتب رئيسة الوزراء البريطانية
uk-parliament | UK Parliament | government | GB | ORG | - | البرلمان البريطاني; مجلس العموم; مجلس العموم البريطاني
scotland-yard | Metropolitan Police | office | GB | ORG | - | سكوتلاند يارد; الشرطة البريطانية; شرطة لندن
uk-labour | Labour Party (UK) | party | GB | ORG | - | حزب العمال البريطاني
uk-conservative | Conservative Party (UK) | party | GB | ORG | - | حزب المحافظين; حزب المحافظين البريطاني
knesset | Knesset | government | IL | ORG | - | الكنيست; الكنيست الإسرائيلي
israel-military | Israel Defense Forces | military | IL | ORG | - | الجيش الإسرائيلي; جيش الاحتلال; جيش الاحتلال الإسرائيلي; قوات الاحتلال; قوات الاحتلال الإسرائيلي; جيش الدفاع الإسرائيلي; القوات الإسرائيلية; الجيش الاسرائيلي
israel-civil-administration | Israeli Civil Administration | government | IL | ORG | - | الإدارة المدنية الإسرائيلية; الإدارة المدنية
likud | Likud | party | IL | ORG | - | الليكود; حزب الليكود
jewish-home | The Jewish Home | party | IL | ORG | - | البيت اليهودي; حزب البيت اليهودي
shin-bet | Shin Bet | office | IL | ORG | - | الشاباك; جهاز الشاباك; جهاز الأمن العام الإسرائيلي
mossad | Mossad | office | IL | ORG | - | الموساد
saudi-royal-court | Saudi Royal Court | office | SA | ORG | - | الديوان الملكي; الديوان الملكي السعودي
saudi-council-of-ministers | Saudi Council of Ministers | government | SA | ORG | - | مجلس الوزراء السعودي
saudi-shura | Shura Council (Saudi Arabia) | government | SA | ORG | - | مجلس الشورى; مجلس الشورى السعودي
saudi-senior-scholars | Council of Senior Scholars | office | SA | ORG | - | هيئة كبار العلماء
yemen-government | Internationally recognised government of Yemen | government | YE | ORG | - | الحكومة الشرعية; الشرعية اليمنية; الحكومة اليمنية الشرعية; قوات الشرعية; الجيش الوطني اليمني; الحكومة المعترف بها دوليا; قوات هادي; القوات الموالية لهادي; قوات دعم الشرعية
syria-government | Syrian government (Assad) | government | SY | ORG | - | نظام الأسد; نظام بشار الأسد; قوات النظام; قوات النظام السوري; قوات الأسد; النظام السوري; الحكومة السورية; جيش النظام
syria-opposition | Syrian armed opposition | armed_group | SY | ORG | - | المعارضة السورية المسلحة; الفصائل المعارضة; فصائل المعارضة; المعارضة المسلحة; المعارضة السورية
iran-parliament | Islamic Consultative Assembly | government | IR | ORG | - | مجلس الشورى الإيراني; البرلمان الإيراني; مجلس الشورى الإسلامي
iraq-parliament | Council of Representatives of Iraq | government | IQ | ORG | - | البرلمان العراقي; مجلس النواب العراقي
lebanon-parliament | Parliament of Lebanon | government | LB | ORG | - | البرلمان اللبناني; مجلس النواب اللبناني
libya-house-of-representatives | House of Representatives (Libya) | government | LY | ORG | - | مجلس النواب الليبي; البرلمان الليبي
libya-gna | Government of National Accord (Libya) | government | LY | ORG | - | حكومة الوفاق; حكومة الوفاق الوطني; المجلس الرئاسي الليبي
libya-ntc | National Transitional Council (Libya) | government | LY | ORG | - | المجلس الانتقالي; المجلس الوطني الانتقالي
egypt-parliament | House of Representatives (Egypt) | government | EG | ORG | - | البرلمان المصري; مجلس النواب المصري
turkey-parliament | Grand National Assembly of Turkey | government | TR | ORG | - | البرلمان التركي
akp | Justice and Development Party (Turkey) | party | TR | ORG | - | حزب العدالة والتنمية; العدالة والتنمية; حزب العدالة والتنمية التركي
hdp | Peoples' Democratic Party (Turkey) | party | TR | ORG | - | حزب الشعوب الديمقراطي
chp | Republican People's Party (Turkey) | party | TR | ORG | - | حزب الشعب الجمهوري
gulen-movement | Gülen movement | armed_group | TR | ORG | - | جماعة غولن; حركة غولن; منظمة فتح الله غولن
baath | Ba'ath Party | party | SY | ORG | - | حزب البعث; حزب البعث العربي الاشتراكي
amal | Amal Movement | party | LB | ORG | - | حركة أمل
future-movement | Future Movement | party | LB | ORG | - | تيار المستقبل
free-patriotic-movement | Free Patriotic Movement | party | LB | ORG | - | التيار الوطني الحر
lebanese-forces-party | Lebanese Forces (party) | party | LB | ORG | - | حزب القوات اللبنانية
islah | Al-Islah (Yemen) | party | YE | ORG | - | حزب الإصلاح; التجمع اليمني للإصلاح
gpc | General People's Congress (Yemen) | party | YE | ORG | - | المؤتمر الشعبي العام; حزب المؤتمر الشعبي العام; حزب المؤتمر
southern-movement | Southern Movement (Yemen) | party | YE | ORG | - | الحراك الجنوبي; الحراك الجنوبي اليمني
ennahda | Ennahda | party | TN | ORG | - | حركة النهضة; حزب النهضة
kdp | Kurdistan Democratic Party | party | IQ | ORG | - | الحزب الديمقراطي الكردستاني
puk | Patriotic Union of Kurdistan | party | IQ | ORG | - | الاتحاد الوطني الكردستاني
afp | Agence France-Presse | media | FR | ORG | Q40464 | فرانس برس; وكالة فرانس برس; وكالة الصحافة الفرنسية; أ ف ب; الفرنسية للأنباء
reuters | Reuters | media | GB | ORG | Q130879 | رويترز; وكالة رويترز; وكالة رويترز للأنباء
ap | Associated Press | media | US | ORG | Q40469 | أسوشيتد برس; أسوشيتيد برس; وكالة أسوشيتد برس; أسوشيتدبرس; الأسوشيتد برس
spa | Saudi Press Agency | media | SA | ORG | - | واس; وكالة الأنباء السعودية; وكالة الأنباء السعودية واس
sana | Syrian Arab News Agency | media | SY | ORG | - | سانا; وكالة سانا; وكالة الأنباء السورية; الوكالة العربية السورية للأنباء
wam | Emirates News Agency | media | AE | ORG | - | وام; وكالة أنباء الإمارات; وكالة الأنباء الإماراتية
kuna | Kuwait News Agency | media | KW | ORG | - | كونا; وكالة الأنباء الكويتية
qna | Qatar News Agency | media | QA | ORG | - | قنا; وكالة الأنباء القطرية
mena | Middle East News Agency | media | EG | ORG | - | وكالة أنباء الشرق الأوسط
irna | Islamic Republic News Agency | media | IR | ORG | - | إرنا; ارنا; وكالة الأنباء الإيرانية; وكالة إرنا
fars | Fars News Agency | media | IR | ORG | - | وكالة فارس; وكالة أنباء فارس
tasnim | Tasnim News Agency | media | IR | ORG | - | وكالة تسنيم; تسنيم
tass | TASS | media | RU | ORG | - | تاس; وكالة تاس; وكالة تاس الروسية
ria-novosti | RIA Novosti | media | RU | ORG | - | ريا نوفوستي; وكالة ريا نوفوستي; نوفوستي
sputnik | Sputnik | media | RU | ORG | - | سبوتنيك; وكالة سبوتنيك
interfax | Interfax | media | RU | ORG | - | إنترفاكس; انترفاكس; وكالة إنترفاكس
anadolu | Anadolu Agency | media | TR | ORG | - | الأناضول; وكالة الأناضول; وكالة الأناضول للأنباء
saba | Saba News Agency | media | YE | ORG | - | سبأ; وكالة سبأ; وكالة الأنباء اليمنية; وكالة الأنباء اليمنية سبأ
petra | Petra News Agency | media | JO | ORG | - | بترا; وكالة بترا; وكالة الأنباء الأردنية
xinhua | Xinhua | media | CN | ORG | - | شينخوا; وكالة شينخوا; وكالة أنباء شينخوا
dpa | Deutsche Presse-Agentur | media | DE | ORG | - | الوكالة الألمانية; وكالة الأنباء الألمانية
kcna | Korean Central News Agency | media | KP | ORG | - | وكالة الأنباء المركزية الكورية
bbc | BBC | media | GB | ORG | Q9531 | بي بي سي; هيئة الإذاعة البريطانية; بي بي سي عربي; BBC
cnn | CNN | media | US | ORG | Q48340 | سي إن إن; CNN; شبكة سي إن إن; سي ان ان
sky-news-arabia | Sky News Arabia | media | AE | ORG | - | سكاي نيوز عربية; سكاي نيوز
france24 | France 24 | media | FR | ORG | - | فرانس 24; فرانس24
al-arabiya | Al Arabiya | media | AE | ORG | - | قناة العربية; العربية نت; قناة العربية الإخبارية
al-jazeera | Al Jazeera | media | QA | ORG | - | قناة الجزيرة; الجزيرة نت; شبكة الجزيرة
al-mayadeen | Al Mayadeen | media | LB | ORG | - | الميادين; قناة الميادين
al-manar | Al-Manar | media | LB | ORG | - | المنار; قناة المنار
rt | RT (Russia Today) | media | RU | ORG | - | روسيا اليوم; قناة روسيا اليوم; آر تي
syrian-tv | Syrian state television | media | SY | ORG | - | التلفزيون السوري; التلفزيون الرسمي السوري
al-hayat | Al-Hayat | media | - | ORG | - | صحيفة الحياة; الحياة اللندنية
asharq-al-awsat | Asharq Al-Awsat | media | SA | ORG | - | صحيفة الشرق الأوسط
okaz | Okaz | media | SA | ORG | - | عكاظ; صحيفة عكاظ
al-riyadh | Al Riyadh (newspaper) | media | SA | ORG | - | صحيفة الرياض; جريدة الرياض
al-watan | Al-Watan (Saudi newspaper) | media | SA | ORG | - | صحيفة الوطن
sabq | Sabq | media | SA | ORG | - | سبق; صحيفة سبق
al-weeam | Al-Weeam | media | SA | ORG | - | الوئام; صحيفة الوئام
al-yaum | Al-Yaum | media | SA | ORG | - | صحيفة اليوم
ain-alyoum | Ain Alyoum | media | SA | ORG | - | عين اليوم; صحيفة عين اليوم
al-madina | Al-Madina (newspaper) | media | SA | ORG | - | صحيفة المدينة
al-eqtisadiya | Al-Eqtisadiya | media | SA | ORG | - | صحيفة الاقتصادية; الاقتصادية
al-jazirah-newspaper | Al-Jazirah (newspaper) | media | SA | ORG | - | صحيفة الجزيرة
nyt | The New York Times | media | US | ORG | - | نيويورك تايمز; صحيفة نيويورك تايمز
washington-post | The Washington Post | media | US | ORG | - | واشنطن بوست; صحيفة واشنطن بوست
wsj | The Wall Street Journal | media | US | ORG | - | وول ستريت جورنال; صحيفة وول ستريت جورنال
guardian | The Guardian | media | GB | ORG | - | الغارديان; الجارديان; صحيفة الغارديان
the-times | The Times | media | GB | ORG | - | التايمز; صحيفة التايمز
independent | The Independent | media | GB | ORG | - | الإندبندنت; الاندبندنت; صحيفة الإندبندنت
telegraph | The Daily Telegraph | media | GB | ORG | - | ديلي تلغراف; التلغراف; صحيفة ديلي تلغراف; ديلي تليغراف
le-monde | Le Monde | media | FR | ORG | - | لوموند; صحيفة لوموند
haaretz | Haaretz | media | IL | ORG | - | هآرتس; صحيفة هآرتس
yedioth | Yedioth Ahronoth | media | IL | ORG | - | يديعوت أحرونوت; يديعوت أحرونوت الإسرائيلية
fox-news | Fox News | media | US | ORG | - | فوكس نيوز; قناة فوكس نيوز
nbc | NBC News | media | US | ORG | - | إن بي سي; شبكة إن بي سي
cbs | CBS News | media | US | ORG | - | سي بي إس; شبكة سي بي إس
abc | ABC News | media | US | ORG | - | إيه بي سي; شبكة إيه بي سي
twitter | Twitter | company | US | ORG | - | تويتر; موقع تويتر
facebook | Facebook | company | US | ORG | - | فيسبوك; فيس بوك; موقع فيسبوك
youtube | YouTube | company | US | ORG | - | يوتيوب; موقع يوتيوب
aramco | Saudi Aramco | company | SA | ORG | - | أرامكو; أرامكو السعودية; شركة أرامكو
gazprom | Gazprom | company | RU | ORG | - | غازبروم
donald-trump | Donald Trump | person | US | PER | Q22686 | دونالد ترامب; ترامب; دونالد ترمب; ترمب; الرئيس ترامب
barack-obama | Barack Obama | person | US | PER | Q76 | باراك أوباما; أوباما; باراك اوباما; اوباما
vladimir-putin | Vladimir Putin | person | RU | PER | Q7747 | فلاديمير بوتين; بوتين; فلاديمير بوتن; بوتن
bashar-al-assad | Bashar al-Assad | person | SY | PER | Q44329 | بشار الأسد; الأسد; بشار; الرئيس الأسد; بشار الاسد
emmanuel-macron | Emmanuel Macron | person | FR | PER | Q3052772 | إيمانويل ماكرون; ماكرون; ايمانويل ماكرون
theresa-may | Theresa May | person | GB | PER | Q264766 | تيريزا ماي; تيريزا ماي
recep-tayyip-erdogan | Recep Tayyip Erdoğan | person | TR | PER | Q39259 | رجب طيب أردوغان; أردوغان; طيب أردوغان; رجب طيب اردوغان; اردوغان
benjamin-netanyahu | Benjamin Netanyahu | person | IL | PER | Q43723 | بنيامين نتنياهو; نتنياهو
ali-khamenei | Ali Khamenei | person | IR | PER | Q57336 | علي خامنئي; خامنئي; آية الله علي خامنئي; المرشد الإيراني علي خامنئي
hassan-rouhani | Hassan Rouhani | person | IR | PER | - | حسن روحاني; روحاني
javad-zarif | Mohammad Javad Zarif | person | IR | PER | - | محمد جواد ظريف; جواد ظريف; ظريف
qasem-soleimani | Qasem Soleimani | person | IR | PER | - | قاسم سليماني; سليماني
mohammed-bin-salman | Mohammed bin Salman | person | SA | PER | - | محمد بن سلمان; الأمير محمد بن سلمان; محمد بن سلمان بن عبدالعزيز; ولي العهد السعودي الأمير محمد بن سلمان
king-salman | King Salman bin Abdulaziz | person | SA | PER | - | سلمان بن عبدالعزيز; الملك سلمان; الملك سلمان بن عبدالعزيز; سلمان بن عبد العزيز; خادم الحرمين الشريفين; الملك سلمان بن عبدالعزيز آل سعود
mohammed-bin-nayef | Mohammed bin Nayef | person | SA | PER | - | محمد بن نايف; الأمير محمد بن نايف; محمد بن نايف بن عبدالعزيز
adel-al-jubeir | Adel al-Jubeir | person | SA | PER | - | عادل الجبير; الجبير
turki-al-maliki | Turki al-Maliki | person | SA | PER | - | تركي المالكي; العقيد الركن تركي المالكي; العقيد تركي المالكي
ahmed-asiri | Ahmed Asiri | person | SA | PER | - | أحمد عسيري; العميد أحمد عسيري; عسيري
mohammed-bin-zayed | Mohammed bin Zayed | person | AE | PER | - | محمد بن زايد; الشيخ محمد بن زايد; محمد بن زايد آل نهيان
mohammed-bin-rashid | Mohammed bin Rashid Al Maktoum | person | AE | PER | - | محمد بن راشد; الشيخ محمد بن راشد; محمد بن راشد آل مكتوم
tamim-bin-hamad | Tamim bin Hamad Al Thani | person | QA | PER | - | تميم بن حمد; الشيخ تميم بن حمد; تميم بن حمد آل ثاني; أمير قطر الشيخ تميم
abdullah-ii | Abdullah II of Jordan | person | JO | PER | - | الملك عبدالله الثاني; عبدالله الثاني; الملك عبد الله الثاني
abdel-fattah-el-sisi | Abdel Fattah el-Sisi | person | EG | PER | - | عبد الفتاح السيسي; عبدالفتاح السيسي; السيسي
sameh-shoukry | Sameh Shoukry | person | EG | PER | - | سامح شكري; شكري
sergey-lavrov | Sergey Lavrov | person | RU | PER | - | سيرغي لافروف; لافروف; سيرجي لافروف
sergei-skripal | Sergei Skripal | person | RU | PER | - | سيرغي سكريبال; سكريبال; سيرجي سكريبال
yulia-skripal | Yulia Skripal | person | RU | PER | - | يوليا سكريبال; يوليا
john-kerry | John Kerry | person | US | PER | - | جون كيري; كيري
nikki-haley | Nikki Haley | person | US | PER | - | نيكي هايلي; هايلي
james-mattis | James Mattis | person | US | PER | - | جيمس ماتيس; ماتيس
mike-pompeo | Mike Pompeo | person | US | PER | - | مايك بومبيو; بومبيو
rex-tillerson | Rex Tillerson | person | US | PER | - | ريكس تيلرسون; تيلرسون
john-bolton | John Bolton | person | US | PER | - | جون بولتون; بولتون
heather-nauert | Heather Nauert | person | US | PER | - | هيذر نويرت; نويرت; هيذر ناورت
james-comey | James Comey | person | US | PER | - | جيمس كومي; كومي
robert-mueller | Robert Mueller | person | US | PER | - | روبرت مولر; مولر
mike-pence | Mike Pence | person | US | PER | - | مايك بنس; بنس
jeff-sessions | Jeff Sessions | person | US | PER | - | جيف سيشنز; سيشنز
sarah-sanders | Sarah Sanders | person | US | PER | - | سارة ساندرز; ساندرز; سارة هاكابي ساندرز
hillary-clinton | Hillary Clinton | person | US | PER | - | هيلاري كلينتون; كلينتون
kim-jong-un | Kim Jong-un | person | KP | PER | Q56226 | كيم جونغ أون; كيم جونغ اون; كيم
moon-jae-in | Moon Jae-in | person | KR | PER | - | مون جاي إن; مون جيه إن
xi-jinping | Xi Jinping | person | CN | PER | Q15031 | شي جين بينغ; شي جينبينغ
angela-merkel | Angela Merkel | person | DE | PER | Q567 | أنغيلا ميركل; ميركل; انجيلا ميركل; أنجيلا ميركل
boris-johnson | Boris Johnson | person | GB | PER | - | بوريس جونسون; جونسون
jeremy-corbyn | Jeremy Corbyn | person | GB | PER | - | جيريمي كوربين; كوربين
antonio-guterres | António Guterres | person | PT | PER | Q311440 | أنطونيو غوتيريس; غوتيريس; أنطونيو جوتيريش; جوتيريش
staffan-de-mistura | Staffan de Mistura | person | - | PER | - | ستافان دي ميستورا; دي ميستورا
ban-ki-moon | Ban Ki-moon | person | KR | PER | - | بان كي مون
ismail-ould-cheikh-ahmed | Ismail Ould Cheikh Ahmed | person | MR | PER | - | إسماعيل ولد الشيخ أحمد; ولد الشيخ أحمد; ولد الشيخ
abdrabbuh-mansur-hadi | Abdrabbuh Mansur Hadi | person | YE | PER | - | عبدربه منصور هادي; عبد ربه منصور هادي; منصور هادي; هادي; الرئيس هادي; الرئيس عبدربه منصور هادي
ali-abdullah-saleh | Ali Abdullah Saleh | person | YE | PER | - | علي عبدالله صالح; علي عبد الله صالح; المخلوع صالح; المخلوع علي عبدالله صالح; عبدالله صالح; عبد الله صالح; الرئيس المخلوع علي عبدالله صالح
abdul-malik-al-houthi | Abdul-Malik al-Houthi | person | YE | PER | - | عبدالملك الحوثي; عبد الملك الحوثي
khaled-bahah | Khaled Bahah | person | YE | PER | - | خالد بحاح; بحاح
hassan-nasrallah | Hassan Nasrallah | person | LB | PER | - | حسن نصر الله; حسن نصرالله; نصر الله; نصرالله
michel-aoun | Michel Aoun | person | LB | PER | - | ميشال عون; ميشيل عون; عون
saad-hariri | Saad Hariri | person | LB | PER | - | سعد الحريري; الحريري
mahmoud-abbas | Mahmoud Abbas | person | PS | PER | - | محمود عباس; أبو مازن; الرئيس عباس; عباس
ismail-haniyeh | Ismail Haniyeh | person | PS | PER | - | إسماعيل هنية; هنية
khaled-meshaal | Khaled Meshaal | person | PS | PER | - | خالد مشعل; مشعل
haider-al-abadi | Haider al-Abadi | person | IQ | PER | - | حيدر العبادي; العبادي
nouri-al-maliki | Nouri al-Maliki | person | IQ | PER | - | نوري المالكي
masoud-barzani | Masoud Barzani | person | IQ | PER | - | مسعود بارزاني; مسعود البارزاني; بارزاني
khalifa-haftar | Khalifa Haftar | person | LY | PER | - | خليفة حفتر; حفتر; المشير خليفة حفتر
fayez-al-sarraj | Fayez al-Sarraj | person | LY | PER | - | فايز السراج; السراج
abu-bakr-al-baghdadi | Abu Bakr al-Baghdadi | person | IQ | PER | - | أبو بكر البغدادي; البغدادي
osama-bin-laden | Osama bin Laden | person | SA | PER | - | أسامة بن لادن; بن لادن
ayman-al-zawahiri | Ayman al-Zawahiri | person | EG | PER | - | أيمن الظواهري; الظواهري
abdullah-ocalan | Abdullah Öcalan | person | TR | PER | - | عبد الله أوجلان; عبدالله أوجلان; أوجلان
fethullah-gulen | Fethullah Gülen | person | TR | PER | - | فتح الله غولن; غولن; فتح الله كولن
mevlut-cavusoglu | Mevlüt Çavuşoğlu | person | TR | PER | - | مولود جاويش أوغلو; جاويش أوغلو; مولود تشاووش أوغلو
binali-yildirim | Binali Yıldırım | person | TR | PER | - | بن علي يلدريم; يلدريم; بن علي يلدرم
walid-muallem | Walid Muallem | person | SY | PER | - | وليد المعلم; المعلم
bashar-jaafari | Bashar Jaafari | person | SY | PER | - | بشار الجعفري; الجعفري
vassily-nebenzia | Vassily Nebenzia | person | RU | PER | - | فاسيلي نيبينزيا; نيبينزيا; فاسيلي نيبنزيا
rami-abdel-rahman | Rami Abdel Rahman | person | SY | PER | - | رامي عبد الرحمن; رامي عبدالرحمن
raul-castro | Raúl Castro | person | CU | PER | - | راؤول كاسترو; راوول كاسترو
fidel-castro | Fidel Castro | person | CU | PER | - | فيدل كاسترو
miguel-diaz-canel | Miguel Díaz-Canel | person | CU | PER | - | ميغيل دياز كانيل; دياز كانيل
lula-da-silva | Luiz Inácio Lula da Silva | person | BR | PER | - | لولا دا سيلفا; لويس إيناسيو لولا دا سيلفا; لولا
jean-yves-le-drian | Jean-Yves Le Drian | person | FR | PER | - | جان إيف لودريان; لودريان; جان إيف لو دريان
florence-parly | Florence Parly | person | FR | PER | - | فلورنس بارلي; بارلي
gavin-williamson | Gavin Williamson | person | GB | PER | - | غافين وليامسون; جافين وليامسون
ahmed-aboul-gheit | Ahmed Aboul Gheit | person | EG | PER | - | أحمد أبو الغيط; أبو الغيط
federica-mogherini | Federica Mogherini | person | IT | PER | - | فيديريكا موغيريني; موغيريني
justin-trudeau | Justin Trudeau | person | CA | PER | - | جاستن ترودو; ترودو
mariano-rajoy | Mariano Rajoy | person | ES | PER | - | ماريانو راخوي; مارينو راخوي; راخوي
hamad-bin-isa | Hamad bin Isa Al Khalifa | person | BH | PER | - | حمد بن عيسى; الملك حمد بن عيسى آل خليفة; الملك حمد بن عيسى
sabah-al-ahmad | Sabah Al-Ahmad Al-Jaber Al-Sabah | person | KW | PER | - | الشيخ صباح الأحمد; صباح الأحمد الجابر الصباح; صباح الأحمد
abdelaziz-bouteflika | Abdelaziz Bouteflika | person | DZ | PER | - | عبد العزيز بوتفليقة; بوتفليقة
beji-caid-essebsi | Beji Caid Essebsi | person | TN | PER | - | الباجي قائد السبسي; السبسي
mohammed-vi | Mohammed VI of Morocco | person | MA | PER | - | الملك محمد السادس; محمد السادس
omar-al-bashir | Omar al-Bashir | person | SD | PER | - | عمر البشير; البشير; عمر حسن البشير
ayatollah-khomeini | Ruhollah Khomeini | person | IR | PER | - | الخميني; آية الله الخميني
mohammad-bin-abdulrahman | Mohammed bin Abdulrahman Al Thani | person | QA | PER | - | محمد بن عبدالرحمن آل ثاني
ilham-aliyev | Ilham Aliyev | person | AZ | PER | - | إلهام علييف
narendra-modi | Narendra Modi | person | IN | PER | - | ناريندرا مودي; مودي
shinzo-abe | Shinzo Abe | person | JP | PER | - | شينزو آبي; آبي
avigdor-lieberman | Avigdor Lieberman | person | IL | PER | - | أفيغدور ليبرمان; ليبرمان
naftali-bennett | Naftali Bennett | person | IL | PER | - | نفتالي بينيت; نفتالي بينت; بينيت
ayelet-shaked | Ayelet Shaked | person | IL | PER | - | أييلت شاكيد; اييلت شكيد; شاكيد
saudi-special-emergency-forces | Special Emergency Forces (Saudi Arabia) | military | SA | ORG | - | قوات الطوارئ الخاصة; قوات الطوارئ
jaysh-al-fatah | Jaysh al-Fatah | armed_group | SY | ORG | - | جيش الفتح
suna | Sudan News Agency | media | SD | ORG | - | وكالة السودان للأنباء; سونا
pope-francis | Pope Francis | person | VA | PER | - | البابا فرنسيس; البابا فرانسيس; بابا الفاتيكان
saud-al-faisal | Saud al-Faisal | person | SA | PER | - | سعود الفيصل; الأمير سعود الفيصل
fatou-bensouda | Fatou Bensouda | person | GM | PER | - | فاتو بنسودا; بنسودا
khalid-bin-ahmed-al-khalifa | Khalid bin Ahmed Al Khalifa | person | BH | PER | - | خالد بن أحمد آل خليفة; الشيخ خالد بن أحمد; خالد بن أحمد
george-w-bush | George W. Bush | person | US | PER | - | جورج بوش; جورج دبليو بوش; بوش
ahmet-davutoglu | Ahmet Davutoğlu | person | TR | PER | - | أحمد داود أوغلو; داود أوغلو
abdullah-bin-zayed | Abdullah bin Zayed Al Nahyan | person | AE | PER | - | عبدالله بن زايد; الشيخ عبدالله بن زايد; عبد الله بن زايد آل نهيان; عبدالله بن زايد آل نهيان
ashton-carter | Ashton Carter | person | US | PER | - | أشتون كارتر; آشتون كارتر
maria-zakharova | Maria Zakharova | person | RU | PER | - | ماريا زاخاروفا; زاخاروفا
khaled-al-obaidi | Khaled al-Obaidi | person | IQ | PER | - | خالد العبيدي
ibrahim-kalin | İbrahim Kalın | person | TR | PER | - | إبراهيم كالين; ابراهيم كالين
hamad-bin-jassim | Hamad bin Jassim Al Thani | person | QA | PER | - | حمد بن جاسم; الشيخ حمد بن جاسم
ahmet-uzumcu | Ahmet Üzümcü | person | TR | PER | - | أحمد أوزومجو; أوزومجو; أحمد أوزمجو; أوزمجو
operation-decisive-storm | Operation Decisive Storm | event | SA | MISC | - | عاصفة الحزم; عملية عاصفة الحزم
operation-restoring-hope | Operation Restoring Hope | event | SA | MISC | - | إعادة الأمل; عملية إعادة الأمل
operation-wrath-of-euphrates | Operation Wrath of Euphrates | event | SY | MISC | - | غضب الفرات; حملة غضب الفرات; عملية غضب الفرات
operation-euphrates-shield | Operation Euphrates Shield | event | TR | MISC | - | درع الفرات; عملية درع الفرات
operation-olive-branch | Operation Olive Branch | event | TR | MISC | - | غصن الزيتون; عملية غصن الزيتون
great-march-of-return | Great March of Return | event | PS | MISC | - | مسيرة العودة الكبرى; مسيرة العودة; مسيرات العودة
world-war-ii | World War II | event | - | MISC | - | الحرب العالمية الثانية
world-war-i | World War I | event | - | MISC | - | الحرب العالمية الأولى
cold-war | Cold War | event | - | MISC | - | الحرب الباردة
iran-nuclear-deal | Joint Comprehensive Plan of Action | event | IR | MISC | - | الاتفاق النووي; الاتفاق النووي الإيراني; خطة العمل الشاملة المشتركة
arab-summit | Arab League summit | event | - | MISC | - | القمة العربية
al-aqsa | Al-Aqsa Mosque | event | PS | LOC | - | المسجد الأقصى; الأقصى
masjid-al-haram | Masjid al-Haram | event | SA | LOC | - | المسجد الحرام
shayrat-airbase | Shayrat Airbase | office | SY | LOC | - | مطار الشعيرات; قاعدة الشعيرات; قاعدة الشعيرات الجوية
t4-airbase | Tiyas (T-4) Airbase | office | SY | LOC | - | مطار التيفور; مطار تي فور; قاعدة التيفور; مطار التيفور العسكري
hmeimim-airbase | Khmeimim Air Base | office | SY | LOC | - | قاعدة حميميم; مطار حميميم; قاعدة حميميم الجوية
al-anad-airbase | Al Anad Air Base | office | YE | LOC | - | قاعدة العند; قاعدة العند الجوية
aden-airport | Aden International Airport | office | YE | LOC | - | مطار عدن; مطار عدن الدولي
grand-renaissance-dam | Grand Ethiopian Renaissance Dam | event | ET | MISC | - | سد النهضة; سد النهضة الإثيوبي
"""


def hand_entries() -> list[dict]:
    out = []
    for line in HAND.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        aid, en, kind, cc, label, wd, aliases = parts
        al: list[str] = []
        for a in aliases.split(";"):
            a = a.strip()
            if a and a not in al and not re.search(r"[a-z]{2,}", a.replace("BBC", "").replace("CNN", "")):
                al.append(a)
        out.append(
            {
                "id": aid,
                "name_en": en,
                "aliases_ar": al,
                "kind": kind,
                "country": None if cc == "-" else cc,
                "wikidata": None if wd == "-" else wd,
                "label": label,
            }
        )
    return out


def main() -> None:
    gen = country_entries()
    hand = hand_entries()
    by_id = {e["id"]: e for e in gen}
    for e in hand:  # hand entries refine generated ones with the same id
        if e["id"] in by_id:
            g = by_id[e["id"]]
            g.update({k: v for k, v in e.items() if k != "aliases_ar"})
            g["aliases_ar"] = list(dict.fromkeys(e["aliases_ar"] + g["aliases_ar"]))
        else:
            by_id[e["id"]] = e
    entries = list(by_id.values())
    # an alias claimed by a hand entry is removed from generated ones (الحكومة السورية → syria-regime)
    hand_aliases = {a: e["id"] for e in hand for a in e["aliases_ar"]}
    for e in entries:
        e["aliases_ar"] = [a for a in e["aliases_ar"] if hand_aliases.get(a, e["id"]) == e["id"]]
    entries = [e for e in entries if e["aliases_ar"]]
    doc = {
        "version": VERSION,
        "description": "Marsad actor dictionary: canonical actors with Arabic aliases",
        "sources": "hand-written; countries from countries_states (ODbL) via the gazetteer build",
        "actors": entries,
    }
    # one actor per line: reviewable diffs of a hand-maintained file
    head = json.dumps({k: v for k, v in doc.items() if k != "actors"}, ensure_ascii=False)[:-1]
    lines = ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries)
    OUT.write_text(f'{head}, "actors": [\n{lines}\n]}}\n', encoding="utf-8")
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(entries)} actors, {sum(len(e['aliases_ar']) for e in entries)} aliases {kinds} -> {OUT}")


# Words that introduce a name in news prose: speech verbs, titles, prepositions of place.
CUES = (
    "قال قالت أعلن أعلنت أكد أكدت اتهم اتهمت حذر حذرت دعا دعت طالب طالبت ذكرت أفادت نقلت أضاف أضافت "
    "مدينة محافظة بلدة قرية منطقة ولاية الرئيس رئيس وزير الأمير الملك الشيخ زعيم باسم مستشار سفير مندوب "
    "المبعوث قائد العاصمة نظيره حكومة"
)
# Organisation heads: the head is part of the name (حزب الله, جيش الإسلام, وكالة الأنباء السورية).
ORG_HEADS = "وكالة صحيفة قناة تنظيم جماعة حركة حزب جيش مجلس منظمة هيئة ميليشيات ميليشيا مليشيات قوات"
STOP = (
    "في من إلى على عن أن إن التي الذي الذين مع بعد قبل كل هذا هذه ذلك تلك خلال حول ضد بين منذ أمس اليوم "
    "لا لم لن قد ما كما أو ثم حيث أي غير عبر دون لدى عند حتى يوم الأحد الاثنين الثلاثاء الأربعاء الخميس "
    "الجمعة السبت بأن بيان له لها أنه أنها إنه إنها فيه فيها به عنها إليه أيضا أحد بعض عدة جديد انهم "
    "الوزراء الوزير الوزارة وزارة الخارجية الدفاع الداخلية مصادر مصدر المصادر المتحدث المتحدثة متحدث "
    "مدير مسؤول مسؤولون نائب السابق الأسبق الراحل المخلوع العام الحالي الأمن الدولة الأنباء أنباء "
    "الجمهورية مكتب السلطات المجلس الحزب القوات قوات الشرطة شرطة اللجنة لجنة تقارير وسائل إعلام الإعلام "
    "البيان الوكالة الصحيفة المنظمة منظمة هيئة الهيئة المركز مركز الشركة شركة الدكتور اللواء العميد الجنرال "
    "معالي السفير المندوب عضو الناطق الرسمي شهود ناشطون سكان مراسل ممثل محامي الادعاء المحكمة محكمة إدارة "
    "الشؤون الحركة جهاز موقع معلومات قيادة القيادة الأركان أركان التنفيذي المفوضية العمل الثقافة النقل الطاقة"
)


def _is_nisba(w: str) -> bool:
    return w.startswith("ال") and w.endswith(("ي", "يه", "يين", "يون")) and len(w) >= 5


def coverage(top: int = 500) -> None:
    """Rank names that follow cue words in the news sample; report how many the linker resolves."""
    import sys
    from collections import Counter

    sys.path.insert(0, str(ROOT / "src"))
    from marsad.link.actors import ActorDictionary
    from marsad.link.places import Gazetteer
    from marsad.text.normalize import normalize

    cues = {normalize(c) for c in CUES.split()}
    heads = {normalize(c) for c in ORG_HEADS.split()}
    stop = {normalize(w) for w in STOP.split()}
    counts: Counter[str] = Counter()
    news = ROOT.parent / "shared/data/news/news_sample.jsonl.gz"
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for line in f:
            text = normalize(json.loads(line)["text"])
            for chunk in re.split(r"[^\u0621-\u064a ]+", text):
                toks = chunk.split()
                for i, t in enumerate(toks[:-1]):
                    bare = t[1:] if t[:1] in "وفل" and t[1:] in cues | heads else t
                    if bare in heads:
                        j, name = i + 1, [bare]  # the head belongs to the name
                    elif bare in cues:
                        j, name = i + 1, []
                        while j < len(toks) and (_is_nisba(toks[j]) or toks[j] in stop) and j < i + 4:
                            j += 1  # الرئيس الأمريكي السابق باراك أوباما: skip title words
                    else:
                        continue
                    for w in toks[j : j + 3]:
                        if w in stop or w in cues or (not name and _is_nisba(w)):
                            break
                        name.append(w)
                        if len(name) >= (2 if name[0] in heads else 1):
                            counts[" ".join(name)] += 1
    # keep the longest form when it carries most of a shorter form's occurrences
    ranked = []
    for cand, n in counts.most_common():
        if n < 5:
            break
        longer = [c for c in counts if c.startswith(cand + " ") and counts[c] >= 0.6 * n]
        if not longer:
            ranked.append((cand, n))
    ranked = ranked[:top]
    actors, gaz = ActorDictionary.load(), Gazetteer.load()

    def resolved(c: str) -> bool:
        toks = c.split()
        return bool(
            actors.lookup(c) or c in gaz or (len(toks) > 1 and toks[-1].startswith("ال") and " ".join(toks[:-1]) in gaz)
        )

    covered = [(c, n) for c, n in ranked if resolved(c)]
    print(
        f"top {len(ranked)} cue-introduced names: {len(covered)} resolved ({len(covered) / len(ranked):.1%}); "
        f"weighted by frequency {sum(n for _, n in covered) / sum(n for _, n in ranked):.1%}"
    )
    print("unresolved (most frequent first):")
    print(" | ".join(f"{c} {n}" for c, n in ranked if (c, n) not in covered))


if __name__ == "__main__":
    import sys

    coverage() if "--coverage" in sys.argv else main()
