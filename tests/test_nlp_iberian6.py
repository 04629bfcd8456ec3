"""Round 7 (iberian6), our own sentences: troops that patrol a place are deployed there, in every
language (a patrol verb is a deployment verb); the teen number words of Spanish and Portuguese count."""
import pytest

from tests.nlp_checks import counts

CASES = [
    # --- patrolling troops are deployed where they patrol
    ("en", "Kenyan soldiers patrol the outskirts of Bamako.", {("KE", "ML", None)}),
    ("es", "Soldados ruandeses patrullan las calles de Bangui.", {("RW", "CF", None)}),
    ("pt", "Soldados ruandeses patrulham as ruas de Bangui.", {("RW", "CF", None)}),
    ("fr", "Des soldats rwandais patrouillent dans les rues de Bangui.", {("RW", "CF", None)}),
    ("de", "Ruandische Soldaten patrouillieren in Bangui.", {("RW", "CF", None)}),
    ("ru", "Руандийские военные патрулируют улицы Банги.", {("RW", "CF", None)}),
    ("id", "Tentara Rwanda berpatroli di jalan-jalan Bangui.", {("RW", "CF", None)}),
    ("ms", "Askar Rwanda meronda jalan-jalan di Bangui.", {("RW", "CF", None)}),
    ("tr", "Ruandalı askerler Bangui sokaklarında devriye atıyor.", {("RW", "CF", None)}),
    ("zh", "卢旺达士兵在班吉街头巡逻。", {("RW", "CF", None)}),
    # --- teen number words count
    ("es", "Catorce soldados chilenos llegaron a Haití el lunes.", {("CL", "HT", 14)}),
    ("pt", "Treze militares brasileiros chegaram ao Líbano.", {("BR", "LB", 13)}),
    ("pt", "Dezessete soldados brasileiros chegaram ao Haiti.", {("BR", "HT", 17)}),
]


@pytest.mark.parametrize("lang,text,want", CASES)
def test_iberian6(analyzer, lang, text, want):
    assert counts(analyzer, lang, text) == want
