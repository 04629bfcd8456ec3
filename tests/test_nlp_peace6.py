"""Peacekeepers of a named mission, trainers, exercises at home and swapped pairs, in our own
sentences: the state that contributes to a UN/EU/NATO mission sends its troops, the mission (data/
missions.yaml) says the host; instructors train as well as deploy; an exercise's name, a town's
other-language alias or a town listed with a region of the sender's own state is no foreign host."""
import pytest

from tests.claim_helpers import analysis
from tests.nlp_checks import counts, pairs


def claims(analyzer, lang, text):
    a = analysis(analyzer, lang, text)
    return a.is_deployment_story, a.claims


# the contributing state is the sender; the mission's host the host (acronym or full name, any case)
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Le Népal compte environ 870 Casques bleus au sein de la Finul, la force de l'ONU au Liban.",
     {("NP", "LB", 870)}),
    ("fr", "Le Bangladesh compte plus de 1 400 Casques bleus au sein de la Monusco, selon les chiffres de l'ONU.",
     {("BD", "CD", 1400)}),
    ("en", "Pakistan, one of the largest contributors to UN peacekeeping, has more than 1,200 blue helmets in "
           "MINUSCA, the mission in the Central African Republic.", {("PK", "CF", 1200)}),
    ("pt", "O Brasil mantém cerca de 250 capacetes azuis na Minusca, segundo dados da ONU.", {("BR", "CF", 250)}),
    ("ru", "В составе МООНЮС служат около 300 монгольских миротворцев.", {("MN", "SS", 300)}),
    ("ru", "В составе ВСООНЛ служат около 600 индонезийских «голубых касок».", {("ID", "LB", 600)}),
    ("ja", "インドネシア国軍によると、同国は国連レバノン暫定軍（UNIFIL）に約1200人の部隊を派遣している。",
     {("ID", "LB", 1200)}),
    ("ja", "バングラデシュ軍によると、同国は国連南スーダン派遣団（UNMISS）に約1600人の平和維持部隊を派遣している。",
     {("BD", "SS", 1600)}),
    ("tr", "BM verilerine göre Endonezya, Lübnan'daki UNIFIL misyonunda yaklaşık 1.200 barış gücü askeriyle yer alıyor.",
     {("ID", "LB", 1200)}),
    ("tr", "Kamboçya, BM'nin Lübnan misyonuna 180 kişilik bir istihkam birliği gönderecek.", {("KH", "LB", 180)}),
    ("tr", "Milli Savunma Bakanlığı, Kosova'daki NATO barış gücünde görev yapacak 300 kişilik birliğin dün "
           "İzmir'den uğurlandığını açıkladı.", {("TR", "XK", 300)}),
    ("ko", "합동참모본부에 따르면 유엔 남수단 임무단에 파견된 한빛부대 장병 약 270명이 보르 지역에서 도로 복구 작업을 하고 있다.",
     {("KR", "SS", 270)}),
    ("ar", "ويشارك المغرب بنحو 750 جندياً في بعثة مينوسكا في جمهورية أفريقيا الوسطى.", {("MA", "CF", 750)}),
])
def test_contributing_state_sends_to_the_missions_host(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Senegal, BM'nin Mali misyonuna yeni bir piyade birliği gönderecek.", {("SN", "ML")}),
    ("zh", "联合国数据显示，尼泊尔、印度尼西亚和加纳是联合国驻黎巴嫩临时部队的主要出兵国。",
     {("NP", "LB"), ("ID", "LB"), ("GH", "LB")}),
    ("zh", "孟加拉国和尼泊尔是联合国南苏丹特派团的主要出兵国。", {("BD", "SS"), ("NP", "SS")}),
])
def test_mission_named_after_its_host_and_contributors_of_a_mission(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


# instructors and trainers: deployed, and a training claim of their own
@pytest.mark.parametrize("lang,text,pair", [
    ("es", "Rusia enviará unos 150 instructores militares a Nicaragua el próximo mes.", ("RU", "NI")),
    ("pt", "Cerca de 80 instrutores militares turcos chegaram a Mogadíscio na terça-feira.", ("TR", "SO")),
    ("ru", "Турция направила в Сомали около 300 военных инструкторов.", ("TR", "SO")),
    ("uk", "Велика Британія направила до Естонії близько 50 військових інструкторів.", ("GB", "EE")),
    ("en", "France sent 60 military trainers to Benin last month.", ("FR", "BJ")),
    ("en", "The United States sent 120 military instructors to Ecuador last week.", ("US", "EC")),
    ("fr", "La Chine a envoyé une centaine d'instructeurs militaires au Cambodge.", ("CN", "KH")),
    ("de", "Deutschland schickt 40 Militärausbilder nach Niger.", ("DE", "NE")),
    ("zh", "土耳其向索马里派出约200名教官。", ("TR", "SO")),
    ("tr", "Türkiye, Somali'ye 200 eğitmen gönderdi.", ("TR", "SO")),
])
def test_trainers_give_a_training_claim(analyzer, lang, text, pair):
    story, found = claims(analyzer, lang, text)
    types = {c["claim_type"] for c in found if (c["sender"], c["host"]) == pair}
    assert story and {"training", "deployment"} <= types


# exercises at home: no foreign host from an exercise's name, a city's other-language alias or a
# town of the sender's own region
@pytest.mark.parametrize("lang,text", [
    ("fr", "Plus de 4 000 militaires français participent à l'exercice Orion 26 au camp de Mailly."),
    ("pt", "Cerca de 1.500 militares portugueses participam no exercício Orion 26, em Santa Margarida."),
    ("es", "Unos 3.000 militares españoles participan esta semana en el ejercicio Orion en la provincia de Zaragoza."),
    ("de", "Rund 3.000 Soldaten der Schweizer Armee üben diese Woche im Jura."),
    ("en", "Some 2,000 Swiss soldiers are taking part this week in a large exercise in the Jura."),
    ("ms", "Kira-kira 2,500 anggota ATM menyertai latihan ketenteraan di Kota Tinggi, Johor, minggu ini."),
    ("id", "Sekitar 3.000 prajurit TNI mengikuti latihan gabungan di Kota Baru, Kalimantan Selatan."),
])
def test_exercise_at_home_has_no_foreign_host(analyzer, lang, text):
    story, found = claims(analyzer, lang, text)
    assert not story and not found


@pytest.mark.parametrize("lang,text,expected", [
    ("ja", "ジョージア政府によると、ロシアは2008年以降、現在も同国に約4000人の部隊をとどめている。", {("RU", "GE")}),
    ("zh", "马里军方宣布，最后一批法国驻军当天撤离马里，法国在该国长达十年的军事存在就此结束。", {("FR", "ML")}),
    ("zh", "中非共和国军方宣布，最后一批俄罗斯驻军当天撤离该国。", {("RU", "CF")}),
    ("zh", "联合国报告称，约1500至2500名布隆迪士兵正在刚果（金）东部作战。", {("BI", "CD")}),
    ("en", "Some 3,000 to 4,000 Rwandan soldiers are fighting in eastern Congo, UN experts said.", {("RW", "CD")}),
    # (军方 is the military speaking, no troops; the name after "与" opens the next troops)
    ("zh", "布隆迪军方15日说，布隆迪国防军与刚果（金）政府军在南基伍省联合打击叛军。", {("BI", "CD")}),
    ("zh", "卢旺达军方说，卢旺达国防军与莫桑比克政府军在德尔加杜角省联合打击武装分子。", {("RW", "MZ")}),
])
def test_sender_and_host_not_swapped(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


def test_mission_names_come_from_one_file():
    from transforms.nlp.mentions.gazetteer import mission_names

    fr, ru = mission_names("fr"), mission_names("ru")
    assert "Minusca" in fr["UN@CF"] and "MINUSCA" in fr["UN@CF"] and "ВСООНК" in ru["UN@CY"]


# troops serving within another state's unit of a mission are the sender's alone
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Казахстан направит в Ливан новую миротворческую роту в составе индийского батальона UNIFIL.", {("KZ", "LB")}),
    ("uk", "Молдова направить до Косова 40 військових у складі італійського контингенту KFOR.", {("MD", "XK")}),
    ("en", "Ireland will send 30 soldiers to Lebanon as part of the Polish battalion in UNIFIL.", {("IE", "LB")}),
    ("fr", "Le Luxembourg enverra 20 militaires en Lituanie au sein du bataillon belge de l'Otan.", {("LU", "LT")}),
])
def test_troops_within_another_states_unit(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,source", [
    ("uk", "Перша група зі 150 казахстанських миротворців прибула до Лівану, повідомляє Казінформ.", "KZ"),
    ("pt", "Cerca de 90 instrutores militares russos chegaram a Niamey para treinar o exército local, noticiou a "
           "televisão estatal Télé Sahel.", "NE"),
])
def test_state_media_name_their_state(analyzer, lang, text, source):
    _, found = claims(analyzer, lang, text)
    assert found and all(c["source_country"] == source for c in found)
