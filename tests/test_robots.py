"""robots.txt (RFC 9309) on the loopback: rules apply, 4xx allows, 5xx and silence disallow, one
fetch per site, redirects checked too, guard refusals keep their own reason, and --ignore_robots."""
from __future__ import annotations

import socket
import threading

import pytest

from tests.scripted_site import scripted_site
from transforms.http_client import FetchError, FetchLimits, HttpClient
from transforms.politeness import HostLimiter
from transforms.robots import RobotsRules, SiteRules, polite_client, rules_from_body, rules_from_error

UA = FetchLimits().user_agent
ROBOTS = b"""# our product token gets its own group; everyone else one more rule
User-agent: *
Disallow: /private/
Disallow: /drafts/

User-agent: troop-news-pipeline
Disallow: /private/
Allow: /private/press/

Sitemap: __BASE_URL__/sitemap_index.xml
Sitemap: /news-sitemap.xml
"""
PAGE = (200, "text/html; charset=utf-8", b"<html><head><title>t</title></head><body><p>text</p></body></html>")


def limits(**overrides) -> FetchLimits:
    base = dict(allow_private_hosts=True, per_host_min_interval=0.0, retries=0, connect_timeout=1.0,
                read_timeout=1.0, total_timeout=3.0)
    return FetchLimits(**{**base, **overrides})


def client_with(rules: RobotsRules, **overrides) -> HttpClient:
    lim = limits(**overrides)
    return HttpClient(lim, robots=rules, limiter=HostLimiter(lim.per_host_concurrency, 0.0))


def test_our_group_is_chosen_over_the_star_group():
    rules = rules_from_body("http://n.example:80", ROBOTS.replace(b"__BASE_URL__", b"http://n.example"))
    assert not rules.allows("http://n.example/private/memo.html", UA)
    assert rules.allows("http://n.example/private/press/release.html", UA)
    assert rules.allows("http://n.example/drafts/x.html", UA)  # only the * group forbids it
    assert not rules.allows("http://n.example/drafts/x.html", "SomeOtherBot/1.0")
    assert rules.sitemaps == ["http://n.example/sitemap_index.xml", "/news-sitemap.xml"]


@pytest.mark.parametrize("status, allowed", [(404, True), (401, True), (403, True), (410, True),
                                             (500, False), (503, False)])
def test_status_of_robots_txt_decides_per_rfc_9309(status, allowed):
    rules = rules_from_error("http://n.example:80", FetchError("http_status", f"HTTP {status}", "u", status=status))
    assert rules.allows("http://n.example/any/page.html", UA) is allowed


@pytest.mark.parametrize("kind, allowed", [("timeout", False), ("connection", False), ("dns", False),
                                           ("too_large", False), ("too_many_redirects", True)])
def test_no_answer_disallows_too_many_redirects_allows(kind, allowed):
    rules = rules_from_error("http://n.example:80", FetchError(kind, "x", "u"))
    assert rules.allows("http://n.example/a", UA) is allowed


def test_guard_refusal_of_robots_txt_is_not_a_robots_verdict():
    with pytest.raises(FetchError) as info:
        rules_from_error("http://169.254.169.254:80", FetchError("blocked_address", "metadata", "u"))
    assert info.value.kind == "blocked_address"


def test_pages_obey_the_served_rules_and_robots_txt_is_fetched_once_per_site():
    routes = {"/robots.txt": (200, "text/plain", ROBOTS), "/public.html": PAGE, "/private/memo.html": PAGE,
              "/private/press/release.html": PAGE}
    with scripted_site(routes) as site:
        rules = RobotsRules()
        client = client_with(rules)
        threads = [threading.Thread(target=client.get, args=(site.url("/public.html"),), kwargs={"kind": "page"})
                   for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert client.get(site.url("/private/press/release.html"), kind="page").status == 200
        with pytest.raises(FetchError) as info:
            client.get(site.url("/private/memo.html"), kind="page")
        assert info.value.kind == "robots_disallowed" and info.value.url == site.url("/private/memo.html")
        assert site.hits["/private/memo.html"] == 0  # never fetched
        assert site.hits["/robots.txt"] == 1 and rules.fetches == 1
        assert rules.sitemaps(site.url("/"), client) == [site.url("/sitemap_index.xml"), "/news-sitemap.xml"]


def test_a_redirect_to_a_disallowed_page_is_refused_before_it_is_followed():
    routes = {"/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
              "/moved.html": (302, None, b"", {"Location": "/private/x.html"}), "/private/x.html": PAGE}
    with scripted_site(routes) as site:
        client = client_with(RobotsRules())
        with pytest.raises(FetchError) as info:
            client.get(site.url("/moved.html"), kind="page")
        assert info.value.kind == "robots_disallowed" and info.value.url == site.url("/moved.html")
        assert "/private/x.html" in info.value.message
        assert site.hits["/moved.html"] == 1 and site.hits["/private/x.html"] == 0


def test_robots_answering_5xx_disallows_every_page_until_it_can_be_read():
    with scripted_site({"/robots.txt": (503, "text/plain", b"busy"), "/a.html": PAGE}) as site:
        client = client_with(RobotsRules())
        with pytest.raises(FetchError) as info:
            client.get(site.url("/a.html"), kind="page")
        assert info.value.kind == "robots_disallowed" and "503" in info.value.message
        assert site.hits["/a.html"] == 0


def test_robots_answering_404_allows_everything():
    with scripted_site({"/a.html": PAGE}) as site:
        client = client_with(RobotsRules())
        assert client.get(site.url("/a.html"), kind="page").status == 200
        assert site.hits["/robots.txt"] == 1


def test_unreachable_site_is_disallowed_not_an_error_of_the_page():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = client_with(RobotsRules())
    with pytest.raises(FetchError) as info:
        client.get(f"http://127.0.0.1:{port}/a.html", kind="page")
    assert info.value.kind == "robots_disallowed" and "connection" in info.value.message


def test_metadata_address_keeps_its_blocked_address_reason():
    client = client_with(RobotsRules())
    with pytest.raises(FetchError) as info:
        client.get("http://169.254.169.254/latest/meta-data/", kind="page")
    assert info.value.kind == "blocked_address"
    assert info.value.url == "http://169.254.169.254/latest/meta-data/"  # reported as asked for


def test_feeds_are_not_checked_and_ignore_robots_reads_no_robots_txt():
    with scripted_site({"/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /\n"),
                        "/a.html": PAGE}) as site:
        assert polite_client(limits(honour_robots=False), "run-x").get(site.url("/a.html"), kind="page").status == 200
        assert site.hits["/robots.txt"] == 0
        with pytest.raises(FetchError):
            polite_client(limits(), "run-y").get(site.url("/a.html"), kind="page")
        assert site.hits["/robots.txt"] == 1


def test_cached_rules_expire_after_max_age():
    now = [0.0]
    with scripted_site({"/a.html": PAGE}) as site:
        rules = RobotsRules(max_age=100.0, clock=lambda: now[0])
        client = client_with(rules)
        client.get(site.url("/a.html"), kind="page")
        now[0] = 50.0
        client.get(site.url("/a.html"), kind="page")
        assert rules.fetches == 1
        now[0] = 151.0
        client.get(site.url("/a.html"), kind="page")
        assert rules.fetches == 2


def test_site_rules_state_is_plain_data():
    assert SiteRules("o", "unavailable", "404").allows("http://o/x", UA)
    assert not SiteRules("o", "unreachable", "503").allows("http://o/x", UA)
