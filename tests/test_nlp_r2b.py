"""Round-2 fixes for id, ko, ms, pt, ru, tr, uk, zh statements: each test is one mechanism, with
sentences written for these tests (other countries and numbers than the batteries)."""
import pytest

from tests.nlp_checks import counts, pairs


def claims(analyzer, lang, text):
    return analyzer.analyze(text, title="", language=lang, published_at="2025-06-02").to_dict()["claims"]


# A state as subject that keeps (a verb of presence) troops another state owns, with no place named
# for them, is their host.
@pytest.mark.parametrize("lang, text, pair", [
    ('ko', '카자흐스탄은 바이코누르 기지에 러시아군 약 2천 명을 두고 있다.', ('RU', 'KZ')),
    ('ko', '타지키스탄은 두샨베 기지에 러시아군 약 6천 명을 주둔시키고 있다.', ('RU', 'TJ')),
    ('ko', '지부티는 현재 프랑스군 약 1500명을 주둔시키고 있다.', ('FR', 'DJ')),
    ('ko', '튀르키예는 북키프로스에 병력 약 3만5천 명을 주둔시키고 있다.', ('TR', 'CY')),
])
def test_a_state_keeping_foreign_troops_hosts_them(analyzer, lang, text, pair):
    assert pair in pairs(analyzer, lang, text)
