"""Sources of round probe10: who speaks in a speaker-only sentence with a separable verb, the German
genitive of a force's name, seats of government that are no capital, cabinet and headquarters words,
the Indonesian/Malay "demikian" reporting phrase, and the stance of what is rejected."""
from functools import partial

from tests.claim_helpers import claim_tuples

sources = partial(claim_tuples, fields=("sender", "host", "source_country"), story=True)
kinds = partial(claim_tuples, fields=("sender", "host", "claim_type", "stance"), story=True)


def test_separable_speech_verb_in_a_sentence_that_only_names_the_speaker(analyzer):
    got = sources(analyzer, "de", "Österreich will im Herbst 150 Soldaten nach Bosnien schicken. "
                                  "Das kündigte die Verteidigungsministerin am Montag in einer Pressekonferenz an.")
    assert got == {("AT", "BA", "AT")}
    got = sources(analyzer, "de", "Schweden verlegt 300 Soldaten nach Lettland. Das kündigte ein Regierungssprecher in Stockholm an.")
    assert got == {("SE", "LV", "SE")}


def test_german_genitive_of_a_force_name(analyzer):
    got = sources(analyzer, "de", "In Rumänien sind nach Angaben des Pentagons inzwischen 3.000 US-Soldaten stationiert.")
    assert got == {("US", "RO", "US")}


def test_seat_of_government_that_is_no_capital(analyzer):
    assert sources(analyzer, "uk", "Нідерланди направлять 200 військових до Литви, повідомили в Гаазі.") == {("NL", "LT", "NL")}
    assert sources(analyzer, "ms", "Putrajaya menafikan bahawa tentera Malaysia berada di Myanmar.") == {("MY", "MM", "MY")}
    assert sources(analyzer, "en", "Dutch troops will be deployed to Romania next month, officials said in The Hague.") == {
        ("NL", "RO", "NL")}


def test_cabinet_and_council_of_ministers_speak_for_the_sender(analyzer):
    got = sources(analyzer, "es", "El Consejo de Ministros autorizó el envío de unos 200 militares españoles a Letonia.")
    assert got == {("ES", "LV", "ES")}
    got = sources(analyzer, "de", "Laut Kabinettsbeschluss sollen bis zu 500 Bundeswehrsoldaten nach Litauen verlegt werden.")
    assert got == {("DE", "LT", "DE")}


def test_headquarters_and_department_seated_in_a_capital(analyzer):
    got = sources(analyzer, "pt", "O Senegal enviou 150 militares para a Gâmbia, informou o quartel-general do Exército em Dacar.")
    assert got == {("SN", "GM", "SN")}
    got = sources(analyzer, "ms", "Tentera New Zealand dihantar ke Iraq, menurut Jabatan Pertahanan di Wellington.")
    assert got == {("NZ", "IQ", "NZ")}


def test_demikian_reporting_phrase_names_its_speaker_after_it(analyzer):
    got = sources(analyzer, "id", "Lima tentara Kenya tewas di Somalia, demikian dikonfirmasi Nairobi.")
    assert got == {("KE", "SO", "KE")}
    got = sources(analyzer, "id", "Prancis akan mengirim 400 tentara ke Rumania, demikian pernyataan Elysee, Senin.")
    assert got == {("FR", "RO", "FR")}


def test_envio_is_a_sending_and_the_council_announces_it(analyzer):
    got = sources(analyzer, "es", "El Consejo de Ministros aprobó el envío de 120 militares españoles a Mauritania.")
    assert got == {("ES", "MR", "ES")}


def test_rejecting_an_arrival_past_a_quoted_adverb_condemns_it(analyzer):
    got = kinds(analyzer, "es", "Bolivia rechazó «categóricamente» el despliegue de tropas chilenas en Perú.")
    assert got == {("CL", "PE", "deployment", "condemns")}
    got = kinds(analyzer, "pt", "Angola rejeitou \"firmemente\" o envio de tropas ruandesas para a RDC.")
    assert got == {("RW", "CD", "deployment", "condemns")}


