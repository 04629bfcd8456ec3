"""Our own sentences: troops that patrol a place are deployed there, in every
language (a patrol verb is a deployment verb); the teen number words of Spanish and Portuguese count;
a singular unit noun with its possessive (su unidad, sua unidade) is troops, so a head count in the next sentence
counts it; specialists (engineers, medics) in a unit are its head count, but alone they are no troops; Lake Chad, shared by four states, names no country;
"em torno de"/"en torno a" before a place is where, before a number it is about;
Malay names Canberra and Manila for their governments, as Indonesian does."""
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
    # --- a singular unit noun; the count in the next sentence
    ("es", "Uruguay confirmó el relevo de su unidad en el Congo. Son 300 soldados, que llegarán a Goma en junio.",
     {("UY", "CD", 300)}),
    ("pt", "O Brasil confirmou a rotação da sua unidade no Líbano. São 250 fuzileiros, que chegarão a Beirute em julho.",
     {("BR", "LB", 250)}),
    ("es", "El gobierno pidió unidad nacional en Colombia.", set()),
    ("es", "El Gobierno de Unidad Nacional de Sudán exigió la salida de los soldados chadianos desplegados en su territorio.",
     {("TD", "SD", None)}),
    # --- specialists in a unit are its head count; alone they are no troops
    ("en", "Nepal keeps a battalion of 160 engineers in Lebanon.", {("NP", "LB", 160)}),
    ("es", "Chile mantiene un batallón de 160 ingenieros en Haití.", {("CL", "HT", 160)}),
    ("pt", "O Brasil mantém um batalhão de 160 engenheiros no Haiti.", {("BR", "HT", 160)}),
    ("fr", "Le Maroc maintient un bataillon de 160 médecins au Congo.", {("MA", "CD", 160)}),
    ("en", "Germany sent 40 engineers to India to build a factory.", set()),
    ("es", "España envió 40 ingenieros a Marruecos para construir un puente.", set()),
    # --- Lake Chad names no country (the troops of Chad fight elsewhere)
    ("es", "Soldados chadianos luchan junto al ejército camerunés en las islas del lago Chad.", {("TD", "CM", None)}),
    ("en", "Chadian troops fight alongside the Cameroonian army on the islands of Lake Chad.", {("TD", "CM", None)}),
    ("fr", "Des soldats tchadiens combattent aux côtés de l'armée camerounaise sur les îles du lac Tchad.",
     {("TD", "CM", None)}),
    ("pt", "Soldados chadianos combatem ao lado do exército camaronês nas ilhas do lago Chade.", {("TD", "CM", None)}),
    # --- "around" before a place is where
    ("pt", "Seis militares malauianos morreram nos combates em torno de Goma, disse o ministro.", {("MW", "CD", 6)}),
    ("es", "Seis soldados burundeses murieron en los combates en torno a Uvira, informó el ejército.", {("BI", "CD", 6)}),
    ("pt", "Angola enviou em torno de 500 militares para a Guiné-Bissau.", {("AO", "GW", 500)}),
    # --- Malay capitals standing for their governments
    ("ms", "Canberra bersetuju menghantar tentera ke Kepulauan Solomon.", {("AU", "SB", None)}),
    ("ms", "Manila bersetuju menghantar tentera ke Timor Leste.", {("PH", "TL", None)}),
]


@pytest.mark.parametrize("lang,text,want", CASES)
def test_patrols_and_units(analyzer, lang, text, want):
    assert counts(analyzer, lang, text) == want
