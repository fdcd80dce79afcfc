"""A WeasyPrint URL fetcher that reads only from allowed directories and never the network."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit


def make_fetcher(roots: list[Path]):
    """Build a fetcher that serves file: URLs under `roots` and data: URLs, and refuses the rest."""
    from weasyprint.urls import URLFetcher    # lazy: WeasyPrint, only where a book is laid out

    allowed = [r.resolve() for r in roots]

    class LocalFetcher(URLFetcher):
        """Refuses http(s), ftp and files outside the project's styles/fonts/build folders."""

        def fetch(self, url, headers=None):
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme != "file":
                raise ValueError(f"refused to fetch {url}: only local styles and fonts are allowed")
            path = Path(unquote(urlsplit(url).path)).resolve()
            if not any(path == r or r in path.parents for r in allowed):
                raise ValueError(f"refused to read {path}: outside the allowed folders")
            return super().fetch(url, headers)

    return LocalFetcher(allowed_protocols=("file", "data"))
