"""A benchmark corpus: N distinct article pages in five languages, and the feeds that list them.

    python -m benchmarks.corpus OUT_DIR --n 1000

Pages are made from the 26 sample pages (samples/site/articles), which are our own text. Each page
takes a template's headline, lead and paragraphs, reorders the paragraphs, drops one, adds two
paragraphs mixed from sentences of other pages in the same language, and changes every number and
the byline, so no two pages are equal and none is a near-duplicate of another (MinHash Jaccard far
below transforms.dedup.THRESHOLD). Around the story sits a news site's usual furniture (navigation,
related and most-read lists, JSON-LD, a script), so extraction has boilerplate to remove.

Files keep the `__BASE_URL__` placeholder; pipeline.sample_site.serve_folder fills it in.
Some pages omit <html lang> and some feeds give no language hint, so language identification runs
on a share of articles, as on the real web.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import lxml.html
import yaml

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "site" / "articles"
BASE = "__BASE_URL__"
FEED_SIZE = 100
ATOM_EVERY = 5          # every 5th feed is Atom 1.0, the rest RSS 2.0
NO_LANG_EVERY = 4       # every 4th page has no <html lang>
NO_HINT_EVERY = 2       # every 2nd feed has no language hint in the feed list
MOST_READ = 10          # links in the "most read" box
RELATED = 4             # links in the "related" box
TEASERS = 12            # "more from the section" teasers: headline link and one sentence each
MIXED_PARAGRAPHS = 3    # paragraphs of sentences from other pages of the language, added to each page
_NUMBER = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ\"“«])")
_EPOCH = datetime(2025, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Template:
    slug: str
    lang: str
    charset: str
    site_name: str
    title: str
    description: str
    author: str
    nav: tuple[tuple[str, str], ...]
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    slug: str
    lang: str
    title: str
    summary: str
    author: str
    published: datetime
    path: Path


def load_templates(folder: Path = SAMPLES) -> list[Template]:
    return [_template(p) for p in sorted(folder.glob("*.html"))]


def _template(path: Path) -> Template:
    tree = lxml.html.fromstring(path.read_bytes())
    meta = {m.get("property") or m.get("name"): m.get("content") for m in tree.iter("meta")}
    charset = next((m.get("charset") for m in tree.iter("meta") if m.get("charset")), "utf-8")
    paragraphs = tuple(" ".join(p.text_content().split()) for p in tree.xpath("//article/p[not(@class)]"))
    nav = tuple((a.get("href").replace(BASE, ""), a.text_content().strip()) for a in tree.xpath("//nav//a"))
    return Template(slug=path.stem, lang=tree.get("lang"), charset=charset, site_name=meta["og:site_name"],
                    title=meta["og:title"], description=meta["description"], author=meta["author"],
                    nav=nav, paragraphs=paragraphs)


class CorpusWriter:
    """Makes page i deterministically from (seed, i); pages of one language share a sentence pool."""

    def __init__(self, templates: list[Template], seed: int = 1):
        self.templates, self.seed = templates, seed
        self.sentences: dict[str, list[str]] = {}
        self.authors: dict[str, list[str]] = {}
        for t in templates:
            self.sentences.setdefault(t.lang, []).extend(
                s for p in t.paragraphs for s in _SENTENCE_END.split(p) if len(s) > 40)
            self.authors.setdefault(t.lang, []).append(t.author)

    def page(self, i: int, n: int, out: Path) -> Page:
        rng = random.Random(self.seed * 1_000_003 + i)
        t = self.templates[i % len(self.templates)]
        slug = f"{t.slug}-{i:06d}"
        published = _EPOCH + timedelta(minutes=rng.randrange(0, 365 * 24 * 60))
        author = self._author(t.lang, rng)
        title = _renumber(t.title, rng)
        summary = _renumber(t.description, rng)
        body = [_renumber(p, rng) for p in self._paragraphs(t, rng)]
        others = [rng.randrange(n) for _ in range(RELATED + MOST_READ)]
        teasers = [(self._slug(j), self._headline(j, rng), _renumber(rng.choice(self.sentences[t.lang]), rng))
                   for j in (rng.randrange(n) for _ in range(TEASERS))]
        links = [(self._slug(j), self._headline(j, rng)) for j in others]
        page_html = render_page(t, slug, title, summary, author, published, body, links, teasers,
                                with_lang=i % NO_LANG_EVERY != 0)
        path = out / "articles" / f"{slug}.html"
        path.write_bytes(page_html.encode(t.charset, errors="xmlcharrefreplace"))
        return Page(slug, t.lang, title, summary, author, published, path)

    def _slug(self, j: int) -> str:
        return f"{self.templates[j % len(self.templates)].slug}-{j:06d}"

    def _headline(self, j: int, rng: random.Random) -> str:
        return _renumber(self.templates[j % len(self.templates)].title, rng)

    def _paragraphs(self, t: Template, rng: random.Random) -> list[str]:
        rest = list(t.paragraphs[1:])
        rng.shuffle(rest)
        if len(rest) > 2:
            rest.pop()
        pool = self.sentences[t.lang]
        mixed = [" ".join(rng.sample(pool, 3)) for _ in range(MIXED_PARAGRAPHS)]
        for m in mixed:
            rest.insert(rng.randrange(len(rest) + 1), m)
        return [t.paragraphs[0], *rest]

    def _author(self, lang: str, rng: random.Random) -> str:
        # A first name and a surname from two different bylines of the language.
        first = rng.choice(self.authors[lang]).split()[0]
        last = rng.choice(self.authors[lang]).split()[-1]
        return f"{first} {last}"


def _renumber(text: str, rng: random.Random) -> str:
    """Every number gets new digits of the same length; years stay plausible."""
    def swap(m: re.Match) -> str:
        digits = m.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):  # a year: keep it a recent one
            return str(rng.randrange(2015, 2026)) if digits[:2] == "20" else digits
        first = str(rng.randrange(1, 10)) if digits[0] != "0" else "0"
        return first + "".join(str(rng.randrange(10)) for _ in digits[1:])
    return _NUMBER.sub(swap, text)


def render_page(t: Template, slug: str, title: str, summary: str, author: str, published: datetime,
                body: list[str], links: list[tuple[str, str]], teasers: list[tuple[str, str, str]] = (),
                with_lang: bool = True) -> str:
    e = html.escape
    url = f"{BASE}/articles/{slug}.html"
    iso = published.isoformat()
    nav = "\n".join(f'        <li><a href="{BASE}{e(h)}">{e(x)}</a></li>' for h, x in t.nav)
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in body)
    related = "\n".join(f'        <li><a href="{BASE}/articles/{s}.html">{e(h)}</a></li>' for s, h in links[:RELATED])
    most_read = "\n".join(f'        <li><span class="rank">{k}</span> <a href="{BASE}/articles/{s}.html">'
                          f'{e(h)}</a></li>' for k, (s, h) in enumerate(links[RELATED:], 1))
    more = "\n".join(f'      <div class="teaser"><a href="{BASE}/articles/{s}.html"><h3>{e(h)}</h3></a>'
                      f'<p>{e(x)}</p></div>' for s, h, x in teasers)
    sitemap = "\n".join(f'      <li><a href="{BASE}{e(h)}{k}/">{e(x)} {k}</a></li>'
                         for h, x in t.nav[1:] for k in range(1, 9))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": iso, "author": {"@type": "Person", "name": author},
                     "publisher": {"@type": "Organization", "name": t.site_name}, "mainEntityOfPage": url},
                    ensure_ascii=False).replace("</", "<\\/")  # "</" would end the script element
    lang = f' lang="{t.lang}"' if with_lang else ""
    return f"""<!DOCTYPE html>
