"""DuckDB storage: numbered migrations, connections with lock retry, content-addressed blobs, the loader."""
