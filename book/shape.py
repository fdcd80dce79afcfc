"""Shape an Article into a Book: the lead opens the book, sections become chapters."""
from __future__ import annotations

from .model import Article, Book, Chapter, ListBlock, Section

INTRODUCTION = "Introduction"
# Sections that are navigation aids rather than content: they go to the back matter.
_BACK_MATTER = {"see also", "related articles"}


def shape(article: Article, settings: dict | None = None) -> Book:
    """Build the chapter list; `See also` becomes a back-matter list."""
    chapters: list[Chapter] = []
    if article.lead:
        chapters.append(Chapter("lead", INTRODUCTION, article.lead, (), "introduction"))
    see_also: list[str] = []
    for section in article.sections:
        if section.title.lower() in _BACK_MATTER:
            see_also.extend(_list_text(section))
            continue
        chapters.append(Chapter(section.id.replace("s-", "ch-", 1), section.title,
                                section.blocks, section.subsections))
    return Book(article=article, chapters=tuple(chapters), see_also=tuple(see_also),
                settings=dict(settings or {}))


def _list_text(section: Section) -> list[str]:
    out: list[str] = []
    for block in section.blocks:
        out.extend(block.items if isinstance(block, ListBlock) else [block.text])
    for sub in section.subsections:
        out.extend(_list_text(sub))
    return out


def walk_blocks(book: Book):
    """Yield (chapter, section title, block) for every block of every chapter, in order."""
    def visit(chapter: Chapter, title: str, blocks, sections):
        for block in blocks:
            yield chapter, title, block
        for sub in sections:
            yield from visit(chapter, sub.title, sub.blocks, sub.subsections)
    for chapter in book.chapters:
        yield from visit(chapter, chapter.title, chapter.blocks, chapter.sections)
