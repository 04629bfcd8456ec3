"""HttpClient against tests/hostile_server.py: every hostile case ends in a result or a FetchError.

An autouse guard wraps urllib3's socket connect: any attempt to connect anywhere but loopback fails
the test, so refusals of metadata / private targets are proven to happen before any connection.
"""
import ipaddress
import json
import pickle
import socket
import threading
from urllib.parse import quote

import pytest
import urllib3.util.connection

from tests.hostile_server import ETAG, LAST_MODIFIED, PAGE, hostile_server, http_date
from transforms.http_client import FetchError, FetchLimits, FetchResult, HttpClient
from transforms.politeness import HostLimiter

NOW = 1_750_000_000.0  # fixed wall clock for Retry-After dates


@pytest.fixture(scope="module")
def server():
    with hostile_server() as srv:
        yield srv


@pytest.fixture(autouse=True)
def connects(monkeypatch):
    """Every address the client connects to; a non-loopback one fails the test before any packet."""
    seen = []
    real = urllib3.util.connection.create_connection

    def guarded(address, *args, **kwargs):
        host = address[0].strip("[]")
        seen.append(host)
        assert ipaddress.ip_address(host).is_loopback, f"test tried to connect to {host}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", guarded)
    return seen


def fast_limits(**overrides) -> FetchLimits:
    # Timeouts far above what a loopback answer takes, even on a loaded machine: they only guard
    # against a hang. Tests of timeouts set a short one against a server far slower still.
    base = dict(connect_timeout=5.0, read_timeout=5.0, total_timeout=10.0, retries=2, backoff_base=0.01,
                backoff_max=5.0, per_host_min_interval=0.0, allow_private_hosts=True)
    return FetchLimits(**{**base, **overrides})


class Sleeps(list):
    """Records requested sleeps instead of sleeping."""

    def __call__(self, seconds):
        self.append(seconds)


@pytest.fixture
def sleeps():
    return Sleeps()


def make_client(sleeps, resolver=socket.getaddrinfo, **overrides) -> HttpClient:
    limits = fast_limits(**overrides)
    return HttpClient(limits, limiter=HostLimiter(limits.per_host_concurrency, 0.0), sleep=sleeps,
                      wall_clock=lambda: NOW, resolver=resolver)


@pytest.fixture
def client(sleeps):
    with make_client(sleeps) as c:
        yield c


def fetch_error(client, url, kind="page", **kwargs) -> FetchError:
    with pytest.raises(FetchError) as info:
        client.get(url, kind=kind, **kwargs)
    return info.value


# -- ordinary fetches ---------------------------------------------------------------------------
def test_feed_is_returned_as_bytes_with_validators(client, server):
    r = client.get(server.url("/feed"), kind="feed")
    assert (r.status, r.attempts, r.not_modified) == (200, 1, False)
    assert r.body.startswith(b"<?xml") and r.text is None
    assert (r.etag, r.last_modified) == (ETAG, LAST_MODIFIED)
    assert r.headers["content-type"] == "application/rss+xml" and r.final_url == r.url


def test_page_is_decoded_and_user_agent_names_the_project(client, server):
    r = client.get(server.url("/echo"), kind="page")
    sent = json.loads(r.text)
    assert sent["User-Agent"].startswith("troop-news-pipeline/")
    assert r.encoding is not None


def test_conditional_get_gives_not_modified(client, server):
    for validators in ({"etag": ETAG}, {"last_modified": LAST_MODIFIED}):
        r = client.get(server.url("/feed"), kind="feed", **validators)
        assert r.not_modified and r.status == 304 and r.body == b""
    assert r.etag == ETAG  # caller can store the result's validators unconditionally


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/deflate-raw"])
def test_compressed_pages_are_decoded(client, server, path):
    assert client.get(server.url(path), kind="page").text == PAGE


