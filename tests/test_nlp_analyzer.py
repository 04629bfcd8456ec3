"""The Analyzer end to end: our own short sentences in every language, the seed and the shared corpus."""
from functools import partial
from pathlib import Path

import pytest

from transforms.nlp import Analyzer

from tests.claim_helpers import claim_tuples, claims_of

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


# Our own wording, one foreign deployment per language: (lang, text, sender, host, count)
OWN_SENTENCES = [
    ("en", "Canada will send 400 soldiers to Latvia, the defence minister said on Tuesday.", "CA", "LV", 400),
    ("id", "Jepang mengirim sekitar 200 tentara ke Filipina untuk misi bantuan, kata pejabat.", "JP", "PH", 200),
    ("ms", "Malaysia menghantar 850 anggota tentera ke Lubnan di bawah misi PBB.", "MY", "LB", 850),
    ("es", "España enviará 150 soldados a Letonia, informó el Ministerio de Defensa.", "ES", "LV", 150),
    ("fr", "La France a déployé environ 2 000 soldats en Roumanie, a annoncé le ministère.", "FR", "RO", 2000),
    ("de", "Die Bundeswehr schickt 300 Soldaten nach Litauen, teilte das Ministerium mit.", "DE", "LT", 300),
    ("pt", "Portugal vai enviar 180 militares para a Roménia, disse o ministro.", "PT", "RO", 180),
    ("ru", "Белоруссия направила около 500 военнослужащих в Сирию, сообщил источник.", "BY", "SY", 500),
    ("uk", "Польща відправила 1200 військових до Литви, заявив міністр.", "PL", "LT", 1200),
    ("ar", "أرسلت مصر 300 جندي إلى السودان، بحسب مصادر عسكرية.", "EG", "SD", 300),
    ("tr", "Türkiye, Somali'ye 250 asker gönderdi.", "TR", "SO", 250),
    ("ko", "일본은 필리핀에 병력 300명을 파견했다고 밝혔다.", "JP", "PH", 300),
    ("ja", "韓国はポーランドに部隊500人を派遣したと発表した。", "KR", "PL", 500),
    ("zh", "俄罗斯向叙利亚派遣了约3000名士兵。", "RU", "SY", 3000),
]


@pytest.mark.parametrize("lang,text,sender,host,count", OWN_SENTENCES)
def test_own_sentence_in_every_language(analyzer, lang, text, sender, host, count):
    a = analyzer.analyze(text, language=lang)
    assert a.language_supported and a.is_deployment_story, a.cues
    triples = {(c["sender"], c["host"], c["count"]) for c in a.claims}
    assert (sender, host, count) in triples, a.claims
    for c in a.claims:
        assert text[c["evidence_start"]:c["evidence_end"]] == c["evidence"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The army deployed 2,000 soldiers to flooded districts in the north of the country."),
    ("id", "TNI mengerahkan 1.000 prajurit untuk membantu korban banjir di Jawa Tengah."),
    ("en", "The startup deployed a new app to its customers in Germany."),
    ("de", "Der Bundestag beschloss einen höheren Verteidigungsetat von 90 Milliarden Euro."),
    ("es", "México desplegó 10 mil soldados en su frontera norte."),
])
def test_hard_negatives(analyzer, lang, text):
    assert not analyzer.analyze(text, language=lang).is_deployment_story


def test_unsupported_language_is_not_analysed(analyzer):
    a = analyzer.analyze("Italia ha inviato 200 soldati in Libano.", language="it")
    assert not a.language_supported and not a.is_deployment_story and a.claims == []


def test_condemnation_and_denial_are_their_own_claims(analyzer):
    text = ("Russia sent 5,000 troops to Belarus, officials in Kyiv said. "
            "The Kremlin denied the claim. Poland condemned the deployment of Russian troops to Belarus.")
    a = analyzer.analyze(text, language="en")
    stances = {(c["sender"], c["host"], c["stance"], c["source_country"]) for c in a.claims}
    assert ("RU", "BY", "denies", "RU") in stances and ("RU", "BY", "condemns", "PL") in stances


