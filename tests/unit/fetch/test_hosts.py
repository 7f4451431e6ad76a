"""The internal-host verdict (`fetch.hosts`): every way of writing an internal host gets the same answer."""

from __future__ import annotations

import pytest

from tradewatch.fetch.hosts import internal_by_name, internal_verdict, literal_address, normal_host


@pytest.mark.parametrize(("written", "normal"), [
    ("localhost.", "localhost"),
    ("LOCALHOST.", "localhost"),
    ("LocalHost", "localhost"),
    ("[::1]", "::1"),
    ("ｌｏｃａｌｈｏｓｔ", "localhost"),  # full-width letters: IDNA maps them
    ("localhost\u3002", "localhost"),  # an ideographic full stop is a dot to IDNA
    ("bücher.example", "xn--bcher-kva.example"),
    ("news.example.org.", "news.example.org"),
])
def test_a_host_is_judged_in_one_normal_form(written: str, normal: str) -> None:
    assert normal_host(written) == normal


@pytest.mark.parametrize("host", [
    "localhost", "localhost.", "LOCALHOST.", "ｌｏｃａｌｈｏｓｔ", "foo.localhost", "a.b.localhost.",
    "metadata.google.internal", "METADATA.GOOGLE.INTERNAL.", "instance-data.ec2.internal", "metadata", "printer.local",
    "router.home.arpa",
])
def test_names_internal_by_definition_are_internal_without_dns(host: str) -> None:
    # hostile probe 26: behind a proxy these do not resolve here, and passed the guard as "on the internet"
    why = internal_by_name(host)
    assert why is not None and "internal name" in why, host
    assert internal_verdict(host, resolve=lambda name: ["93.184.216.34"]) == why  # whatever DNS says


@pytest.mark.parametrize(("host", "address"), [
    ("127.0.0.1", "127.0.0.1"), ("127.0.0.1.", "127.0.0.1"), ("127.1", "127.0.0.1"), ("2130706433", "127.0.0.1"),
    ("0x7f.1", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"), ("169.254.169.254", "169.254.169.254"),
    ("10.0.0.5", "10.0.0.5"), ("[::1]", "::1"), ("fd00:ec2::254", "fd00:ec2::254"), ("[::ffff:127.0.0.1]", "::ffff:7f00:1"),
    ("[64:ff9b::a9fe:a9fe]", "64:ff9b::a9fe:a9fe"),
])
def test_internal_ip_literals_in_every_form_are_internal(host: str, address: str) -> None:
    assert literal_address(host) == address
    assert internal_by_name(host) == f"it is an internal address ({address})"
    assert internal_verdict(host, resolve=lambda name: []) == f"it is an internal address ({address})"


@pytest.mark.parametrize("host", ["news.example.org", "93.184.216.34", "[2606:4700::1111]", "1e100.net", "deadbeef.example",
                                  "localhost.example.org", "internal.example.org"])
def test_public_hosts_are_not_internal_by_name(host: str) -> None:
    assert internal_by_name(host) is None


def test_a_name_is_judged_by_the_addresses_of_its_normal_form() -> None:
    asked: list[str] = []
    dns = {"intranet.example": ["10.1.2.3"], "news.example": ["93.184.216.34"]}

    def resolve(name: str) -> list[str]:
        asked.append(name)
        return dns.get(name, [])

    assert internal_verdict("INTRANET.example.", resolve) == "it resolves to an internal address (10.1.2.3)"
    assert internal_verdict("news.example", resolve) is None
    assert internal_verdict("nowhere.invalid", resolve) is None  # not resolving here: on the internet (a proxy's to check)
    assert asked == ["intranet.example", "news.example", "nowhere.invalid"]