@pytest.mark.parametrize("enc, ct, head", [
    ("cp1251", "text/html; charset=windows-1251", ""),
    ("utf-8", "text/html; charset=iso-8859-1", ""),    # wrong header charset
    ("cp1251", "text/html", '<meta charset="windows-1251">'),
    ("shift_jis", None, ""),                              # no charset and no Content-Type at all
])
def test_wrong_and_missing_charsets(client, server, enc, ct, head):
    text = {"cp1251": "Иностранные войска прибыли на учения у границы.",
            "utf-8": "Иностранные войска прибыли на учения у границы.",
            "shift_jis": "外国軍の部隊約二千人が共同訓練のため基地に到着した。"}[enc]
    query = f"enc={enc}&text={quote(text)}&head={quote(head)}" + (f"&ct={quote(ct)}" if ct else "")
    r = client.get(server.url(f"/encoded?{query}"), kind="page")
    assert text in r.text


def test_malformed_xml_feed_is_passed_on_for_the_parser(client, server):
    r = client.get(server.url("/malformed-feed"), kind="feed")
    assert r.status == 200 and b"<rss>" in r.body


# -- retries -----------------------------------------------------------------------------------
def test_persistent_500_is_retried_then_raised(client, server, sleeps):
    err = fetch_error(client, server.url("/status/500?x=1"))
    assert (err.kind, err.status, err.attempts, err.transient) == ("http_status", 500, 3, True)
    assert server.hits["/status/500"] == 3
    assert len(sleeps) == 2 and all(0 <= s <= 5.0 for s in sleeps)


def test_503_then_success(client, server):
    r = client.get(server.url("/flaky/2/503?key=a"), kind="page")
    assert r.status == 200 and r.attempts == 3


def test_429_retry_after_seconds_is_honoured(client, server, sleeps):
    r = client.get(server.url("/flaky/1/429?key=b&retry_after=2"), kind="page")
    assert r.attempts == 2 and sleeps == [2.0]


def test_429_retry_after_http_date(client, server, sleeps):
    date = quote(http_date(3, now=NOW))
    client.get(server.url(f"/flaky/1/429?key=c&retry_after={date}"), kind="page")
    assert sleeps == [3.0]


def test_retry_after_beyond_backoff_max_is_left_to_the_caller(client, server, sleeps):
    err = fetch_error(client, server.url("/status/429?retry_after=3600"))
    assert (err.retry_after, err.attempts, sleeps) == (3600.0, 1, [])


def test_404_is_not_retried(client, server):
    err = fetch_error(client, server.url("/status/404"))
    assert (err.kind, err.status, err.transient, err.attempts) == ("http_status", 404, False, 1)


def test_connection_dropped_mid_body_is_retried(client, server):
    err = fetch_error(client, server.url("/close-early"))
    assert err.kind == "connection" and err.attempts == 3


# -- slow and oversized bodies ------------------------------------------------------------------
def test_drip_slower_than_read_timeout(sleeps, server):
    # One byte a minute against a half-second read timeout: however slow the machine, it times out.
    with make_client(sleeps, retries=0, read_timeout=0.5) as c:
        assert fetch_error(c, server.url("/drip?gap=60")).kind == "timeout"


def test_trickle_faster_than_read_timeout_hits_total_timeout(sleeps, server):
    # A byte every 50 ms never leaves the 5 s read timeout idle; the 0.6 s cap on the whole body ends it.
    with make_client(sleeps, retries=0, total_timeout=0.6) as c:
        err = fetch_error(c, server.url("/trickle?gap=0.05"))
    assert err.kind == "timeout" and "within 0.6s" in str(err)


@pytest.mark.parametrize("declared", ["1", "0"])
def test_100mb_body_is_cut_off(client, server, declared):
    err = fetch_error(client, server.url(f"/huge?declared={declared}"))
    assert err.kind == "too_large" and err.attempts == 1


def test_gzip_bomb_is_stopped(client, server):
    err = fetch_error(client, server.url("/gzip-bomb"))
    assert err.kind == "decompression_bomb" and err.attempts == 1
    assert server.bytes_sent["/gzip-bomb"] < 10_000_000  # stopped long before the 1 GB it offers