def _seed():
    path = SHARED / "seed" / "000_1860cfd6ad2b4c5c.txt"
    if not path.exists():
        pytest.skip(f"shared seed article not found at {path}")
    title, _, text = path.read_text(encoding="utf-8").partition("\n")
    return title, text


def test_seed_article_claims(analyzer):
    title, text = _seed()
    a = analyzer.analyze(text, title=title or None, language="id", published_at="2025-04-28")
    assert a.is_deployment_story
    got = {(c["sender"], c["host"], c["claim_type"], c["stance"], c["count"], c["source_country"]) for c in a.claims}
    assert ("KP", "RU", "deployment", "asserts", 14000, "UA") in got
    assert ("KP", "RU", "reinforcement", "asserts", 3000, "UA") in got
    assert ("KP", "RU", "deployment", "condemns", None, "US") in got
    assert ("KP", "RU", "deployment", "condemns", None, "KR") in got
    assert ("KP", "RU", "training", "asserts", None, "US") in got
    assert ("UA", "RU", "withdrawal", "asserts", None, "RU") in got
    assert any(c[:4] == ("KP", "RU", "deployment", "confirms") and c[5] == "KP" for c in got)
    by = {(c["claim_type"], c["count"]): c for c in a.claims}
    assert by[("deployment", 14000)]["count_qualifier"] == "approx"
    # "fighting in support of Russia in the war in Ukraine": Russia is where they are, Ukraine only the war
    assert not any(c["sender"] == "KP" and c["host"] == "UA" for c in a.claims)
    casualties = by[("casualties", 25)]
    assert casualties["location"] == "Kursk" and casualties["event_date"] == "2025-04-24"
    for c in a.claims:
        assert text[c["evidence_start"]:c["evidence_end"]] == c["evidence"]


def test_shared_corpus_scores_stay_above_floors():
    """The 37 real articles: floors just below what is reached (pairs 0.87, counts 0.86, detection
    1.00 at the time of writing), raised with every improvement; the targets are pairs 0.85, counts 0.80."""
    corpus = SHARED / "corpus"
    if not (corpus / "labels.jsonl").exists():
        pytest.skip(f"shared corpus not found at {corpus}")
    from pipeline.evaluate import evaluate

    report, _ = evaluate([(corpus, corpus / "labels.jsonl")], Analyzer.load())
    overall = report["overall"]
    assert overall["detection"]["f1"] >= 0.97
    assert overall["pairs"]["f1"] >= 0.86
    assert overall["counts"]["f1"] >= 0.85


EVAL = Path(__file__).resolve().parent / "data" / "eval"


def test_eval_set_scores_stay_above_floors(analyzer):
    """Our own 70-article set in 14 languages: floors just below the figures reached, so regressions fail."""
    from pipeline.evaluate import evaluate

    report, _ = evaluate([(EVAL, EVAL / "labels.jsonl")], analyzer)
    overall = report["overall"]
    assert overall["detection"]["precision"] >= 0.99
    assert overall["detection"]["f1"] >= 0.98
    assert overall["pairs"]["f1"] >= 0.92
    assert overall["counts"]["precision"] >= 0.92
    assert overall["counts"]["f1"] >= 0.91
    fields = overall["fields"]
    assert fields["stance"]["accuracy"] >= 0.79
    assert fields["source_country"]["accuracy"] >= 0.66
    assert fields["location"]["accuracy"] >= 0.79
    for lang, group in report.items():
        assert group["detection"]["f1"] >= 0.95, lang
        assert group["pairs"]["f1"] >= 0.65, lang
        assert group["counts"]["f1"] >= 0.65, lang


claim_set = partial(claim_tuples, fields=("sender", "host", "count", "count_qualifier", "claim_type"))


