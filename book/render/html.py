"""The one HTML rendering of the book, shared by the PDF and EPUB writers."""
from __future__ import annotations

import datetime as _dt
import os
import re
import uuid
from dataclasses import dataclass
from typing import Callable, Iterator
from functools import lru_cache
from itertools import groupby
from importlib.metadata import version

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from markupsafe import Markup, escape

from .. import __version__
from ..model import LIST_JOIN, Book, Chapter, ListBlock, Paragraph, mention_anchor
from ..settings import Settings
from ..scripts import LABELLED, language_tag, runs
from . import contexts
from .typography import smarten
from . import about


# The markers a part's XHTML carries from its template to split_marks(), inside this module
# only: ref(), pages() and the `ebook` filter write them, render() splits every part at them at
# once into Part.chunks and Part.targets, so no writer ever sees one (each asks Part.html() for
# the XHTML it needs). Control characters are safe as markers because no text can carry one:
# the reader removes them from the article (read/text.clean), Settings from the text options
# (normal.option), and the templates write none (tests/test_html.py checks all three).
REF = ("\x00", "\x01")      # \x00 anchor \x01: an internal link to `anchor` (PageRef: no)
PAGES = ("\x02", "\x03")    # \x02 form \x1f anchor \x1f anchor … \x03: a page reference (PageRef)
EBOOK = ("\x04", "\x05")    # \x04 … \x05: what only an ebook shows (EbookOnly, start and end)
SEPARATOR = "\x1f"          # between a page reference's form and its anchors
# Where an indexed name starts in a text being typeset: inline() replaces it by the name's anchor
# once the text is XHTML, before the part is split (no typographic or linking rule matches it).
MENTION = "\x06"
_MARK = re.compile(f"{REF[0]}([^{REF[1]}]*){REF[1]}|{PAGES[0]}([^{PAGES[1]}]*){PAGES[1]}"
                   f"|({EBOOK[0]})|{EBOOK[1]}")


@dataclass(frozen=True)
class PageRef:
    """Where the printed book shows the page of one or more anchors; the PDF writer writes the
    numbers in (an ebook shows the section instead, and gets nothing here).

    `form` is "page" (", p. 12" after a reference to a source paragraph) or "pages" (an index
    entry's locators: repeats dropped, runs of pages merged into ranges)."""

    form: str
    anchors: tuple[str, ...]


@dataclass(frozen=True)
class EbookOnly:
    """Where content only an ebook shows starts (`start`) or ends: the section names of index
    locators, the glossary's back-links. The printed book leaves it out (it has page numbers)."""

    start: bool


@dataclass(frozen=True)
class Part:
    """One unit of the book (a chapter, an appendix, a front-matter page): one EPUB file.

    The XHTML is kept in pieces around its internal links and page references so that each
    writer decides what a link to an anchor looks like ('#p3' in one print document,
    'lead.xhtml#p3' in an EPUB) and what a page reference shows (printed numbers, or nothing)."""

    id: str
    title: str
    matter: str          # frontmatter | bodymatter | backmatter
    epub_type: str
    chunks: tuple[str, ...]              # XHTML between internal links and page references
    targets: tuple["str | PageRef | EbookOnly", ...]  # link anchors, page references, …
    anchors: tuple[str, ...] = ()        # the link targets this part defines
    runs: tuple[tuple[str, str], ...] = ()   # (language tag, text) of every tagged run
    in_toc: bool = True
    title_html: str = ""
    headings: tuple["Heading", ...] = ()    # listed under the part in a table of contents

    @property
    def front(self) -> bool:
        """A part of the front matter (title page, colophon, At a glance)."""
        return self.matter == "frontmatter"

    def html(self, href: Callable[[str], str] = lambda anchor: f"#{anchor}",
             pages: "Callable[[PageRef], str] | None" = None) -> str:
        """The part as one <section> fragment, internal links written by `href(anchor)`. With
        `pages` it is the printed book's: page references written by `pages(ref)` (XHTML), and
        without what only an ebook shows; without it, the ebook's (no page numbers)."""
        out = [self.chunks[0]]
        skipping = False
        for target, chunk in zip(self.targets, self.chunks[1:]):
            if isinstance(target, EbookOnly):
                skipping = target.start and pages is not None
            elif skipping:
                continue
            elif isinstance(target, PageRef):
                out.append(pages(target) if pages else "")
            else:
                out.append(str(escape(href(target))))
            if not skipping:
                out.append(chunk)
        return "".join(out)

    @property
    def page_refs(self) -> tuple[PageRef, ...]:
        """Every page reference in the part, in order."""
        return tuple(t for t in self.targets if isinstance(t, PageRef))


