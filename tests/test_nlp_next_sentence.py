"""Counts in the sentence after a claim, casualties whose attack is condemned (fix-p3counts)."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "count", "claim_type", "stance"), story=True)
triples = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # the unit leaves a city of the sender: it sets out for the last host, no withdrawal
    ("en", "Nepal will send a battalion to South Sudan. The 600-strong unit will leave Kathmandu in May.",
     {("NP", "SS", 600)}),
    ("fr", "Le Sénégal va envoyer un bataillon au Mali. Fort de 500 hommes, il doit quitter Dakar en juin.",
     {("SN", "ML", None), ("SN", "ML", 500)}),
    ("ar", "سترسل مصر كتيبة إلى الصومال. وتضم الكتيبة 800 عنصر، وستغادر القاهرة في مايو.",
     {("EG", "SO", None), ("EG", "SO", 800)}),
    # the sender's own troops named again, leaving from its capital
    ("ms", "Malaysia akan menghantar pasukan tambahan ke Lubnan. Kira-kira 300 anggota ATM akan berlepas dari Kuala Lumpur pada Jun.",
     {("MY", "LB", 300)}),
    # the city where the speaking ministry sits is no host
    ("de", "Kenia wird ein Kontingent nach Haiti entsenden. Die 400 Soldaten sollen im Mai eintreffen, teilte das Verteidigungsministerium in Nairobi mit.",
     {("KE", "HT", 400)}),
])
def test_count_in_next_sentence(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text", [
    # leaving the host's own city after a withdrawal claim is still a withdrawal from it, and the
    # count of the same troops is that claim's (one claim, as in CLAIMS.md's "count in the next sentence")
    ("en", "Chad will withdraw its troops from Mali. The 1,000 soldiers will leave Bamako in June."),
    ("fr", "Le Tchad va retirer ses troupes du Mali. Les 1 000 soldats quitteront Bamako en juin."),
])
def test_leaving_the_host_city_stays_a_withdrawal(analyzer, lang, text):
    found = claims(analyzer, lang, text)
    assert found == {("TD", "ML", 1000, "withdrawal", "asserts")}


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Trois soldats tchadiens ont été tués dans le nord du Mali, a annoncé l'ONU, qui a condamné une attaque lâche.",
     {("TD", "ML", 3, "casualties", "asserts")}),
    ("en", "Two Kenyan soldiers were killed in an ambush in Somalia, and the African Union condemned the cowardly attack.",
     {("KE", "SO", 2, "casualties", "asserts")}),
    ("de", "Drei französische Soldaten wurden in Mali getötet; die Regierung verurteilte den Angriff.",
     {("FR", "ML", 3, "casualties", "asserts")}),
    ("ru", "В Мали погибли четверо французских военных, МИД осудил нападение.",
     {("FR", "ML", 4, "casualties", "asserts")}),
    # a condemned deployment stays condemned
    ("en", "Russia condemned the deployment of 300 US troops to Poland.",
     {("US", "PL", 300, "deployment", "condemns")}),
])
def test_condemned_attack_on_killed_troops(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,count", [
    ("ru", "В Сомали погибли пятеро кенийских военных.", 5),
    ("uk", "У Малі загинули четверо французьких військових.", 4),
])
def test_collective_numerals(analyzer, lang, text, count):
    assert {c[2] for c in claims(analyzer, lang, text)} == {count}


@pytest.mark.parametrize("lang,text,expected", [
    # a more-word past a comma counts other people, not more troops sent
    ("uk", "У Сирії загинули двоє американських військових, ще кілька отримали поранення.",
     {("US", "SY", 2, "casualties", "asserts")}),
    ("ru", "В Ираке погибли трое американских военных, ещё несколько получили ранения.",
     {("US", "IQ", 3, "casualties", "asserts")}),
    ("en", "Three American soldiers were killed in Jordan, and dozens more were wounded.",
     {("US", "JO", 3, "casualties", "asserts")}),
])
def test_more_past_a_comma(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the year a mission was founded dates the mission, not the claim: no history piece
    ("en", "About 600 Ghanaian soldiers serve with UNIFIL in Lebanon, which was set up in 1978.", {("GH", "LB", 600)}),
    ("de", "Rund 600 ghanaische Soldaten dienen in der 1978 gegründeten Unifil im Libanon.", {("GH", "LB", 600)}),
    ("ar", "ويخدم نحو 600 جندي غاني في لبنان ضمن قوة اليونيفيل التي أُنشئت عام 1978.", {("GH", "LB", 600)}),
    ("fr", "Environ 600 soldats ghanéens servent au Liban au sein de la Finul, créée en 1978.", {("GH", "LB", 600)}),
    # a border of another state in a clause after the host says where the mission works
    ("de", "Irland stellt 300 Blauhelme für die Mission im Südlibanon, die das Gebiet an der Grenze zu Israel überwacht.",
     {("IE", "LB", 300)}),
])
def test_background_clause_of_a_mission(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text", [
    # a long-past year dating the claim itself is still history
    ("en", "In 1978 France sent 1,000 troops to Lebanon."),
    # troops posted at their own border: domestic
    ("de", "Polen schickt 1.000 Soldaten an die Grenze zu Belarus."),
])
def test_not_a_story(analyzer, lang, text):
    assert not analyzer.analyze(text, language=lang).is_deployment_story


@pytest.mark.parametrize("lang,text,expected", [
    # a first sentence that sends a system or a unit, not troops; their head count follows
    ("en", "Germany will send a Patriot battery to Poland. About 200 German soldiers will operate the system.",
     {("DE", "PL", 200)}),  # (troops that refer back and "operate" it: the claim's count, no combat claim)
    ("pt", "A Itália vai enviar uma bateria de mísseis para a Eslováquia. Cerca de 120 militares acompanharão o sistema.",
     {("IT", "SK", 120)}),
    ("de", "Die Niederlande verlegen eine Patriot-Batterie in die Slowakei. Das Kontingent umfasst 150 Soldaten.",
     {("NL", "SK", 150)}),
    ("fr", "Le Maroc va déployer une unité d'hélicoptères en Centrafrique. Quelque quatre-vingt-dix aviateurs marocains prendront part à cette mission à partir de juillet.",
     {("MA", "CF", 90)}),
    ("es", "Uruguay enviará una unidad de helicópteros al Líbano. Unos 70 efectivos partirán en agosto.",
     {("UY", "LB", 70)}),
])
def test_system_or_unit_then_count(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text", [
    # a battery that is no weapon, "unité" that is unity
    ("en", "Tesla will ship a new battery to Poland next year."),
    ("fr", "Le gouvernement d'unité nationale a envoyé une délégation au Mali."),
])
def test_no_system_no_story(analyzer, lang, text):
    assert not analyzer.analyze(text, language=lang).is_deployment_story


@pytest.mark.parametrize("text,value", [
    ("soixante-quinze", 75), ("quatre-vingt-dix", 90), ("quatre-vingt-douze", 92), ("trente et un", 31),
    ("soixante-dix-huit", 78), ("quarante-cinq", 45),
])
def test_french_tens(analyzer, text, value):
    assert [n.value for n in analyzer._tools["fr"].numbers.find(text + " soldats")] == [value]


@pytest.mark.parametrize("lang,text,expected", [
    # "decided to send": the deciding verb is no hosting verb, the subject sends
    ("ru", "Египет принял решение направить войска в Сомали. Первые 500 военнослужащих прибудут в Могадишо в мае.",
     {("EG", "SO", 500)}),
    ("uk", "Кенія ухвалила рішення направити війська до Гаїті. Перші 400 військових прибудуть у травні.",
     {("KE", "HT", 400)}),
    # a mission named with the host's short name
    ("zh", "尼泊尔在联合国中非多层面综合稳定团中部署了约500名维和人员。", {("NP", "CF", 500)}),
    ("zh", "塞内加尔在联合国马里多层面综合稳定团中部署了约800名维和人员。", {("SN", "ML", 800)}),
    # Malay/Indonesian "Thai" is the demonym, not a Malaysian town
    ("ms", "Thailand akan menghantar sebuah batalion ke Sudan Selatan. Pasukan itu dianggotai 300 anggota Tentera Darat Thai.",
     {("TH", "SS", 300)}),
])
def test_decided_missions_demonyms(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


def test_hosting_still_hosts(analyzer):
    assert triples(analyzer, "ru", "Джибути приняла 300 японских военных.") == {("JP", "DJ", 300)}


@pytest.mark.parametrize("lang,text,expected", [
    # a clause set off after the opening state: its names are not the subject, its verbs not the claim's
    ("en", "Bangladesh, one of the largest contributors to United Nations missions, has about 1,300 troops in South Sudan.",
     {("BD", "SS", 1300, "deployment")}),
    ("de", "Ghana, einer der wichtigsten Truppensteller der Vereinten Nationen, hat rund 800 Soldaten in den Libanon entsandt.",
     {("GH", "LB", 800, "deployment")}),
    ("uk", "Непал, який бере участь у місіях ООН з 1958 року, має близько 1 200 військових у Лівані.",
     {("NP", "LB", 1200, "deployment")}),
    ("ru", "Индия, которая участвует в миссиях ООН с 1950-х годов, имеет около 2 000 военных в Южном Судане.",
     {("IN", "SS", 2000, "deployment")}),
    ("fr", "Le Rwanda, selon l'état-major de ses armées, a déployé 2 000 soldats en Centrafrique.",
     {("RW", "CF", 2000, "deployment")}),
    # the aside names another state: the opening state still sends
    ("en", "France, unlike Germany, has sent 300 troops to Mali.", {("FR", "ML", 300, "deployment")}),
])
def test_aside_after_opening_state(analyzer, lang, text, expected):
    assert {c[:4] for c in claims(analyzer, lang, text)} == expected


def test_opening_list_is_no_aside(analyzer):
    assert triples(analyzer, "en", "Nepal, India and Bangladesh have sent troops to Lebanon.") == {
        ("NP", "LB", None), ("IN", "LB", None), ("BD", "LB", None)}


@pytest.mark.parametrize("lang,text,expected", [
    # an armed force's acronym names its state; its members leave from the sender's capital
    ("pt", "Timor-Leste vai enviar militares para o Líbano. O grupo, de 30 elementos das F-FDTL, parte de Díli em maio.",
     {("TL", "LB", 30)}),
    ("en", "East Timor will send soldiers to Lebanon. Some 30 F-FDTL personnel will leave Dili in May.",
     {("TL", "LB", 30)}),
])
def test_force_acronym_next_sentence(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "Of these, at least 40 ...": the partitive opens the next sentence, a comma and a qualifier before
    # its count; the part is of the troops just named
    ("en", "Bangladesh has sent about 2,400 soldiers to Mali since 2019. Of these, at least 35 have been killed.",
     ("BD", "ML", 35)),
    ("fr", "Le Bangladesh a envoyé environ 2 400 soldats au Mali. Parmi eux, au moins 35 ont été tués.",
     ("BD", "ML", 35)),
    ("ru", "Бангладеш направил в Мали около 2400 военных. Из них, по меньшей мере 35 погибли.", ("BD", "ML", 35)),
    ("ja", "バングラデシュはマリに兵士約2400人を派遣した。このうち、少なくとも35人が死亡し、負傷者も120人を超えた。",
     ("BD", "ML", 35)),
    ("ja", "バングラデシュはマリに兵士約2400人を派遣した。このうち、少なくとも35人が死亡し、負傷者も120人を超えた。",
     ("BD", "ML", 120)),
])
def test_partitive_opening_the_next_sentence(analyzer, lang, text, expected):
    assert expected in triples(analyzer, lang, text)
