"""Claim type from the verb that governs the troops, presence statements, hosts as subjects and
leaving verbs (probe4, type6). Sentences written for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import analysis


analyze = partial(analysis, published_at="2025-06-02")


# A presence verb by the troops sets the claim type; a withdrawal or training word in another clause
# (past punctuation or "despite", "malgré", "있으며") does not, nor does a denial or demand aimed at it.
@pytest.mark.parametrize("lang, text, sender, host, claim_type", [
    ('en', 'Britain keeps about 900 soldiers in Estonia, the defence ministry said on Friday, rejecting talk of a pullout.', 'GB', 'EE', 'deployment'),
    ('en', 'France still has some 1,500 troops in Djibouti despite repeated calls for their withdrawal.', 'FR', 'DJ', 'deployment'),
    ('en', 'Italy maintains around 800 soldiers in Lebanon, weeks after parliament debated their departure.', 'IT', 'LB', 'deployment'),
    ('fr', "L'Espagne maintient environ 650 militaires au Liban, malgré les appels répétés à leur retrait.", 'ES', 'LB', 'deployment'),
    ('fr', 'Le Royaume-Uni conserve quelque 800 soldats en Estonie, a indiqué mardi le ministère, écartant tout retrait.', 'GB', 'EE', 'deployment'),
    ('fr', "La Belgique maintient toujours 250 militaires en Roumanie, où ils aident à former l'armée roumaine.", 'BE', 'RO', 'deployment'),
    ('es', 'Italia mantiene todavía unos 900 militares en el Líbano, pese a las peticiones de su retirada.', 'IT', 'LB', 'deployment'),
    ('es', 'Francia conserva alrededor de 1.200 soldados en Yibuti, aunque el Gobierno estudia su salida.', 'FR', 'DJ', 'deployment'),
    ('es', 'Rusia mantiene cerca de 7.000 militares en Tayikistán, según el ministerio, que descartó una retirada.', 'RU', 'TJ', 'deployment'),
    ('pt', 'A França mantém cerca de 1.500 militares no Djibuti, apesar dos apelos à sua retirada.', 'FR', 'DJ', 'deployment'),
    ('pt', 'A Rússia conserva cerca de 1.200 soldados na Transnístria, embora Chisinau exija a sua saída.', 'RU', 'MD', 'deployment'),
    ('pt', 'Portugal mantém cerca de 200 militares na Roménia, onde ajudam a treinar as forças locais.', 'PT', 'RO', 'deployment'),
    ('de', 'Frankreich unterhält weiterhin rund 1.500 Soldaten in Dschibuti, trotz wiederholter Forderungen nach ihrem Abzug.', 'FR', 'DJ', 'deployment'),
    ('de', 'Großbritannien hat etwa 900 Soldaten in Estland stationiert, ein Abzug ist nach Angaben des Ministeriums nicht geplant.', 'GB', 'EE', 'deployment'),
    ('de', 'Italien unterhält rund 650 Soldaten im Irak, wo sie helfen, kurdische Kräfte auszubilden.', 'IT', 'IQ', 'deployment'),
    ('ru', 'Россия по-прежнему держит около 1500 военных в Приднестровье, несмотря на требования Кишинёва об их выводе.', 'RU', 'MD', 'deployment'),
    ('ru', 'Франция сохраняет около 1500 военнослужащих в Джибути, сроки их вывода пока не определены.', 'FR', 'DJ', 'deployment'),
    ('ru', 'Италия держит около 650 военных в Ираке, где они помогают готовить курдские силы.', 'IT', 'IQ', 'deployment'),
    ('uk', "Росія досі утримує близько 1500 військових у Придністров'ї, попри вимоги Кишинева про їхнє виведення.", 'RU', 'MD', 'deployment'),
    ('uk', 'Франція зберігає близько 1500 військових у Джибуті, графік їхнього виведення ще не визначено.', 'FR', 'DJ', 'deployment'),
    ('uk', 'Італія утримує близько 650 військових в Іраку, де вони допомагають навчати курдські сили.', 'IT', 'IQ', 'deployment'),
    ('zh', '法国目前在吉布提仍驻有约1500名军人，撤军计划尚未公布。', 'FR', 'DJ', 'deployment'),
    ('zh', '俄罗斯在塔吉克斯坦仍驻有约7000名军人，尽管外界多次呼吁其撤军。', 'RU', 'TJ', 'deployment'),
    ('zh', '意大利在伊拉克驻有约650名军人，协助培训当地安全部队。', 'IT', 'IQ', 'deployment'),
    ('ko', '프랑스는 현재 지부티에 병력 약 1500명을 주둔시키고 있으며 철수 일정은 아직 정해지지 않았다.', 'FR', 'DJ', 'deployment'),
    ('ko', '영국은 에스토니아에 병력 약 900명을 주둔시키고 있으며 이들은 현지군 훈련도 돕고 있다.', 'GB', 'EE', 'deployment'),
    ('ko', '러시아는 타지키스탄에 병력 약 7000명을 주둔시키고 있으며 일부는 현지 군 훈련을 지원한다.', 'RU', 'TJ', 'deployment'),
    ('id', 'Prancis masih menempatkan sekitar 1.500 tentara di Djibouti, meskipun ada desakan agar mereka ditarik.', 'FR', 'DJ', 'deployment'),
    ('id', 'Italia mempertahankan sekitar 650 tentara di Irak, tempat mereka membantu melatih pasukan Kurdi.', 'IT', 'IQ', 'deployment'),
    ('id', 'Inggris masih menempatkan sekitar 900 tentara di Estonia, kata kementerian, sambil membantah rencana penarikan.', 'GB', 'EE', 'deployment'),
    ('ms', 'Perancis masih mengekalkan kira-kira 1,500 askar di Djibouti, walaupun terdapat desakan supaya mereka ditarik keluar.', 'FR', 'DJ', 'deployment'),
    ('ms', 'Itali mengekalkan kira-kira 650 askar di Iraq, di mana mereka membantu melatih pasukan Kurdi.', 'IT', 'IQ', 'deployment'),
    ('ms', 'Britain masih menempatkan kira-kira 900 askar di Estonia, kata kementerian itu, sambil menafikan rancangan pengunduran.', 'GB', 'EE', 'deployment'),
    ('tr', "Fransa, geri çekilme çağrılarına rağmen Cibuti'de yaklaşık 1.500 asker bulunduruyor.", 'FR', 'DJ', 'deployment'),
    ('ja', 'フランスはジブチに約1500人の部隊を駐留させており、撤収の時期はまだ決まっていない。', 'FR', 'DJ', 'deployment'),
    ('ja', '英国はエストニアに約900人の部隊をとどめており、撤退の予定はないという。', 'GB', 'EE', 'deployment'),
    ('ar', 'تحتفظ فرنسا بنحو 1500 جندي في جيبوتي، رغم الدعوات المتكررة إلى انسحابهم.', 'FR', 'DJ', 'deployment'),
    ('ar', 'تحتفظ إيطاليا بنحو 650 جندياً في العراق، حيث يساعدون في تدريب القوات الكردية.', 'IT', 'IQ', 'deployment'),
    ('tr', "İngiltere, Estonya'da hâlâ yaklaşık 900 asker bulunduruyor; bu askerlerin geri çekilmesi için henüz bir takvim yok.", 'GB', 'EE', 'deployment'),
    ('tr', "Rusya, çekilme taleplerine rağmen Transdinyester'de yaklaşık 1.500 asker bulunduruyor.", 'RU', 'MD', 'deployment'),
    ('ar', 'لا تزال روسيا تحتفظ بنحو 1500 جندي في ترانسنيستريا، على الرغم من مطالبة مولدوفا بانسحابهم.', 'RU', 'MD', 'deployment'),
])
def test_presence_verb_governs_the_type(analyzer, lang, text, sender, host, claim_type):
    a = analyze(analyzer, lang, text)
    got = {(c["sender"], c["host"], c["claim_type"], c["stance"]) for c in a.claims}
    assert a.is_deployment_story and (sender, host, claim_type, "asserts") in got
    assert all(c["claim_type"] == claim_type for c in a.claims if (c["sender"], c["host"]) == (sender, host))


# ... and a withdrawal that governs the troops stays one; the country right after a leaving verb is
# the one they leave, even where its own army or ministry is the source.
@pytest.mark.parametrize("lang, text, sender, host, claim_type", [
    ('en', 'Belgium is withdrawing its 250 troops from Niger, the defence ministry said.', 'BE', 'NE', 'withdrawal'),
    ('en', 'The Netherlands pulled its last 80 soldiers out of Mali, despite calls to keep them there.', 'NL', 'ML', 'withdrawal'),
    ('fr', 'La Belgique retire ses 250 soldats du Niger, malgré les appels à les maintenir.', 'BE', 'NE', 'withdrawal'),
    ('fr', "Les derniers militaires belges ont quitté le Mali samedi, a indiqué l'armée malienne.", 'BE', 'ML', 'withdrawal'),
    ('es', 'Los últimos militares neerlandeses abandonaron el lunes Malí, informó el Ejército maliense.', 'NL', 'ML', 'withdrawal'),
    ('es', 'Bélgica retira a sus 250 soldados de Níger, pese a las peticiones de mantenerlos.', 'BE', 'NE', 'withdrawal'),
    ('ru', 'Последние бельгийские военные покинули Мали, сообщило малийское министерство обороны.', 'BE', 'ML', 'withdrawal'),
    ('ru', 'Индия завершила вывод с Мальдив своих военнослужащих, сообщили в Мале.', 'IN', 'MV', 'withdrawal'),
    ('uk', 'Останні бельгійські військові залишили Малі, повідомило міністерство оборони Малі.', 'BE', 'ML', 'withdrawal'),
    ('ms', 'Kira-kira 60 askar Belanda telah meninggalkan Mali minggu lalu, kata tentera Mali.', 'NL', 'ML', 'withdrawal'),
    ('id', 'Sekitar 60 tentara Belanda telah meninggalkan Mali pekan lalu, kata militer Mali.', 'NL', 'ML', 'withdrawal'),
    ('pt', 'Os últimos militares belgas deixaram o Níger na sexta-feira, informou o Exército nigerino.', 'BE', 'NE', 'withdrawal'),
    ('ko', '말리 국방부는 자국에 머물던 벨기에군 병력 60명이 모두 철수했다고 밝혔다.', 'BE', 'ML', 'withdrawal'),
    ('zh', '比利时最后一批士兵周五撤离马里。', 'BE', 'ML', 'withdrawal'),
    ('zh', '马里军方周五宣布，最后一批比利时驻军当天撤离马里。', 'BE', 'ML', 'withdrawal'),
    ('zh', '尼日尔军方宣布，最后一批德国士兵已于周日撤离尼日尔。', 'DE', 'NE', 'withdrawal'),
    ('de', 'Die letzten belgischen Soldaten verließen am Freitag Mali, teilte die malische Armee mit.', 'BE', 'ML', 'withdrawal'),
    ('ja', 'ベルギー軍の最後の部隊が5日、マリから撤収した。', 'BE', 'ML', 'withdrawal'),
])
def test_governing_withdrawal_stays(analyzer, lang, text, sender, host, claim_type):
    a = analyze(analyzer, lang, text)
    got = {(c["sender"], c["host"], c["claim_type"]) for c in a.claims}
    assert a.is_deployment_story and (sender, host, claim_type) in got
    assert all(c["claim_type"] == claim_type for c in a.claims if (c["sender"], c["host"]) == (sender, host))


# Presence verbs of each language (mantiene, conserva, とどめる), also after a long-past year when a
# present word ("encore", "still") stands in the troops' clause.
@pytest.mark.parametrize("lang, text, sender, host, count", [
    ('es', 'Italia mantiene unos 900 militares en el Líbano, según el Estado Mayor italiano.', 'IT', 'LB', 900),
    ('es', 'Reino Unido conserva cerca de 800 soldados en Estonia, informó el Ministerio de Defensa británico.', 'GB', 'EE', 800),
    ('es', 'Estados Unidos mantiene todavía unos 2.500 militares en Irak, según el Pentágono.', 'US', 'IQ', 2500),
    ('fr', 'Trente ans après la guerre de 1994, la Russie stationne encore environ 1 500 soldats en Transnistrie.', 'RU', 'MD', 1500),
    ('fr', "Soixante ans après l'indépendance de 1960, la France maintient toujours 350 militaires au Gabon.", 'FR', 'GA', 350),
    ('en', 'Seventy years after the armistice of 1953, the United States still keeps about 28,500 troops in South Korea.', 'US', 'KR', 28500),
    ('pt', 'A França conserva cerca de 350 militares no Gabão, segundo o Estado-Maior francês.', 'FR', 'GA', 350),
    ('ja', '英国はエストニアに約900人の部隊をとどめている。', 'GB', 'EE', 900),
])
def test_presence_is_detected(analyzer, lang, text, sender, host, count):
    a = analyze(analyzer, lang, text)
    assert a.is_deployment_story and (sender, host, count) in {(c["sender"], c["host"], c["count"]) for c in a.claims}


# The subject of a hosting verb is the host: a state before its cities, named outright, and a ministry
# of no named country that speaks is the host's.
@pytest.mark.parametrize("lang, text, sender, host, count, source_country", [
    ('es', 'Alemania alberga a unos 35.000 militares estadounidenses, según datos del Ministerio de Defensa.', 'US', 'DE', 35000, 'DE'),
    ('pt', 'A Roménia acolhe cerca de 4.000 militares norte-americanos, segundo o Ministério da Defesa.', 'US', 'RO', 4000, 'RO'),
    ('id', 'Polandia kini menjadi tuan rumah bagi sekitar 10.000 tentara AS, kata Menteri Pertahanan dalam sebuah wawancara.', 'US', 'PL', 10000, 'PL'),
    ('fr', 'La Roumanie accueille environ 4 000 militaires américains, selon le ministère de la Défense.', 'US', 'RO', 4000, 'RO'),
    ('zh', '作为美军重要的海外基地所在地，日本接纳了约5万名美国军人。', 'US', 'JP', 50000, None),
    ('tr', "Rusya sınırındaki gerilimin arttığı Kırgızistan, Bişkek ve Kant'taki üslerde 2 bine yakın Rus askerini barındırıyor.", 'RU', 'KG', 2000, None),
])
def test_host_as_subject(analyzer, lang, text, sender, host, count, source_country):
    a = analyze(analyzer, lang, text)
    got = {(c["sender"], c["host"], c["count"], c["source_country"]) for c in a.claims}
    assert a.is_deployment_story
    assert any(g[:3] == (sender, host, count) and (source_country is None or g[3] == source_country) for g in got)


# A hosting verb in the infinitive ("continua a acolher"), and the agent of a passive ("liderada por")
# is no side fought for, so it does not move the host.
@pytest.mark.parametrize("lang, text, sender, host, count", [
    ("pt", "O Japão continua a acolher cerca de 50.000 militares norte-americanos, em Okinawa e noutras bases, "
           "embora Tóquio tenha pedido uma redução da sua presença.", "US", "JP", 50000),
    ("pt", "A Letónia continua a acolher cerca de 1.200 soldados canadianos em Adazi, no batalhão liderado pelo Canadá.",
     "CA", "LV", 1200),
    ("es", "Polonia acoge a unos 10.000 militares estadounidenses en el marco de la misión liderada por Washington.",
     "US", "PL", 10000),
    ("fr", "La Lituanie va accueillir quelque 4 800 soldats allemands, a confirmé le ministère lituanien.", "DE", "LT", 4800),
])
def test_hosting_infinitive_and_passive_agent(analyzer, lang, text, sender, host, count):
    a = analyze(analyzer, lang, text)
    got = {(c["sender"], c["host"], c["count"]) for c in a.claims}
    assert a.is_deployment_story and (sender, host, count) in got and all(h == host for _, h, _ in got)


def test_ordinal_unit_number_is_no_count(analyzer):
    a = analyze(analyzer, "uk", "Вірменія приймає 102-гу російську військову базу, де служать близько 3 тисяч військових.")
    assert {(c["sender"], c["host"], c["count"]) for c in a.claims} == {("RU", "AM", 3000)}


def test_a_return_verb_names_where_they_go(analyzer):
    # "regressam a Portugal": they go home, Portugal is not a country they leave
    a = analyze(analyzer, "pt", "O contingente português vai para a República Centro-Africana em março. "
                                "Os militares da força cessante, que cumpriram seis meses no terreno, regressam a Portugal em abril.")
    assert all(c["host"] != "PT" for c in a.claims)


@pytest.mark.parametrize("lang, text, expected", [
    # a continent in a command's name is no city ("Africa" is also an old name of Mahdia, Tunisia)
    ("en", "Belgium handed over its last base in Niger on Monday, completing the withdrawal of about 200 soldiers, "
           "the army's Africa command said.", {("BE", "NE", 200)}),
    # "two military bases": the troop word describes the bases, it counts no one
    ("en", "Italy closed its last two military bases in Niger, ending the withdrawal of 300 soldiers.", {("IT", "NE", 300)}),
    ("fr", "La France a fermé ses deux bases militaires au Tchad, achevant le retrait de 1 000 soldats.", {("FR", "TD", 1000)}),
])
def test_region_names_and_facility_counts(analyzer, lang, text, expected):
    assert {(c["sender"], c["host"], c["count"]) for c in analyze(analyzer, lang, text).claims} == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Belgien hat am Montag damit begonnen, seine Soldaten aus Niger abzuziehen.", ("BE", "NE", "withdrawal", None)),
    ("de", "Die Niederlande planen, ihre 80 Soldaten bis Juni aus Mali zurückzuziehen.", ("NL", "ML", "withdrawal", None)),
    ("id", "Sekitar 60 tentara Belanda telah ditarik dari Mali, ungkap Kementerian Pertahanan Belanda, Senin.",
     ("NL", "ML", "withdrawal", "NL")),
    ("ms", "Kira-kira 60 askar Belanda telah ditarik keluar dari Mali, tutur jurucakap Kementerian Pertahanan Belanda.",
     ("NL", "ML", "withdrawal", "NL")),
])
def test_withdrawal_infinitives_and_reporting_verbs(analyzer, lang, text, expected):
    a = analyze(analyzer, lang, text)
    got = {(c["sender"], c["host"], c["claim_type"], c["source_country"]) for c in a.claims}
    assert a.is_deployment_story and any(g[:3] == expected[:3] and expected[3] in (None, g[3]) for g in got)


@pytest.mark.parametrize("text, expected", [
    # "军方" (the military, as a speaker) is no troop noun; a name joined after the troops by "与" owns
    # the next troops, not these
    ("卢旺达军方说，卢旺达国防军与莫桑比克政府军在德尔加杜角省联合打击武装分子。", ("RW", "MZ", "combat", "RW")),
    ("坦桑尼亚军方称，坦桑尼亚人民国防军与莫桑比克政府军在德尔加杜角省联合打击叛乱分子。", ("TZ", "MZ", "combat", "TZ")),
])
def test_zh_military_speaker_and_joined_armies(analyzer, text, expected):
    a = analyze(analyzer, "zh", text)
    assert a.is_deployment_story and expected in {
        (c["sender"], c["host"], c["claim_type"], c["source_country"]) for c in a.claims}


# A host set off with a relative clause ("Румунія, яка приймає ...") is the one whose president or
# minister speaks in the main clause.
@pytest.mark.parametrize("lang, text", [
    ("uk", "Польща, яка приймає близько 10 тисяч американських військових, хоче збільшити їхню кількість, "
           "заявив міністр оборони."),
    ("ru", "Польша, которая принимает около 10 тысяч американских военных, хочет расширить их присутствие, "
           "заявил министр обороны."),
    ("fr", "La Pologne, qui accueille environ 10 000 soldats américains, souhaite renforcer cette présence, "
           "a déclaré le ministre de la Défense."),
    ("es", "Polonia, que acoge a unos 10.000 militares estadounidenses, quiere ampliar esa presencia, "
           "dijo el ministro de Defensa."),
    ("de", "Polen, das rund 10.000 US-Soldaten beherbergt, will diese Präsenz ausbauen, sagte der Verteidigungsminister."),
])
def test_host_in_relative_clause_speaks(analyzer, lang, text):
    a = analyze(analyzer, lang, text)
    assert a.is_deployment_story and ("US", "PL", 10000, "PL") in {
        (c["sender"], c["host"], c["count"], c["source_country"]) for c in a.claims}


@pytest.mark.parametrize("text, expected", [
    # a Turkish ordinal after a genitive or "-deki" word ("Duşanbe'deki 201. Askeri Üssü") ends no sentence
    ("Rusya'nın Duşanbe'deki 201. Askeri Üssü'nde, yerel basına göre, halen yaklaşık 7 bin asker görev yapıyor.",
     ("RU", "TJ", 7000)),
    ("Fransa'nın Abu Dabi'deki 5. Deniz Üssü'nde halen yaklaşık 700 asker konuşlu bulunuyor.", ("FR", "AE", 700)),
])
def test_tr_ordinal_is_no_sentence_end(analyzer, text, expected):
    a = analyze(analyzer, "tr", text)
    assert a.is_deployment_story and expected in {(c["sender"], c["host"], c["count"]) for c in a.claims}


def test_slavic_plural_genitive_names_the_country(analyzer):
    a = analyze(analyzer, "uk", "Індія завершила виведення з Мальдів своїх військовослужбовців, повідомили в Мале.")
    assert a.is_deployment_story and ("IN", "MV", "withdrawal") in {(c["sender"], c["host"], c["claim_type"]) for c in a.claims}


def test_as_the_seat_of_is_no_ally(analyzer):
    a = analyze(analyzer, "zh", "作为美国海军重要基地所在地，卡塔尔接纳了约8000名美国军人。")
    assert a.is_deployment_story and ("US", "QA", 8000) in {(c["sender"], c["host"], c["count"]) for c in a.claims}
