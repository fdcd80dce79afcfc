"""The one HTML rendering of the book, shared by the PDF and EPUB writers."""
from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import groupby
from importlib.metadata import version

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .. import __version__
from ..read.infobox import commander, sided, split_value
from ..model import Book, ListBlock, Paragraph
from ..enrich.scripts import LABELLED, LANGUAGE_NAMES, han_variant, runs
from ..read.shape import full_text
from .typography import smarten


@dataclass(frozen=True)
class Part:
    """One unit of the book (a chapter, an appendix, a front-matter page): one EPUB file."""

    id: str
    title: str
    matter: str          # frontmatter | bodymatter | backmatter
    epub_type: str
    html: str            # an XHTML fragment: one <section>, links written as href="#id"
    in_toc: bool = True
    title_html: str = ""


@dataclass(frozen=True)
class Rendered:
    """The rendered book: metadata plus its parts in reading order."""

    title: str
    slug: str
    lang: str
    subtitle: str
    description: str
    build_date: str
    parts: tuple[Part, ...]
    languages: tuple[str, ...]


# EPUB 3 Structural Semantics -> DPUB-ARIA roles (https://www.w3.org/TR/dpub-aam-1.0/).
ROLES = {"chapter": "doc-chapter", "introduction": "doc-introduction", "glossary": "doc-glossary",
         "appendix": "doc-appendix", "colophon": "doc-colophon"}

_ACRONYM = re.compile(r"\b(?!(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b)([A-Z][A-Z0-9]*[A-Z](?:s\b)?)\b")


def inline(text: str, han: str = "zh", links: "Linker | None" = None) -> Markup:
    """Typeset plain text as XHTML: curly quotes, foreign-script spans, acronyms, and with a
    Linker, a link from the first use of each glossary term to its entry."""
    text = smarten(text)
    out: list[str] = []
    pos = 0
    latin = links.latin if links else _latin
    for run in runs(text, han):
        out.append(latin(text[pos:run.start]))
        rtl = ' dir="rtl"' if run.rtl else ""
        out.append(f'<span lang="{run.lang}" xml:lang="{run.lang}"{rtl}>{escape(run.text)}</span>')
        pos = run.end
    out.append(latin(text[pos:]))
    return Markup("".join(out))


class Linker:
    """Links the first use of each glossary term in one chapter to its glossary entry."""

    def __init__(self, terms: dict[str, str]) -> None:
        self.seen: set[str] = set()
        names = sorted((smarten(t) for t in terms), key=len, reverse=True)
        self.pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in names)) \
            if names else None
        self.ids = {smarten(t): i for t, i in terms.items()}

    def latin(self, text: str) -> str:
        if not self.pattern:
            return _latin(text)
        out, pos = [], 0
        for m in self.pattern.finditer(text):
            target = self.ids[m.group()]
            if target in self.seen:
                continue
            self.seen.add(target)
            out.append(_latin(text[pos:m.start()]))
            out.append(f'<a class="gl" href="#{target}">{_latin(m.group())}</a>')
            pos = m.end()
        out.append(_latin(text[pos:]))
        return "".join(out)


def glossary_terms(book: Book) -> dict[str, str]:
    """Latin-script names of every glossary entry (term, aliases, expansion) -> entry id."""
    out: dict[str, str] = {}
    for e in book.glossary:
        target = e.see or e.id
        for name in (e.term, *e.aliases, e.expansion or ""):
            if len(name) >= 2 and not runs(name) and "(" not in name:
                out.setdefault(name, target)
    return out


def _latin(text: str) -> str:
    """Escape Latin-script text, letter-space acronyms, tag words labelled 'Finnish: …'."""
    out, pos = [], 0
    for m in LABELLED.finditer(text):
        lang = LANGUAGE_NAMES[m.group(1)]
        out.append(_acronyms(text[pos:m.start(2)]))
        out.append(f'<span lang="{lang}" xml:lang="{lang}">{escape(m.group(2))}</span>')
        pos = m.end(2)
    out.append(_acronyms(text[pos:]))
    return "".join(out)


