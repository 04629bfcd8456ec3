"""Score the deployment detector and claim extractor on labelled corpora (format in CLAIMS.md).

    python -m pipeline.evaluate --corpus ../shared/corpus --labels ../shared/corpus/labels.jsonl
    python -m pipeline.evaluate --corpus A --labels A/labels.jsonl --corpus B --labels B/labels.jsonl --json

A corpus is a folder of ID.txt (title on the first line) or ID.html (text taken with trafilatura).
A label row may carry `published_at` to resolve relative dates; otherwise dates resolve to nothing.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from transforms.nlp import Analyzer
from transforms.nlp.scoring import score


def read_article(corpus: Path, article_id: str) -> tuple[str, str] | None:
    """(title, text) of one article, or None when its file is missing."""
    txt, html = corpus / f"{article_id}.txt", corpus / f"{article_id}.html"
    if txt.exists():
        title, _, text = txt.read_text(encoding="utf-8").partition("\n")
        return title.strip(), text
    if html.exists():
        import trafilatura

        raw = html.read_text(encoding="utf-8", errors="replace")
        meta = trafilatura.extract_metadata(raw)
        return (meta.title if meta and meta.title else ""), trafilatura.extract(raw) or ""
    return None


def evaluate(pairs: list[tuple[Path, Path]], analyzer: Analyzer) -> tuple[dict, list[dict]]:
    results = []
    for corpus, labels in pairs:
        for line in labels.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            article = read_article(corpus, label["id"])
            if article is None:
                print(f"missing article {label['id']} in {corpus}", file=sys.stderr)
                continue
            title, text = article
            a = analyzer.analyze(text, title=title or None, language=label.get("lang"),
                                 published_at=label.get("published_at"))
            results.append({"id": label["id"], "lang": label.get("lang") or a.language, "label": label,
                             "predicted": {"is_deployment_story": a.is_deployment_story, "claims": a.claims}})
    return score(results), results


def format_report(report: dict) -> str:
    lines = [f"{'group':<8} {'n':>3}  {'det P/R/F1':<18} {'pairs P/R/F1':<18} {'counts P/R/F1':<18} "
             f"stance  src_cty location"]
    for name, g in report.items():
        trio = lambda m: f"{m['precision']:.2f}/{m['recall']:.2f}/{m['f1']:.2f}"
        acc = lambda f: "  -  " if g["fields"][f]["accuracy"] is None else f"{g['fields'][f]['accuracy']:.2f}"
        lines.append(f"{name:<8} {g['articles']:>3}  {trio(g['detection']):<18} {trio(g['pairs']):<18} "
                     f"{trio(g['counts']):<18} {acc('stance'):<7} {acc('source_country'):<7} {acc('location')}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", required=True, type=Path, help="folder of ID.txt / ID.html")
    ap.add_argument("--labels", action="append", required=True, type=Path, help="labels.jsonl for that corpus")
    ap.add_argument("--json", action="store_true", help="print the scores (and per-article output) as JSON")
    ap.add_argument("--verbose", action="store_true", help="also list each article's predicted claims")
    args = ap.parse_args(argv)
    if len(args.corpus) != len(args.labels):
        ap.error("give one --labels per --corpus")
    report, results = evaluate(list(zip(args.corpus, args.labels)), Analyzer.load())
    if args.json:
        print(json.dumps({"scores": report, "articles": results}, ensure_ascii=False, indent=1))
        return 0
    if args.verbose:
        for r in results:
            print(f"{r['id']} [{r['lang']}] gold={r['label']['label']} pred={r['predicted']['is_deployment_story']}")
            for c in r["predicted"]["claims"]:
                print("   ", {k: c[k] for k in ("sender", "host", "count", "count_qualifier", "claim_type",
                                               "stance", "source", "source_country", "location", "event_date")})
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
