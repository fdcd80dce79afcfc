"""EPUB writer: one XHTML file per part of the shared rendering, packaged with ebooklib."""
from __future__ import annotations

import datetime as _dt
import uuid
import zipfile
from pathlib import Path

from .cover import cover_png
from .fonts import embed
from ..render.html import Rendered, wrap
from . import Job
from ..paths import STYLES

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
SUMMARY = ("This publication meets EPUB Accessibility 1.1 WCAG 2.1 Level AA: it has a table of "
           "contents, landmarks and semantic headings, a logical reading order, language tags on "
           "every foreign-script passage and a text alternative for the cover image.")
LANDMARKS = {"titlepage": "titlepage", "introduction": "bodymatter", "chapter": "bodymatter",
             "glossary": "glossary"}


def identifier(slug: str) -> str:
    """A stable identifier: the same article always gets the same UUID."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'book:{slug}')}"


def file_name(part_id: str) -> str:
    """The XHTML file of a part inside the EPUB."""
    return f"{part_id}.xhtml"


def write(job: Job) -> list[str]:
    """Write the EPUB 3 (reproducible when SOURCE_DATE_EPOCH is set); no warnings of its own."""
    write_epub(job.rendered, job.targets[0], job.cache / "fonts")
    return []


def write_epub(rendered: Rendered, target: Path, font_cache: Path | None = None) -> None:
    """Package `rendered` as an EPUB 3 at `target`."""
    from ebooklib import epub

    modified = _dt.datetime.strptime(rendered.build_date, "%Y-%m-%dT%H:%M:%SZ")
    book = epub.EpubBook()
    book.set_identifier(identifier(rendered.slug))
    book.set_title(rendered.title)
    book.set_language(rendered.lang)
    book.add_author(f"After the encyclopedia article “{rendered.title}”")
    book.add_metadata("DC", "description", rendered.description)
    book.add_metadata("DC", "source", f"Encyclopedia article “{rendered.title}”")
    book.add_metadata("DC", "publisher", "book (generated)")
    book.add_metadata("DC", "date", rendered.build_date[:10])
    for prop, value in ACCESSIBILITY:
        book.add_metadata(None, "meta", value, {"property": prop})
    book.add_metadata(None, "meta", SUMMARY, {"property": "schema:accessibilitySummary"})
    book.add_metadata(None, "meta", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA",
                      {"property": "dcterms:conformsTo"})

    fonts = embed(_foreign_text(rendered), font_cache)
    css = [epub.EpubItem(uid=f"css-{i}", file_name=f"css/{name}", media_type="text/css",
                         content=(STYLES / name).read_bytes())
           for i, name in enumerate(_STYLESHEETS)]
    if fonts:
        css.append(epub.EpubItem(uid="css-fonts", file_name="css/fonts.css", media_type="text/css",
                                 content=wrap("fonts.css", fonts=fonts).encode()))
    for item in css:
        book.add_item(item)
    for i, font in enumerate(fonts):
        book.add_item(epub.EpubItem(uid=f"font-{i}", file_name=f"fonts/{font.file_name}",
                                    media_type="font/otf" if font.file_name.endswith(".otf")
                                    else "font/ttf", content=font.data))

    cover_image = epub.EpubCover(uid="cover-img", file_name="images/cover.png")
    cover_image.content = cover_png(rendered.title, rendered.subtitle)
    book.add_item(cover_image)
    book.add_metadata(None, "meta", "", {"name": "cover", "content": "cover-img"})
    stylesheets = [i.file_name for i in css]
    cover = epub.EpubItem(uid="cover", file_name="cover.xhtml", media_type="application/xhtml+xml",
                          content=wrap("epub_page.xhtml", r=rendered, title=rendered.title, body_class="cover",
                                              stylesheets=stylesheets, cover=True).encode())
    book.add_item(cover)

    owner = rendered.owners()
    items = []
    for part in rendered.parts:
        html = part.html(lambda anchor: f"{file_name(owner[anchor])}#{anchor}")
        item = epub.EpubItem(uid=part.id, file_name=file_name(part.id),
                             media_type="application/xhtml+xml",
                             content=wrap("epub_page.xhtml", r=rendered, title=part.title, body=html,
                                                 body_class=part.matter, stylesheets=stylesheets,
                                                 cover=False).encode())
        book.add_item(item)
        items.append((part, item))

    book.toc = [epub.Link(file_name(p.id), p.title, p.id) for p, _ in items if p.in_toc]
    nav = epub.EpubNav(title="Contents")
    for item in css:
        nav.add_link(href=item.file_name, rel="stylesheet", type="text/css")
    book.add_item(nav)
    book.add_item(epub.EpubNcx())
    book.guide = [{"href": "cover.xhtml", "title": "Cover", "type": "cover"},
                  {"href": "nav.xhtml", "title": "Contents", "type": "toc"}]
    seen = set()
    for part, _ in items:
        kind = "backmatter" if part.matter == "backmatter" and part.epub_type != "glossary" \
            else LANDMARKS.get(part.epub_type)
        if kind and kind not in seen:
            seen.add(kind)
            book.guide.append({"href": file_name(part.id), "title": part.title, "type": kind})
    front = [i for p, i in items if p.matter == "frontmatter"]
    book.spine = [cover, front[0], nav, *front[1:], *[i for p, i in items if p.matter != "frontmatter"]]
    epub.write_epub(str(target), book, {"mtime": modified, "epub3_pages": False,
                                        "play_order": {"enabled": True, "start_from": 1}})
    _normalise_zip(target, modified, rendered.lang)


def _foreign_text(rendered: Rendered) -> dict[str, str]:
    texts: dict[str, list[str]] = {}
    for part in rendered.parts:
        for lang, text in part.runs:
            texts.setdefault(lang, []).append(text)
    return {lang: "".join(chunks) for lang, chunks in texts.items()}


def _package_lang(opf: bytes, lang: str) -> bytes:
    """EbookLib leaves <package> without xml:lang; EPUB Accessibility checkers require it."""
    from lxml import etree

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
