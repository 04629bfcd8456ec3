"""A state's name set off by a relative clause is the subject of the main verb; the
clause's names, counts and years are background (its own claim only where it names a place).
Sentences written for these tests, other countries each time."""
import pytest

from tests.claim_helpers import COUNTED, story_and_tuples


def claims(analyzer, lang, text):
    return story_and_tuples(analyzer, lang, text, COUNTED, published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    # the body or the place in the clause is no sender or host of the main verb; the clause's own
    # presence is its own claim of the state it follows
    ("fr", "Le Sénégal, qui a déjà des soldats en Gambie, a envoyé en mai quelque 400 militaires au Mali.",
     {("SN", "ML", 400), ("SN", "GM", None)}),
    ("es", "Uruguay, que participa en la misión de la ONU desde 2001, envió el lunes 120 soldados a Haití.",
     {("UY", "HT", 120)}),
    ("pt", "O Brasil, que participa da missão da ONU desde 2004, enviou na semana passada 90 militares ao Haiti.",
     {("BR", "HT", 90)}),
    ("en", "Kenya, which has troops in Somalia, sent 600 soldiers to Haiti on Tuesday.",
     {("KE", "HT", 600), ("KE", "SO", None)}),
    ("id", "Nepal, yang sejak 2005 menjadi penyumbang utama misi PBB di Lebanon, mengirim 300 tentara ke Mali.",
     {("NP", "ML", 300)}),
    # a count in the clause is not the main claim's
    ("ms", "Jerman, yang pernah mempunyai 4,000 askar di Afghanistan, kini menempatkan 500 askar di Lithuania.",
     {("DE", "LT", 500), ("DE", "AF", 4000)}),
])
def test_set_off_clause(analyzer, lang, text, expected):
    story, got = claims(analyzer, lang, text)
    assert story and got == expected


@pytest.mark.parametrize("lang, text", [
    # a long-past year inside a relative clause dates its background, not the claim
    ("ms", "Fiji, yang mula menyertai misi PBB pada 1978, menghantar 150 anggota tentera ke Lubnan bulan lalu."),
    ("id", "Korea Selatan menampung sekitar 28.000 tentara AS berdasarkan perjanjian yang diteken pada 1953."),
    ("en", "Italy, which joined the UN mission in 1979, sent 200 more soldiers to Lebanon this week."),
])
def test_clause_year_is_no_history(analyzer, lang, text):
    story, got = claims(analyzer, lang, text)
    assert story and got


@pytest.mark.parametrize("lang, text", [
    # ... but a year in the sentence's own clause still makes a history piece
    ("en", "In 1979, Soviet troops, which were based in Uzbekistan, entered Afghanistan."),
    ("id", "Pada 1975 pasukan Indonesia memasuki Timor Timur."),
])
def test_own_year_stays_history(analyzer, lang, text):
    story, _ = claims(analyzer, lang, text)
    assert not story


@pytest.mark.parametrize("lang, text, expected", [
    # where the main clause names no place, the sentence is read whole ("whose base in X ... there")
    ("en", "Britain, whose base in Cyprus is its largest abroad, still keeps about 2,000 troops on the island.",
     ("GB", "CY")),
    ("uk", "Литва, яка з 2017 року приймає на своїй території німецькі війська, нині розміщує близько 1 тис. військових Німеччини.",
     ("DE", "LT")),
])
def test_main_clause_without_place(analyzer, lang, text, expected):
    story, got = claims(analyzer, lang, text)
    assert story and expected in {(s, h) for s, h, _ in got}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Portugal will send a 150-strong engineering company to the Central African Republic.", ("PT", "CF", 150)),
    ("ru", "Индия направила в Южный Судан инженерную роту численностью 200 человек.", ("IN", "SS", 200)),
    ("uk", "Індія направила до Південного Судану інженерну роту чисельністю 200 осіб.", ("IN", "SS", 200)),
    ("es", "Francia completó la retirada de sus últimos 500 soldados de Malí.", ("FR", "ML", 500)),
])
def test_company_units_and_names(analyzer, lang, text, expected):
    story, got = claims(analyzer, lang, text)
    assert story and expected in got
