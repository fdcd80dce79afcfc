"""Command line: `book build|watch [ARTICLE ...]`, `book serve`; main(argv) returns the status."""
from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Iterator

from . import __version__
from .errors import BookError, InputError, clear_stop, raise_if_stopped, request_stop
from .read.limits import LIMITS, MB, Limits, named
from . import usercss
from .settings import NAMED_OPTIONS, OUTPUTS, PAGE_SIZES, PDF_VARIANTS, Settings, isbn, outputs


def parser() -> argparse.ArgumentParser:
    """The argument parser (kept import-light so `book --help` is instant)."""
    p = argparse.ArgumentParser(
        prog="book", description="Build a printable PDF and an EPUB 3 from encyclopedia articles.")
    p.add_argument("--version", action="version", version=f"book {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="build articles into PDF, EPUB and JSON data",
                       description="Build each ARTICLE into OUT/<slug>.pdf, OUT/<slug>.epub and "
                                   "OUT/<slug>.data.json. Unchanged inputs are skipped.")
    b.add_argument("articles", nargs="*", metavar="ARTICLE",
                   help="article files (default: every seeds/*.txt)")
    b.add_argument("--config", metavar="FILE",
                   help="the book.toml to read (default: ./book.toml, else one beside the "
                        "articles); its keys are these options' names, and options given here "
                        "win over it")
    b.add_argument("-o", "--out", metavar="DIR", help="output directory (default: dist)")
    b.add_argument("--page-size", choices=PAGE_SIZES,
                   help=f"PDF trim size (default: {Settings.page_size})")
    b.add_argument("--pdf-variant", choices=PDF_VARIANTS,
                   help="PDF standard to follow; pdf/ua-1 is tagged and accessible (default)")
    b.add_argument("--strict", action="store_true", default=None,
                   help="treat warnings (missing glyphs, unreadable infobox values) as errors")
    b.add_argument("--keep-html", action="store_true", default=None,
                   help="also write OUT/<slug>.print.html, the document given to WeasyPrint")
    b.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    b.add_argument("--licence", metavar="TEXT",
                   help="the text's licence, for the colophon (default: none stated)")
    b.add_argument("--source", metavar="TEXT",
                   help="where the text comes from, for the colophon (default: the infobox's "
                        "Source, else none stated)")
    b.add_argument("--author", metavar="NAME",
                   help="the book's creator (default: Wikipedia contributors when the infobox's "
                        "Source says so, else Encyclopedia contributors)")
    b.add_argument("--isbn", metavar="ISBN",
                   help="ISBN-13 or ISBN-10 for the EPUB identifier (default: a urn:uuid)")
    b.add_argument("--series", metavar="NAME", help="series (collection) the book belongs to")
    b.add_argument("--publisher", metavar="NAME", help="publisher (default: none named)")
    b.add_argument("--cover", action="store_true", default=None,
                   help="also write OUT/<slug>.cover.pdf, the cover at the PDF's trim size")
    b.add_argument("--css", action="append", metavar="FILE",
                   help="a stylesheet applied after the built-in ones to the PDF, the EPUB and "
                        "the web edition (repeatable; it may fetch nothing: no url() of a file)")
    b.add_argument("--to", type=_outputs, metavar="LIST",
                   help=f"the outputs to write, separated by commas (default: {','.join(OUTPUTS)})")
    b.add_argument("--no-site", dest="no_site", action="store_true", default=None,
                   help="do not write the web edition, OUT/site/ (the same as leaving site out "
                        "of --to)")
    b.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="articles to build in parallel (default: number of cores)")
    b.add_argument("--disambiguate", action="store_true", default=None,
                   help="when two articles' titles give the same file name, name each one's "
                        "outputs <slug>-<article file name> instead of stopping with an error")
    b.add_argument("--max-size", type=_positive, metavar="MB",
                   help=f"largest article file read (default: {LIMITS.max_bytes // MB} MB)")
    b.add_argument("--max-sections", type=_positive, metavar="N",
                   help=f"most headings in one article (default: {LIMITS.max_sections})")
    b.add_argument("--max-line", type=_positive, metavar="N",
                   help=f"longest line, in characters (default: {LIMITS.max_line})")
    b.add_argument("--max-infobox", type=_positive, metavar="N",
                   help="most infobox entries: fields plus comma-separated values "
                        f"(default: {LIMITS.max_infobox})")
    b.add_argument("--max-title", type=_positive, metavar="N",
                   help="longest title, --author, --series and --publisher, in characters "
                        f"(default: {LIMITS.max_title})")
    talk = b.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    talk.add_argument("-v", "--verbose", action="store_true",
                      help="also print notes: a cache entry or output that failed its check")
    w = sub.add_parser("watch", parents=[b], add_help=False,     # build's options, -h too
                       help="build, serve OUT/site/ and rebuild on each edit (live reload)",
                       description="Build each ARTICLE, serve the web edition on localhost and "
                                   "rebuild when an article, a style or a template changes; the "
                                   "open page reloads. Takes the options of build.")
    w.add_argument("-p", "--port", type=int, metavar="N",
                   help="port on 127.0.0.1 (default: 8000; 0: any free port)")
    s = sub.add_parser("serve", help="serve OUT/site/ on localhost for preview",
                       description="Serve the web edition, OUT/site/, on 127.0.0.1 as a static "
                                   "host would. Opens nothing: visit the address it prints.")
    s.add_argument("-o", "--out", default="dist", metavar="DIR",
                   help="output directory (default: dist)")
    s.add_argument("-p", "--port", type=int, default=8000, metavar="N",
                   help="port on 127.0.0.1 (default: 8000; 0: any free port)")
    i = sub.add_parser("init", help="write a starter book.toml and a sample article",
                       description="Write DIR/book.toml, every option commented, and "
                                   "DIR/sample-article.txt, a short article in the article format; "
                                   "then `book build` in DIR builds it. Overwrites nothing.")
    i.add_argument("folder", nargs="?", default=".", metavar="DIR",
                   help="where to write them (default: the working folder)")
    e = sub.add_parser("explain", help="say why an entry is in an appendix, or why not",
                       description="Print, for every glossary, chronology, biography or index "
                                   "entry matching QUERY, the rule that produced it, its reason "
                                   "and the sentence it came from (and where a date's year came "
                                   "from); then every phrase matching QUERY that a rule rejected.")
    e.add_argument("article", metavar="ARTICLE", help="the article file")
    e.add_argument("query", metavar="QUERY",
                   help="a term, a name, a date (1805-11-11, 1805) or a number ('550')")
    return p


