"""Counts in our own sentences: Russian and Ukrainian number words in the genitive (after около,
более, близько: "около трёхсот", "близько двохсот"); "N of its military experts" counts the state's
own personnel (a possessed or partitive phrase, not a pundit); pt "adiantou" speaks."""
import pytest

from tests.nlp_checks import counts


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Румыния направила в Молдову около трёхсот военнослужащих.", {("RO", "MD", 300)}),
    ("ru", "Более пятисот казахстанских военных прибыли в Бишкек.", {("KZ", "KG", 500)}),
    ("ru", "Польша отправила в Литву свыше двухсот пятидесяти военных.", {("PL", "LT", 250)}),
    ("uk", "Польща направила до Литви близько чотирьохсот військових.", {("PL", "LT", 400)}),
    ("uk", "Понад ста румунських військових прибули до Молдови.", {("RO", "MD", 100)}),
])
def test_genitive_number_words(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "أرسلت روسيا نحو 300 من خبرائها العسكريين إلى مالي.", {("RU", "ML", 300)}),
    ("en", "Turkey has sent some 150 of its military experts to Libya.", {("TR", "LY", 150)}),
    ("fr", "La Russie a envoyé environ 80 de ses experts militaires en Centrafrique.", {("RU", "CF", 80)}),
])
def test_n_of_its_military_experts(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


def test_pt_adiantou_is_a_verb_of_speech(analyzer):
    out = analyzer.analyze("Portugal vai enviar 200 militares para a Roménia, adiantou o ministro da Defesa em Lisboa.",
                           title="", language="pt").to_dict()
    assert [(c["sender"], c["host"], c["source_country"]) for c in out["claims"]] == [("PT", "RO", "PT")]
