"""An according-to phrase too long to be a named source (head-final languages put it before "göre",
"によると") is read past, not a crash: the claim after it still comes out."""
from transforms.nlp import Analyzer


def _pairs(text, lang):
    return {(c["sender"], c["host"]) for c in Analyzer.shared().analyze(text, language=lang).claims}


def test_turkish_long_attribution_before_gore():
    text = ("Genelkurmay Başkanlığı Basın ve Enformasyon Daire Başkanı Tuğgeneral Ahmet Yılmaz'ın dün akşam "
            "düzenlediği basın toplantısında verdiği bilgiye göre, Türkiye Katar'a 300 asker gönderdi.")
    assert ("TR", "QA") in _pairs(text, "tr")


def test_turkish_long_attribution_with_no_comma_before_it():
    text = ("Savunma Bakanlığının dün yayımladığı ve ayrıntılı biçimde hazırlanan yazılı açıklamada verilen "
            "bilgiye göre Türkiye Somali'ye 200 asker daha gönderecek.")
    assert ("TR", "SO") in _pairs(text, "tr")
