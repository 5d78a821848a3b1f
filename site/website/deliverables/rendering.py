"""HTML to PDF with WeasyPrint, reading local files only."""

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.conf import settings

from weasyprint import HTML
from weasyprint.urls import URLFetcher


class LocalFilesOnly(URLFetcher):
    """Fetch `file:` URLs below the project's own folders and `data:` URLs; refuse the rest.

    Nothing reaches the network while a document is made: links stay links in the PDF, but a
    stylesheet, image or font named by an http(s) URL is not fetched.
    """

    def __init__(self, roots):
        super().__init__(allowed_protocols={"file", "data"})
        self.roots = [Path(root).resolve() for root in roots]

    def fetch(self, url, headers=None):
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file":
            path = Path(url2pathname(urlsplit(url).path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise ValueError(f"Outside the project's files: {url}")
        elif scheme != "data":
            raise ValueError(f"Not fetched (local files only): {url}")
        return super().fetch(url, headers)


def write_pdf(html, base_url):
    """The PDF of `html`; relative links resolve against `base_url`, files come from the repo."""
    roots = [settings.BASE_DIR / "static", settings.BASE_DIR / "learning" / "badges" / "fonts"]
    fetcher = LocalFilesOnly(roots + [settings.STATIC_ROOT])
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf()
