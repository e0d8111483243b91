// Interface labels in Arabic (default) and English. The page direction follows the language;
// the map and charts keep dir="ltr" (they are drawn left to right), article text stays rtl.
const LABELS = {
  ar: {
    title: "مرصد", subtitle: "أحداث موثقة بالأدلة من الأخبار العربية", f_type: "النوع", all_types: "كل الأنواع",
    f_actor: "الفاعل", f_target: "المستهدف", f_place: "المكان", f_from: "من", f_to: "إلى", apply: "تطبيق",
    reset: "مسح الفلاتر", map: "خريطة الأحداث", events: "الأحداث", timeline: "الخط الزمني",
    network: "شبكة الفاعلين", prev: "السابق", next: "التالي", close: "إغلاق", lg_per: "شخص", lg_org: "منظمة",
    lg_loc: "مكان", lg_quote: "اقتباس", lg_evidence: "دليل حدث", lg_trigger: "كلمة الحدث",
    article_events: "أحداث المقال", article_quotes: "الاقتباسات", articles: "مقالة", n_events: "حدث",
    page: "صفحة", of: "من", no_events: "لا أحداث تطابق الفلاتر", said: "قال/ت", unknown: "غير معروف",
    historical: "تاريخي", source: "المصدر", lang_button: "English",
    error: "خطأ", arrow: " ← ", direct: "مباشر", indirect: "غير مباشر",
    s_label: "بحث في النصوص", s_hint: "اسم، مكان، عبارة…", s_go: "ابحث", s_results: "نتائج البحث",
    s_none: "لا نتائج", k_article: "مقالة", k_entity: "اسم", k_quote: "اقتباس", k_event: "حدث",
  },
  en: {
    title: "Marsad", subtitle: "Evidence-linked events from Arabic news", f_type: "Type", all_types: "All types",
    f_actor: "Actor", f_target: "Target", f_place: "Place", f_from: "From", f_to: "To", apply: "Apply",
    reset: "Clear filters", map: "Event map", events: "Events", timeline: "Timeline", network: "Actor network",
    prev: "Previous", next: "Next", close: "Close", lg_per: "Person", lg_org: "Organisation", lg_loc: "Place",
    lg_quote: "Quote", lg_evidence: "Event evidence", lg_trigger: "Event trigger",
    article_events: "Events in this article", article_quotes: "Quotes", articles: "articles", n_events: "events",
    page: "Page", of: "of", no_events: "No events match the filters", said: "said", unknown: "unknown",
    historical: "historical", source: "Source", lang_button: "العربية",
    error: "Error", arrow: " → ", direct: "direct", indirect: "indirect",
    s_label: "Search the texts", s_hint: "name, place, phrase…", s_go: "Search", s_results: "Search results",
    s_none: "No results", k_article: "article", k_entity: "name", k_quote: "quote", k_event: "event",
  },
};

// The 16 PLOVER event types.
export const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

const TYPE_AR = {
  AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون", AID: "مساعدة",
  RETREAT: "انسحاب", REQUEST: "مطالبة", ACCUSE: "اتهام", REJECT: "رفض", THREATEN: "تهديد", PROTEST: "احتجاج",
  SANCTION: "عقوبة", MOBILIZE: "تعبئة", COERCE: "إكراه", ASSAULT: "هجوم",
};

const COLORS = {
  AGREE: "#2e7d32", CONSULT: "#0277bd", SUPPORT: "#43a047", CONCEDE: "#9e9d24", COOPERATE: "#00897b",
  AID: "#26a69a", RETREAT: "#8d6e63", REQUEST: "#5c6bc0", ACCUSE: "#f9a825", REJECT: "#ef6c00",
  THREATEN: "#d84315", PROTEST: "#ab47bc", SANCTION: "#6d4c41", MOBILIZE: "#546e7a", COERCE: "#c62828",
  ASSAULT: "#b71c1c",
};

let lang = localStorage.getItem("marsad.lang") === "en" ? "en" : "ar";

export const getLang = () => lang;
export const t = (key) => LABELS[lang][key] ?? key;
export const typeLabel = (type) => (lang === "ar" ? TYPE_AR[type] ?? type : type);
export const typeColor = (type) => COLORS[type] ?? "#555";

/** Apply the current language to the static labels and the page direction. */
export function applyLang() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  const toggle = document.getElementById("lang-toggle");
  toggle.textContent = t("lang_button");
  toggle.lang = lang === "ar" ? "en" : "ar";
}

export function toggleLang() {
  lang = lang === "ar" ? "en" : "ar";
  localStorage.setItem("marsad.lang", lang);
  applyLang();
}