def test_side_fought_for_is_the_host_not_the_war_theatre(analyzer):
    got = claim_set(analyzer, "en", "Belarus has sent 2,000 soldiers to fight in support of Russia in the war in Ukraine, "
                                    "Polish officials said.")
    assert ("BY", "RU", 2000, "exact", "combat") in got or ("BY", "RU", 2000, "exact", "deployment") in got
    assert not any(c[:2] == ("BY", "UA") for c in got)


def test_range_between_two_numbers_gives_lower_bound_at_least(analyzer):
    got = claim_set(analyzer, "en", "Between 1,500 and 2,000 Chadian troops are deployed in Niger, officials said.")
    assert ("TD", "NE", 1500, "at_least", "deployment") in got
    got = claim_set(analyzer, "ru", "По данным разведки, в Сирии находятся от 3 до 4 тысяч иранских военных.")
    assert any(c[:4] == ("IR", "SY", 3000, "at_least") for c in got)


def test_the_country_means_the_country_the_article_is_about(analyzer):
    text = ("Italy will withdraw its soldiers from Niger by the end of the year, the defence ministry said. "
            "About 300 Italian soldiers are still stationed in the country.")
    got = claim_set(analyzer, "en", text, title="Italy to pull troops out of Niger")
    assert ("IT", "NE", 300, "approx", "deployment") in got


def test_dateline_city_is_neither_host_nor_speaker(analyzer):
    got = claim_set(analyzer, "en", "NAIROBI — Kenya will send 400 soldiers to Haiti next month, "
                                    "the government said.")
    assert ("KE", "HT", 400, "exact", "deployment") in got


def test_forces_named_by_their_station_carry_the_host(analyzer):
    got = claim_set(analyzer, "ko", "미국 국방부가 주한미군 약 2천명을 감축하는 방안을 검토하고 있다고 밝혔다.")
    assert ("US", "KR", 2000, "approx", "withdrawal") in got


def test_turkish_genitive_region_is_the_host_and_our_soldiers_are_turkish(analyzer):
    got = claim_set(analyzer, "tr", "Suriye'nin kuzeyinde çıkan çatışmada 4 askerimiz yaralandı, MSB açıkladı.")
    assert ("TR", "SY", 4, "exact", "casualties") in got


def test_portuguese_subject_after_article_is_not_a_host(analyzer):
    got = claim_set(analyzer, "pt", "Segundo Washington, a Rússia enviou cerca de 200 militares portugueses... ".replace(
        " portugueses...", " para a Venezuela."))
    assert ("RU", "VE", 200, "approx", "deployment") in got


@pytest.mark.parametrize("lang,text,source_country", [
    ("en", "Russia's foreign ministry said the deployment of 300 Dutch soldiers to Lithuania was hostile.", "RU"),
    ("fr", "Le ministère français des Armées a annoncé l'envoi de 200 soldats en Estonie.", "FR"),
    ("es", "El Ministerio de Defensa enviará 120 soldados españoles a Letonia en marzo.", "ES"),
])
def test_institution_speaks_for_the_country_next_to_it_or_the_sender(analyzer, lang, text, source_country):
    claims = claims_of(analyzer, lang, text)
    assert claims and all(c["source_country"] == source_country for c in claims), claims


def test_connective_is_not_part_of_the_source_name(analyzer):
    text = "Meskipun Kyiv mengatakan sekitar 500 tentara Belarus telah dikirim ke Rusia, Minsk membantahnya."
    claims = claims_of(analyzer, "id", text)
    assert claims and not any(c["source"].startswith("Meskipun") for c in claims), claims


def test_korean_speaker_is_the_name_with_a_subject_particle(analyzer):
    text = ("서울 — 레바논에 파견된 동명부대 장병 약 250명이 지난 5일 레바논 남부에 도착했다고 "
            "합동참모본부가 7일 밝혔다.")
    claims = claims_of(analyzer, "ko", text)
    assert any(c["host"] == "LB" and c["count"] == 250 and c["source_country"] == "KR" for c in claims), claims