def _configured(args: argparse.Namespace):
    """(articles, Options, jobs, port) from the command line over book.toml over the defaults;
    InputError (exit status 2) for anything wrong, naming the flag or book.toml's line."""
    # lazy: book.toml's reader and the build's options, for build and watch only
    from . import config
    from .build import Options

    found = config.find(args.config, args.articles)
    cfg = config.load(found) if found else config.Config()

    def pick(dest: str, default=None, article: dict | None = None):
        given = getattr(args, dest, None)
        if given is not None:
            return given
        if article is not None and dest in article:
            return article[dest]
        return cfg.values.get(dest, default)

    if pick("out") is not None and not str(pick("out")).strip():
        raise InputError(f"--out {pick('out')!r}: the output directory name is empty (expected "
                         "--out DIR)")
    if args.isbn:
        try:
            args.isbn = isbn(args.isbn)
        except ValueError as exc:
            raise InputError(f"--isbn: {exc}") from None
    if args.css:
        args.css = [usercss.check(path) for path in args.css]
    site = not pick("no_site", False)
    to = tuple(o for o in pick("to", OUTPUTS) if site or o != "site")
    if not to:
        raise InputError("--no-site: nothing left to write (--to names only site)")
    if args.command == "watch" and "site" not in to:
        raise InputError("book watch serves the web edition: keep site in --to")

    def settings(article: dict | None = None) -> Settings:
        css = pick("css", [], article)
        return Settings(
            page_size=pick("page_size", Settings.page_size, article),
            pdf_variant=pick("pdf_variant", Settings.pdf_variant, article),
            licence=pick("licence", None, article), source=pick("source", None, article),
            keep_html=bool(pick("keep_html", False, article)),
            author=pick("author", None, article), isbn=pick("isbn", None, article),
            series=pick("series", None, article), publisher=pick("publisher", None, article),
            cover_pdf=bool(pick("cover", False, article)), to=to,
            css=tuple(usercss.check(path) for path in css))

    limits = Limits(max_bytes=pick("max_size", LIMITS.max_bytes // MB) * MB,
                    max_sections=pick("max_sections", LIMITS.max_sections),
                    max_line=pick("max_line", LIMITS.max_line),
                    max_infobox=pick("max_infobox", LIMITS.max_infobox),
                    max_title=pick("max_title", LIMITS.max_title))
    every = (settings(), *(settings(table) for table in cfg.articles.values()))
    for chosen in every:
        for name in NAMED_OPTIONS:
            named(f"--{name}", getattr(chosen, name), limits)
    options = Options(out_dir=Path(pick("out", "dist")), strict=bool(pick("strict", False)),
                      force=args.force, settings=settings(), limits=limits,
                      disambiguate=bool(pick("disambiguate", False)),
                      per_article=tuple((path, settings(table))
                                        for path, table in cfg.articles.items()))
    sources = [Path(a) for a in args.articles] or cfg.sources() or \
        sorted(Path("seeds").glob("*.txt"))
    if not sources:
        raise InputError("no articles given: name them, list them in book.toml's `articles`, "
                         "or run `book init` for a starter book.toml and a sample article")
    return sources, options, max(1, pick("jobs", os.cpu_count() or 1)), pick("port", 8000)


def _outputs(text: str) -> tuple[str, ...]:
    try:
        return outputs(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input, 3 strict warning,
    128 + N when stopped by signal N: SIGINT, SIGTERM or SIGHUP)."""
    _tolerant_streams()
    args = parser().parse_args(argv)
    if args.command == "serve":
        from .serve import serve    # lazy: each command imports only its own modules
        return serve(Path(args.out), args.port)
    if args.command == "explain":
        from .explain import explain    # lazy: each command imports only its own modules
        try:
            return explain(Path(args.article), args.query)
        except BookError as exc:
            print(f"book: error: {exc}", file=sys.stderr)
            return exc.code
    if args.command == "init":
        from .init import init    # lazy: each command imports only its own modules
        try:
            return init(Path(args.folder))
        except BookError as exc:
            print(f"book: error: {exc}", file=sys.stderr)
            return exc.code
    if args.command not in ("build", "watch"):
        parser().print_help()
        return 0 if args.command is None and argv is not None else 2
    try:
        sources, options, jobs, port = _configured(args)
    except BookError as exc:
        print(f"book: error: {exc}", file=sys.stderr)
        return exc.code
    from .run import run_all    # lazy: `book --help` and `book serve` need none of the build
    log = (lambda _m: None) if args.quiet else (lambda m: print(m, flush=True))
    try:
        with _quiet_unraisable(), _notes(args.verbose), _signals():
            if args.command == "watch":
                from .watch import watch    # lazy: watchfiles (0.5 s) for `book watch` only
                return watch(sources, options, port, log)
            return run_all(sources, options, log, jobs)
    except BookError as exc:
        print(f"book: error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt as exc:
        signum = getattr(exc, "signum", signal.SIGINT)
        print(f"book: interrupted ({signal.Signals(signum).name}); previous outputs are unchanged",
              file=sys.stderr)
        return 128 + signum
    except Exception as exc:  # noqa: BLE001 - never a traceback for users; BOOK_DEBUG=1 shows it
        if os.environ.get("BOOK_DEBUG"):
            raise
        print(f"book: internal error: {type(exc).__name__}: {exc} (previous outputs are unchanged;"
              " BOOK_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 1


def _tolerant_streams() -> None:
    """A path or title the terminal's encoding cannot show is escaped, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")


@contextlib.contextmanager
def _quiet_unraisable() -> Iterator[None]:
    """A writer that failed (a full disk) can leave a file object whose clean-up fails again
    later, in a destructor; Python would print that as a traceback. The error was reported."""
    if os.environ.get("BOOK_DEBUG"):
        yield
        return
    hook, sys.unraisablehook = sys.unraisablehook, lambda _unraisable: None
    try:
        yield
    finally:
        gc.collect()
        sys.unraisablehook = hook


@contextlib.contextmanager
def _notes(verbose: bool) -> Iterator[None]:
    """-v: notes from the build (a cache entry rebuilt, an output changed) as one line each."""
    logger = logging.getLogger("book")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("book: note: %(message)s"))
    level, propagate = logger.level, logger.propagate
    if verbose:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    try:
        yield
    finally:
        if verbose:
            logger.removeHandler(handler)
            logger.setLevel(level)
            logger.propagate = propagate


@contextlib.contextmanager
def _signals() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP all stop the build the same way: an Interrupted exception that
    cleans up on its way out. The first one wins; later ones are ignored during the clean-up."""
    caught = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        for s in caught:
            signal.signal(s, signal.SIG_IGN)
        request_stop(signum)

    clear_stop()
    previous = {s: signal.signal(s, stop) for s in caught}
    try:
        yield
        raise_if_stopped()      # the handler's exception was swallowed (it ran in a destructor)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        clear_stop()
