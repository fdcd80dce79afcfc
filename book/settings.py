"""Typed build settings: every option that changes an output, each with its one default."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from .normal import option


@dataclass(frozen=True)
class PageSize:
    """A trim size of the print edition: every writer that names or sets one reads it here."""

    name: str                           # the --page-size value
    label: str                          # how the EPUB's page-list source and the site name it
    trim_mm: tuple[float, float]        # width, height (the cover PDF, the EPUB's edition note)
    stylesheet: str                     # styles/<stylesheet>: its @page size is this trim

    @property
    def edition(self) -> str:
        """The print edition, as the EPUB names the source of its page numbers."""
        w, h = self.trim_mm
        return f"print edition (PDF, {self.label}, {w:g} × {h:g} mm)"


PAGE_SIZES: dict[str, PageSize] = {size.name: size for size in (
    PageSize("a5", "A5", (148, 210), "size-a5.css"),
    PageSize("6x9", "6 × 9 in", (152.4, 228.6), "size-6x9.css"),
    PageSize("a4", "A4", (210, 297), "size-a4.css"),
    PageSize("letter", "US Letter", (215.9, 279.4), "size-letter.css"),
)}
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3u", "none")
OUTPUTS = ("pdf", "epub", "json", "site")        # what --to names, in this order
# The options that are free text: normalised like the article, and (but the licence) limited
# in length like its title (Limits.max_title).
TEXT_OPTIONS = ("author", "series", "publisher", "licence", "source")
NAMED_OPTIONS = ("author", "series", "publisher")


@dataclass(frozen=True)
class Settings:
    """What the renderer and the writers are told; the CLI fills it, nothing else reads argv."""

    page_size: str = "a5"
    pdf_variant: str = "pdf/ua-1"
    licence: str | None = None
    keep_html: bool = False
    author: str | None = None        # the creator; default: the article's contributors
    isbn: str | None = None          # digits only, checked; default: a urn:uuid identifier
    series: str | None = None        # EPUB belongs-to-collection
    publisher: str | None = None     # no publisher is named unless given
    source: str | None = None        # where the text comes from (colophon); default: the infobox
    cover_pdf: bool = False          # also write <slug>.cover.pdf for print
    to: tuple[str, ...] = OUTPUTS    # the outputs to write (--to pdf,epub; --no-site drops site)
    css: tuple[str, ...] = ()        # user stylesheets, absolute paths checked by usercss.check

    @property
    def isbn_printed(self) -> str | None:
        """The ISBN hyphenated, as the colophon prints it."""
        return hyphenated(self.isbn) if self.isbn else None

    @property
    def size(self) -> PageSize:
        """The trim size's entry in PAGE_SIZES."""
        return PAGE_SIZES[self.page_size]

    def __post_init__(self) -> None:
        """Every text option normalised as the article is (book/normal.py), as one line."""
        for name in TEXT_OPTIONS:
            object.__setattr__(self, name, option(getattr(self, name)))

    def key(self) -> str:
        """A stable text form for the build fingerprint."""
        return "|".join(f"{k}={v}" for k, v in sorted(asdict(self).items()))


def outputs(names) -> tuple[str, ...]:
    """The outputs named in 'pdf,epub' (or a list of names), in OUTPUTS' order; ValueError for
    a name that is none of them or for none at all."""
    given = [n.strip().lower() for n in (names.split(",") if isinstance(names, str) else names)]
    unknown = [n for n in given if n not in OUTPUTS]
    if unknown or not any(given):
        raise ValueError(f"expected some of {', '.join(OUTPUTS)} separated by commas, not "
                         f"{(unknown[0] if unknown else ','.join(given))!r}")
    return tuple(n for n in OUTPUTS if n in given)


def isbn(text: str) -> str:
    """The ISBN's digits (ISBN-13, or ISBN-10 with a final X) if python-stdnum finds it valid:
    check digit, and a prefix and registration group that exist (not '0000000000000')."""
    # lazy: python-stdnum's isbn (its range tables) takes ~0.2 s to import, for --isbn only
    from stdnum import isbn as _isbn
    from stdnum.exceptions import ValidationError

    if set(text) - set("0123456789Xx- "):
        raise ValueError(f"not a valid ISBN-10 or ISBN-13: {text!r}")
    try:
        digits = _isbn.validate(text)
    except ValidationError as exc:
        raise ValueError(f"not a valid ISBN-10 or ISBN-13: {text!r} ({_reason(exc)})") from None
    if len(hyphenated(digits).split("-")) < (5 if len(digits) == 13 else 4):
        raise ValueError(f"not a valid ISBN-10 or ISBN-13: {text!r} (in no registered ISBN "
                         "range)")
    return digits


def hyphenated(digits: str) -> str:
    """An ISBN as printed: hyphenated at its group, registrant and publication ('978-0-306-
    40615-7'), from the ISBN agency's ranges that python-stdnum ships."""
    from stdnum import isbn as _isbn    # lazy: ~0.2 s, for --isbn only

    return _isbn.format(digits)


def _reason(exc: Exception) -> str:
    # lazy: as in isbn()
    from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength

    if isinstance(exc, InvalidChecksum):
        return "wrong check digit"
    if isinstance(exc, InvalidLength):
        return "expected 10 or 13 digits"
    if isinstance(exc, InvalidComponent):
        return "no such ISBN prefix or group"
    return "wrong format"