def test_japanese_country_before_a_force_base_is_the_host(analyzer):
    text = "防衛省は5日、南スーダンの自衛隊宿営地に派遣する隊員約60人が現地に到着したと発表した。"
    claims = claims_of(analyzer, "ja", text)
    assert any(c["sender"] == "JP" and c["host"] == "SS" and c["count"] == 60 for c in claims), claims


def test_chinese_subject_is_the_one_before_the_verb_nearest_the_troops(analyzer):
    text = "中国和老挝联合演习15日在老挝开幕，中方派出400余名官兵参加，老挝国防部表示。"
    claims = claims_of(analyzer, "zh", text)
    assert any(c["sender"] == "CN" and c["host"] == "LA" for c in claims), claims
    assert not any(c["sender"] == "LA" for c in claims), claims


def test_location_is_a_place_in_the_host_named_anywhere_in_the_sentence(analyzer):
    text = "Rebels said they ambushed a convoy of 40 Russian soldiers near Kidal in Mali on Sunday."
    claims = claims_of(analyzer, "en", text)
    assert any(c["host"] == "ML" and c["location"] == "Kidal" for c in claims), claims


# Counting mechanisms, our own paragraphs: (lang, title, text, counts that must be found, counts that must not)
COUNT_CASES = [
    ("de", "USA ziehen Soldaten aus Italien ab",
     "Die USA wollen bis zu 8.000 ihrer rund 30.000 in Italien stationierten Soldaten abziehen, teilte das "
     "Pentagon mit. Etwa 3.000 von ihnen sollen nach Rumänien verlegt werden.",
     {("US", "IT", 8000), ("US", "IT", 30000), ("US", "RO", 3000)}, set()),
    ("de", "Frankreich verstärkt Präsenz in Rumänien",
     "Frankreich hat rund 4.800 Soldatinnen und Soldaten in Rumänien stationiert.", {("FR", "RO", 4800)}, set()),
    ("en", "Britain sends troops to Estonia",
     "Britain sent 900 troops to Estonia on Monday. About 300 of them will be based near the border.",
     {("GB", "EE", 900), ("GB", "EE", 300)}, set()),
    ("ru", "Россия перебросила военных в Сирию",
     "Россия направила в Сирию 2000 военных. Из них 600 размещены на авиабазе.", {("RU", "SY", 2000), ("RU", "SY", 600)},
     set()),
    ("en", "France bolsters its force in Chad",
     "France deployed more troops to Chad this year. The number of French troops in Chad rose from 1,000 to 1,500, "
     "officials said.", {("FR", "TD", 1500)}, {("FR", "TD", 1000)}),
    ("de", "Deutschland verstärkt Litauen-Brigade",
     "Deutschland verlegt weitere Soldaten nach Litauen. Die Zahl der deutschen Soldaten in Litauen stieg von 800 auf 1.200.",
     {("DE", "LT", 1200)}, {("DE", "LT", 800)}),
    ("fr", "La France envoie des renforts au Niger",
     "La France renforce sa présence militaire au Niger. Le contingent français au Niger est passé de 1 500 à 2 000 soldats.",
     {("FR", "NE", 2000)}, {("FR", "NE", 1500)}),
    ("ko", "북한군 러시아 파병 규모 확대",
     "러시아에 파견된 북한군 규모가 1만명 수준에서 1만5000명 이상으로 늘었다고 국정원이 밝혔다.",
     {("KP", "RU", 15000)}, {("KP", "RU", 10000)}),
    ("en", "Canada rotates troops in Latvia",
     "Canada sent 600 soldiers to Latvia for a nine-month rotation, the defence ministry said.",
     {("CA", "LV", 600)}, {("CA", "LV", 9)}),
    ("ko", "주한미군 감축 검토",
     "미국 국방부는 22일 주한미군 약 4천500명을 감축하는 방안을 검토하고 있다고 밝혔다.",
     {("US", "KR", 4500)}, {("US", "KR", 22)}),
    ("zh", "中国官兵赴柬埔寨",
     "两艘中国海军舰艇停靠在柬埔寨云壤基地，中国派出800余名官兵。", {("CN", "KH", 800)}, {("CN", "KH", 2)}),
    ("en", "Canada adds troops in Latvia",
     "Canada will send 300 more soldiers to Latvia, bringing its contingent there to about 2,200, the minister said.",
     {("CA", "LV", 300), ("CA", "LV", 2200)}, set()),
    ("pt", "Portugal reforça contingente na Roménia",
     "Portugal enviou mais 100 militares para a Roménia, elevando o seu contingente para cerca de 350.",
     {("PT", "RO", 100), ("PT", "RO", 350)}, set()),
    ("zh", "中国维和部队赴马里", "中国第九批赴马里维和部队出发。该营共约400人，将在马里执行维和任务。", {("CN", "ML", 400)}, set()),
    ("en", "US to cut troops in Germany",
     "Some 20% of the 5,000 US troops in Germany will leave, the Pentagon said.", {("US", "DE", 5000)},
     {("US", "DE", 20)}),
]


