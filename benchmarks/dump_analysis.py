"""Every output of Analyzer.analyze on a fixed set of texts, as one JSON file, to show that a change
meant to be faster changes nothing (compare two dumps byte for byte).

    python -m benchmarks.dump_analysis OUT.json [--pages 300]

Texts: every statement of tests/data/battery*/*.yaml (with its language, as pipeline.battery runs
them), the .txt articles of ../shared/corpus, tests/data/heldout, tests/data/eval and ../shared/seed
(first line the title, language detected) and N benchmark corpus pages cleaned as the pipeline does
(benchmarks.bench_analysis_pages).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_DIRS = (ROOT.parent / "shared/corpus", ROOT / "tests/data/heldout", ROOT / "tests/data/eval",
                ROOT.parent / "shared/seed")


def inputs(pages: int) -> list[tuple[str, dict]]:
    from benchmarks.bench_analysis_pages import page_inputs

    out = []
    for path in sorted(ROOT.glob("tests/data/battery*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, s in enumerate(data.get("statements") or []):
            out.append((f"{path.relative_to(ROOT)}#{i}", {"text": s["text"], "language": data.get("lang")}))
    for folder in ARTICLE_DIRS:
        for path in sorted(folder.glob("*.txt")):
            title, _, text = path.read_text(encoding="utf-8").partition("\n")
            out.append((f"{folder.name}/{path.name}", {"text": text, "title": title}))
    out += [(f"page#{i}", kw) for i, kw in enumerate(page_inputs(pages))]
    return out


def main(argv=None) -> None:
    from transforms.nlp import Analyzer

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args(argv)
    analyzer = Analyzer.load()
    dump = {key: analyzer.analyze(**kw).to_dict() for key, kw in inputs(args.pages)}
    args.out.write_text(json.dumps(dump, ensure_ascii=False, sort_keys=True, indent=0, default=repr), encoding="utf-8")
    print(f"{len(dump)} analyses -> {args.out}")


if __name__ == "__main__":
    main()
