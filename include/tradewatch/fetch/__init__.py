"""Polite HTTP: one session, timeouts, retries with backoff, robots.txt, rate limits, conditional GET."""
