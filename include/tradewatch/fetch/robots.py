"""robots.txt per host, read as RFC 9309 says, with its crawl delay."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

# A hostile robots.txt may hold tens of thousands of rules; each URL is checked against its group's rules.
MAX_RULES_PER_GROUP = 5000


@dataclass
class _Rule:
    allow: bool
    path: str
    """The rule's path as written, percent-escapes decoded: its length ranks it (the longest match wins)."""
    pattern: re.Pattern[str] | None
    """For a path with "*" or a closing "$"; None for a plain prefix."""

    def matches(self, target: str) -> bool:
        return self.pattern.match(target) is not None if self.pattern is not None else target.startswith(self.path)


@dataclass
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list)
    delay: float | None = None


# Misspelt record names that Google's robots.txt parser reads as what the site meant ("User agent: *", "Dissallow: /"):
# read otherwise, a site's rules were ignored and its whole site allowed (hostile probe 50 F6)
_TYPOS = {"useragent": "user-agent", "user agent": "user-agent", "dissallow": "disallow", "dissalow": "disallow",
          "disalow": "disallow", "diasllow": "disallow", "disallaw": "disallow"}


class RobotsTxt:
    """The groups of one robots.txt (RFC 9309): groups naming the same agent merged, case-insensitive product tokens,
    the longest matching rule deciding (Allow on a tie), "*" and a closing "$" in paths, fractional Crawl-delay."""

    def __init__(self, text: str) -> None:
        self.groups: list[_Group] = []
        current: _Group | None = None
        in_agents = False  # consecutive User-agent lines open one group
        for raw in text.lstrip("\ufeff").splitlines():  # a byte-order mark hid the first User-agent line
            line = raw.split("#", 1)[0].strip()
            if ":" in line:
                key, value = (part.strip() for part in line.split(":", 1))
            elif len(line.split()) == 2:  # "Disallow /admin": the colon forgotten (read as Google's parser reads it)
                key, value = line.split()
            else:
                continue
            key = _TYPOS.get(key.lower(), key.lower())
            if key == "user-agent":
                if current is None or not in_agents:
                    current = _Group()
                    self.groups.append(current)
                current.agents.append(value.split("/", 1)[0].strip().lower())
                in_agents = True
                continue
            if key not in ("allow", "disallow", "crawl-delay"):
                # "Sitemap:" (and any other record of no group) between two User-agent lines does not end them: it
                # split "User-agent: TradewatchBot / Sitemap: ... / User-agent: * / Disallow: /" into an empty group
                # of ours, which allowed everything (hostile probe 36 F7; RFC 9309 2.2, as Google's parser reads it)
                continue
            in_agents = False
            if current is None:
                continue  # rules before any User-agent line belong to no group
            if key in ("allow", "disallow") and value and len(current.rules) < MAX_RULES_PER_GROUP:
                current.rules.append(_rule(key == "allow", value))
            elif key == "crawl-delay":
                delay = _seconds(value)
                if delay is not None:  # two of them: the slower pace ("10" then "0" was 0)
                    current.delay = delay if current.delay is None else max(current.delay, delay)

    def _groups_for(self, token: str) -> list[_Group]:
        token = token.lower()
        own = [g for g in self.groups if token in g.agents]
        return own or [g for g in self.groups if "*" in g.agents]

    def can_fetch(self, token: str, url: str) -> bool:
        parts = urlsplit(url)
        target = unquote(parts.path or "/") + (f"?{unquote(parts.query)}" if parts.query else "")
        best: _Rule | None = None
        for group in self._groups_for(token):
            for rule in group.rules:
                if rule.matches(target) and (best is None or len(rule.path) > len(best.path)
                                             or len(rule.path) == len(best.path) and rule.allow and not best.allow):
                    best = rule
        return best is None or best.allow

    def crawl_delay(self, token: str) -> float | None:
        return next((g.delay for g in self._groups_for(token) if g.delay is not None), None)


_WITH_UNIT = re.compile(r"([0-9]+(?:\.[0-9]*)?)\s*s(?:ec(?:ond)?s?)?", re.I)


def _seconds(value: str) -> float | None:
    """A Crawl-delay in seconds: a number ("nan" and negatives are 0), or one with a unit ("5s", "5 sec")."""
    try:
        return max(0.0, float(value))
    except ValueError:
        found = _WITH_UNIT.fullmatch(value)
        return float(found.group(1)) if found else None


def _rule(allow: bool, value: str) -> _Rule:
    path = unquote(value)
    if "*" not in path and not path.endswith("$"):
        return _Rule(allow, path, None)
    anchored = path.endswith("$")
    body = path[:-1] if anchored else path
    regex = ".*".join(re.escape(piece) for piece in body.split("*")) + (r"\Z" if anchored else "")
    return _Rule(allow, path, re.compile(regex, re.DOTALL))


@dataclass
class RobotsRules:
    parser: RobotsTxt | None
    allow_all: bool = False
    disallow_all: bool = False
    note: str = ""

    def allowed(self, url: str, user_agent: str) -> bool:
        if self.allow_all:
            return True
        if self.disallow_all or self.parser is None:
            return False
        return self.parser.can_fetch(robots_token(user_agent), url)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        return self.parser.crawl_delay(robots_token(user_agent))


_PRODUCT = re.compile(r"[^/\s(]*")
_TOKEN = re.compile(r"[A-Za-z_-]+")


def robots_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against (RFC 9309: letters, "_" and "-"): the User-Agent's first
    word, up to "/", a space or "(", cut at its first other character ("TradewatchBot-0.1" -> "TradewatchBot"). It was
    everything before the first "/": "TradewatchBot (+mailto:ops@example.org)" matched no group, and a site's ban of
    TradewatchBot was silently dropped for "*" (hostile probe 36 F5). "*" when there is none."""
    product = _PRODUCT.match(user_agent.strip())
    token = _TOKEN.match(product.group(0) if product else "")
    return (token.group(0).rstrip("-_") if token else "") or "*"




def parse_robots(status: int | None, text: str | None) -> RobotsRules:
    """Rules from a robots.txt response, following RFC 9309.

    4xx means no rules (allow all); 5xx or no answer means we cannot know, so we stay out (disallow). 429 Too
    Many Requests is read as a 5xx (as Google does), not as "no rules": a host that asks us to slow down is not
    crawled whole, its Disallow rules unread, right after saying so. We stay out for this run."""
    if status == 429:
        return RobotsRules(None, disallow_all=True,
                           note="robots.txt answered 429 Too Many Requests; staying out of the host for this run")
    if status is None or status >= 500:
        return RobotsRules(None, disallow_all=True, note=f"robots.txt unreachable (status {status}); staying out")
    if status >= 400:
        return RobotsRules(None, allow_all=True, note=f"no robots.txt (status {status})")
    return RobotsRules(RobotsTxt(text or ""))