@dataclass(frozen=True)
class Heading:
    """A section a table of contents lists under its part (a chapter's `===` sections)."""

    anchor: str
    title: str
    title_html: str


@dataclass(frozen=True)
class Rendered:
    """The rendered book: metadata plus its parts in reading order."""

    title: str
    slug: str
    lang: str
    subtitle: str        # the span of years, else the "Part of" line, else ''
    description: str
    build_date: str
    parts: tuple[Part, ...]
    languages: tuple[str, ...]
    creator: str = "Encyclopedia contributors"
    creator_sort: str = "Encyclopedia contributors"
    part_of: str = ""
    subjects: tuple[str, ...] = ()
    source: str = ""             # where the text comes from, when the infobox or settings say
    identifier: str = ""     # urn:isbn:… or urn:uuid:…, the EPUB's (identifiers())
    uid: str = ""            # the book's UUID (32 hex digits): the PDF's file identifier
    credit: str = ""         # 'After the encyclopedia article “…”' (credit_line())
    summary: str = ""        # the article's first paragraph, shortened: the description
                             # is the credit, then the summary

    def front_and_rest(self) -> tuple[tuple[Part, ...], tuple[Part, ...]]:
        """The front matter's parts and the others, each in reading order."""
        return front_and_rest(self.parts)

    def owners(self) -> dict[str, str]:
        """Anchor -> id of the part that holds it."""
        return {a: p.id for p in self.parts for a in (p.id, *p.anchors)}

    def foreign_text(self) -> dict[str, str]:
        """Language tag -> all the text of its tagged runs (what the subset fonts must cover)."""
        texts: dict[str, list[str]] = {}
        for part in self.parts:
            for lang, text in part.runs:
                texts.setdefault(lang, []).append(text)
        return {lang: "".join(chunks) for lang, chunks in texts.items()}


def front_and_rest(parts: "tuple[Part, ...] | list[Part]") -> tuple[tuple[Part, ...], tuple[Part, ...]]:
    """The front matter among `parts` and the rest, each in order: the one place the book is
    split so (the print layout's chunks and document, the EPUB's reading order)."""
    return tuple(p for p in parts if p.front), tuple(p for p in parts if not p.front)


def identifiers(slug: str, isbn: str | None = None) -> tuple[str, str]:
    """(the book's identifier, its UUID as 32 hex digits): urn:isbn: for a given ISBN, else a
    urn:uuid: that stays the same for the same article. The one place both are made."""
    book_uuid = uuid.uuid5(uuid.NAMESPACE_URL, f"book:{slug}")
    return (f"urn:isbn:{isbn}" if isbn else f"urn:uuid:{book_uuid}"), book_uuid.hex


def credit_line(title: str) -> str:
    """The credit the title page prints and the description opens with."""
    return f"After the encyclopedia article “{title}”"


class _Recorder:
    """What one part's rendering records: its anchors and tagged runs; its glossary linker."""

    def __init__(self, han: str, linker: "Linker | None" = None,
                 overrides: dict[str, str] | None = None,
                 mentions: dict[str, tuple[int, ...]] | None = None,
                 names: frozenset[str] = frozenset()) -> None:
        self.han, self.linker, self.names = han, linker, names
        self.overrides = overrides or {}      # run text -> the language the glossary found for it
        self.mentions = mentions or {}        # block id -> offsets of the index's mentions in it
        self.anchors: list[str] = []
        self.runs: list[tuple[str, str]] = []


