"""EPUB writer: one XHTML file per part of the shared rendering, packaged with ebooklib."""
from __future__ import annotations

import datetime as _dt
import zipfile
from pathlib import Path

from typing import TYPE_CHECKING, Callable

from ebooklib import epub
from lxml import etree

from .cover import cover_png
from .embedded import CSS as FONTS_CSS, embedded
from .navigation import COVER, NAV, contents, depth, guide, landmarks
from ..pipeline.channel import PAGE_BREAKS
from ..print.pagebreaks import CONTENTS, mark, marker_id
from ..render.html import Rendered, wrap
from ..settings import Settings
from ..pipeline.writers import Job
from ..paths import STYLES
from ..usercss import file_names

if TYPE_CHECKING:
    from ..print.pagebreaks import PageBreaks

_STYLESHEETS = ("base.css", "ebook.css")
# EPUB Accessibility 1.1 (https://www.w3.org/TR/epub-a11y-11/) and schema.org properties.
ACCESSIBILITY = (
    ("schema:accessMode", "textual"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityFeature", "readingOrder"),
    ("schema:accessibilityFeature", "alternativeText"),
    ("schema:accessibilityFeature", "displayTransformability"),
    ("schema:accessibilityHazard", "none"),
)
# With the print edition's page breaks (the page-list and pagebreak markers).
PAGE_FEATURES = ("printPageNumbers", "pageNavigation")
SUMMARY = ("This publication meets EPUB Accessibility 1.1 WCAG 2.1 Level AA: it has a table of "
           "contents, landmarks and semantic headings, a logical reading order, language tags on "
           "every foreign-script passage and a text alternative for the cover image.")
# Apple Books shows embedded fonts only when the book asks for them (Apple Books Asset Guide).
DISPLAY_OPTIONS = ("META-INF/com.apple.ibooks.display-options.xml",
                   b'<?xml version="1.0" encoding="UTF-8"?>\n<display_options>\n'
                   b'  <platform name="*">\n    <option name="specified-fonts">true</option>\n'
                   b'  </platform>\n</display_options>\n')


def file_name(part_id: str) -> str:
    """The XHTML file of a part inside the EPUB."""
    return f"{part_id}.xhtml"


def write(job: Job) -> list[str]:
    """Write the EPUB 3 (reproducible when SOURCE_DATE_EPOCH is set); no warnings of its own.
    With the PDF writer beside it, its page-list waits for the print layout's page breaks."""
    write_epub(job.rendered, job.targets[0], job.cache / "fonts", job.settings,
               (lambda: job.channel.wait(PAGE_BREAKS)) if job.channel else None)
    return []


def _metadata(book, rendered: Rendered, settings: Settings) -> None:
    """Dublin Core and EPUB 3 metadata: creator with file-as and role, subjects, series."""
    book.set_identifier(rendered.identifier)
    book.set_title(rendered.title)
    book.set_language(rendered.lang)
    book.add_metadata("DC", "creator", rendered.creator, {"id": "creator"})
    book.add_metadata(None, "meta", rendered.creator_sort,
                      {"refines": "#creator", "property": "file-as"})
    book.add_metadata(None, "meta", "aut",
                      {"refines": "#creator", "property": "role", "scheme": "marc:relators"})
    book.add_metadata("DC", "description", rendered.description)
    if rendered.source:                  # only a source the infobox or the settings state
        book.add_metadata("DC", "source", rendered.source)
    for subject in rendered.subjects:
        book.add_metadata("DC", "subject", subject)
    if settings.publisher:
        book.add_metadata("DC", "publisher", settings.publisher)
    if settings.series:
        book.add_metadata(None, "meta", settings.series,
                          {"property": "belongs-to-collection", "id": "series"})
        book.add_metadata(None, "meta", "series",
                          {"refines": "#series", "property": "collection-type"})
    book.add_metadata("DC", "date", rendered.build_date[:10])
    for prop, value in ACCESSIBILITY:
        book.add_metadata(None, "meta", value, {"property": prop})
    book.add_metadata(None, "meta", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA",
                      {"property": "dcterms:conformsTo"})


def _page_metadata(book, breaks: "PageBreaks | None") -> None:
    """Page navigation (EPUB Accessibility 1.1): which edition the page numbers come from."""
    summary = SUMMARY
    if breaks is not None:
        for feature in PAGE_FEATURES:
            book.add_metadata(None, "meta", feature, {"property": "schema:accessibilityFeature"})
        book.add_metadata(None, "meta", breaks.source, {"property": "pageBreakSource"})
        summary += f" Its page list and page numbers follow the {breaks.edition}."
    book.add_metadata(None, "meta", summary, {"property": "schema:accessibilitySummary"})


def write_epub(rendered: Rendered, target: Path, font_cache: Path | None = None,
               settings: Settings = Settings(),
               print_pages: "Callable[[], PageBreaks | None] | None" = None) -> None:
    """Package `rendered` as an EPUB 3 at `target`; `print_pages()` gives the print edition's
    page breaks (waiting for its layout) for the page-list, if there is a print edition."""
    modified = _dt.datetime.strptime(rendered.build_date, "%Y-%m-%dT%H:%M:%SZ")
    book = epub.EpubBook()
    _metadata(book, rendered, settings)

    fonts = embedded(rendered, font_cache)
    css = [epub.EpubItem(uid=f"css-{i}", file_name=f"css/{name}", media_type="text/css",
                         content=(STYLES / name).read_bytes())
           for i, name in enumerate(_STYLESHEETS)]
    if fonts:
        css.append(epub.EpubItem(uid="css-fonts", file_name=FONTS_CSS, media_type="text/css",
                                 content=fonts.css.encode()))
    css += [epub.EpubItem(uid=f"css-user-{i}", file_name=f"css/{name}", media_type="text/css",
                          content=Path(path).read_bytes())       # --css: after the book's own
            for i, (path, name) in enumerate(zip(settings.css, file_names(settings.css)), 1)]
    for item in css:
        book.add_item(item)
    for i, (path, media_type, data) in enumerate(fonts.files if fonts else ()):
        book.add_item(epub.EpubItem(uid=f"font-{i}", file_name=path, media_type=media_type,
                                    content=data))
    book.add_item(epub.EpubItem(uid="display-options", file_name=DISPLAY_OPTIONS[0],
                                content=DISPLAY_OPTIONS[1], manifest=False))

    cover_image = epub.EpubCover(uid="cover-img", file_name="images/cover.png")
    cover_image.content = cover_png(rendered)
    book.add_item(cover_image)
    book.add_metadata(None, "meta", "", {"name": "cover", "content": "cover-img"})
    stylesheets = [i.file_name for i in css]

    def page(uid: str, name: str, content: str):
        item = epub.EpubItem(uid=uid, file_name=name, media_type="application/xhtml+xml",
                             content=content.encode())
        book.add_item(item)
        return item

    owner = rendered.owners()
    texts = {part.id: wrap("epub_page.xhtml", r=rendered, title=part.title,
                           body_class=part.matter, stylesheets=stylesheets, cover=False,
                           body=part.html(lambda anchor: f"{file_name(owner[anchor])}#{anchor}"))
             for part in rendered.parts}
    front, rest = rendered.front_and_rest()
    reading = [COVER, file_name(front[0].id), NAV, *(file_name(p.id) for p in (*front[1:], *rest))]
    toc = contents(rendered, file_name)
    marks = landmarks(rendered, file_name, reading)

    breaks = print_pages() if print_pages else None       # waits for the PDF's layout
    _page_metadata(book, breaks)
    nav_text = wrap("nav.xhtml", r=rendered, toc=toc, landmarks=marks, stylesheets=stylesheets,
                    pages=[] if breaks is None else
                    [(f"{NAV if b.part == CONTENTS else file_name(b.part)}#{marker_id(b.label)}",
                      b.label) for b in breaks.breaks])
    if breaks is not None:
        texts, nav_text = _mark_pages(texts, nav_text, breaks)

    cover = page("cover", COVER, wrap("epub_page.xhtml", r=rendered, title=rendered.title,
                                      body_class="cover", stylesheets=stylesheets, cover=True))
    items = [page(part.id, file_name(part.id), texts[part.id]) for part in rendered.parts]
    nav = page("nav", NAV, nav_text)
    nav.properties = ["nav"]
    book.add_item(epub.EpubItem(uid="ncx", file_name="toc.ncx",
                                media_type="application/x-dtbncx+xml",
                                content=wrap("toc.ncx", r=rendered, toc=toc, depth=depth(toc),
                                             uid=rendered.identifier).encode()))
    book.guide = guide(marks)
    documents = {i.file_name: i for i in (cover, nav, *items)}
    book.spine = [documents[name] for name in reading]
    epub.write_epub(str(target), book, {"mtime": modified, "epub3_pages": False,
                                        "epub3_landmark": False})
    _normalise_zip(target, modified, rendered.lang)


def _mark_pages(texts: dict[str, str], nav: str, breaks: "PageBreaks") -> tuple[dict[str, str], str]:
    """Each part's XHTML and the navigation document with the print edition's page breaks in."""
    by_part: dict[str, list] = {}
    for b in breaks.breaks:
        by_part.setdefault(b.part, []).append(b)
    marked = {pid: mark(text, pid, by_part[pid]) if pid in by_part else text
              for pid, text in texts.items()}
    if CONTENTS in by_part:
        nav = mark(nav, "toc", by_part[CONTENTS])
    return marked, nav


def _package_lang(opf: bytes, lang: str) -> bytes:
    """EbookLib leaves <package> without xml:lang; EPUB Accessibility checkers require it."""
    root = etree.fromstring(opf)
    root.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _normalise_zip(path: Path, when: _dt.datetime, lang: str) -> None:
    """Rewrite the zip: `mimetype` first and stored, fixed entry times, sorted-free stable order."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    entries = [(name, _package_lang(data, lang) if name.endswith(".opf") else data)
               for name, data in entries]
    entries.sort(key=lambda e: (e[0] != "mimetype", e[0] != "META-INF/container.xml"))
    tmp = path.with_name(path.name + ".zip")
    with zipfile.ZipFile(tmp, "w") as out:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            stored = name == "mimetype"
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            out.writestr(info, data, compresslevel=None if stored else 9)
    tmp.replace(path)
