"""The web edition: a book page with the downloads, one page per chapter and appendix from the
shared rendering, and a library page of every book in OUT/site/. Static files, all local: no
network at view time, and the pages open from file:// as well as from any static server."""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from ..collation import sort_key
from ..paths import STYLES
from ..usercss import file_names
from ..render import web
from ..render.html import Rendered, inline, wrap
from ..settings import Settings
from ..pipeline.writers import Job
from .cover import cover_png
from .embedded import CSS as FONTS_CSS, embedded
from ..pipeline.folders import replace_file
from ..print.pdfpages import page_count
from .navigation import contents

SITE = "site"                                 # OUT/site/<slug>/ and the library OUT/site/index.html
STYLESHEETS = ("base.css", "web.css")
COVER = "cover.png"
COVER_SIZE = (600, 900)                       # shown at up to 300 CSS pixels wide: sharp at 2x
# The media types of the downloads (RFC 8118, EPUB 3.3 §4.2.2); `book serve` sends the same.
MEDIA_TYPES = {".pdf": "application/pdf", ".epub": "application/epub+zip"}
MANIFEST = "book.json"                        # what the library page needs to know of a book


@dataclass(frozen=True)
class Download:
    """A file offered on the book page and in the library."""

    label: str          # 'PDF'
    href: str           # the file name, beside the book page
    type: str           # its media type
    detail: str         # 'A5 · 45 pages · 285 KB'


def write(job: Job) -> list[str]:
    """Write the book's folder of the site (staged: job.folder); no warnings of its own."""
    r, folder = job.rendered, job.folder
    offered = downloads(job)
    for source, download in offered:
        place(source, folder / download.href)
    common = {"r": r, "title_html": inline(r.title), "cover": cover(r, folder),
              "stylesheets": stylesheets(r, folder, job.cache / "fonts", job.settings.css)}
    for name, html in pages(r, tuple(d for _, d in offered), common):
        (folder / name).write_text(html, "utf-8")
    manifest = {"slug": r.slug, "title": r.title, "subtitle": r.subtitle, "creator": r.creator,
                "cover": common["cover"], "downloads": [asdict(d) for _, d in offered]}
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                   "utf-8")
    return []


def downloads(job: Job) -> tuple[tuple[Path, Download], ...]:
    """The staged PDF and EPUB this build made (those of them it made: --to), each with what its
    button says."""
    slug, out = job.rendered.slug, []
    if "pdf" in job.inputs:
        pdf = job.inputs["pdf"][0]
        out.append((pdf, Download("PDF", f"{slug}.pdf", MEDIA_TYPES[".pdf"],
                                  f"{job.settings.size.label} · {page_count(pdf)} "
                                  f"pages · {size_label(pdf.stat().st_size)}")))
    if "epub" in job.inputs:
        epub = job.inputs["epub"][0]
        out.append((epub, Download("EPUB", f"{slug}.epub", MEDIA_TYPES[".epub"],
                                   f"EPUB 3 · {size_label(epub.stat().st_size)}")))
    return tuple(out)


def stylesheets(r: Rendered, folder: Path, font_cache: Path,
                user_css: tuple[str, ...] = ()) -> list[str]:
    """Copy the styles, the EPUB's subset fonts with their CSS (fonts.py caches the subsets,
    so they are not made twice) and the user's stylesheets (--css); returns the style sheets in
    the order pages link them."""
    (folder / "css").mkdir()
    for name in STYLESHEETS:
        shutil.copyfile(STYLES / name, folder / "css" / name)
    sheets = [f"css/{name}" for name in STYLESHEETS]
    fonts = embedded(r, font_cache)
    if fonts:
        (folder / "fonts").mkdir()
        for path, _media_type, data in fonts.files:
            (folder / path).write_bytes(data)
        (folder / FONTS_CSS).write_text(fonts.css, "utf-8")
        sheets.append(FONTS_CSS)
    for path, name in zip(user_css, file_names(user_css)):
        shutil.copyfile(path, folder / "css" / name)
        sheets.append(f"css/{name}")
    return sheets