def test_feminine_rejected_an_accusation_denies(analyzer):
    got = kinds(analyzer, "uk", "Москва відкинула звинувачення у тому, що російські військові перебувають у Молдові.")
    assert got == {("RU", "MD", "deployment", "denies")}


def test_condemning_word_after_according_to_only_reports(analyzer):
    got = kinds(analyzer, "es", "Nicaragua alberga a decenas de asesores militares rusos, según denuncian organizaciones opositoras.")
    assert got == {("RU", "NI", "deployment", "asserts")}


def test_turkish_topic_set_off_by_a_comma_speaks(analyzer):
    got = sources(analyzer, "tr", "Ruanda, Kongo'nun doğusunda askerlerinin savaştığı yönündeki iddiaları reddetti.")
    assert got == {("RW", "CD", "RW")}


def test_dateline_does_not_hide_the_verb_second_speaker(analyzer):
    got = sources(analyzer, "de", "MOSKAU (AFP) – Russland hat die Verlegung britischer Soldaten nach Estland scharf verurteilt.")
    assert got == {("GB", "EE", "RU")}


def test_article_between_reporting_verb_and_capital(analyzer):
    got = sources(analyzer, "pt", "Portugal vai enviar 60 militares para São Tomé e Príncipe, anunciou a Lisboa oficial.")
    assert got == {("PT", "ST", "PT")}


def test_state_body_seated_in_a_capital_decides(analyzer):
    got = sources(analyzer, "en", "About 150 Austrian soldiers will serve in Kosovo under a mandate approved by the parliament in Vienna.")
    assert got == {("AT", "XK", "AT")}
    got = sources(analyzer, "id", "Jepang akan mengirim 100 tentara ke Sudan Selatan sesuai rencana yang disetujui parlemen di Tokyo.")
    assert got == {("JP", "SS", "JP")}


def test_abbreviated_month_before_a_day_ends_no_sentence(analyzer):
    got = sources(analyzer, "en", "The last German troops left Mali on Dec. 12, ending a decade of military presence, the German army said.")
    assert got == {("DE", "ML", "DE")}
    got = claim_tuples(analyzer, "en", "The last German troops left Mali on Dec. 12, ending a decade of military presence, the German army said.",
                       fields=("sender", "host", "claim_type"))
    assert got == {("DE", "ML", "withdrawal")}


def test_body_that_names_its_state_with_a_demonym_after_it_sends_no_one(analyzer):
    got = claim_tuples(analyzer, "pt", "Segundo o Departamento de Estado norte-americano, a Rússia enviou 200 instrutores para o Mali.",
                       fields=("sender", "host", "source_country"), story=True)
    assert {(s, h) for s, h, _ in got} == {("RU", "ML")}
    assert ("RU", "ML", "US") in got


def test_the_trained_troops_are_no_sender(analyzer):
    pairs = partial(claim_tuples, fields=("sender", "host"), story=True)
    assert pairs(analyzer, "en", "British instructors arrived in Germany, where they will train Ukrainian recruits.") == {("GB", "DE")}
    assert pairs(analyzer, "ru", "Французские инструкторы прибыли в Польшу, где будут обучать украинских военных.") == {("FR", "PL")}
    assert pairs(analyzer, "es", "Instructores italianos llegaron a Letonia, donde entrenarán a soldados ucranianos.") == {("IT", "LV")}


def test_count_of_next_sentence_fills_both_twin_claims_once(analyzer):
    got = claim_tuples(analyzer, "uk", "Естонія підтвердила намір направити своїх інструкторів до Німеччини. Йдеться про 20 інструкторів.",
                       fields=("sender", "host", "count", "stance"), story=True)
    assert {g[3] for g in got} == {"confirms"} and {g[:3] for g in got} == {("EE", "DE", 20)}
