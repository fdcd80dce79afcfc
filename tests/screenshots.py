"""`make screenshots`: the web edition's book page and a chapter on a desktop and on a phone, in
Debian's Chromium, for docs/ and the README (python -m tests.screenshots [SITE_DIR [OUT_DIR]])."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

from book.serve import server, url

from .browser import launch

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {  # file: (page, viewport, scheme)
    "site-book.png": ("ili-rebellion/index.html", (1280, 860), "light"),
    "site-chapter.png": ("ili-rebellion/ch-fighting.html", (1280, 860), "light"),
    "site-book-phone.png": ("ili-rebellion/index.html", (390, 800), "light"),
    "site-chapter-phone.png": ("ili-rebellion/ch-fighting.html", (390, 800), "dark"),
}


def shoot(site: Path, out: Path, shots: dict = SHOTS) -> list[Path]:
    """Take each screenshot of the site served from `site`; returns the files written."""
    httpd = server(site, 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    written = []
    try:
        with launch() as browser:
            for name, (page, (width, height), scheme) in shots.items():
                context = browser.new_context(viewport={"width": width, "height": height},
                                              device_scale_factor=1, color_scheme=scheme)
                tab = context.new_page()
                tab.goto(url(httpd) + page)
                tab.wait_for_load_state("networkidle")
                tab.screenshot(path=str(out / name))
                written.append(out / name)
                context.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return written


if __name__ == "__main__":
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "site"
    for path in shoot(site, Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs"):
        print(f"wrote       {path}")
