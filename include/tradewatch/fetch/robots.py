"""robots.txt per host, fetched once and cached, with its crawl delay."""

from __future__ import annotations

import urllib.robotparser
from dataclasses import dataclass


@dataclass
class RobotsRules:
    parser: urllib.robotparser.RobotFileParser | None
    allow_all: bool = False
    disallow_all: bool = False
    note: str = ""

    def allowed(self, url: str, user_agent: str) -> bool:
        if self.allow_all:
            return True
        if self.disallow_all or self.parser is None:
            return False
        return self.parser.can_fetch(_agent_token(user_agent), url)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(_agent_token(user_agent))
        return float(delay) if delay is not None else None


def _agent_token(user_agent: str) -> str:
    """robots.txt groups name the product token ("TradewatchBot"), not the whole header."""
    return user_agent.split("/", 1)[0].strip() or "*"


def parse_robots(status: int | None, text: str | None) -> RobotsRules:
    """Rules from a robots.txt response, following RFC 9309.

    4xx means no rules (allow all); 5xx or no answer means we cannot know, so we stay out (disallow)."""
    if status is None or status >= 500:
        return RobotsRules(None, disallow_all=True, note=f"robots.txt unreachable (status {status}); staying out")
    if status >= 400:
        return RobotsRules(None, allow_all=True, note=f"no robots.txt (status {status})")
    parser = urllib.robotparser.RobotFileParser()
    parser.parse((text or "").splitlines())
    return RobotsRules(parser)