@pytest.mark.parametrize("lang,title,text,present,absent", COUNT_CASES)
def test_counting_mechanisms(analyzer, lang, title, text, present, absent):
    a = analyzer.analyze(text, title=title, language=lang)
    got = {(c["sender"], c["host"], c["count"]) for c in a.claims}
    assert present <= got and not (absent & got), a.claims


# Bases and towns, our own sentences: (lang, text, host, location)
PLACE_CASES = [
    ("en", "About 900 British soldiers are stationed at the Tapa base in Estonia, the ministry said.", "EE", "Tapa"),
    ("es", "Unos 600 militares españoles están desplegados en la base de Ādaži, en Letonia.", "LV", "Ādaži"),
    ("de", "Rund 300 US-Soldaten sind in Ramstein in Deutschland stationiert, sagte ein Sprecher.", "DE", "Ramstein"),
    ("fr", "Environ 1 500 soldats américains sont déployés au Camp Lemonnier, à Djibouti.", "DJ", "Camp Lemonnier"),
    ("id", "Sekitar 2.500 tentara AS ditempatkan di Irak, sebagian besar di pangkalan Ain al-Asad.", "IQ", "Ain al-Asad"),
    ("ru", "Около 4000 российских военных находятся на авиабазе Хмеймим в Сирии.", "SY", "Hmeimim"),
    # the base is more specific than its city (CLAIMS.md: the most specific place named)
    ("ko", "주한미군 약 2만8500명이 평택 캠프 험프리스를 중심으로 주둔하고 있다.", "KR", "Camp Humphreys"),
    ("ja", "防衛省は、南スーダンのジュバに派遣された自衛隊の隊員約60人が帰国したと発表した。", "SS", "Juba"),
    ("en", "Some 200 South Korean soldiers arrived in Bor, South Sudan, the military said.", "SS", "Bor"),
]


@pytest.mark.parametrize("lang,text,host,location", PLACE_CASES)
def test_bases_and_small_towns_give_the_location(analyzer, lang, text, host, location):
    claims = claims_of(analyzer, lang, text)
    assert any(c["host"] == host and c["location"] == location for c in claims), claims


def test_ordinary_word_spelt_like_a_base_is_no_place(analyzer):
    claims = claims_of(analyzer, "es", "Unos 600 militares españoles llegaron a Letonia; la tapa del informe lo dice.")
    assert claims and all(c["location"] is None for c in claims), claims


