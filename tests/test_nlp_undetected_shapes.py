"""Statements that were not detected as deployment stories at all, by the shape that hid them: a
presence verb the lexicon lacked ("留有"), a host as subject taking troops "у себя", a list of hosts
closed by a count of states ("3개국에"), and the others added below."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, PAIR, claim_tuples, claims_of


claims = partial(claims_of, story=True)
pairs = partial(claim_tuples, fields=PAIR, story=True)
counts = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # zh "留有": still keeps (forces) there, a verb of presence
    ("zh", "德国和荷兰仍在马里留有军事教官，协助当地部队训练。", {("DE", "ML"), ("NL", "ML")}),
    ("zh", "日本目前在吉布提留有约180名自卫队员。", {("JP", "DJ")}),
])
def test_presence_verb_keeps_left(analyzer, lang, text, expected):
    assert expected <= pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    # ru/uk "разместить у себя", "розмістити у себе": the subject takes the troops on its own soil
    ("ru", "Молдавия согласилась разместить у себя 280 румынских военных, сообщило правительство.", ("RO", "MD", 280)),
    ("ru", "Кения разместит у себя 900 британских военнослужащих.", ("GB", "KE", 900)),
    ("uk", "Естонія погодилася розмістити у себе 350 фінських військових.", ("FI", "EE", 350)),
])
def test_host_as_subject_at_itself(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    # ko "A·B·C 3개국에", "A와 B 두 나라에": the count of states closes the list of hosts
    ("ko", "노르웨이 정부는 에스토니아·폴란드·루마니아 3개국에 병력을 보내기로 결정했다.",
     {("NO", "EE"), ("NO", "PL"), ("NO", "RO")}),
    ("ko", "덴마크는 라트비아와 리투아니아 두 나라에 병력 200명을 파견한다.", {("DK", "LV"), ("DK", "LT")}),
])
def test_hosts_before_count_of_states(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # "we will send ...", said a minister of a named state: "we" is the speaker's state
    ("en", '"By the end of next year we will send another group of instructors to Poland," Canada\'s defence minister said.',
     ("CA", "PL")),
    ("de", '"Bis Ende des Jahres werden wir weitere Ausbilder nach Litauen schicken", sagte der kanadische Verteidigungsminister.',
     ("CA", "LT")),
    ("fr", "« D'ici la fin de l'année, nous enverrons un nouveau groupe d'instructeurs en Roumanie », a déclaré le ministre belge de la Défense.",
     ("BE", "RO")),
    pytest.param("ru", "«До конца года мы направим в Армению ещё одну группу инструкторов», — заявил министр обороны Франции.",
                 ("FR", "AM")),
    pytest.param("uk", "«До кінця року ми направимо до Молдови ще одну групу інструкторів», — заявив міністр оборони Франції.",
                 ("FR", "MD")),
    # the same shape with troops that are no trainers
    ("ru", "«До конца года мы направим в Армению ещё одну группу военных», — заявил министр обороны Франции.", ("FR", "AM")),
    ("pt", '"Até o fim do ano nós enviaremos mais um grupo de instrutores para Moçambique", disse o ministro da Defesa de Portugal.',
     ("PT", "MZ")),
])
def test_we_is_the_speakers_state(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    # ru/uk verb-object-subject: "ввели свои войска A и B" - after the reflexive possessive's troops,
    # the listed states are who send them
    ("ru", "В Сирию ввели свои войска Турция и Иран.", {("TR", "SY"), ("IR", "SY")}),
    ("uk", "До Молдови направили свої війська Румунія та Польща.", {("RO", "MD"), ("PL", "MD")}),
    ("uk", "Минулого тижня до Гвінеї ввели свої війська Сенегал, Малі і Гана.", {("SN", "GN"), ("ML", "GN"), ("GH", "GN")}),
])
def test_senders_after_own_troops(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected
