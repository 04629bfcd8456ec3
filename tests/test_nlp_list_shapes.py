"""More list shapes, in our own short sentences: region words inside a list of hosts, Arabic-script
grouped numbers in a distributive list, lists of senders opening the sentence."""
import pytest

from tests.nlp_checks import pairs, counts

from transforms.nlp.mentions.numbers import NumberFinder


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "France keeps troops in Chad, Djibouti and eastern Niger.", {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("fr", "La France a des soldats au Tchad, à Djibouti et dans le nord du Niger.",
     {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("de", "Frankreich hat Soldaten im Tschad, in Dschibuti und im Norden des Niger stationiert.",
     {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("ru", "Франция держит военных в Чаде, Джибути и на севере Нигера.", {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("ar", "تنشر فرنسا قوات في تشاد وجيبوتي وشمال النيجر.", {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("id", "Prancis menempatkan tentara di Chad, Niger utara, dan Djibouti.", {("FR", "TD"), ("FR", "NE"), ("FR", "DJ")}),
    ("zh", "法国军队驻扎在乍得东部、尼日尔北部和吉布提。", {("FR", "TD"), ("FR", "NE"), ("FR", "DJ")}),
])
def test_region_words_inside_a_list_of_hosts(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


def test_a_region_noun_in_apposition_is_no_list_item(analyzer):
    # "Kursk, a region of Russia": the second name says where the first lies, it is not one more host
    assert pairs(analyzer, "id", "Pasukan Ukraina masih bertempur di Kursk, wilayah Rusia.") == {("UA", "RU")}


def test_arabic_thousands_separator_groups_digits():
    found = NumberFinder("ar", {}).find("أرسلت ١٬٢٥٠ جندياً و٣٠٠ آخرين")
    assert [n.value for n in found] == [1250, 300]


def test_arabic_distributive_list_with_grouped_arabic_digits(analyzer):
    text = "وتنشر بنغلاديش ١٬٣٠٠ جندي في مالي، و٩٠٠ في لبنان، و٥٠٠ في جنوب السودان."
    assert counts(analyzer, "ar", text) == {("BD", "ML", 1300), ("BD", "LB", 900), ("BD", "SS", 500)}


@pytest.mark.parametrize("lang,text,expected", [
    # the body's name says whose mission it is; its host is the country named with it, never a town
    # that shares a word of the name ("Union", "Mission")
    ("de", "Kenia, Uganda und Burundi stellen Soldaten für die Mission der Afrikanischen Union in Somalia.",
     {("KE", "SO"), ("UG", "SO"), ("BI", "SO")}),
    ("ja", "マリのミッションには、セネガルとニジェール、チャドが部隊を派遣している。",
     {("SN", "ML"), ("NE", "ML"), ("TD", "ML")}),
    # a name glued to a word for "the unit sent" is where it was sent
    ("ja", "ソマリア派遣部隊には、ケニアとウガンダが兵士を送った。", {("KE", "SO"), ("UG", "SO")}),
    ("ko", "케냐와 우간다가 소말리아 파병 부대에 병력을 보냈다.", {("KE", "SO"), ("UG", "SO")}),
])
def test_senders_of_a_mission_serve_in_its_country(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


def test_a_unit_word_after_a_subject_particle_is_not_a_destination(analyzer):
    # "日本が派遣部隊を…": the particle parts the name from the unit, so Japan is who sends it
    assert pairs(analyzer, "ja", "日本が派遣部隊をジブチに送った。") == {("JP", "DJ")}


@pytest.mark.parametrize("lang,name", [
    ("ja", "アフリカ連合"), ("ko", "아프리카연합"), ("zh", "非洲联盟"), ("tr", "Afrika Birliği"), ("de", "Afrikanischen Union"),
])
def test_african_union_is_a_body_in_every_language(analyzer, lang, name):
    from transforms.nlp.mentions.gazetteer import mention_entries
    from transforms.nlp.mentions.terms import TermMatcher

    found = TermMatcher(mention_entries(lang), lang).find(name)
    assert [(m.surface, m.payloads[0].kind) for m in found] == [(name, "body")]


@pytest.mark.parametrize("lang,text,expected", [
    # the usual spellings beside the official ones
    ("pt", "Soldados do Quénia, do Malawi e da Zâmbia estão destacados no Sudão do Sul.",
     {("KE", "SS"), ("MW", "SS"), ("ZM", "SS")}),
    ("uk", "Південна Африка та Замбія мають військових у Мозамбіку.", {("ZA", "MZ"), ("ZM", "MZ")}),
    ("ru", "Войска Южной Африки и Замбии находятся в Мозамбике.", {("ZA", "MZ"), ("ZM", "MZ")}),
])
def test_senders_under_their_usual_names(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a topic list closed by "ve" and set off by a comma: every name of it is a subject
    ("Kenya, Uganda ve Burundi, Somali'de asker bulunduruyor.", {("KE", "SO"), ("UG", "SO"), ("BI", "SO")}),
    ("Fas, Senegal ve Gana, AB misyonu kapsamında Mali'de asker bulunduruyor.",
     {("MA", "ML"), ("SN", "ML"), ("GH", "ML")}),
    # "asker katkısı sağlıyor": contributing troops is sending them
    ("Macaristan, Polonya ve Slovenya, Kosova'daki KFOR'a asker katkısı sağlıyor.",
     {("HU", "XK"), ("PL", "XK"), ("SI", "XK")}),
    # a lone opening name with a comma is still one topic, the run after it the hosts
    ("İtalya, Letonya ve Estonya'ya asker gönderecek.", {("IT", "LV"), ("IT", "EE")}),
])
def test_turkish_subject_lists(analyzer, text, expected):
    assert pairs(analyzer, "tr", text) == expected
