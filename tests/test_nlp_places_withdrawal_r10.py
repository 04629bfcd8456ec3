"""Round 10: cities the gazetteer missed (Ukrainian -ів towns declined, a major city's three-character
zh name after a two-character host word, a curated frontline town) and "flew ... out of" as a withdrawal."""
from functools import partial

from tests.claim_helpers import claim_tuples

hosts = partial(claim_tuples, fields=("sender", "host"), story=True)
kinds = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)


def test_ukrainian_town_in_iv_declined_after_a_preposition(analyzer):
    # Львів -> у Львові: the vowel changes, the ending is replaced by -ів
    assert hosts(analyzer, "uk", "Канадські військові розміщені у Львові.") == {("CA", "UA")}


def test_zh_major_city_of_three_characters_after_a_host_word(analyzer):
    assert hosts(analyzer, "zh", "英军部分官兵已飞抵热舒夫。") == {("GB", "PL")}


def test_curated_frontline_town_below_the_population_floor(analyzer):
    assert hosts(analyzer, "en", "Rwandan peacekeepers are patrolling around Bentiu.") == {("RW", "SS")}


def test_flown_out_of_is_a_withdrawal(analyzer):
    got = kinds(analyzer, "en", "Belgian paratroopers have flown out of Niamey after years in the Nigerien capital.")
    assert got == {("BE", "NE", "withdrawal")}


def test_flew_troops_out_of_is_a_withdrawal(analyzer):
    got = kinds(analyzer, "en", "Portugal flew its last 90 soldiers out of Bangui in the Central African Republic.")
    assert got == {("PT", "CF", "withdrawal")}


def test_flown_out_to_stays_a_deployment(analyzer):
    got = kinds(analyzer, "en", "Danish troops were flown out to Estonia on Monday.")
    assert got == {("DK", "EE", "deployment")}


def test_name_owning_the_speaking_title_is_no_list_item(analyzer):
    got = hosts(analyzer, "en", "Russia has sent about 400 instructors to Mali, Algeria's foreign minister claimed on Friday.")
    assert got == {("RU", "ML")}


def test_list_before_the_speaker_keeps_its_items(analyzer):
    got = hosts(analyzer, "en", "Norway will send troops to Estonia, Latvia and Lithuania, the defence ministry said.")
    assert got == {("NO", "EE"), ("NO", "LV"), ("NO", "LT")}


def test_ms_source_word_opening_a_sentence_is_no_town(analyzer):
    # Sumber is also a town's name: as a word of the language it is never a place
    got = claim_tuples(analyzer, "ms", "Sumber tentera Amerika mendakwa Rusia mempunyai kira-kira 800 anggota tentera di Libya.",
                       fields=("sender", "host", "source_country"), story=True)
    assert got == {("RU", "LY", "US")}


def test_agency_in_apposition_before_the_verb_speaks(analyzer):
    got = claim_tuples(analyzer, "id", "Kantor berita resmi Rusia, TASS, melaporkan pasukan Prancis telah meninggalkan pangkalan di Mali utara.",
                       fields=("sender", "host", "source_country"), story=True)
    assert got == {("FR", "ML", "RU")}


def test_reporting_clause_after_a_comma_keeps_its_speaker_after_the_verb(analyzer):
    got = claim_tuples(analyzer, "es", "Francia ha retirado 400 soldados de Níger, informó el Ministerio de Defensa francés.",
                       fields=("sender", "host", "source_country"), story=True)
    assert got == {("FR", "NE", "FR")}


def test_id_armed_forces_named_angkatan_tentara_speak_for_their_state(analyzer):
    got = claim_tuples(analyzer, "id", "Filipina mengirimkan kontingen baru ke Sudan Selatan. Jumlahnya sekitar lima ratus personel, "
                       "kata Panglima Angkatan Tentara Filipina.", fields=("sender", "host", "count", "source_country"), story=True)
    assert got == {("PH", "SS", 500, "PH")}


def test_pt_present_of_integrar_joins_the_mission_of_the_last_sender(analyzer):
    got = hosts(analyzer, "pt", "Moçambique destacou militares para a República Centro-Africana. O contingente integra a MINUSCA.")
    assert got == {("MZ", "CF")}


def test_zh_press_bureau_of_the_next_sentence_speaks_for_the_sender(analyzer):
    got = claim_tuples(analyzer, "zh", "孟加拉国已向马里派出部队。孟三军新闻局说，此次派出的官兵约有800人。",
                       fields=("sender", "host", "count", "source_country"), story=True)
    assert got == {("BD", "ML", 800, "BD")}
