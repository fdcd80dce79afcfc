"""Debian's Chromium driven by Playwright for Python: never a downloaded browser, and nothing in
the background reaches the network. Shared by the reading-system and web-edition tests."""
from __future__ import annotations

import contextlib
from typing import Iterator

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@contextlib.contextmanager
def launch() -> Iterator:
    """A headless Chromium (Playwright's Browser), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