<html{lang}>
<head>
  <meta charset="{t.charset}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(t.site_name)}</title>
  <meta name="description" content="{e(summary)}">
  <meta name="author" content="{e(author)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(t.site_name)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(summary)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{iso}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="{BASE}/static/site.css">
  <script type="application/ld+json">{ld}</script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
  gtag('config','{slug}',{{section:'world',lang:'{t.lang}',words:{sum(len(p.split()) for p in body)}}});</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="{BASE}/">{e(t.site_name)}</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article class="story">
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(author)}</span> · <time datetime="{iso}">{published:%d.%m.%Y %H:%M}</time></p>
{paras}
    </article>
    <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
    <aside class="related">
      <ul>
{related}
      </ul>
    </aside>
    <aside class="most-read">
      <ol>
{most_read}
      </ol>
    </aside>
    <section class="more-from-section">
{more}
    </section>
  </main>
  <footer class="site-footer">
    <ul class="sitemap">
{sitemap}
    </ul>
    <p>© 2025 {e(t.site_name)}</p>
  </footer>
</body>
</html>
"""


def render_rss(name: str, lang: str, pages: list[Page]) -> str:
    e = html.escape
    items = "\n".join(f"""    <item>
      <title>{e(p.title)}</title>
      <link>{BASE}/articles/{p.slug}.html</link>
      <description>{e(p.summary)}</description>
      <author>{e(p.author)}</author>
      <pubDate>{format_datetime(p.published)}</pubDate>
      <guid isPermaLink="false">{p.slug}</guid>
    </item>""" for p in pages)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{e(name)}</title>
    <link>{BASE}/</link>
    <description>{e(name)}</description>
    <language>{lang}</language>
{items}
  </channel>
</rss>
"""


