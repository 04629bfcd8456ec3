"""Who says it and how (source_country, stance), stance8: a speaker's words the lexicon lacked or
mis-read. An institution with a troop word for "military" inside ("a Somali military official",
"مسؤول عسكري صومالي", "pegawai tentera"); Arabic "حسبما" (as, according to what); a body that is one
state's by name (the State Department, the Élysée, ja 米当局); a participle with its auxiliary after a
comma ("a reconnu Niamey", "ha confirmado Nairobi"); an agency in a TASS-style dateline; ko 반발하다
(to protest) as a condemnation, not the noun 반발 (backlash); a speech stem inside a place's name at
the end of a clause ("mar Negro"). Sentences written for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "count", "stance", "source_country"),
                 published_at="2025-06-02", story=True)


@pytest.mark.parametrize("lang, text, expected", [
    # an official whose title holds the troop word "military": the adjective after it says whose
    ("ar", "أرسلت تركيا نحو 300 جندي إلى الصومال، بحسب ما أفاد مسؤول عسكري صومالي.",
     {("TR", "SO", 300, "asserts", "SO")}),
    ("ms", "Turki menghantar kira-kira 300 tentera ke Somalia, kata seorang pegawai tentera Somalia.",
     {("TR", "SO", 300, "asserts", "SO")}),
    # "حسبما أعلنت": as the general staff of a named state announced
    ("ar", "أرسلت السنغال 250 جندياً إلى مالي، حسبما أعلنت قيادة الأركان العامة للجيش السنغالي.",
     {("SN", "ML", 250, "asserts", "SN")}),
    # a body that is one state's by its name, in a sentence whose subject is the host
    ("es", "Bahréin acoge a unos 7.000 soldados estadounidenses, según el Departamento de Estado.",
     {("US", "BH", 7000, "asserts", "US")}),
    ("en", "Qatar hosts about 8,000 American troops, according to the State Department.",
     {("US", "QA", 8000, "asserts", "US")}),
    ("ms", "Istana Elysee mengesahkan dua askar Perancis terkorban di Mali.",
     {("FR", "ML", 2, "confirms", "FR")}),
    ("ja", "英当局者によると、ロシアはマリに約300人の兵士を派遣した。",
     {("RU", "ML", 300, "asserts", "GB")}),
    # a participle with its auxiliary after the comma, then the capital that speaks
    ("fr", "Des soldats tchadiens ont combattu aux côtés de l'armée nigérienne près de Diffa, a reconnu Niamey.",
     {("TD", "NE", None, "confirms", "NE")}),
    ("es", "Soldados ugandeses combatieron junto al ejército congoleño en Ituri, ha reconocido Kinshasa.",
     {("UG", "CD", None, "confirms", "CD")}),
    # a TASS-style dateline: the agency reports what no one else is said to say
    ("ru", "МИНСК, 5 мая. /ТАСС/. Россия держит в Белоруссии около 2 тыс. военнослужащих.",
     {("RU", "BY", 2000, "asserts", "RU")}),
    # ko 반발했다: the speaker protests against the deployment
    ("ko", "러시아 외교부는 영국군의 에스토니아 배치에 강하게 반발했다.",
     {("GB", "EE", None, "condemns", "RU")}),
    # "mar Negro", "rio Negro": a capitalised stem of a speech verb closing a place's name is no denial
    ("pt", "Os primeiros militares britânicos desembarcaram em Varna, no litoral búlgaro do mar Negro.",
     {("GB", "BG", None, "asserts", None)}),
])
def test_speaker_words(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


def test_backlash_noun_is_no_condemnation(analyzer):
    # "주민 반발이 계속되고 있다": the residents' backlash goes on; no one condemns the troops
    got = claims(analyzer, "ko", "미군 약 2만8천 명이 주둔하고 있는 평택에서는 기지 문제를 둘러싼 주민 반발이 계속되고 있다.")
    assert all(stance != "condemns" for _, _, _, stance, _ in got)


@pytest.mark.parametrize("lang, text", [
    # barracks handed over to the host: the sender's troops leave
    ("zh", "英国军队将位于弗里敦的军营移交塞拉利昂，结束在该国多年的驻军。"),
])
def test_barracks_handed_over_is_withdrawal(analyzer, lang, text):
    got = claim_tuples(analyzer, lang, text, fields=("sender", "host", "claim_type"), story=True)
    assert ("GB", "SL", "withdrawal") in got