def test_truncated_gzip_is_an_error(client, server):
    err = fetch_error(client, server.url("/gzip-truncated"))
    assert err.kind == "decode" and not err.transient


def test_unsupported_content_encoding(client, server):
    assert fetch_error(client, server.url("/unknown-encoding")).kind == "decode"


# -- content types ------------------------------------------------------------------------------
def test_html_page_served_as_feed_is_refused(client, server):
    assert fetch_error(client, server.url("/html-as-feed"), kind="feed").kind == "bad_content_type"


def test_real_feed_mislabelled_as_html_is_accepted(client, server):
    assert client.get(server.url("/feed-as-html"), kind="feed").body.startswith(b"<?xml")


def test_pdf_is_not_a_page(client, server):
    err = fetch_error(client, server.url("/pdf"))
    assert err.kind == "bad_content_type" and err.attempts == 1


# -- redirects ----------------------------------------------------------------------------------
def test_redirect_chain_within_limit(client, server):
    r = client.get(server.url("/redirect/chain/3"), kind="page")
    assert r.final_url.endswith("/page") and r.url.endswith("/redirect/chain/3")


def test_redirect_chain_over_limit(client, server):
    before = server.hits["/redirect/chain/3"]
    assert fetch_error(client, server.url("/redirect/chain/9")).kind == "too_many_redirects"
    assert server.hits["/redirect/chain/4"] >= 1 and server.hits["/redirect/chain/3"] == before  # 9..4, no more


@pytest.mark.parametrize("path", ["/redirect/self", "/redirect/loop"])
def test_redirect_loops(client, server, path):
    assert fetch_error(client, server.url(path)).kind == "redirect_loop"


def test_redirect_without_location(client, server):
    err = fetch_error(client, server.url("/redirect/no-location"))
    assert (err.kind, err.status) == ("http_status", 302)


# -- address guard on the wire -----------------------------------------------------------------
@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/",   # cloud metadata: refused even with private hosts on
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/",
    "http://169.254.10.1/",
    "http://[fe80::1]/",
    "http://0.0.0.0/",
    "http://224.0.0.1/",
    "http://100.100.100.200/",
])
def test_redirect_to_always_blocked_address_is_refused_before_connecting(client, server, connects, target):
    err = fetch_error(client, server.url(f"/redirect/to?url={quote(target)}"))
    assert err.kind == "blocked_address" and err.attempts == 1
    assert connects and all(ipaddress.ip_address(h).is_loopback for h in connects)


def test_redirect_to_private_network_refused_when_only_loopback_is_allowed(sleeps, server, connects):
    with make_client(sleeps, allow_private_hosts=False, allowed_networks=("127.0.0.0/8",)) as c:
        for target in ("http://10.0.0.1/", "http://192.168.1.1/", "http://[fc00::1]/", "http://100.64.0.1/"):
            assert fetch_error(c, server.url(f"/redirect/to?url={quote(target)}")).kind == "blocked_address"
    assert all(h == "127.0.0.1" for h in connects)


def test_loopback_refused_by_default(sleeps, server, connects):
    with make_client(sleeps, allow_private_hosts=False) as c:
        assert fetch_error(c, server.url("/page")).kind == "blocked_address"
        assert fetch_error(c, server.url("/page", host="localhost")).kind == "blocked_address"
    assert connects == []


def test_name_resolving_to_metadata_is_refused(sleeps, server, connects):
    def resolver(host, port, *args):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("169.254.169.254", port))]

    with make_client(sleeps, resolver=resolver) as c:
        assert fetch_error(c, f"http://metadata.example:{server.port}/").kind == "blocked_address"
    assert connects == []


