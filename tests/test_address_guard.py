"""The address policy, checked on addresses and on (fake) DNS answers; no network is used."""
import ipaddress
import pickle
import socket

import pytest

from transforms.address_guard import AddressBlocked, AddressPolicy, ResolutionFailed, resolve, resolve_checked

STRICT = AddressPolicy.build(allow_private=False)
LOCAL_OK = AddressPolicy.build(allow_private=True)

ALWAYS_REFUSED = [
    "169.254.169.254", "169.254.170.2", "100.100.100.200", "168.63.129.16", "fd00:ec2::254",  # metadata
    "169.254.1.1", "fe80::1",                                                                  # link-local
    "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1",                       # embedded metadata
    "0.0.0.0", "::", "224.0.0.1", "ff02::1", "255.255.255.255", "240.0.0.1",
    "192.0.2.1", "198.51.100.7", "203.0.113.9", "198.18.0.1", "2001:db8::1", "2001::1",
]
PRIVATE = ["127.0.0.1", "127.8.8.8", "::1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "fc00::1", "fd12:3456::1",
           "100.64.0.1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "2002:0a00:0001::1"]
PUBLIC = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]


def ip(text):
    return ipaddress.ip_address(text)


@pytest.mark.parametrize("address", ALWAYS_REFUSED)
def test_always_refused_even_with_private_hosts_allowed(address):
    assert STRICT.refusal(ip(address)) and LOCAL_OK.refusal(ip(address))


@pytest.mark.parametrize("address", PRIVATE)
def test_private_ranges_need_the_flag(address):
    assert STRICT.refusal(ip(address))
    assert LOCAL_OK.refusal(ip(address)) is None


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address):
    assert STRICT.refusal(ip(address)) is None


def test_allowed_networks_open_a_range_but_never_metadata():
    policy = AddressPolicy.build(False, ["127.0.0.0/8", "169.254.0.0/16"])
    assert policy.refusal(ip("127.0.0.1")) is None
    assert policy.refusal(ip("10.0.0.1")) == "private"
    assert policy.refusal(ip("169.254.169.254"))


def answers(*addresses):
    def resolver(host, port, *args):
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]
    return resolver


def test_any_blocked_answer_refuses_the_name():
    with pytest.raises(AddressBlocked) as info:
        resolve_checked("mixed.example", 80, STRICT, answers("93.184.216.34", "10.0.0.5"))
    assert info.value.address == "10.0.0.5"
    assert resolve_checked("ok.example", 80, STRICT, answers("93.184.216.34", "93.184.216.34")) == ["93.184.216.34"]


def test_ip_literals_skip_dns():
    def no_dns(*args):
        raise AssertionError("resolver called for a literal")

    assert resolve("[::1]", 80, no_dns) == ["::1"]
    with pytest.raises(AddressBlocked):
        resolve_checked("169.254.169.254", 80, LOCAL_OK, no_dns)


def test_numeric_host_spellings_are_judged_after_resolution():
    # 2130706433 and 0x7f.1 are 127.0.0.1 to the system resolver; the check sees the real address.
    for spelling in ("2130706433", "0x7f.1", "127.1"):
        with pytest.raises(AddressBlocked):
            resolve_checked(spelling, 80, STRICT)


def test_resolution_failures():
    def temporary(*args):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    with pytest.raises(ResolutionFailed) as info:
        resolve("flaky.example", 80, temporary)
    assert info.value.transient
    with pytest.raises(ResolutionFailed):
        resolve("empty.example", 80, lambda *a: [])


def test_errors_pickle():
    blocked = pickle.loads(pickle.dumps(AddressBlocked("h", "10.0.0.1", "private")))
    assert (blocked.host, blocked.address, blocked.reason) == ("h", "10.0.0.1", "private")
    failed = pickle.loads(pickle.dumps(ResolutionFailed("h", "boom", True)))
    assert failed.transient
