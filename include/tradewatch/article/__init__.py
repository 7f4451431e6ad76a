"""Article pages to clean text and metadata."""