@pytest.mark.parametrize("lang,text,sender,host,source_country", [
    ("en", "Russia has stationed 3,000 troops in Belarus. Lithuania demanded the withdrawal of Russian troops from "
           "Belarus.", "RU", "BY", "LT"),
    ("es", "Rusia mantiene unos 1.500 soldados en Transnistria. El Gobierno de Moldavia exigió la retirada de las "
           "tropas rusas de Transnistria.", "RU", "MD", "MD"),
    ("de", "Russland hat 3.000 Soldaten in Belarus stationiert. Polen forderte den Abzug der russischen Truppen aus "
           "Belarus.", "RU", "BY", "PL"),
])
def test_demand_to_withdraw_condemns_the_deployment(analyzer, lang, text, sender, host, source_country):
    claims = claims_of(analyzer, lang, text)
    got = {(c["sender"], c["host"], c["claim_type"], c["stance"], c["source_country"]) for c in claims}
    assert (sender, host, "deployment", "condemns", source_country) in got, claims
    assert not any(c["claim_type"] == "withdrawal" for c in claims), claims


# The speaker after its verb, our own sentences: (lang, title, text, source_country)
SPEAKER_AFTER_VERB = [
    ("de", "Bundeswehr verlegt Soldaten nach Litauen",
     "Die Bundeswehr hat am Dienstag weitere 500 Soldaten nach Litauen verlegt, wie das Einsatzführungskommando mitteilte.",
     "DE"),
    ("de", "USA verlegen Soldaten nach Polen",
     "Die USA verlegen 2.000 Soldaten nach Polen, teilte das Pentagon am Donnerstag mit.", "US"),
    ("uk", "КНДР відправила війська до росії",
     "Близько 500 військових КНДР загинули в Курській області, повідомили в ССО.", "UA"),
    ("ru", "Россия перебросила войска в Сирию",
     "Россия перебросила в Сирию около 300 военных, сообщили в Минобороны.", "RU"),
    ("es", "Rusia envía militares a Venezuela",
     "Unos 100 militares rusos llegaron a Venezuela, informó el Ministerio de Defensa de Venezuela.", "VE"),
]


@pytest.mark.parametrize("lang,title,text,source_country", SPEAKER_AFTER_VERB)
def test_speaker_named_after_the_reporting_verb(analyzer, lang, title, text, source_country):
    claims = claims_of(analyzer, lang, text, title=title)
    assert claims and all(c["source_country"] == source_country for c in claims), claims


# Capitals from geonames + CLDR (not hand lists): (lang, title, text, expected (sender, host, source_country))
CAPITAL_CASES = [
    ("ru", "Российские военные прибыли в Мали",
     "Бамако заявил, что в Мали прибыли около 200 российских военных.", ("RU", "ML", "ML")),
    ("id", "Tentara Prancis tewas di Mali", "Lima tentara Prancis tewas di Mali, kata Bamako.", ("FR", "ML", "ML")),
    ("ko", "러시아군 말리 도착", "바마코는 러시아 군인 200명이 말리에 도착했다고 밝혔다.", ("RU", "ML", "ML")),
    ("en", "Russian troops arrive in Mali", "About 200 Russian troops arrived in Bamako on Monday.", ("RU", "ML", None)),
]


@pytest.mark.parametrize("lang,title,text,expected", CAPITAL_CASES)
def test_capitals_speak_as_subjects_and_are_places_otherwise(analyzer, lang, title, text, expected):
    claims = claims_of(analyzer, lang, text, title=title)
    assert expected in {(c["sender"], c["host"], c["source_country"]) for c in claims}, claims


def test_number_word_spelt_like_a_capital_is_a_number(analyzer):
    claims = claims_of(analyzer, "id", "Lima tentara Prancis tewas di Mali, kata Bamako.", title="Tentara Prancis tewas di Mali")
    assert any(c["count"] == 5 and c["sender"] == "FR" for c in claims), claims


