"""The web edition's view of the shared rendering: which page holds each part, a self-link on
every heading, and after each glossary link the entry's definition, shown on hover or focus."""
from __future__ import annotations

from copy import deepcopy

from lxml import html as lhtml
from lxml.etree import Element, SubElement

from ..slugs import slugify, unique_id
from .html import Part, Rendered

BOOK_PAGE = "index.html"      # the book page: cover, downloads and the front matter's parts


def page_of(part: Part) -> str:
    """The web page a part is on: the front matter on the book page, others one page each
    (the Index part, whose id would name the book page, on book-index.html)."""
    if part.front:
        return BOOK_PAGE
    return f"book-{part.id}.html" if f"{part.id}.html" == BOOK_PAGE else f"{part.id}.html"


def reading(rendered: Rendered) -> tuple[Part, ...]:
    """The parts read online, one page each, in reading order."""
    return tuple(p for p in rendered.parts if page_of(p) != BOOK_PAGE)


def linker(rendered: Rendered, here: str):
    """`href(anchor)` for Part.html() on the page `here`: '#p3' on the same page, else
    'lead.html#p3' (always a file name: a folder link would not open index.html from file://)."""
    owner = rendered.owners()
    pages = {p.id: page_of(p) for p in rendered.parts}

    def href(anchor: str) -> str:
        page = pages[owner[anchor]]
        return f"#{anchor}" if page == here else f"{page}#{anchor}"
    return href


def tips(glossary: Part) -> dict[str, str]:
    """Entry id -> its definition as the glossary page shows it (term, original, expansion,
    aliases, other names), as inline XHTML without links or the 'First in' note."""
    out: dict[str, str] = {}
    for dt in _parse(glossary.html()).iter("dt"):
        dd = dt.getnext()
        if not dt.get("id") or dd is None or dd.tag != "dd":
            continue
        tip = Element("span", {"class": "gl-tip", "role": "tooltip"})
        term = SubElement(tip, "span", {"class": "gl-term"})
        term.text = dt.text
        term.extend(deepcopy(c) for c in dt if "backlinks" not in (c.get("class") or ""))
        if len(term):
            term[-1].tail = (term[-1].tail or "").rstrip() or None
        body = deepcopy(dd)
        for first in body.find_class("first"):
            _drop(first)
        for link in body.iter("a"):
            link.tag = "span"                 # a link in a box shown on hover cannot be reached
            link.attrib.clear()
        for dfn in term.iter("dfn"):
            dfn.tag = "span"                  # the defining instance is the glossary's
        term.tail = " " + (body.text or "").lstrip()
        tip.extend(list(body))
        if len(tip):
            tip[-1].tail = (tip[-1].tail or "").rstrip() or None
        out[dt.get("id")] = " ".join(lhtml.tostring(tip, encoding="unicode").split())
    return out


def augment(fragment: str, part_id: str, definitions: dict[str, str]) -> str:
    """A part's XHTML for the web: each heading links to itself (an id is made for those without
    one), each glossary link is followed by its definition and described by it."""
    root = _parse(fragment)
    taken: dict[str, int] = {i: 1 for i in root.xpath("//@id")}
    for heading in root.xpath("//h1|//h2|//h3|//h4|//h5|//h6"):
        if not heading.get("id"):
            text = heading.text_content()
            heading.set("id", unique_id(f"{part_id}-{slugify(text, 'heading')}", taken))
        link = Element("a", {"class": "anchor", "href": f"#{heading.get('id')}"})
        link.text, heading.text = heading.text, None
        link.extend(list(heading))
        heading.append(link)
    for link in root.xpath('//a[@class="gl"]'):
        definition = definitions.get(link.get("href", "").partition("#")[2])
        if not definition or not link.get("id"):
            continue
        tip = lhtml.fragment_fromstring(definition)
        tip.set("id", f"tip-{link.get('id')}")
        link.set("aria-describedby", tip.get("id"))
        tip.tail, link.tail = link.tail, None
        link.addnext(tip)
    return (root.text or "") + "".join(lhtml.tostring(c, encoding="unicode") for c in root)


def _parse(fragment: str):
    return lhtml.fragment_fromstring(fragment, create_parent="div")


def _drop(element) -> None:
    """Remove an element and its text, keeping the text after it."""
    parent, previous = element.getparent(), element.getprevious()
    tail = element.tail or ""
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)
