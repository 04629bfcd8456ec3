"""The report's page: query rows in, one self-contained HTML document out (plain functions, no I/O).

Charts are plotly figures; plotly.js is inlined once in the page's head, so the page works offline
and fetches nothing (no map tiles or geometry either: flows are a sender x host matrix). Every text
that comes from articles is escaped before it reaches the page.
"""
from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict

# Senders may be international bodies (CLAIMS.md); "AU" is both Australia's code and the African
# Union's, so as a sender it is shown as either.
_BODIES = {"UN": "United Nations", "NATO": "NATO", "EU": "European Union"}
_AMBIGUOUS_SENDERS = {"AU": "Australia / African Union"}
_STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header.page { background: #1d2430; color: #fff; padding: 18px 32px; }
header.page h1 { margin: 0 0 4px; font-size: 24px; }
header.page p { margin: 0; color: #c8cfdb; }
main { padding: 8px 32px 40px; max-width: 1320px; }
section { background: #fff; border: 1px solid #dfe3ea; border-radius: 6px; margin: 18px 0; padding: 14px 18px; }
section h2 { margin: 0 0 6px; font-size: 18px; }
section p.note { margin: 0 0 10px; color: #5a6475; font-size: 13px; }
.figures { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 18px; }
.figures section { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #eceff4; }
th { background: #f0f2f6; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
blockquote { margin: 0; padding-left: 8px; border-left: 3px solid #c8cfdb; color: #2e3746; }
.tag { display: inline-block; padding: 0 6px; border-radius: 3px; background: #eef1f6; font-size: 12px; }
.tag.denied { background: #fde8e6; } .tag.counts { background: #fff2d9; }
.tag.bad { background: #fde8e6; } .tag.good { background: #e3f4e8; }
.empty { color: #5a6475; font-style: italic; }
a { color: #1f5fbf; }
"""


def country_name(code: str | None, sender: bool = False) -> str:
    """English name of an alpha-2 code or an international body ('KP' -> 'North Korea')."""
    if not code:
        return "?"
    if sender and code in _AMBIGUOUS_SENDERS:
        return _AMBIGUOUS_SENDERS[code]
    if code in _BODIES:
        return _BODIES[code]
    from babel import Locale

    return Locale("en").territories.get(code, code)


def pair_label(sender: str | None, host: str | None) -> str:
    return f"{country_name(sender, sender=True)} → {country_name(host)}"


def _esc(value) -> str:
    return html.escape("" if value is None else str(value))


def _link(url: str | None, text: str = "article") -> str:
    if not url or not str(url).startswith(("http://", "https://")):
        return ""
    return f'<a href="{html.escape(str(url), quote=True)}" rel="noreferrer">{_esc(text)}</a>'


def _count(value) -> str:
    if value is None:
        return "–"
    return f"{int(round(float(value))):,}"


def _count_range(low, median, high) -> str:
    if low is None:
        return "no count"
    if low == high:
        return _count(low)
    return f"{_count(low)}–{_count(high)} (median {_count(median)})"


def _day(value) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%d")
    return "" if value is None else str(value)[:10]


# -- figures ------------------------------------------------------------------------------------------


def flows_figure(clusters: list[dict]):
    """Sender (rows) x host (columns): stories reporting the flow, the largest median figure as text."""
    import plotly.graph_objects as go

    stories, figures, types = defaultdict(int), {}, defaultdict(set)
    for c in clusters:
        key = (c["sender"], c["host"])
        stories[key] += int(c["stories"] or 0)
        types[key].add(c["claim_type"])
        if c.get("count_median") is not None:
            figures[key] = max(figures.get(key, 0), float(c["count_median"]))
    if not stories:
        return None
    # Busiest first; ties by code, so the same data always draws the same matrix.
    senders = sorted({s for s, _ in stories}, key=lambda s: (-sum(n for (x, _), n in stories.items() if x == s), s))
    hosts = sorted({h for _, h in stories}, key=lambda h: (-sum(n for (_, x), n in stories.items() if x == h), h))
    z = [[stories.get((s, h)) for h in hosts] for s in senders]
    text = [[_count(figures.get((s, h))) if (s, h) in figures else "" for h in hosts] for s in senders]
    hover = [[(f"{_esc(pair_label(s, h))}<br>{stories[(s, h)]} stories"
               f"<br>{_esc(', '.join(sorted(types[(s, h)])))}"
               + (f"<br>largest median figure {_count(figures[(s, h)])}" if (s, h) in figures else ""))
              if (s, h) in stories else "" for h in hosts] for s in senders]
    fig = go.Figure(go.Heatmap(
        z=z, x=[country_name(h) for h in hosts], y=[country_name(s, sender=True) for s in senders], text=text,
        texttemplate="%{text}", hovertext=hover, hoverinfo="text", colorscale="Blues", xgap=2, ygap=2,
        colorbar={"title": {"text": "stories"}}))
    fig.update_layout(xaxis={"title": "host (where the forces are)", "side": "bottom", "tickangle": -35},
                      yaxis={"title": "sender (whose forces)", "autorange": "reversed"})
    return _layout(fig, height=max(360, 120 + 34 * len(senders)))


def counts_figure(clusters: list[dict]):
    """Reported troop counts over time: one marker per claim cluster at its median, bars for the
    range of figures reported, a line per pair and claim type."""
    import plotly.graph_objects as go

    series = defaultdict(list)
    for c in clusters:
        if c.get("count_median") is not None:
            series[(c["sender"], c["host"], c["claim_type"])].append(c)
    if not series:
        return None
    fig = go.Figure()
    order = sorted(series, key=lambda k: (-max(float(c["count_median"]) for c in series[k]), k))
    for sender, host, claim_type in order:
        points = sorted(series[(sender, host, claim_type)], key=lambda c: (_day(c["first_date"]), c["cluster_id"]))
        median = [float(c["count_median"]) for c in points]
        fig.add_trace(go.Scatter(
            x=[_day(c["first_date"]) for c in points], y=median, mode="lines+markers",
            name=f"{pair_label(sender, host)} ({claim_type})",
            marker={"size": [8 + 3 * min(int(c["stories"] or 1), 6) for c in points]},
            error_y={"type": "data", "symmetric": False,
                     "array": [float(c["count_high"]) - m for c, m in zip(points, median)],
                     "arrayminus": [m - float(c["count_low"]) for c, m in zip(points, median)]},
            hovertext=[f"{_esc(pair_label(sender, host))} · {claim_type}<br>{_day(c['first_date'])} to "
                       f"{_day(c['last_date'])}<br>{_count_range(c['count_low'], c['count_median'], c['count_high'])}"
                       f"<br>{c['stories']} stories, {c['independent_outlets']} outlets ({_esc(c['languages'])})"
                       for c in points],
            hoverinfo="text"))
    fig.update_layout(yaxis={"title": "troops reported (log scale)", "type": "log", "dtick": "D2",
                             "tickformat": ","},
                      xaxis={"title": "claim date", "type": "date"},
                      legend={"font": {"size": 11}})
    return _layout(fig, height=520)


def feeds_figure(feeds: list[dict]):
    """New items per feed in the window, coloured by the feed's latest status."""
    import plotly.graph_objects as go

    if not feeds:
        return None
    names = [f.get("feed_name") or f["feed_url"] for f in feeds]
    healthy = [f["last_status"] in ("ok", "not_modified") for f in feeds]
    fig = go.Figure(go.Bar(
        x=[int(f["new_items"] or 0) for f in feeds], y=names, orientation="h",
        marker={"color": ["#3b8a5a" if ok else "#c4463a" for ok in healthy]},
        hovertext=[f"{_esc(f['feed_url'])}<br>{f['polls']} polls, {f['failed_polls']} failed"
                   f"<br>latest: {_esc(f['last_status'])}" for f in feeds], hoverinfo="text"))
    fig.update_layout(xaxis={"title": "new items"}, yaxis={"autorange": "reversed"})
    return _layout(fig, height=max(260, 80 + 36 * len(feeds)))


def _layout(fig, height: int):
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 10, "b": 10}, template="plotly_white",
                      font={"family": "system-ui, sans-serif", "size": 12})
    return fig


def figure_html(fig, name: str) -> str:
    if fig is None:
        return '<p class="empty">Nothing to show yet.</p>'
    return fig.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{name}",
                       config={"displaylogo": False, "responsive": True, "displayModeBar": "hover"})


# -- tables -------------------------------------------------------------------------------------------


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f'<p class="empty">{_esc(empty)}</p>'
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(rows_cells) + "</tr>" for rows_cells in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _claim_cell(row: dict) -> str:
    return (f"<td><b>{_esc(pair_label(row['sender'], row['host']))}</b><br>"
            f'<span class="tag">{_esc(row["claim_type"])}</span></td>')


def corroborated_table(rows: list[dict], limit: int = 10) -> str:
    cells = [[_claim_cell(r),
              f'<td class="num">{r["affirming_outlets"]}</td>',
              f'<td class="num">{r["stories"]}</td>',
              f"<td>{_esc(r['languages'])}</td>",
              f"<td>{_esc(_count_range(r['count_low'], r['count_median'], r['count_high']))}</td>",
              f"<td>{_esc(r['stance_sources'])}</td>",
              f"<td><blockquote>{_esc(r['specific_evidence'])}</blockquote>{_link(r['specific_url'])}</td>"]
             for r in rows[:limit]]
    return _table(["claim", "outlets affirming", "stories", "languages", "troops", "who says what", "evidence"],
                  cells, "No claim was reported in this window.")


def contested_table(rows: list[dict], limit: int = 10) -> str:
    cells = []
    for r in rows[:limit]:
        if r["kind"] == "denied":
            why = f'<span class="tag denied">denied</span><br>{r["affirming"]} affirm, {r["denying"]} deny'
        else:
            why = (f'<span class="tag counts">figures</span><br>{_count(r["count_median"])} vs '
                   f'{_count(r["rival_count_median"])}')
        cells.append([_claim_cell(r), f"<td>{why}</td>",
                      f"<td>{_esc(_day(r['first_date']))} – {_esc(_day(r['last_date']))}</td>",
                      f"<td><blockquote>{_esc(r['evidence'])}</blockquote>{_link(r['url'])}</td>",
                      f"<td><blockquote>{_esc(r['rival_evidence'])}</blockquote>{_link(r['rival_url'])}</td>"])
    return _table(["claim", "contested by", "dates", "one report", "the other"], cells, "Nothing is contested.")


def moves_table(rows: list[dict], limit: int = 10) -> str:
    cells = [[_claim_cell(r),
              f"<td>{_esc(_day(r['previous_first_date']))}: {_count(r['previous_median'])}<br>"
              f"{_esc(_day(r['first_date']))}: {_count(r['count_median'])}</td>",
              f'<td class="num">×{float(r["change"]):.2f}</td>',
              f"<td><blockquote>{_esc(r['previous_evidence'])}</blockquote>{_link(r['previous_url'])}</td>",
              f"<td><blockquote>{_esc(r['evidence'])}</blockquote>{_link(r['url'])}</td>"]
             for r in rows[:limit]]
    return _table(["claim", "figures", "change", "before", "after"], cells, "No reported figure moved.")


def feed_table(feeds: list[dict], stages: list[dict]) -> str:
    cells = [[f"<td>{_esc(f.get('feed_name') or '')}<br><small>{_esc(f['feed_url'])}</small></td>",
              f'<td><span class="tag {"good" if f["last_status"] in ("ok", "not_modified") else "bad"}">'
              f"{_esc(f['last_status'])}</span></td>",
              f'<td class="num">{f["polls"]}</td>', f'<td class="num">{f["failed_polls"]}</td>',
              f'<td class="num">{f["new_items"]}</td>', f"<td>{_esc(_day(f['last_new_items_at']))}</td>"]
             for f in feeds]
    feeds_html = _table(["feed", "latest poll", "polls", "failed", "new items", "last new item"], cells,
                        "No feed was polled in this window.")
    stage_cells = [[f"<td>{_esc(s['subject'])}</td>", f'<td class="num">{s["dead_letters"]}</td>',
                    f'<td class="num">{float(s["per_day"]):.2f}</td>', f"<td>{_esc(s['top_error_class'])}</td>"]
                   for s in stages]
    stages_html = _table(["stage", "dead letters", "per day", "most frequent error"], stage_cells,
                         "No dead letters in this window.")
    return feeds_html + "<h3>Failures by stage</h3>" + stages_html


# -- the page -----------------------------------------------------------------------------------------


def render_page(data: dict, plotly_js: str) -> str:
    """The whole page from the report's rows (see pipeline.report.gather) and plotly.js's source."""
    clusters = data["clusters"]
    languages = sorted({lang for c in clusters for lang in (c.get("languages") or "").split(", ") if lang})
    window = f"{data['days']} days up to {_day(data['as_of'])}"
    summary = (f"{len(clusters)} claim clusters from {sum(int(c['reports']) for c in clusters)} reports in "
               f"{len(languages)} languages ({', '.join(languages)}); sink {data['sink']}; generated "
               f"{data['generated_at'].strftime('%Y-%m-%d %H:%M UTC')}.")
    health = data["feed_health"]
    stages = [r for r in health if r["section"] == "dead_letters"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Foreign troop deployments: what the news says</title>
<style>{_STYLE}</style>
<script>{plotly_js}</script>
</head>
<body>
<header class="page">
  <h1>Foreign troop deployments: what the news says</h1>
  <p>{_esc(summary)}</p>
</header>
<main>
<section class="chart" data-chart="flows">
    <h2>Who sends forces where</h2>
    <p class="note">Stories reporting each sender → host flow (all claim types); the number in a cell is
    the largest median troop figure reported for it.</p>
    {figure_html(flows_figure(clusters), "flows")}
</section>
<section class="chart" data-chart="counts">
    <h2>Troop counts over time</h2>
    <p class="note">One marker per claim cluster (the same claim across outlets and languages) at the
    median figure, its bar the range of figures reported; marker size grows with stories.</p>
    {figure_html(counts_figure(clusters), "counts")}
</section>
<section>
  <h2>Most corroborated claims</h2>
  <p class="note">Claims reported in the {_esc(window)}, by independent outlets asserting or confirming
  them (copies of one story count once), with the evidence of the most specific report.</p>
  {corroborated_table(data["corroborated"])}
</section>
<section>
  <h2>Most contested claims</h2>
  <p class="note">Claims affirmed by some and denied by others, and figures for the same claim that
  disagree by more than a factor of {data['contested_factor']:g} within {data['contested_days']} days.</p>
  {contested_table(data["contested"])}
</section>
<section>
  <h2>Reported figures that moved</h2>
  {moves_table(data["moves"])}
</section>
<div class="figures">
  <section class="chart" data-chart="feeds">
    <h2>Feed health</h2>
    <p class="note">New items per feed in the last {data['feed_days']} days; red when its latest poll failed.</p>
    {figure_html(feeds_figure(data["feeds"]), "feeds")}
  </section>
  <section>
    <h2>Feeds and failures</h2>
    {feed_table(data["feeds"], stages)}
  </section>
</div>
</main>
</body>
</html>
"""

