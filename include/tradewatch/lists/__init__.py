"""Official sanctions lists: registry, safe parsing, versioned loading and name matching."""
