"""Who says it (source_country) when the attribution names a state body by adjective, genitive, the
capital it speaks in, its own account or the host it hosts for; a sentence that only names its
speaker; a count in the sentence after a claim (one claim, counted, keeping its speaker); counts that
are none (one unit, the officials who speak). Sentences written for these tests (fix src6)."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "count", "source_country"),
                 published_at="2025-06-02", story=True)


@pytest.mark.parametrize("lang, text, expected", [
    # the count of the frame just before: one claim, counted, with the speaker of either sentence
    ("en", "Ghana will deploy an infantry battalion to South Sudan, the army said on Friday. The 650 "
           "soldiers are due to leave Accra in April.", {("GH", "SS", 650, "GH")}),
    ("en", "Fiji is sending a new contingent to the Golan Heights. The 180-strong unit will serve there for a year.",
     {("FJ", "SY", 180, None)}),
    ("es", "Uruguay enviará en agosto un nuevo contingente a la República Democrática del Congo, "
           "informó el Ejército. La unidad, de 210 efectivos, reemplazará a la que está allí desde enero.",
     {("UY", "CD", 210, "UY")}),
    ("es", "Guatemala mandará una compañía de policía militar a Haití. El grupo, de 75 efectivos, "
           "partirá en marzo.", {("GT", "HT", 75, None)}),
    ("uk", "Молдова відправить своїх військових до Косова, оголосив міністр оборони. Контингент "
           "налічуватиме 41 військовослужбовця.", {("MD", "XK", 41, "MD")}),
    # (instructors: a deployment and a training claim of the same troops, both counted)
    ("uk", "Литва направить інструкторів до Польщі. До складу групи увійдуть 30 військових.",
     {("LT", "PL", 30, None)}),
    ("ar", "سترسل رواندا قوة عسكرية إلى جمهورية أفريقيا الوسطى. وتضم القوة 350 جندياً سيغادرون كيغالي الشهر المقبل.",
     {("RW", "CF", 350, None)}),
    ("ru", "Армения направит миротворцев в Ливан, сообщили в Минобороны республики. Контингент "
           "численностью 35 человек отправится в мае.", {("AM", "LB", 35, "AM")}),
    ("de", "Österreich schickt erneut Soldaten in den Libanon, teilte das Verteidigungsministerium mit. "
           "Das Kontingent umfasst 160 Soldaten.", {("AT", "LB", 160, "AT")}),
])
def test_count_in_the_next_sentence_is_one_claim(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a short sentence that only names its speaker gives it to the claims just before
    ("ja", "ケニア兵約400人が3日、ハイチに到着した。ケニア国防省が発表した。", ("KE", "HT", 400, "KE")),
    ("ja", "ドイツ軍の部隊約500人がリトアニアに到着した。リトアニア国防軍が明らかにした。", ("DE", "LT", 500, "LT")),
    ("ja", "インドネシア兵約200人がレバノンに到着した。同国国防省が発表した。", ("ID", "LB", 200, "ID")),
    ("ko", "케냐군 약 400명이 아이티에 도착했다. 케냐 국방부가 밝혔다.", ("KE", "HT", 400, "KE")),
])
def test_a_sentence_naming_only_the_speaker(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # the capital where the speaker speaks: its state's
    ("en", "Senegal sent 300 soldiers to the Gambia on Monday, an army spokesman said in Dakar.",
     ("SN", "GM", 300, "SN")),
    ("en", "About 150 Egyptian soldiers arrived in Somalia, state television in Mogadishu reported.",
     ("EG", "SO", 150, "SO")),
    ("de", "Ruanda hat rund 1.000 Soldaten nach Mosambik verlegt, sagte ein Militärsprecher in Kigali.",
     ("RW", "MZ", 1000, "RW")),
    ("pt", "Cerca de 500 militares angolanos foram enviados para a RDC, informou a Presidência em Luanda.",
     ("AO", "CD", 500, "AO")),
    ("id", "Sekitar 300 tentara Kenya tiba di Haiti pekan lalu, demikian keterangan Kementerian Pertahanan di Nairobi.",
     ("KE", "HT", 300, "KE")),
])
def test_speaker_in_a_capital(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # by its own account: the sender says it of its own troops
    ("de", "Frankreich hat nach eigenen Angaben derzeit rund 1.500 Soldaten in Dschibuti stationiert.",
     ("FR", "DJ", 1500, "FR")),
    ("en", "Turkey, by its own account, has about 2,000 soldiers in Somalia.", ("TR", "SO", 2000, "TR")),
    ("ru", "Россия, по собственным данным, держит в Абхазии около 4000 военных.", ("RU", "GE", 4000, "RU")),
    ("es", "Italia tiene, según sus propios datos, unos 1.000 militares en el Líbano.", ("IT", "LB", 1000, "IT")),
])
def test_by_its_own_account(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # a state body named by its country's adjective or genitive, or with its country after it
    ("id", "Sekitar 150 personel militer Vietnam diberangkatkan ke Sudan Selatan, demikian diumumkan "
           "Kementerian Pertahanan Vietnam, Senin.", ("VN", "SS", 150, "VN")),
    ("uk", "Франція має близько 1 500 військових у Джибуті, свідчать дані Міністерства оборони Франції.",
     ("FR", "DJ", 1500, "FR")),
    ("ar", "أرسل المغرب 200 جندي إلى جمهورية أفريقيا الوسطى ضمن بعثة الأمم المتحدة، وفق ما أفاد به المتحدث "
           "باسم القوات المسلحة الملكية المغربية.", ("MA", "CF", 200, "MA")),
    ("tr", "Fransa Savunma Bakanı Sébastien Lecornu, ülkesinin NATO kapsamında Romanya'ya 700 asker "
           "göndereceğini söyledi.", ("FR", "RO", 700, "FR")),
    ("ja", "ケニア国防軍は、ソマリア南部での戦闘でケニア兵5人が死亡したと発表した。", ("KE", "SO", 5, "KE")),
    ("ko", "미 국방부는 러시아가 리비아에 병력 약 2000명을 배치했다고 밝혔다.", ("RU", "LY", 2000, "US")),
    ("ms", "Kira-kira 150 askar Nepal tiba di Lubnan, menurut Nepal Army Public Relations (NAPR) Nepal.",
     ("NP", "LB", 150, "NP")),
    ("fr", "Les États-Unis ont environ 900 militaires en Syrie, d'après un décompte du Pentagone.",
     ("US", "SY", 900, "US")),
    ("uk", "Перша група зі 120 казахстанських військових прибула до Лівану, повідомляє Казінформ.",
     ("KZ", "LB", 120, "KZ")),
])
def test_state_body_by_adjective_or_genitive(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # the host as subject: a title with no country is the host's
    ("es", "Polonia acoge a unos 10.000 militares estadounidenses, según datos del Ministerio de Defensa.",
     ("US", "PL", 10000, "PL")),
    ("id", "Lituania kini menjadi tuan rumah bagi sekitar 1.000 tentara Jerman, kata Menteri Pertahanan "
           "dalam wawancara.", ("DE", "LT", 1000, "LT")),
    ("uk", "Польща, яка приймає близько 10 000 американських військових, хоче збільшити їхню кількість, "
           "заявив президент.", ("US", "PL", 10000, "PL")),
])
def test_host_speaks_of_what_it_hosts(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # one unit sent is no head count of one; the officials who speak are no troops
    ("ms", "Malaysia akan menghantar satu pasukan perubatan ke Lubnan, kata jurucakap ATM.", {("MY", "LB", None)}),
    ("id", "Indonesia akan mengirim satu pasukan zeni ke Kongo tahun depan.", {("ID", "CD", None)}),
    ("zh", "三名知情官员透露，印度尼西亚拟向黎巴嫩增派约300名维和人员。", {("ID", "LB", 300)}),
])
def test_no_stray_counts(analyzer, lang, text, expected):
    result = analyzer.analyze(text, language=lang)
    assert {(c["sender"], c["host"], c["count"]) for c in result.claims} == expected


@pytest.mark.parametrize("lang, text, expected", [
    # more next-sentence counts, in other languages and shapes
    ("fr", "Le Bénin enverra une compagnie au Liban en juillet, a annoncé l'armée. Le détachement, fort "
           "de 140 hommes, servira au sein de la Finul.", {("BJ", "LB", 140, "BJ")}),
    ("id", "Indonesia akan mengirim satu kompi zeni ke Republik Afrika Tengah, kata juru bicara TNI. "
           "Kompi itu berkekuatan 175 personel.", {("ID", "CF", 175, "ID")}),
    ("pt", "Portugal vai enviar uma nova força para a República Centro-Africana, anunciou o Ministério da "
           "Defesa. O contingente, de 180 militares, parte em março.", {("PT", "CF", 180, "PT")}),
    ("ko", "몽골 정부는 남수단에 공병 부대를 보내기로 했다. 150명으로 구성된 이 부대는 다음 달 울란바토르를 떠난다.",
     {("MN", "SS", 150, "MN")}),
    ("uk", "Ірландія відправить до Лівану новий польовий госпіталь, повідомило Міністерство оборони Ірландії. "
           "До його складу увійдуть 45 військових медиків.", {("IE", "LB", 45, "IE")}),
    ("en", "Japan will send a field hospital to South Sudan, the defence ministry said. It will be staffed "
           "by 40 military medics.", {("JP", "SS", 40, "JP")}),
    ("de", "Dänemark wird erneut Soldaten nach Estland schicken. Das Kontingent umfasst nach Angaben "
           "des Verteidigungsministeriums in Kopenhagen etwa 180 Männer und Frauen.", {("DK", "EE", 180, "DK")}),
])
def test_more_counts_in_the_next_sentence(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the force that speaks, or the title of a body whose country is named
    ("ar", "تستعد زامبيا لإرسال جنود إلى جمهورية أفريقيا الوسطى. وقالت قوات دفاع زامبيا إن القوة، البالغ "
           "قوامها 400 جندي، ستغادر لوساكا الشهر المقبل.", ("ZM", "CF", 400, "ZM")),
    ("es", "La Fuerza Armada de Honduras enviará en mayo un contingente de 60 efectivos a Haití.",
     ("HN", "HT", 60, "HN")),
    ("pt", "Soldados chineses combatem ao lado do exército sudanês, segundo um comunicado do Estado-Maior "
           "das Forças Armadas sudanesas.", ("CN", "SD", None, "SD")),
    ("fr", "Quelque 300 soldats tchadiens combattent au Niger, selon un communiqué de l'état-major des "
           "forces armées nigériennes.", ("TD", "NE", 300, "NE")),
    ("de", "Die Bundeswehr hat rund 400 Soldaten in Jordanien im Einsatz, wie aus einer Übersicht des "
           "Einsatzführungskommandos hervorgeht.", ("DE", "JO", 400, "DE")),
])
def test_speaking_forces_and_titles_of_named_bodies(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # more speakers in a capital, adjectives and own accounts, in further languages
    ("fr", "Le Rwanda a déployé environ 1 000 soldats au Mozambique, a indiqué un porte-parole de l'armée à Kigali.",
     ("RW", "MZ", 1000, "RW")),
    ("es", "Unos 200 soldados ruandeses llegaron a Mozambique, informó la Presidencia en Maputo.",
     ("RW", "MZ", 200, "MZ")),
    ("ru", "Франция, по собственным данным, держит в Джибути около 1500 военных.", ("FR", "DJ", 1500, "FR")),
    ("fr", "La France dispose, selon ses propres chiffres, d'environ 1 500 militaires à Djibouti.",
     ("FR", "DJ", 1500, "FR")),
    ("pt", "A Espanha tem militares destacados na Letónia, recordou a ministra da Defesa, no Parlamento.",
     ("ES", "LV", None, "ES")),
    ("uk", "Польща має військових у Литві, нагадав міністр національної оборони, виступаючи в Сеймі.",
     ("PL", "LT", None, "PL")),
    ("tr", "Almanya Savunma Bakanı Boris Pistorius, ülkesinin NATO'nun doğu kanadında Litvanya'ya 4 bin asker "
           "konuşlandıracağını söyledi.", ("DE", "LT", 4000, "DE")),
    ("ja", "ナイジェリア国防軍は、ニジェール西部での戦闘でナイジェリア兵3人が死亡したと発表した。",
     ("NG", "NE", 3, "NG")),
    ("ko", "일본 방위성은 중국이 캄보디아에 병력 약 300명을 보냈다고 밝혔다.", ("CN", "KH", 300, "JP")),
])
def test_more_speakers(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # a bare government body condemning: the state whose press writes the language
    ("ko", "외교부는 중국군의 미얀마 파병을 강력히 규탄한다는 대변인 성명을 발표했다.", ("CN", "MM", None, "KR")),
    ("tr", "Dışişleri Bakanlığı, Rus askerlerinin Libya'ya konuşlanmasını sert bir dille kınadı.", ("RU", "LY", None, "TR")),
    ("ja", "外務省は、ロシア軍部隊のベラルーシへの派遣を強く非難する談話を発表した。", ("RU", "BY", None, "JP")),
    ("uk", "МЗС засудило розгортання російських військ у Білорусі.", ("RU", "BY", None, "UA")),
])
def test_bare_ministry_condemning_is_the_home_state(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)