def render_atom(name: str, lang: str, pages: list[Page]) -> str:
    e = html.escape
    entries = "\n".join(f"""  <entry>
    <title>{e(p.title)}</title>
    <link rel="alternate" type="text/html" href="{BASE}/articles/{p.slug}.html"/>
    <id>tag:bench.example,2025:{p.slug}</id>
    <published>{p.published.isoformat()}</published>
    <updated>{p.published.isoformat()}</updated>
    <author><name>{e(p.author)}</name></author>
    <summary type="text">{e(p.summary)}</summary>
  </entry>""" for p in pages)
    updated = max(p.published for p in pages).isoformat()
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">
  <title>{e(name)}</title>
  <link rel="alternate" type="text/html" href="{BASE}/"/>
  <id>tag:bench.example,2025:{e(name)}</id>
  <updated>{updated}</updated>
{entries}
</feed>
"""


@dataclass(frozen=True)
class Corpus:
    root: Path            # web root to serve
    feed_list: Path       # feeds.yaml with __BASE_URL__ placeholders
    pages: list[Page]
    feeds: int


def build_corpus(out: Path, n: int, seed: int = 1, feed_size: int = FEED_SIZE) -> Corpus:
    """Write N pages and their feeds under out/site, and the feed list at out/feeds.yaml."""
    root = Path(out) / "site"
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "feeds").mkdir(exist_ok=True)
    writer = CorpusWriter(load_templates(), seed)
    by_lang: dict[str, list[Page]] = {}
    pages = []
    for i in range(n):
        page = writer.page(i, n, root)
        pages.append(page)
        by_lang.setdefault(page.lang, []).append(page)
    entries = []
    for lang, lang_pages in sorted(by_lang.items()):
        for k in range(0, len(lang_pages), feed_size):
            chunk, number = lang_pages[k:k + feed_size], len(entries)
            atom = number % ATOM_EVERY == ATOM_EVERY - 1
            name = f"bench-{lang}-{k // feed_size:04d}"
            file = f"{name}.atom" if atom else f"{name}.xml"
            render = render_atom if atom else render_rss
            (root / "feeds" / file).write_text(render(name, lang, chunk), encoding="utf-8")
            entry = {"name": name, "url": f"{BASE}/feeds/{file}"}
            if number % NO_HINT_EVERY == 0:
                entry["language"] = lang
            entries.append(entry)
    feed_list = Path(out) / "feeds.yaml"
    feed_list.write_text(yaml.safe_dump({"feeds": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Corpus(root=root, feed_list=feed_list, pages=pages, feeds=len(entries))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    corpus = build_corpus(args.out, args.n, args.seed)
    size = sum(p.path.stat().st_size for p in corpus.pages)
    print(f"{len(corpus.pages)} pages ({size / len(corpus.pages) / 1024:.1f} KiB each), {corpus.feeds} feeds "
          f"under {corpus.root}; feed list {corpus.feed_list}")


if __name__ == "__main__":
    main()