# EPUB 3 Structural Semantics -> DPUB-ARIA roles (https://www.w3.org/TR/dpub-aam-1.0/).
ROLES = {"chapter": "doc-chapter", "introduction": "doc-introduction", "glossary": "doc-glossary",
         "appendix": "doc-appendix", "colophon": "doc-colophon", "index": "doc-index"}

_ACRONYM = re.compile(r"\b(?!(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b)([A-Z][A-Z0-9]*[A-Z](?:s\b)?)\b")


def inline(text: str, han: str = "zh", links: "Linker | None" = None,
           record: "_Recorder | None" = None,
           mentions: tuple[tuple[int, str], ...] = ()) -> Markup:
    """Typeset plain text as XHTML: curly quotes, foreign-script spans, acronyms, with a Linker
    a link from the first use of each glossary term to its entry, and an empty anchor where each
    of `mentions` (offset in `text`, anchor id) starts: an index locator's target."""
    for offset, _ in sorted(mentions, reverse=True):
        text = f"{text[:offset]}{MENTION}{text[offset:]}"
    text = smarten(text)
    out: list[str] = []
    pos = 0
    for run in runs(text, han):
        out.append(_latin(text[pos:run.start], links, record))
        lang = record.overrides.get(run.text, run.lang) if record else run.lang
        out.append(_span(lang, run.text, run.rtl, record))
        pos = run.end
    out.append(_latin(text[pos:], links, record))
    html = "".join(out)
    if mentions:
        html = _anchored(html, iter([a for _, a in sorted(mentions)]), record)
    return Markup(html)


def _anchored(html: str, ids: Iterator[str], record: "_Recorder | None") -> str:
    """Each MENTION replaced by its anchor (the next of `ids`) around what follows it up to the
    next space outside markup: the mention's first word, with the elements it opens (a known
    name's span, a link, an acronym). An empty anchor would do for a link's target, but
    WeasyPrint 66-70 finds no line break on either side of an empty inline box: a run of
    anchored names ('Latvia, Lithuania, Luxembourg, …') ran off the page, or left 'responsi-'
    alone on the line before it."""
    out, pos = [], 0
    while (start := html.find(MENTION, pos)) >= 0:
        out.append(html[pos:start])
        end, depth = start + 1, 0
        while end < len(html):
            if html.startswith("</", end):
                if depth == 0:
                    break
                depth -= 1
            elif html[end] == "<":
                depth += not html.startswith("/>", html.index(">", end) - 1)
            elif depth == 0 and (html[end].isspace() or html[end] < " "):
                break
            end = html.index(">", end) + 1 if html[end] == "<" else end + 1
        anchor = next(ids)
        if record is not None:
            record.anchors.append(anchor)
        out.append(f'<span class="ix" id="{anchor}">'
                   f'{_anchored(html[start + 1:end], ids, record)}</span>')
        pos = end
    return "".join(out) + html[pos:]


def index_mentions(book: Book) -> dict[str, tuple[int, ...]]:
    """Block id -> the offsets in its text where an indexed name is printed (the locators'
    spans): where the rendering places the anchors the index's page numbers point to."""
    found: dict[str, set[int]] = {}
    for e in book.index:
        for loc in (*e.locators, *(x for s in e.subentries for x in s.locators)):
            if loc.target != loc.anchor:
                found.setdefault(loc.anchor, set()).add(loc.provenance.span[0])
    return {block: tuple(sorted(offsets)) for block, offsets in found.items()}


def _span(lang: str, text: str, rtl: bool = False, record: "_Recorder | None" = None) -> str:
    if record is not None:
        record.runs.append((lang, text))
    rtl_attr = ' dir="rtl"' if rtl else ""
    return f'<span lang="{lang}" xml:lang="{lang}"{rtl_attr}>{escape(text)}</span>'