# Whose forces, in languages that glue or place the country differently: (lang, title, text, sender, host)
DEMONYM_CASES = [
    ("id", "Tentara Amerika tiba di Polandia", "Sekitar 500 tentara Amerika tiba di Polandia pada Senin.", "US", "PL"),
    ("ms", "Tentera Perancis di Chad", "Kira-kira 1,000 tentera Perancis ditempatkan di Chad.", "FR", "TD"),
    ("ko", "터키군 이라크", "터키군 병력 300명이 이라크 북부에 배치됐다.", "TR", "IQ"),
    ("ko", "인도군 남수단", "인도군 약 200명이 남수단에 파병됐다.", "IN", "SS"),
    ("zh", "解放军赴吉布提", "约400名解放军官兵抵达吉布提。", "CN", "DJ"),
    ("zh", "法军撤出马里", "约2000名法军撤出马里。", "FR", "ML"),
    ("ja", "自衛隊がジブチに派遣", "自衛隊の隊員約180人がジブチに到着した。", "JP", "DJ"),
    ("ja", "トルコ軍がイラク北部に", "トルコ軍約300人がイラク北部に展開している。", "TR", "IQ"),
]


@pytest.mark.parametrize("lang,title,text,sender,host", DEMONYM_CASES)
def test_country_forces_in_agglutinating_and_cjk_forms(analyzer, lang, title, text, sender, host):
    claims = claims_of(analyzer, lang, text, title=title)
    assert (sender, host) in {(c["sender"], c["host"]) for c in claims}, claims


def test_speaker_after_a_comma_is_not_a_coordinated_host(analyzer):
    claims = claims_of(analyzer, "en", "Russia has sent 3,000 troops to Belarus, Kyiv said.", title="Russian troops in Belarus")
    assert {(c["sender"], c["host"], c["source_country"]) for c in claims} == {("RU", "BY", "UA")}, claims


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia has sent 3,000 troops to Belarus, Kyiv said. Moscow did not confirm the deployment of Russian "
           "troops in Belarus."),
    ("uk", "Росія направила до Білорусі 3 тисячі військових, заявили в Києві. Москва офіційно не визнає "
           "розміщення російських військ у Білорусі."),
    ("ko", "러시아가 벨라루스에 병력 3천명을 배치했다고 우크라이나가 밝혔다. 러시아는 벨라루스 주둔 러시아군 배치를 "
           "인정하지 않았다."),
])
def test_negated_confirmation_is_a_denial(analyzer, lang, text):
    claims = claims_of(analyzer, lang, text, title=None)
    assert any(c["stance"] == "denies" and c["sender"] == "RU" for c in claims), claims
    assert not any(c["stance"] == "confirms" for c in claims), claims


def test_embassy_seat_is_not_a_host_and_border_critic_is_not_domestic(analyzer):
    text = ("Russland hat 3.000 Soldaten nach Belarus verlegt. Litauen verurteilte die Stationierung russischer "
            "Truppen an seiner Grenze. Die russische Botschaft in Madrid verteidigte die Verlegung der Soldaten.")
    claims = claims_of(analyzer, "de", text, title="Russische Truppen in Belarus")
    got = {(c["sender"], c["host"], c["stance"], c["source_country"]) for c in claims}
    assert ("RU", "BY", "condemns", "LT") in got, claims
    assert not any(c["host"] == "ES" for c in claims), claims


def test_declined_oblast_is_the_location(analyzer):
    claims = claims_of(analyzer, "uk", "Близько 200 військових КНДР загинули в Курській області, повідомили в ССО.",
                       title="КНДР втратила військових у Курській області")
    assert any(c["location"] == "Kursk Oblast" and c["host"] == "RU" for c in claims), claims


