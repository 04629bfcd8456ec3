"""Count mechanisms (round 7), in several languages, our own sentences: vague quantities give no count;
areas, population figures and facilities are no head counts; a pronoun-and-copula tally ("Ils seront
environ 180") counts the troops referred to, also in the sentence after a claim; troops that refer back
count the claim before even with a domestic-sounding task; detachments are formations; a city after the
closing speech verb is where it was said; "one soldier was killed" counts one."""
import pytest

from tests.nlp_checks import counts

CASES = [
    # --- vague quantities: no count
    ("en", "A few hundred Rwandan soldiers were flown to Bangui on Friday.", {("RW", "CF", None)}),
    ("de", "Frankreich hat mehrere hundert Soldaten nach Estland verlegt.", {("FR", "EE", None)}),
    ("tr", "Türkiye Somali'ye birkaç yüz asker gönderdi.", {("TR", "SO", None)}),
    ("zh", "土耳其向索马里派遣了数百名士兵。", {("TR", "SO", None)}),
    ("ja", "インドは南スーダンに数百人の部隊を派遣した。", {("IN", "SS", None)}),
    # ... a number word with no vague word before it still counts
    ("en", "Britain sent two hundred soldiers to Estonia.", {("GB", "EE", 200)}),
    # --- areas, populations, facilities: no head count
    ("tr", "Rusya, Gürcistan topraklarında 300 kilometrekarelik bir bölgede asker tutuyor.", {("RU", "GE", None)}),
    ("en", "Nepal has 450 peacekeepers in Lebanon, a large share for a country with a population of 30 million.",
     {("NP", "LB", 450)}),
    ("id", "Fiji mengirim 180 prajurit ke Lebanon, jumlah besar bagi negara berpenduduk sekitar 900 ribu orang.",
     {("FJ", "LB", 180)}),
    ("es", "Francia cerró el martes sus tres últimas instalaciones militares en Chad.", {("FR", "TD", None)}),
    ("pt", "A França encerrou as suas duas últimas instalações militares no Chade.", {("FR", "TD", None)}),
    # --- pronoun and copula tally
    ("fr", "La Belgique enverra des militaires au Bénin. Ils seront environ 120, selon le ministère belge.",
     {("BE", "BJ", 120)}),
    ("en", "Norway will send soldiers to Mali. They will number about 120, the ministry said.", {("NO", "ML", 120)}),
    ("fr", "Les soldats français ont quitté le Niger, où ils étaient environ 1 500 depuis 2013.",
     {("FR", "NE", 1500)}),
    # --- referring back despite a domestic-sounding task
    ("id", "Indonesia akan mengirim pasukan ke Lebanon. Satuan beranggotakan 120 prajurit itu akan membantu pengamanan perbatasan.",
     {("ID", "LB", 120)}),
    # --- detachments; where it was said
    ("pt", "Angola vai enviar militares para São Tomé e Príncipe. O destacamento, com 40 homens, parte de Luanda em maio.",
     {("AO", "ST", 40)}),
    ("pt", "O Senegal vai enviar tropas para o Haiti. Serão 300 militares, disse o ministro senegalês em Genebra.",
     {("SN", "HT", 300)}),
    # --- one casualty named by "one" (or the article that is one)
    ("en", "One Malawian peacekeeper was killed in eastern Congo on Monday.", {("MW", "CD", 1)}),
    ("fr", "Un soldat français a été tué dans le nord du Mali.", {("FR", "ML", 1)}),
    ("pt", "Um capacete azul nepalês foi morto no Líbano.", {("NP", "LB", 1)}),
    ("de", "Ein französischer Soldat wurde in Mali getötet.", {("FR", "ML", 1)}),
    ("ru", "Один российский военный погиб в Сирии.", {("RU", "SY", 1)}),
    ("es", "Chile enviará militares a Haití. Serán 200 efectivos, dijo el ministro chileno en Nueva York.",
     {("CL", "HT", 200)}),
]


@pytest.mark.parametrize("lang,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_vague_and_tally_counts(analyzer, lang, text, want):
    assert counts(analyzer, lang, text) == want