class Linker:
    """Links the first use of each glossary term in one chapter to its glossary entry, and
    records each link in `uses` (entry id -> [(link id, where)]) for the entry's back-links."""

    def __init__(self, terms: dict[str, str], uses: dict[str, list[tuple[str, str]]] | None = None,
                 where: str = "") -> None:
        self.seen: set[str] = set()
        self.uses = {} if uses is None else uses
        self.where = where
        self.anchors: list[str] = []
        names = sorted((smarten(t) for t in terms), key=len, reverse=True)
        self.pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in names)) \
            if names else None
        self.ids = {smarten(t): i for t, i in terms.items()}

    def link(self, text: str, plain: Callable[[str], str]) -> str:
        """`text` with its first-seen terms linked; the rest typeset by `plain`."""
        if not self.pattern:
            return plain(text)
        out, pos = [], 0
        for m in self.pattern.finditer(text):
            target = self.ids[m.group()]
            if target in self.seen:
                continue
            self.seen.add(target)
            back = self.uses.setdefault(target, [])
            use = f"{target}-u{len(back) + 1}"
            back.append((use, self.where))
            self.anchors.append(use)
            out.append(plain(text[pos:m.start()]))
            out.append(f'<a class="gl" id="{use}" href="{ref(target)}">{plain(m.group())}</a>')
            pos = m.end()
        out.append(plain(text[pos:]))
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


def known_names(book: Book) -> frozenset[str]:
    """The words of the proper names the book knows (index headings, glossary terms): a word a
    line could hyphenate (MIN_HYPHENATED letters or more) that starts with a capital."""
    names = [e.term for e in book.index] + [e.term for e in book.glossary] + \
        [a for e in book.glossary for a in (*e.aliases, e.expansion or "")]
    return frozenset(w for name in names for w in _WORD.findall(name)
                     if w[0].isupper() and not w.isupper() and len(w) >= MIN_HYPHENATED)


MIN_HYPHENATED = 6       # hyphenate-limit-chars' first value in styles/print.css
_WORD = re.compile(r"[^\W\d_][\w’']*")
_POSSESSIVE = re.compile(r"[’']s?$")          # 'Trajan’s', 'Jesus’': the name's own word


def _names(html: str, names: frozenset[str]) -> str:
    """Mark each known name's word, possessive or not (class "nm": never hyphenated,
    styles/base.css), so that a line never breaks 'Nak-tong', 'Wash-ington' or 'Tra-jan’s'."""
    if not names:
        return html
    out, pos, run = [], 0, None          # run: (start, end) of the name words being joined
    for m in _WORD.finditer(html):
        if m.group() not in names and _POSSESSIVE.sub("", m.group()) not in names:
            continue
        if run and html[run[1]:m.start()] in (" ", "\u00a0"):
            run = (run[0], m.end())
            continue
        if run:
            out.append(f'{html[pos:run[0]]}<span class="nm">{html[run[0]:run[1]]}</span>')
            pos = run[1]
        run = (m.start(), m.end())
    if run:
        out.append(f'{html[pos:run[0]]}<span class="nm">{html[run[0]:run[1]]}</span>')
        pos = run[1]
    return "".join(out) + html[pos:]


def _latin(text: str, links: "Linker | None" = None, record: "_Recorder | None" = None) -> str:
    """Escape Latin-script text, letter-space acronyms, mark known names, tag words labelled
    'Finnish: …'."""
    names = record.names if record else frozenset()

    def marked(t: str) -> str:
        return _names(_acronyms(t), names)

    def plain(t: str) -> str:
        return links.link(t, marked) if links else marked(t)
    out, pos = [], 0
    for m in LABELLED.finditer(text):
        lang = language_tag(m.group(1), loose=True)
        if not lang or lang.startswith("en"):
            continue
        out.append(plain(text[pos:m.start(2)]))
        out.append(_span(lang, m.group(2), record=record))
        pos = m.end(2)
    out.append(plain(text[pos:]))
    return "".join(out)


