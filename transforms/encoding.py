"""Turning fetched page bytes into the right text.

Order of evidence: a byte-order mark (never accidental, and it beats every label in the WHATWG
Encoding Standard that browsers follow), then the declared charsets - HTTP Content-Type, XML
declaration, <meta charset> / <meta http-equiv> - then charset_normalizer's detection.
Declarations are often wrong, so each is checked before it is believed:
  * a body that is valid UTF-8 and not plain ASCII is UTF-8 whatever the label says: text in a
    legacy encoding practically never forms valid multi-byte UTF-8 by accident, while servers that
    stamp "ISO-8859-1" on every response (the old HTTP/1.1 default) are common;
  * a declared charset must decode the body (a few stray bytes are tolerated) and the result must
    not read as mojibake by charset_normalizer's mess measure; otherwise the next piece of
    evidence is tried.
Labels are widened to the superset encodings browsers actually use (latin-1 -> windows-1252,
gb2312 -> gb18030, shift_jis -> cp932, euc-kr -> cp949), since pages rely on those extra characters.
"""
from __future__ import annotations

import codecs
import re

import charset_normalizer
from charset_normalizer.md import mess_ratio

# WHATWG labels Python does not know under that name (Encoding Standard, "Encodings" table).
_LABEL_ALIASES = {
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "x-euc-jp": "euc_jp",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "x-mac-roman": "mac_roman",
    "iso-8859-8-i": "iso8859_8",
    "x-cp1251": "cp1251",
    "unicode-1-1-utf-8": "utf-8",
}
# Codec (by Python's canonical name) -> the superset browsers decode it as.
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([^\s;\"']+)", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']\s*([A-Za-z0-9_.:+-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:+-]+)", re.I)
_NON_ASCII_CONTEXT = re.compile(r".{0,20}[^\x00-\x7f]+.{0,20}", re.S)
# Where browsers stop looking for <meta charset> is 1024 bytes; real pages put it later.
_META_SCAN_BYTES = 16_384
# A declared charset may leave this share of characters undecodable (stray bytes) and still win.
_MAX_REPLACED_SHARE = 0.005
# charset_normalizer's mess ratio above which decoded text is taken for mojibake.
_MAX_MESS = 0.2
_MESS_SAMPLE_CHARS = 8_000
_WEB_DEFAULT = "cp1252"


def codec_for_label(label: str | None) -> str | None:
    """Python codec for a charset label, widened to its browser superset; None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def charset_from_content_type(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def declared_codecs(body: bytes, content_type: str | None) -> list[str]:
    """Codecs named by the HTTP header, the XML declaration and <meta>, in that order, deduplicated."""
    header = codec_for_label(charset_from_content_type(content_type))
    found = [header] if header else []
    xml = _XML_DECL.search(body[:1024])
    meta = _META_CHARSET.search(body[:_META_SCAN_BYTES])
    for match in (xml, meta):
        codec = codec_for_label(match.group(1).decode("ascii")) if match else None
        # A document that declared UTF-16 in bytes we just read as ASCII is not UTF-16.
        if codec and not codec.startswith(("utf-16", "utf-32")):
            found.append(codec)
    return list(dict.fromkeys(found))


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str]:
    """(text, codec used) for a fetched page; never raises on bad bytes."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(codec, errors="replace"), codec
    declared = declared_codecs(body, content_type)
    if body.isascii():
        ascii_safe = [c for c in declared if not c.startswith(("utf-16", "utf-32"))]
        return body.decode("ascii"), (ascii_safe[0] if ascii_safe else "ascii")
    if _is_utf8(body):
        return body.decode("utf-8"), "utf-8"
    for codec in declared:
        text = _decode_if_plausible(body, codec)
        if text is not None:
            return text, codec
    detected = _detect(body)
    if detected:
        return detected
    codec = declared[0] if declared else "utf-8"
    return body.decode(codec, errors="replace"), codec


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_if_plausible(body: bytes, codec: str) -> str | None:
    try:
        text = body.decode(codec, errors="replace")
    except LookupError:
        return None
    if text.count("\ufffd") > _MAX_REPLACED_SHARE * max(len(text), 1):
        return None
    return None if looks_garbled(text) else text


def looks_garbled(text: str) -> bool:
    """True when the non-ASCII parts of text read as mojibake (wrong charset)."""
    sample = " ".join(_NON_ASCII_CONTEXT.findall(text))[:_MESS_SAMPLE_CHARS]
    return bool(sample) and mess_ratio(sample, maximum_threshold=1.0) > _MAX_MESS


def _detect(body: bytes) -> tuple[str, str] | None:
    matches = charset_normalizer.from_bytes(body)
    best = matches.best()
    if best is None:
        return None
    codec = codec_for_label(best.encoding) or best.encoding
    # Short Latin text fits several single-byte code pages equally well; on a tie take
    # windows-1252, the web's default legacy encoding, rather than whichever sorted first.
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    if codec != _WEB_DEFAULT and any(_WEB_DEFAULT in m.could_be_from_charset for m in tied):
        codec = _WEB_DEFAULT
    return body.decode(codec, errors="replace"), codec