def test_name_is_resolved_once_and_its_checked_address_is_used(sleeps, server, connects):
    """DNS rebinding: a second lookup would say metadata; the client must never make one."""
    answers = iter(["127.0.0.1"] + ["169.254.169.254"] * 10)
    calls = []

    def rebinding(host, port, *args):
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    with make_client(sleeps, resolver=rebinding) as c:
        r = c.get(f"http://feeds.example:{server.port}/echo", kind="page")
    assert json.loads(r.text)["Host"] == f"feeds.example:{server.port}"
    assert calls == ["feeds.example"] and connects == ["127.0.0.1"]


def test_dns_failure(sleeps, server):
    def nxdomain(host, *args):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with make_client(sleeps, resolver=nxdomain) as c:
        err = fetch_error(c, "http://no-such-host.example/")
    assert (err.kind, err.transient, err.attempts) == ("dns", False, 1)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/feed", "file:///etc/passwd", "javascript:alert(1)",
                                 "http://", "http://user:secret@127.0.0.1/", "gopher://127.0.0.1:70/",
                                 "http://127.0.0.1:99999/"])
def test_invalid_urls(client, connects, url):
    assert fetch_error(client, url).kind == "invalid_url"
    assert connects == []


def test_kind_must_be_feed_or_page(client, server):
    with pytest.raises(ValueError):
        client.get(server.url("/page"), kind="image")


# -- politeness and concurrency ----------------------------------------------------------------
def test_per_host_concurrency_is_bounded(sleeps, server):
    results, errors = [], []
    with make_client(sleeps, per_host_concurrency=2) as c:
        def work():
            try:
                results.append(c.get(server.url("/slow?delay=0.15"), kind="page"))
            except FetchError as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(results) == 6 and not errors
    assert server.peak_in_flight <= 2


# -- values crossing Beam boundaries -----------------------------------------------------------
def test_fetch_error_and_result_pickle():
    err = FetchError("http_status", "HTTP 429", "http://x.example/", status=429, retry_after=7.0, attempts=2)
    back = pickle.loads(pickle.dumps(err))
    assert (back.kind, back.message, back.url, back.status, back.retry_after, back.attempts, back.transient) == \
        ("http_status", "HTTP 429", "http://x.example/", 429, 7.0, 2, True)
    assert str(back) == str(err)
    result = FetchResult("u", "u", 200, {"a": "b"}, b"x", "x", "utf-8")
    assert pickle.loads(pickle.dumps(result)) == result


def test_unknown_error_kind_is_a_bug():
    with pytest.raises(ValueError):
        FetchError("oops", "m", "u")


def test_defaults_come_from_the_data_file():
    limits = FetchLimits()
    assert (limits.connect_timeout, limits.read_timeout, limits.max_body_bytes, limits.max_redirects) == \
        (5.0, 20.0, 5_000_000, 5)
    assert limits.allow_private_hosts is False and "troop-news-pipeline" in limits.user_agent


# -- TLS: connect to the checked address, verify the certificate for the name --------------------
@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    """A throw-away CA and a certificate for feeds.example, made with `cryptography`."""
    import datetime

    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(cn):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("test ca")).issuer_name(name("test ca"))
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(name("feeds.example")).issuer_name(ca.subject)
            .public_key(leaf_key.public_key()).serial_number(2).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("feeds.example")]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder = tmp_path_factory.mktemp("tls")
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM) + leaf_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return folder


def test_https_verifies_the_name_while_connecting_to_the_checked_ip(sleeps, tls_files, connects):
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls_files / "leaf.pem")
    loopback = lambda host, port, *a: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
    with hostile_server(tls=context) as tls_server:
        limits = fast_limits(retries=0)
        with HttpClient(limits, limiter=HostLimiter(2, 0.0), sleep=sleeps, resolver=loopback,
                        ca_certs=str(tls_files / "ca.pem")) as c:
            r = c.get(tls_server.url("/echo", host="feeds.example"), kind="page")
            assert json.loads(r.text)["Host"] == f"feeds.example:{tls_server.port}"
            err = fetch_error(c, tls_server.url("/echo", host="other.example"))
            assert err.kind == "connection" and not err.transient  # certificate is not for that name
            assert "other.example" in err.message
    assert set(connects) == {"127.0.0.1"}