def _acronyms(text: str) -> str:
    return _ACRONYM.sub(r'<abbr class="ac">\1</abbr>', str(escape(text)))


def language_name(tag: str) -> str | None:
    """'Tigrinya' for 'ti', 'Chinese (Arabic)' for 'zh-Arab'; None when the language is unknown."""
    if not tag or tag.startswith("und"):
        return None
    import langcodes    # lazy: 0.4 s, for the glossary's language names only
    return langcodes.Language.get(tag).display_name()


def ref(anchor: str) -> Markup:
    """An internal link target as a marker; Part.html() writes it the way a writer asks."""
    return Markup(f"{REF[0]}{escape(anchor)}{REF[1]}")


def pages(anchors: "str | list[str] | tuple[str, ...]", form: str = "page") -> Markup:
    """A page reference to one anchor (", p. 12") or, with form "pages", to every anchor of an
    index entry, as a marker; Part.html() lets the PDF writer write the numbers in."""
    listed = (anchors,) if isinstance(anchors, str) else tuple(anchors)
    return Markup(f"{PAGES[0]}{form}{SEPARATOR}{SEPARATOR.join(listed)}{PAGES[1]}")   # ids


def ebook_only(html: str) -> Markup:
    """The `ebook` filter: what only an ebook shows ({% filter ebook %}…{% endfilter %})."""
    return Markup(f"{EBOOK[0]}{html}{EBOOK[1]}")


def split_marks(html: str) -> tuple[tuple[str, ...], tuple["str | PageRef | EbookOnly", ...]]:
    """XHTML with ref(), pages() and ebook markers -> (the XHTML between them, the markers)."""
    chunks: list[str] = []
    targets: list[str | PageRef | EbookOnly] = []
    pos = 0
    for m in _MARK.finditer(html):
        chunks.append(html[pos:m.start()])
        if m.group(1) is not None:
            targets.append(m.group(1))
        elif m.group(2) is None:
            targets.append(EbookOnly(m.group(3) is not None))
        else:
            form, *anchors = m.group(2).split(SEPARATOR)
            targets.append(PageRef(form, tuple(a for a in anchors if a)))
        pos = m.end()
    chunks.append(html[pos:])
    return tuple(chunks), tuple(targets)


@pass_context
def _inline_filter(ctx, text: str, linked: bool = False, block: str = "",
                   offset: int = 0) -> Markup:
    """The `inline` filter; with `block`, the text is that block's (from `offset` on, for a
    list's item) and gets an anchor at each indexed name in it."""
    record: _Recorder = ctx["_record"]
    marks: tuple[tuple[int, str], ...] = ()
    if block and block in record.mentions:
        end = offset + len(text)
        marks = tuple((at - offset, mention_anchor(block, at))
                      for at in record.mentions[block] if offset <= at < end)
    return inline(text, record.han, record.linker if linked else None, record, marks)


def list_offsets(block: ListBlock) -> list[int]:
    """Where each item of a list starts in the list's text as the enrichers read it (items
    joined by LIST_JOIN): the offsets index locators count from."""
    out, pos = [], 0
    for item in block.items:
        out.append(pos)
        pos += len(item) + len(LIST_JOIN)
    return out


@pass_context
def _tagged(ctx, text: str, lang: str) -> Markup:
    """A name in a known language, tagged as such (a glossary entry's other-language names); a
    name in another script takes the glossary's tag for its glyphs when the text names none."""
    found = runs(text)
    record: _Recorder = ctx["_record"]
    lang = record.overrides.get(text, lang) if lang.startswith("und") else lang
    return Markup(_span(lang, smarten(text), bool(found and found[0].rtl), record))