@pytest.mark.parametrize("lang,text,code", [
    ("zh", "新华社北京5月3日电 中国第八批赴黎巴嫩维和部队约400名官兵3日启程，赴黎巴嫩执行维和任务。", "CN"),
    ("ko", "서울=연합뉴스 — 한국군 장병 약 280명이 5일 레바논에 도착했다.", "KR"),
])
def test_wire_agency_in_the_dateline_sources_unattributed_claims(analyzer, lang, text, code):
    claims = claims_of(analyzer, lang, text, title=None)
    assert claims and all(c["source_country"] == code for c in claims), claims


def test_coordinated_subjects_each_send(analyzer):
    claims = claims_of(analyzer, "uk", "Велика Британія та Франція готові направити в Україну до 30 тисяч військових.",
                       title="Лондон і Париж готові розмістити війська в Україні")
    assert {("GB", "UA", 30000), ("FR", "UA", 30000)} <= {(c["sender"], c["host"], c["count"]) for c in claims}, claims


def test_coordinated_critics_each_condemn(analyzer):
    text = "Российские военные прибыли в Белоруссию. Литва и Польша осудили размещение российских войск у своих границ."
    claims = claims_of(analyzer, "ru", text, title="Российские войска прибыли в Белоруссию")
    got = {(c["sender"], c["host"], c["stance"], c["source_country"]) for c in claims}
    assert {("RU", "BY", "condemns", "LT"), ("RU", "BY", "condemns", "PL")} <= got, claims


def test_malay_denial_verb(analyzer):
    text = ("Rusia menempatkan kira-kira 4,000 tentera di Syria. Bagaimanapun, Kremlin menafikan Moscow sedang "
            "menarik keluar tenteranya dari Syria.")
    claims = claims_of(analyzer, "ms", text, title="Tentera Rusia di Syria")
    assert any(c["stance"] == "denies" and c["source_country"] == "RU" for c in claims), claims


def test_critic_does_not_condemn_its_own_forces(analyzer):
    text = ("About 4,000 US soldiers arrived in Poland on Friday. The Kremlin condemned the rotation, calling the US "
            "troop presence in Poland a provocation and demanding that Washington pull its forces back.")
    claims = claims_of(analyzer, "en", text, title="US troops rotate into Poland")
    assert ("US", "PL", "condemns", "RU") in {(c["sender"], c["host"], c["stance"], c["source_country"]) for c in claims}
    assert not any(c["sender"] == "RU" for c in claims), claims


@pytest.mark.parametrize("lang,title,text,sender,host,source_country", [
    ("pt", "Tropas ruandesas deixam Moçambique",
     "As últimas tropas ruandesas deixaram a província de Cabo Delgado, em Moçambique, confirmou a Força de Defesa "
     "do Ruanda.", "RW", "MZ", "RW"),
    ("es", "Tropas chilenas dejan Haití",
     "Los últimos 80 soldados chilenos dejaron Haití el lunes, informó el Ministerio de Defensa de Chile.", "CL", "HT", "CL"),
])
def test_leave_verbs_are_withdrawals(analyzer, lang, title, text, sender, host, source_country):
    claims = claims_of(analyzer, lang, text, title=title)
    got = {(c["sender"], c["host"], c["claim_type"], c["source_country"]) for c in claims}
    assert (sender, host, "withdrawal", source_country) in got, claims


@pytest.mark.parametrize("lang,title,text,source_country", [
    ("zh", "俄罗斯在叙利亚驻军", "俄罗斯在叙利亚部署约4000名军人。中国外交部发言人表示，中方从未向叙利亚派遣军事人员。", "CN"),
    ("en", "Belarus troops in Russia", "Kyiv says 1,000 Belarusian soldiers were sent to Russia. Minsk said it has never "
                                       "sent troops to Russia.", "BY"),
])
def test_never_sent_is_a_denial(analyzer, lang, title, text, source_country):
    claims = claims_of(analyzer, lang, text, title=title)
    assert any(c["stance"] == "denies" and c["source_country"] == source_country for c in claims), claims
