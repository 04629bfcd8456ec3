"""Short statements whose one cue word or number the lexicon missed (round 10): Arabic number words
(teens, a glued "and"), Arabic place words, verbs of being somewhere, a demonym, a withdrawal verb."""
from functools import partial

from transforms.nlp.mentions.numbers import NumberFinder
from transforms.nlp.document.history import _numbers_data

from tests.claim_helpers import claim_tuples

pairs = partial(claim_tuples, fields=("sender", "host"), story=True)
counted = partial(claim_tuples, fields=("sender", "host", "count"), story=True)
typed = partial(claim_tuples, fields=("sender", "host", "claim_type", "stance"), story=True)


def _ar_values(text):
    return [n.value for n in NumberFinder("ar", _numbers_data().get("ar")).find(text)]


def test_arabic_teens_and_glued_and_join_number_words():
    assert _ar_values("وصل خمسة عشر جنديا") == [15]
    assert _ar_values("أرسلت ستمئة وأربعين جنديا") == [640]


def test_arabic_teen_count_of_casualties(analyzer):
    text = "أصيب ثلاثة عشر جندياً فرنسياً في هجوم على قاعدة في مالي."
    assert counted(analyzer, "ar", text) == {("FR", "ML", 13)}


def test_arabic_sent_a_worded_count_with_glued_and(analyzer):
    text = "أرسلت رواندا أربعمئة وستين جندياً إلى موزمبيق."
    assert counted(analyzer, "ar", text) == {("RW", "MZ", 460)}


def test_arabic_adverbial_side_of_a_country_is_the_host(analyzer):
    text = "قُتل ثلاثة جنود كينيين في هجوم على معسكر شمالي الصومال."
    assert pairs(analyzer, "ar", text) == {("KE", "SO")}


def test_arabic_night_is_no_lille(analyzer):
    text = "هبطت في مطار بانغي ليل الأحد طائرة تقل نحو ثلاثمئة عسكري رواندي."
    assert pairs(analyzer, "ar", text) == {("RW", "CF")}


def test_being_somewhere_denied(analyzer):
    assert typed(analyzer, "fr", "Le gouvernement nigérien a nié que ses soldats se trouvaient au Mali.") == {
        ("NE", "ML", "deployment", "denies")}
    assert typed(analyzer, "es", "El gobierno de Ecuador negó que sus soldados se encuentran en Colombia.") == {
        ("EC", "CO", "deployment", "denies")}


def test_presence_noun_keberadaan(analyzer):
    text = "Pemerintah Mali menampik keberadaan personel militer Rusia di Niger."
    assert typed(analyzer, "id", text) == {("RU", "NE", "deployment", "denies")}


def test_replego_is_a_withdrawal(analyzer):
    assert typed(analyzer, "es", "Francia replegó sus tropas de Níger.") == {("FR", "NE", "withdrawal", "asserts")}


def test_bengali_peacekeepers(analyzer):
    text = "Três capacetes azuis bengalis morreram num ataque no Sudão do Sul."
    assert counted(analyzer, "pt", text) == {("BD", "SS", 3)}