@pass_context
def _anchor(ctx, anchor: str) -> str:
    ctx["_record"].anchors.append(anchor)
    return anchor


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one Jinja environment (templates in book/templates); never changed after creation."""
    env = Environment(loader=PackageLoader("book", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["sentence"] = lambda t: t if not t or t.rstrip()[-1:] in ".!?…”\"'’)" else f"{t}."
    env.filters["inline"] = _inline_filter
    # Jinja's capitalize lower-cases the rest ('Nephew of ma bufang'): only the first letter here.
    env.filters["upper_first"] = lambda t: t[:1].upper() + t[1:]
    env.filters["language_name"] = language_name
    env.filters["tagged"] = _tagged
    # A date column may break between day-month and year ('30 November 1939 – 13 March 1940').
    env.filters["breakable"] = lambda m: Markup(re.sub("(?<=[A-Za-z])\u00a0(?=\\d)", " ", str(m)))
    env.globals["anchor"] = _anchor
    env.globals["ref"] = ref
    env.globals["pages"] = pages
    env.filters["ebook"] = ebook_only
    env.globals["list_offsets"] = list_offsets
    env.tests["paragraph"] = lambda b: isinstance(b, Paragraph)
    env.tests["listblock"] = lambda b: isinstance(b, ListBlock)
    env.tests["text"] = has_text
    env.filters["no_widow"] = no_widow
    return env


def wrap(template: str, **context) -> str:
    """Render a writer's own wrapper document (print.html, epub_page.xhtml, fonts.css)."""
    return environment().get_template(template).render(context, _record=_Recorder("zh"))


