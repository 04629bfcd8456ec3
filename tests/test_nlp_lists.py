"""Lists of senders and hosts, and counts spread over a list, in our own short sentences."""
import pytest

from tests.nlp_checks import pairs, counts

from transforms.nlp.mentions.gazetteer import mention_entries, slavic_forms
from transforms.nlp.mentions.terms import TermMatcher


@pytest.mark.parametrize("lang,text,expected", [
    # three names joined by commas alone are a list (ko), and so are names joined by ja/zh "、"
    ("ko", "벨기에, 스페인, 포르투갈 병력이 루마니아에 주둔하고 있다.", {("BE", "RO"), ("ES", "RO"), ("PT", "RO")}),
    ("ko", "캐나다는 라트비아, 에스토니아, 폴란드에 병력을 보냈다.", {("CA", "LV"), ("CA", "EE"), ("CA", "PL")}),
    ("ja", "イタリア、スペイン、ギリシャの部隊がレバノンに駐留している。", {("IT", "LB"), ("ES", "LB"), ("GR", "LB")}),
    ("ja", "英国政府は、エストニア、ラトビア、フィンランドへの部隊派遣を決めた。", {("GB", "EE"), ("GB", "LV"), ("GB", "FI")}),
    # a conjunction then a comma (ko): still one list, the subject
    ("ko", "호주와 피지, 통가가 바누아투에 병력을 보냈다.", {("AU", "VU"), ("FJ", "VU"), ("TO", "VU")}),
    # a CLDR name with a space, written as one word (솔로몬 제도 -> 솔로몬제도)
    ("ko", "호주가 솔로몬제도에 병력을 배치했다.", {("AU", "SB")}),
])
def test_comma_lists_in_head_final_languages(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a comma after a closed list ("A, B ve C,") sets the list off as the subject
    ("Gana, Togo ve Benin, Mali'ye asker gönderdi.", {("GH", "ML"), ("TG", "ML"), ("BJ", "ML")}),
    # an opening name with a comma is the topic, the rest of the run are hosts
    ("İspanya, Letonya ve Litvanya'ya 200'er asker gönderecek.", {("ES", "LV"), ("ES", "LT")}),
])
def test_turkish_subject_list_before_a_case_marked_host(analyzer, text, expected):
    assert pairs(analyzer, "tr", text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Australien entsendet Soldaten nach Vanuatu, Tonga und auf die Philippinen.",
     {("AU", "VU"), ("AU", "TO"), ("AU", "PH")}),
    ("de", "Soldaten aus Ghana, Togo und Benin dienen in der UN-Mission in Mali.",
     {("GH", "ML"), ("TG", "ML"), ("BJ", "ML")}),
    ("zh", "意大利、西班牙和希腊已派兵进驻黎巴嫩。", {("IT", "LB"), ("ES", "LB"), ("GR", "LB")}),
    ("ar", "ينتشر جنود ألمان وهولنديون وبلجيكيون في ليتوانيا.", {("DE", "LT"), ("NL", "LT"), ("BE", "LT")}),
    ("id", "Belanda mengirim 150 tentara ke Slowakia dan Slowenia.", {("NL", "SK"), ("NL", "SI")}),
    ("uk", "Військові Гани та Того перебувають у Гвінеї-Бісау.", {("GH", "GW"), ("TG", "GW")}),
])
def test_lists_of_senders_and_hosts(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the opener of the next item is not read back past the comma ("do Sul, 700 ...")
    ("pt", "O Brasil tem 500 militares no Sudão do Sul, 700 no Líbano e 300 em Chipre.",
     {("BR", "SS", 500), ("BR", "LB", 700), ("BR", "CY", 300)}),
    # a year-like number continuing the list is a count, and no history piece
    ("ar", "لدى فرنسا نحو 1500 جندي في تشاد و1900 في النيجر.", {("FR", "TD", 1500), ("FR", "NE", 1900)}),
    # verb-final clause: the body's troop noun serves the UN, the state before it sends them
    ("de", "Ghana hat 600 Blauhelme im Libanon und weitere 800 in Mali stationiert.",
     {("GH", "LB", 600), ("GH", "ML", 800)}),
])
def test_counts_spread_over_a_list(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


def test_hyphenated_slavic_names_decline_their_head():
    assert "Гвінеї-Бісау" in slavic_forms("Гвінея-Бісау", "uk")
    assert "Гвинее-Бисау" in slavic_forms("Гвинея-Бисау", "ru")
    assert "Сьерры-Леоне" in slavic_forms("Сьерра-Леоне", "ru")


def test_arabic_demonym_article_forms_do_not_shadow_a_state():
    m = TermMatcher(mention_entries("ar"), "ar")
    found = {h.surface: h.payloads[0] for h in m.find("السعودية ومالية وإسبان")}
    assert (found["السعودية"].code, found["السعودية"].kind) == ("SA", "short")
    assert found["مالية"].kind == "not_a_country"   # "financial"
    assert (found["إسبان"].code, found["إسبان"].kind) == ("ES", "adjective")


def test_last_host_of_a_list_before_a_comma_and_speech_verb_is_a_host(analyzer):
    text = "Jepun akan menghantar 400 askar ke Filipina, Vietnam dan Thailand, kata kementerian itu."
    assert pairs(analyzer, "ms", text) == {("JP", "PH"), ("JP", "VN"), ("JP", "TH")}


def test_arabic_subject_right_after_an_opening_verb(analyzer):
    text = "تنشر كينيا نحو أربعة آلاف جندي في الصومال، و900 في جنوب السودان."
    assert counts(analyzer, "ar", text) == {("KE", "SO", 4000), ("KE", "SS", 900)}


def test_a_year_after_a_year_preposition_stays_a_year(analyzer):
    out = analyzer.analyze("En 1914, tropas británicas desembarcaron en Irak durante la guerra.", title="",
                           language="es").to_dict()
    assert not out["is_deployment_story"]


@pytest.mark.parametrize("lang,text,expected", [
    # each item's place before a dash and its bare count: segmented place-first
    ("ru", "Италия держит в Ливане около 1000 военных, в Косово — 400, а в Ираке — около 300.",
     {("IT", "LB", 1000), ("IT", "XK", 400), ("IT", "IQ", 300)}),
    ("uk", "Польща має в Латвії 200 військових, у Литві — 150, а в Румунії — близько 90.",
     {("PL", "LV", 200), ("PL", "LT", 150), ("PL", "RO", 90)}),
    # count before a dash and its place, joined by a contrastive "а": each count its own host
    ("uk", "За даними штабу, 500 іспанських військових перебувають у Латвії, 120 — у Словаччині, а 30 — в Іраку.",
     {("ES", "LV", 500), ("ES", "SK", 120), ("ES", "IQ", 30)}),
    # an elliptical French approximate ("une quarantaine") counts the same noun
    ("fr", "Le Portugal compte 200 militaires en Roumanie et une quarantaine en Lituanie.",
     {("PT", "RO", 200), ("PT", "LT", 40)}),
    # the ordinary count-then-place list is unchanged
    ("ru", "Франция направила 300 военных в Эстонию, 200 в Румынию и 100 в Литву.",
     {("FR", "EE", 300), ("FR", "RO", 200), ("FR", "LT", 100)}),
])
def test_spread_lists_with_place_first_items(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


def test_uncounted_last_item_of_a_spread_list_is_a_claim(analyzer):
    text = "Греция держит на Кипре около 900 военных, в Ливане — порядка 150, а в Косово — несколько десятков."
    assert pairs(analyzer, "ru", text) == {("GR", "CY"), ("GR", "LB"), ("GR", "XK")}
    assert counts(analyzer, "ru", text) >= {("GR", "CY", 900), ("GR", "LB", 150)}
    assert ("GR", "XK", None) in counts(analyzer, "ru", text)


@pytest.mark.parametrize("lang,text", [
    ("es", "Portugal desplegará en 2026 tropas en Rumanía y Lituania."),
    ("fr", "La Suède enverra en 2026 des soldats en Lettonie et en Estonie."),
    ("pt", "A Espanha enviará em 2026 tropas para a Eslováquia e a Letónia."),
])
def test_a_year_after_in_is_no_count(analyzer, lang, text):
    assert all(c is None for _, _, c in counts(analyzer, lang, text))
    assert len(pairs(analyzer, lang, text)) == 2


def test_contrastive_joint_does_not_join_names_into_a_list(analyzer):
    # "а" opens a clause with a subject of its own: Turkey is no second host of Russia's troops
    text = "Россия направила войска в Сирию, а Турция — в Ливию."
    assert ("RU", "TR") not in pairs(analyzer, "ru", text)