def _acronyms(text: str) -> str:
    return _ACRONYM.sub(r'<abbr class="ac">\1</abbr>', str(escape(text)))


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=PackageLoader("book", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["sentence"] = lambda t: t if not t or t.rstrip()[-1:] in ".!?…”\"'’)" else f"{t}."
    env.globals["DEATHS"] = ("killed in action", "died of wounds", "executed")
    env.tests["paragraph"] = lambda b: isinstance(b, Paragraph)
    env.tests["listblock"] = lambda b: isinstance(b, ListBlock)
    return env


def build_date(epoch: str | None = None) -> _dt.datetime:
    """The build time: SOURCE_DATE_EPOCH when set (reproducible builds), else now, in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH") if epoch is None else epoch
    if epoch and epoch.strip().isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)


def render(book: Book) -> Rendered:
    """Render every part of the book to an XHTML fragment with one set of templates."""
    article = book.article
    han = han_variant(full_text(book))
    env = _env()
    env.filters["inline"] = env.globals["inline_text"] = partial(inline, han=han)
    n = sum(1 for c in book.chapters if c.kind == "chapter")
    subtitle = f"A history in {n} chapter{'s' if n != 1 else ''}" if n else "A short history"
    when = build_date()
    ctx = {"book": book, "article": article, "subtitle": subtitle,
           "build_date": when.strftime("%-d %B %Y"),
           "tools": _tools(), "licence": book.settings.get("licence", DEFAULT_LICENCE)}

    def part(pid: str, title: str, matter: str, epub_type: str, template: str,
             in_toc: bool = True, **extra) -> Part:
        html = env.get_template(template).render(ctx, id=pid, title=title, epub_type=epub_type,
                                                 role=ROLES.get(epub_type), **extra)
        return Part(pid, title, matter, epub_type, html, in_toc, str(env.filters["inline"](title)))

    parts = [
        part("title-page", article.title, "frontmatter", "titlepage", "titlepage.html", False),
        part("colophon", "Colophon", "frontmatter", "colophon", "colophon.html", False),
    ]
    glance = glance_rows(book)
    if glance["rows"] or glance["sides"]:
        parts.append(part("at-a-glance", "At a glance", "frontmatter", "preamble",
                          "glance.html", **glance))
    terms = glossary_terms(book)
    numbers = chapter_numbers(book)
    for chapter in book.chapters:
        etype = "introduction" if chapter.kind == "introduction" else "chapter"
        linker = Linker(terms)
        parts.append(part(chapter.id, chapter.title, "bodymatter", etype, "chapter.html",
                          chapter=chapter, number=numbers.get(chapter.id),
                          linked=partial(inline, han=han, links=linker)))
    parts.append(part("glossary", "Glossary", "backmatter", "glossary", "glossary.html"))
    parts.append(part("chronology", "Chronology", "backmatter", "appendix", "chronology.html",
                      groups=[(k, list(g)) for k, g in groupby(book.chronology, lambda e: e.group)]))
    parts.append(part("biographies", "Commanders", "backmatter", "appendix", "biographies.html",
                      sides=_by_side(book)))
    if book.see_also:
        parts.append(part("see-also", "See also", "backmatter", "appendix", "see_also.html"))
    langs = sorted({m.group(1) for p in parts for m in re.finditer(r' lang="([^"]+)"', p.html)})
    return Rendered(article.title, article.slug, "en", subtitle, _description(book),
                    when.strftime("%Y-%m-%dT%H:%M:%SZ"), tuple(parts), tuple(langs))


DEFAULT_LICENCE = ("The text comes from an encyclopedia article published under the Creative "
                   "Commons Attribution-ShareAlike licence (CC BY-SA 4.0); this book is shared "
                   "under the same licence.")


def _tools() -> list[str]:
    names = {"weasyprint": "WeasyPrint", "ebooklib": "EbookLib", "jinja2": "Jinja2"}
    return [f"{label} {version(dist)}" for dist, label in names.items()] + [f"book {__version__}"]


def _description(book: Book) -> str:
    first = next((b.text for b in book.article.lead if isinstance(b, Paragraph)), "")
    return first[:500] or book.article.title


def glance_rows(book: Book) -> dict:
    """The infobox as display rows: general fields, then one column per side."""
    rows, per_side = [], {}
    labels = {"Combatant": "Belligerents", "Commander": "Commanders", "Units": "Units",
              "Strength": "Strength", "Casualties": "Casualties and losses"}
    for field in book.article.infobox:
        base = sided(field.key)
        items = split_value(field)
        if not items:
            continue
        if base:
            label = labels.get(base[0], base[0])
            if base[0].lower().startswith("commander"):
                items = [(_commander_label(i, base[1]), s) for i, s in items]
            per_side.setdefault(label, {}).setdefault(base[1], []).extend(items)
        elif not (field.key.lower() == "conflict" and field.value == book.article.title):
            rows.append((field.key, items))
    side_numbers = sorted({n for cols in per_side.values() for n in cols})
    labels = dict(book.side_labels)
    heads = [labels.get(n, f"Side {n}") for n in side_numbers]
    return {"rows": rows, "sides": side_numbers, "side_rows": list(per_side.items()),
            "side_heads": heads}


def _commander_label(raw: str, side: int) -> str:
    c = commander(raw, side)
    mark = " †" if {"KIA", "DOW", "EXE"} & set(c.status) else ""
    return c.name + mark + (f" ({c.qualifier})" if c.qualifier else "")


def _by_side(book: Book) -> list[tuple[str, list]]:
    groups: dict[str, list] = {}
    for person in book.biographies:
        groups.setdefault(person.side_label, []).append(person)
    return list(groups.items())


def chapter_numbers(book: Book) -> dict[str, int]:
    """1-based numbers of the numbered chapters by id (the introduction is unnumbered)."""
    numbered = [c for c in book.chapters if c.kind == "chapter"]
    return {c.id: i for i, c in enumerate(numbered, 1)}
