"""Which IP addresses the fetcher may connect to, decided after DNS resolution.

Feed and page URLs come from the open web, so a URL (or a redirect, or a DNS answer) may point at
our own network: the cloud metadata service, a database on 10.x, the worker's loopback. The client
resolves each hop's host once with `resolve_checked`, refuses the hop if any answer is blocked,
and connects to one of exactly those addresses, so a second DNS answer cannot slip in (rebinding).

Policy, strictest first:
  1. `always_blocked` networks (http_limits.yaml: cloud metadata, link-local) are refused whatever
     the settings say; tests and the demo can reach loopback but never 169.254.169.254.
  2. `allowed_networks` (CIDRs) are accepted: a deliberate exception such as an internal mirror.
  3. Loopback, RFC 1918 / ULA and CGNAT are accepted only when allow_private is on.
  4. Anything else that is not globally routable unicast is refused: unspecified, multicast,
     broadcast, reserved, documentation, benchmarking ranges, Teredo.
IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64
64:ff9b::/96, 6to4 2002::/16) are judged by the IPv4 address they reach.
"""
from __future__ import annotations

import functools
import ipaddress
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import yaml

_LIMITS_FILE = Path(__file__).parent / "data" / "http_limits.yaml"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[..., list]

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_RFC1918 = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
_ULA = ipaddress.ip_network("fc00::/7")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
# Categories that allow_private opens; every other category stays refused.
_PRIVATE_CATEGORIES = frozenset({"loopback", "private", "cgnat"})


class AddressBlocked(Exception):
    """The host resolves to an address we must not connect to."""

    def __init__(self, host: str, address: str, reason: str):
        super().__init__(f"{host} -> {address}: {reason}")
        self.host, self.address, self.reason = host, address, reason

    def __reduce__(self):
        return (type(self), (self.host, self.address, self.reason))


class ResolutionFailed(Exception):
    """DNS gave no usable answer; `transient` when the resolver said to try again."""

    def __init__(self, host: str, message: str, transient: bool = False):
        super().__init__(f"{host}: {message}")
        self.host, self.message, self.transient = host, message, transient

    def __reduce__(self):
        return (type(self), (self.host, self.message, self.transient))


@functools.lru_cache(maxsize=1)
def default_always_blocked() -> tuple[IPNetwork, ...]:
    data = yaml.safe_load(_LIMITS_FILE.read_text(encoding="utf-8"))
    return tuple(ipaddress.ip_network(n) for n in data["always_blocked"])


@dataclass(frozen=True)
class AddressPolicy:
    allow_private: bool = False
    allowed_networks: tuple[IPNetwork, ...] = ()
    always_blocked: tuple[IPNetwork, ...] = field(default_factory=default_always_blocked)

    @classmethod
    def build(cls, allow_private: bool, allowed_networks: Iterable[str] = ()) -> "AddressPolicy":
        return cls(allow_private, tuple(ipaddress.ip_network(n, strict=False) for n in allowed_networks))

    def refusal(self, ip: IPAddress) -> str | None:
        """Why `ip` is refused, or None when it may be reached."""
        for net in self.always_blocked:
            if ip.version == net.version and ip in net:
                return f"always blocked ({net})"
        if any(ip.version == net.version and ip in net for net in self.allowed_networks):
            return None
        embedded = embedded_ipv4(ip)
        if embedded is not None:
            reason = self.refusal(embedded)
            return f"{reason} via embedded IPv4 {embedded}" if reason else None
        category = category_of(ip)
        if category is None or (self.allow_private and category in _PRIVATE_CATEGORIES):
            return None
        return category


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 transition form would actually reach, if any."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def category_of(ip: IPAddress) -> str | None:
    """None for ordinary global unicast, else the name of the special range."""
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.version == 4 and ip in _CGNAT:
        return "cgnat"
    if ip.version == 4 and any(ip in net for net in _RFC1918):
        return "private"
    if ip.version == 6 and ip in _ULA:
        return "private"
    if ip.is_reserved or not ip.is_global:
        return "reserved or not globally routable"
    return None


def parse_ip(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None


def resolve(host: str, port: int, resolver: Resolver = socket.getaddrinfo) -> list[str]:
    """Distinct addresses for host in resolver order; an IP literal resolves to itself."""
    literal = parse_ip(host.strip("[]"))
    if literal is not None:
        return [str(literal)]
    try:
        infos = resolver(host, port, 0, socket.SOCK_STREAM)
    except socket.gaierror as exc:
        transient = exc.errno in (socket.EAI_AGAIN, getattr(socket, "EAI_SYSTEM", None))
        raise ResolutionFailed(host, str(exc), transient) from exc
    except (UnicodeError, OSError) as exc:
        raise ResolutionFailed(host, str(exc)) from exc
    addresses = list(dict.fromkeys(str(parse_ip(info[4][0])) for info in infos if parse_ip(info[4][0])))
    if not addresses:
        raise ResolutionFailed(host, "no addresses")
    return addresses


def resolve_checked(host: str, port: int, policy: AddressPolicy, resolver: Resolver = socket.getaddrinfo) -> list[str]:
    """Addresses to connect to; raises AddressBlocked if ANY answer is refused.

    A name whose answers mix public and internal addresses is misconfigured or an attack; either
    way picking the public one would let the next lookup pick the other.
    """
    addresses = resolve(host, port, resolver)
    for address in addresses:
        reason = policy.refusal(ipaddress.ip_address(address))
        if reason:
            raise AddressBlocked(host, address, reason)
    return addresses
