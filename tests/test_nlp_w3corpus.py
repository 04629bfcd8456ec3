"""Pairs missed on real articles, in general form: a military headquarters moved abroad is a formation
sent there (CLAIMS.md: a deployment of a state's forces to another state). Sentences written for these
tests."""
import pytest

from transforms.nlp import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer.load()


def pairs(analyzer, lang, text):
    result = analyzer.analyze(text, language=lang, published_at="2025-06-02")
    return {(c["sender"], c["host"]) for c in result.claims}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The American headquarters will be sent to Belgium.", ("US", "BE")),
    ("de", "Das amerikanische Hauptquartier wird nach Belgien verlegt.", ("US", "BE")),
    ("de", "Das US-Hauptquartier werde von Hamburg ins belgische Gent verlegt.", ("US", "BE")),
    ("fr", "Le quartier général américain sera transféré en Belgique.", ("US", "BE")),
    ("es", "El cuartel general estadounidense será trasladado a Bélgica.", ("US", "BE")),
    ("pt", "O quartel-general norte-americano será transferido para a Bélgica.", ("US", "BE")),
    ("zh", "美军司令部将迁往比利时。", ("US", "BE")),
])
def test_headquarters_moved_abroad(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang, text", [
    # a company's head office is no formation
    ("en", "The company moved its headquarters to Ireland."),
    ("de", "Der Konzern verlegt sein Hauptquartier nach Irland."),
    ("fr", "L'entreprise a transféré son quartier général en Irlande."),
])
def test_company_headquarters_is_no_deployment(analyzer, lang, text):
    assert pairs(analyzer, lang, text) == set()
