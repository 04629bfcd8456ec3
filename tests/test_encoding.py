"""decode_html must give back the text that was written, whatever the labels claim."""
import codecs

import pytest

from transforms.encoding import codec_for_label, declared_codecs, decode_html, looks_garbled

# Short news-like paragraphs written for these tests, one per script family.
TEXTS = {
    "id": "Kementerian Pertahanan menyatakan bahwa sekitar dua ribu tentara asing tiba di pangkalan udara "
    "untuk latihan gabungan selama dua pekan.",
    "ru": "Министерство обороны сообщило, что иностранные войска прибыли на учения. По данным ведомства, "
    "в манёврах участвуют около двух тысяч военнослужащих и тяжёлая техника.",
    "ar": "أعلنت وزارة الدفاع أن قوات أجنبية وصلت إلى القاعدة الجوية للمشاركة في مناورات مشتركة تستمر أسبوعين.",
    "zh": "国防部周二表示，约两千名外国士兵已抵达边境地区，参加为期两周的联合演习。",
    "ja": "防衛省によると、外国軍の部隊約二千人が共同訓練のため基地に到着した。",
    "ko": "국방부는 외국 군대 약 이천 명이 합동 훈련을 위해 기지에 도착했다고 밝혔다.",
    "fr": "Le ministère de la Défense a annoncé l'arrivée de troupes étrangères à la base aérienne, où elles "
    "participeront à des manœuvres conjointes pendant deux semaines. «Nous sommes prêts», a déclaré le général.",
}


def page(text: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    "lang, codec, content_type",
    [
        ("ru", "cp1251", "text/html; charset=windows-1251"),
        ("ar", "cp1256", "text/html; charset=windows-1256"),
        ("zh", "gbk", "text/html; charset=GBK"),
        ("zh", "gbk", "text/html; charset=gb2312"),  # label too narrow for the text: widened to gb18030
        ("ja", "shift_jis", "text/html; charset=Shift_JIS"),
        ("ko", "euc-kr", "text/html; charset=EUC-KR"),
        ("fr", "cp1252", "text/html; charset=iso-8859-1"),
        ("id", "utf-8", "text/html; charset=utf-8"),
    ],
)
def test_header_charset_is_used(lang, codec, content_type):
    html = page(TEXTS[lang])
    assert decode_html(html.encode(codec), content_type)[0] == html


@pytest.mark.parametrize("lang, codec, label", [("ru", "cp1251", "windows-1251"), ("ja", "shift_jis", "shift_jis"),
                                                ("ko", "euc-kr", "euc-kr"), ("ar", "cp1256", "windows-1256")])
def test_meta_charset_when_header_has_none(lang, codec, label):
    for head in (f'<meta charset="{label}">', f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'):
        html = page(TEXTS[lang], head)
        assert decode_html(html.encode(codec), "text/html")[0] == html


def test_xml_declaration():
    xhtml = '<?xml version="1.0" encoding="windows-1251"?>' + page(TEXTS["ru"])
    text, codec = decode_html(xhtml.encode("cp1251"), "application/xhtml+xml")
    assert (text, codec) == (xhtml, "cp1251")


@pytest.mark.parametrize("bom_codec", ["utf-8-sig", "utf-16"])
def test_bom_beats_a_wrong_label(bom_codec):
    html = page(TEXTS["ar"])
    assert decode_html(html.encode(bom_codec), "text/html; charset=iso-8859-1")[0] == html


@pytest.mark.parametrize("lang", ["ru", "ar", "zh", "ko"])
def test_utf8_body_under_a_legacy_label_is_utf8(lang):
    html = page(TEXTS[lang])
    assert decode_html(html.encode("utf-8"), "text/html; charset=iso-8859-1") == (html, "utf-8")


def test_wrong_single_byte_label_falls_through_to_meta():
    html = page(TEXTS["ru"], '<meta charset="windows-1251">')
    assert decode_html(html.encode("cp1251"), "text/html; charset=ISO-8859-1") == (html, "cp1251")


def test_wrong_label_without_other_evidence_is_detected():
    html = page(TEXTS["ru"])
    assert decode_html(html.encode("cp1251"), "text/html; charset=iso-8859-1")[0] == html


def test_header_says_utf8_but_body_is_legacy():
    html = page(TEXTS["ko"], '<meta charset="euc-kr">')
    assert decode_html(html.encode("euc-kr"), "text/html; charset=utf-8")[0] == html


@pytest.mark.parametrize("lang, codec", [("ru", "cp1251"), ("zh", "gbk"), ("ja", "shift_jis"), ("ko", "euc-kr"),
                                         ("ar", "cp1256"), ("fr", "cp1252")])
def test_undeclared_charset_is_detected(lang, codec):
    html = page(TEXTS[lang])
    assert decode_html(html.encode(codec), None)[0] == html


def test_stray_byte_in_utf8_page_keeps_utf8():
    html = page(TEXTS["ru"] * 3)
    body = html.encode("utf-8").replace(b"<p>", b"<p>\x96", 1)
    text, codec = decode_html(body, "text/html; charset=utf-8")
    assert codec == "utf-8" and TEXTS["ru"] in text


def test_ascii_and_empty_bodies():
    assert decode_html(b"<p>plain</p>", "text/html; charset=utf-8") == ("<p>plain</p>", "utf-8")
    assert decode_html(b"", None)[0] == ""


def test_unknown_label_is_ignored():
    html = page(TEXTS["id"] + " Café.")
    assert decode_html(html.encode("utf-8"), "text/html; charset=no-such-charset")[0] == html


def test_label_normalisation():
    assert codec_for_label("ISO-8859-1") == "cp1252"
    assert codec_for_label("x-sjis") == "cp932"
    assert codec_for_label("gb2312") == "gb18030"
    assert codec_for_label("bogus") is None
    assert codecs.lookup(codec_for_label("utf8")).name == "utf-8"


def test_declared_order_header_xml_meta():
    body = b'<?xml version="1.0" encoding="koi8-r"?><html><meta charset="windows-1251">'
    assert declared_codecs(body, "text/html; charset=utf-8") == ["utf-8", "koi8-r", "cp1251"]


def test_mojibake_is_recognised():
    assert looks_garbled(TEXTS["ru"].encode("cp1251").decode("cp1252", errors="replace"))
    assert not any(looks_garbled(t) for t in TEXTS.values())
