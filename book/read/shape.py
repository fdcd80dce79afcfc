"""Shape an Article into a Book: the lead opens the book, sections become chapters."""
from __future__ import annotations

from ..model import Article, Block, Book, Chapter, ListBlock, Section

INTRODUCTION = "Introduction"
# Sections that are navigation aids rather than content: they go to the back matter.
_BACK_MATTER = {"see also", "related articles"}


def shape(article: Article) -> Book:
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
    return Book(article=article, chapters=tuple(chapters), see_also=tuple(see_also))


def texts(block: Block) -> list[str]:
    """The text runs of a block: a paragraph's text, or each list item."""
    return list(block.items) if isinstance(block, ListBlock) else [block.text]


def full_text(book: Book) -> str:
    """All chapter text, one block per line (what the enrichers search as a whole)."""
    return "\n".join(" ".join(texts(block)) for _, _, block in walk_blocks(book))


def _list_text(section: Section) -> list[str]:
    out: list[str] = []
    for block in section.blocks:
        out.extend(texts(block))
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
