"""Sentence shapes the splitter and host finder missed: an ordinal ("201.", "5.") after a comma or an
acronym opens no new sentence (a hosting state before it stays the host); a region's own name the
gazetteer lacks between a Turkish genitive and its region word ("Irak'ın Bamerni ilinde") leaves the
genitive's country the host; a capital by its short name is a city left ("leave Dakar")."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, claim_tuples
from transforms.nlp.mentions.sentences import split_sentences

counts = partial(claim_tuples, fields=COUNTED, story=True)
typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)


@pytest.mark.parametrize("text,n", [
    ("Kırgızistan, 999. Rus Hava Üssü'nde askerleri barındırıyor.", 1),
    ("Katar, ABD 3. Filosu'nun karargâhına ev sahipliği yapıyor.", 1),
    ("Am Montag, 3. Oktober, kamen die Soldaten an.", 1),
    ("The toll rose to 201. Troops left.", 2),
    ("Es kamen 1, 2, 3. Dann mehr.", 2),
])
def test_ordinal_after_comma_or_acronym(text, n):
    assert len(split_sentences(text)) == n


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Kırgızistan, 999. Rus Hava Üssü'nde 3 bin Rus askerine ev sahipliği yapıyor.", ("RU", "KG", 3000)),
    ("tr", "Katar, ABD 3. Filosu'nun üssüne ve yaklaşık 8 bin Amerikan askerine ev sahipliği yapıyor.", ("US", "QA", 8000)),
])
def test_hosting_state_before_ordinal(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Türk askerleri Irak'ın Bamerni ilinde konuşlandı.", ("TR", "IQ", "deployment")),
    ("tr", "Fransız askerleri Mali'nin Kidal bölgesinde konuşlandı.", ("FR", "ML", "deployment")),
    ("tr", "İran askerleri Suriye'nin Deir ez-Zor vilayetinde çatıştı.", ("IR", "SY", "combat")),
])
def test_genitive_region_name_region_word(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ghana will send troops to Liberia. The 320-strong contingent is due to leave Accra in May.", ("GH", "LR", 320)),
    ("ms", "Ghana akan menghantar askar ke Liberia. Kontinjen seramai 320 orang itu dijadual berlepas dari Accra pada Mei.",
     ("GH", "LR", 320)),
])
def test_unit_leaving_senders_capital(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)