def build_date(epoch: str | None = None) -> _dt.datetime:
    """The build time: SOURCE_DATE_EPOCH when set (reproducible builds), else now, in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH") if epoch is None else epoch
    if epoch and epoch.strip().isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)


def render(book: Book, settings: Settings = Settings()) -> Rendered:
    """Render every part of the book to an XHTML fragment with one set of templates."""
    article = book.article
    han = book.about.han
    env = environment()
    span, part_of = book.about.span, book.about.part_of
    subtitle = span or part_of
    creator = settings.author or book.about.attribution
    when = build_date()
    credit = credit_line(article.title)
    common = {"book_title": article.title, "subtitle": subtitle, "creator": creator,
              "part_of": part_of if part_of != subtitle else "", "settings": settings,
              "credit": credit}

    names = known_names(book)
    # The glossary's tags for its names in other scripts (GlossaryEntry.glyphs): the language the
    # text names, else the one the script suggests, chosen once by the enricher.
    overrides = {text: lang for e in book.glossary for text, lang in e.glyphs}
    mentions = index_mentions(book)

    def part(pid: str, title: str, matter: str, epub_type: str, template: str,
             context: dict, in_toc: bool = True, linker: Linker | None = None,
             headings: tuple[Heading, ...] = ()) -> Part:
        record = _Recorder(han, linker, overrides, mentions if matter == "bodymatter" else None,
                           names if matter != "frontmatter" else frozenset())
        html = env.get_template(template).render(
            common, **context, id=pid, title=title, epub_type=epub_type,
            role=ROLES.get(epub_type), _record=record)
        chunks, targets = split_marks(html)
        anchors = (*record.anchors, *(linker.anchors if linker else ()))
        return Part(pid, title, matter, epub_type, chunks, targets,
                    anchors, tuple(record.runs), in_toc, str(inline(title, han)), headings)

    sides = contexts.biographies(book)
    parts = [
        part("title-page", article.title, "frontmatter", "titlepage", "titlepage.html", {}, False),
        part("colophon", "Colophon", "frontmatter", "colophon", "colophon.html",
             {"build_date": when.strftime("%-d %B %Y"), "tools": _tools(),
              "source": about.source(book, settings.source),
              "licence": about.licence(book, settings.licence),
              "extracted": extracted(book, bool(sides))}, False),
    ]
    glance = contexts.glance(book)
    if glance["rows"] or glance["heads"]:
        parts.append(part("at-a-glance", "At a glance", "frontmatter", "preamble",
                          "glance.html", glance))
    terms = glossary_terms(book)
    numbers = chapter_numbers(book)
    uses: dict[str, list[tuple[str, str]]] = {}
    for chapter in filter(has_text, book.chapters):
        etype = "introduction" if chapter.kind == "introduction" else "chapter"
        headings = tuple(Heading(s.id, s.title, str(inline(s.title, han)))
                         for s in chapter.sections if has_text(s))
        parts.append(part(chapter.id, chapter.title, "bodymatter", etype, "chapter.html",
                          {"chapter": chapter, "number": numbers.get(chapter.id)},
                          linker=Linker(terms, uses, chapter.title), headings=headings))
    # An appendix exists only with entries: no page saying the article has none (issue 28).
    if book.glossary:
        parts.append(part("glossary", "Glossary", "backmatter", "glossary", "glossary.html",
                          {"entries": book.glossary, "backlinks": uses}))
    if book.chronology:
        parts.append(part("chronology", "Chronology", "backmatter", "appendix", "chronology.html",
                          {"groups": [(k, list(g)) for k, g in
                                      groupby(book.chronology, lambda e: e.group)]}))
    if sides:
        parts.append(part("biographies", "Commanders", "backmatter", "appendix",
                          "biographies.html", {"sides": sides}))
    if book.see_also:
        parts.append(part("see-also", "See also", "backmatter", "appendix", "see_also.html",
                          {"items": book.see_also}))
    if book.index:
        parts.append(part("index", "Index", "backmatter", "index", "index.html",
                          {"groups": contexts.index(book)}))
    langs = sorted({lang for p in parts for lang, _ in p.runs})
    summary = _summary(book)
    identifier, uid = identifiers(article.slug, settings.isbn)
    return Rendered(article.title, article.slug, "en", subtitle, f"{credit}. {summary}".strip(),
                    when.strftime("%Y-%m-%dT%H:%M:%SZ"), tuple(parts), tuple(langs),
                    creator, about.file_as(creator), part_of, book.about.subjects,
                    about.source(book, settings.source),
                    identifier, uid, credit, summary)


def extracted(book: Book, commanders: bool) -> list[str]:
    """The appendices made by rule from the text, as the colophon names them."""
    return [name for name, present in (("glossary", book.glossary), ("chronology", book.chronology),
                                       ("commanders’ entries", commanders), ("index", book.index))
            if present]


def _tools() -> list[str]:
    names = {"weasyprint": "WeasyPrint", "ebooklib": "EbookLib", "jinja2": "Jinja2"}
    return [f"{label} {version(dist)}" for dist, label in names.items()] + [f"book {__version__}"]


def _summary(book: Book) -> str:
    """The article's first paragraph, shortened: what the description says after the credit."""
    return next((b.text for b in book.article.lead if isinstance(b, Paragraph)), "")[:500].strip()


def has_text(node: "Chapter | Section") -> bool:
    """Whether a chapter or section holds any text: a heading over nothing (a table or a
    picture the source dropped) is left out rather than stacked on the next heading."""
    subs = node.sections if isinstance(node, Chapter) else node.subsections
    return bool(node.blocks) or any(has_text(s) for s in subs)


def no_widow(title: Markup) -> Markup:
    """A typeset title whose last word cannot stand alone on a line: it shares an unbreakable
    span (class "nowrap") with the word before it, when the two are short enough to share a line
    of a display title and hold no markup. The text keeps its plain space (the PDF outline and
    a copied title read as written)."""
    html = str(title)
    words = html.split(" ")
    last = " ".join(words[-2:])
    if len(words) < 3 or "<" in last or ">" in last or "&" in last or \
            len(words[-2]) + len(words[-1]) > 18:
        return Markup(html)
    return Markup(" ".join(words[:-2]) + f' <span class="nowrap">{last}</span>')


def chapter_numbers(book: Book) -> dict[str, int]:
    """1-based numbers of the numbered chapters by id (the introduction is unnumbered)."""
    numbered = [c for c in book.chapters if c.kind == "chapter" and has_text(c)]
    return {c.id: i for i, c in enumerate(numbered, 1)}