def cover(r: Rendered, folder: Path) -> dict:
    """Draw the cover (cover.py's design, at the web's size); returns its image attributes."""
    (folder / COVER).write_bytes(cover_png(r, COVER_SIZE))
    alt = f"Cover: {r.title}" + (f", {r.subtitle}" if r.subtitle else "") + f", by {r.creator}"
    return {"src": COVER, "width": COVER_SIZE[0], "height": COVER_SIZE[1], "alt": alt}


def pages(r: Rendered, downloads: tuple[Download, ...], common: dict) -> list[tuple[str, str]]:
    """(file name, HTML) of the book page and of each page read online."""
    parts = {p.id: p for p in r.parts}
    glossary = parts.get("glossary")
    definitions = web.tips(glossary) if glossary else {}

    def body(part_id: str, page: str) -> str:
        part = parts[part_id]
        return web.augment(part.html(web.linker(r, page)), part.id, definitions)

    def href(part_id: str) -> str:
        page = web.page_of(parts[part_id])
        return f"{page}#{part_id}" if page == web.BOOK_PAGE else page

    toc = contents(r, href)
    reading = web.reading(r)
    order = [(web.BOOK_PAGE, common["title_html"])] + [(web.page_of(p), p.title_html)
                                                       for p in reading]
    out = [(web.BOOK_PAGE, wrap(
        "site_book.html", **common, page=web.BOOK_PAGE, toc=toc, downloads=downloads,
        summary=inline(summary(r)), first=order[1][0] if len(order) > 1 else None,
        front={pid: body(pid, web.BOOK_PAGE) for pid in ("title-page", "at-a-glance", "colophon")
               if pid in parts}))]
    for i, part in enumerate(reading, 1):
        page = order[i][0]
        out.append((page, wrap(
            "site_page.html", **common, page=page, toc=toc, part=part, body=body(part.id, page),
            prev=order[i - 1], next=order[i + 1] if i + 1 < len(order) else None)))
    return out


def summary(r: Rendered) -> str:
    """The article's summary (the description without the credit the title page has), cut
    at a sentence."""
    text = r.summary
    if len(text) >= 500 and not text.endswith((".", "!", "?", "”")):
        end = max(text.rfind(". "), text.rfind("? "), text.rfind("! "))
        text = text[:end + 1] if end > 0 else text.rsplit(" ", 1)[0] + " …"
    return text


def size_label(size: int) -> str:
    """'285 KB', '1.4 MB' (binary units, as file managers show them)."""
    return f"{max(1, round(size / 1024))} KB" if size < 1024 ** 2 else f"{size / 1024 ** 2:.1f} MB"


def place(source: Path, target: Path) -> None:
    """Put a download beside the book page: a hard link to the staged file (no second copy on
    disk), or a copy where the filesystem has no hard links."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def finish(out_dir: Path, settings: Settings) -> None:
    """After every article: the site's front page, OUT/site/index.html. With several books it is
    the library (covers, titles, years, downloads, sorted by title); with one, a link to it."""
    site = out_dir / SITE
    books = []
    for manifest in sorted(site.glob(f"*/{MANIFEST}")):
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError, AttributeError):
            book = json.loads(manifest.read_text("utf-8"))
            if _valid(book, manifest.parent.name):
                books.append(book)
    if not books:
        return
    books.sort(key=lambda b: (sort_key(b["title"]), b["slug"]))
    if len(books) == 1:
        replace_file(site / "index.html", wrap("site_redirect.html", book=books[0]))
        return
    (site / "css").mkdir(exist_ok=True)
    replace_file(site / "css" / "web.css", (STYLES / "web.css").read_text("utf-8"))
    replace_file(site / "index.html", wrap("site_library.html", books=books,
                                       stylesheets=["css/web.css"]))


def _valid(book: dict, slug: str) -> bool:
    """A manifest this writer wrote for the folder it is in: its links are its own file names
    (the library shows nothing else it finds in the site folder)."""
    files = [book["cover"]["src"], *(d["href"] for d in book["downloads"])]
    return book["slug"] == slug and isinstance(book["title"], str) and \
        all(re.fullmatch(r"[a-z0-9][a-z0-9.-]*\.(?:png|pdf|epub)", f) for f in files)
