"""Scoring functions and the evaluate command on a tiny corpus written here."""
import json

from pipeline.evaluate import main, read_article
from transforms.nlp.scoring import count_set, match_fields, pair_set, prf, score


def test_prf():
    assert prf(2, 0, 0)["f1"] == 1.0
    m = prf(1, 1, 1)
    assert m["precision"] == 0.5 and m["recall"] == 0.5


def test_sets_skip_incomplete_claims():
    claims = [{"sender": "KP", "host": "RU", "count": 14000}, {"sender": "KP", "host": None, "count": 5}]
    assert pair_set(claims) == {("KP", "RU")} and count_set(claims) == {("KP", "RU", 14000)}


def test_fields_count_only_given_fields_and_match_one_to_one():
    gold = [{"sender": "KP", "host": "RU", "claim_type": "deployment", "stance": "condemns", "source_country": "US"},
            {"sender": "KP", "host": "RU", "claim_type": "deployment", "stance": "condemns", "source_country": "KR"}]
    pred = [{"sender": "KP", "host": "RU", "claim_type": "deployment", "stance": "condemns", "source_country": "KR"}]
    out = match_fields(pred, gold)
    assert out["stance"] == [1, 1] and out["source_country"] == [1, 1] and out["location"] == [0, 0]


def test_score_per_language():
    results = [
        {"id": "a", "lang": "en", "label": {"label": "deployment", "claims": [{"sender": "US", "host": "PL", "count": 3}]},
         "predicted": {"is_deployment_story": True, "claims": [{"sender": "US", "host": "PL", "count": 3}]}},
        {"id": "b", "lang": "de", "label": {"label": "not_deployment", "claims": []},
         "predicted": {"is_deployment_story": True, "claims": [{"sender": "DE", "host": "LT", "count": None}]}},
    ]
    rep = score(results)
    assert rep["overall"]["detection"]["precision"] == 0.5 and rep["en"]["pairs"]["f1"] == 1.0
    assert rep["de"]["pairs"]["fp"] == 1


def test_evaluate_command_on_own_corpus(tmp_path, capsys):
    (tmp_path / "x1.txt").write_text("German troops head to Lithuania\nGermany will send 500 soldiers to "
                                     "Lithuania, the German defence ministry said on Monday.\n", encoding="utf-8")
    (tmp_path / "x2.txt").write_text("Budget news\nThe parliament approved a larger defence budget.\n", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps(r) for r in [
        {"id": "x1", "lang": "en", "label": "deployment", "claims": [{"sender": "DE", "host": "LT", "count": 500}]},
        {"id": "x2", "lang": "en", "label": "not_deployment", "claims": []}]), encoding="utf-8")
    assert read_article(tmp_path, "x1")[0] == "German troops head to Lithuania"
    main(["--corpus", str(tmp_path), "--labels", str(labels), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert out["scores"]["overall"]["detection"]["f1"] == 1.0
    assert out["scores"]["overall"]["counts"]["f1"] == 1.0
