"""our own sentences in several languages: a mission in a country, or a
multinational force there made up of troops, puts the troops named with their owners there without a
sending verb."""
import pytest

from tests.nlp_checks import counts

CASES = [
    # --- a mission in X, owned troops beside it, no verb of sending
    ("en", "The backbone of the new mission in Sudan will be troops of Kenya, Rwanda and Ghana, diplomats said.",
     {("KE", "SD", None), ("RW", "SD", None), ("GH", "SD", None)}),
    ("ru", "Костяк будущей миссии в Мали образуют войска Чада и Нигера, пишет газета.",
     {("TD", "ML", None), ("NE", "ML", None)}),
    ("es", "La misión en Malí, con soldados de Chad y de Níger.", {("TD", "ML", None), ("NE", "ML", None)}),
    # --- a multinational force there, made up of troops from states
    ("ar", "تضم القوة متعددة الجنسيات في لبنان جنودًا من غانا والهند.", {("GH", "LB", None), ("IN", "LB", None)}),
    ("fr", "La force multinationale au Liban est composée de soldats du Ghana et de l'Inde.",
     {("GH", "LB", None), ("IN", "LB", None)}),
    ("en", "The multinational force in Kosovo comprises soldiers from Italy, Hungary and Poland.",
     {("IT", "XK", None), ("HU", "XK", None), ("PL", "XK", None)}),
    # --- members of an army counted: its troops ("Angehörige" alone stay relatives)
    ("de", "Etwa 60 Angehörige der österreichischen Armee wurden nach Bosnien verlegt.", {("AT", "BA", 60)}),
    ("en", "Some 120 members of the Irish army were flown to Lebanon on Monday.", {("IE", "LB", 120)}),
    ("fr", "Environ 90 membres de l'armée belge ont été déployés en Roumanie.", {("BE", "RO", 90)}),
    # ... and "Kanton" is a Swiss canton, no Chinese city
    ("de", "Rund 2.000 Angehörige der Schweizer Armee übten im Kanton Wallis den Katastrophenschutz.", set()),
    # --- zh: one character after 驻 for the state named before it in the sentence
    ("zh", "菲律宾国防部表示，美国将撤出驻菲的约500名士兵。", {("US", "PH", 500)}),
    ("zh", "马尔代夫外交部称，印度已撤回驻马的约70名军人。", {("IN", "MV", 70)}),
]


@pytest.mark.parametrize("lang,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_verbless_missions(analyzer, lang, text, want):
    assert counts(analyzer, lang, text) == want
