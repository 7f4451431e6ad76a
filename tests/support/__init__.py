"""Test helpers shared across areas: a scriptable hostile HTTP server on 127.0.0.1."""
