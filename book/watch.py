"""`book watch`: build, serve the web edition, and rebuild what an edit changes (watchfiles);
the open page reloads, and a broken edit shows its one-line error there and in the terminal
while the last good build stays in place."""
from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import threading
from pathlib import Path

from watchfiles import watch as changes

from .build import CACHE, Log, Options, book_from, build
from .errors import BookError, clear_stop, shown
from .formats import site
from .paths import ROOT, STYLES
from .pipeline.folders import Folders
from .pipeline.output import STAGE_PREFIX, locked
from .pipeline.stamp import stamp_path
from .pipeline.writers import WRITERS, Job
from .read import article
from .render import html
from .run import finish
from .serve import Live, server, url
from .settings import OUTPUTS

TEMPLATES = ROOT / "book" / "templates"
# Inputs only the web edition reads: after an edit to one of them, only the sites are rewritten.
WEB_ONLY = ("web.css", "site_")


def watch(sources: list[Path], options: Options, port: int, log: Log) -> int:
    """Build every article, serve OUT/site/ on 127.0.0.1:`port`, then rebuild on each change
    until Ctrl-C; returns the exit status."""
    live = Live()
    slugs: dict[Path, str] = {}
    rebuild(sources, sources, False, options, log, live, slugs)
    (options.out_dir / "site").mkdir(parents=True, exist_ok=True)
    httpd = server(options.out_dir / "site", port, live)     # a taken port: one-line error
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(f"serving {shown(options.out_dir / 'site')} at {url(httpd)}; watching "
          f"{len(sources)} article(s), styles/ and templates (Ctrl-C stops)", flush=True)
    user_css = {Path(css).resolve() for css in options.settings.css}          # --css
    folders = {s.resolve().parent for s in sources} | {STYLES, TEMPLATES} | \
        {css.parent for css in user_css}
    articles = {s.resolve(): s for s in sources}
    try:
        for batch in changes(*sorted(folders),
                             watch_filter=lambda _c, p: _relevant(Path(p), articles, user_css)):
            edited = {Path(p).resolve() for _change, p in batch}
            changed = [articles[p] for p in edited if p in articles]
            others = [p for p in edited if p not in articles]
            if others and all(p.name.startswith(WEB_ONLY) and p not in user_css for p in others):
                rebuild(sources, changed, True, options, log, live, slugs)
            else:
                rebuild(sources, sources if others else changed, False, options, log, live,
                        slugs)
    except KeyboardInterrupt:         # Ctrl-C: the way to stop; a build it cut short left nothing
        clear_stop()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return 0


def _relevant(path: Path, articles: dict[Path, Path], user_css: set[Path] = frozenset()) -> bool:
    path = path.resolve()
    if path in articles or path in user_css:
        return True
    return (STYLES in path.parents and path.suffix == ".css") or \
        (TEMPLATES in path.parents and path.suffix in (".html", ".xhtml", ".ncx", ".css", ".js"))


def rebuild(sources: list[Path], changed: list[Path], web_only: bool, options: Options, log: Log,
            live: Live, slugs: dict[Path, str] | None = None) -> None:
    """Build the changed articles (their fingerprints skip whatever is unchanged); with
    `web_only`, rewrite only the other articles' sites. Report to the terminal and the pages.
    `slugs` has each article's slug as last built: when an edit changes a title's slug, the book
    under the old one is taken out of OUT (and the library), and open pages of it go to the new
    one."""
    slugs = {} if slugs is None else slugs
    errors: list[str] = []
    printed: set[str] = set()
    moved: dict[str, str] = {}
    for source in sources:
        try:
            if source in changed or not web_only:
                result = build(source, options, log, parallel=False)
                for warning in result.warnings:
                    print(f"book: warning: {warning}", file=sys.stderr, flush=True)
                old, slugs[source] = slugs.get(source), result.slug
                if old and result.slug and old != result.slug and old not in slugs.values():
                    for path in remove_book(options.out_dir, old, options.settings):
                        log(f"removed     {shown(path)} (the title's file name is now "
                            f"{result.slug})")
                    moved[old] = result.slug
            else:
                log(f"wrote       {shown(refresh_site(source, options))} (web edition only)")
        except BookError as exc:
            errors.append(f"book: error: {exc}")
        except Exception as exc:  # noqa: BLE001 - a bug must not stop the watcher either
            errors.append(f"book: internal error: {type(exc).__name__}: {exc} ({shown(source)})")
        if errors and errors[-1] not in printed:
            printed.add(errors[-1])
            print(errors[-1], file=sys.stderr, flush=True)
    finish(options)                       # the library page: without the removed books
    live.update("\n".join(errors), moved)


def remove_book(out: Path, slug: str, settings) -> list[Path]:
    """Take the book named `slug` out of `out`: every file a writer could have made for it (its
    PDF, EPUB, JSON, cover PDF, print HTML), its site folder and its stamp; under the output
    lock, the site folder renamed aside first (the server never serves half of it). Returns
    what was removed."""
    every = dataclasses.replace(settings, cover_pdf=True, keep_html=True, to=OUTPUTS)
    names = {n for writer in WRITERS for n in writer.names(slug, every)}
    folders = {writer.folder for writer in WRITERS if writer.folder}
    removed: list[Path] = []
    with locked(out):
        for name in sorted(names):
            path = out / name
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed.append(path)
        for folder in sorted(folders):
            tree = out / folder / slug
            if tree.is_dir() and not tree.is_symlink():
                aside = out / f"{STAGE_PREFIX}{os.getpid()}-removed-{slug}"
                os.rename(tree, aside)
                shutil.rmtree(aside, ignore_errors=True)
                removed.append(tree)
        stamp = stamp_path(out / CACHE, slug)
        if stamp.is_file():
            stamp.unlink()
    return removed


def refresh_site(source: Path, options: Options) -> Path:
    """Rewrite one article's site alone, beside its current PDF and EPUB (after an edit to the
    web edition's style or templates, which nothing else reads)."""
    book = book_from(article.read(source))
    rendered = html.render(book, options.settings)
    out = options.out_dir
    inputs = {"pdf": (out / f"{rendered.slug}.pdf",), "epub": (out / f"{rendered.slug}.epub",)}
    if not all(paths[0].is_file() for paths in inputs.values()):
        build(source, options, lambda _m: None, parallel=False)   # no PDF yet: build it all
        return out / site.SITE / rendered.slug
    folders = Folders(out)
    try:
        site.write(Job(book, rendered, options.settings, (), out, out / ".book-cache", inputs,
                       folders.path(site.SITE, rendered.slug)))
        with locked(out):                 # not while a build renames this article's outputs
            return folders.commit()[0]
    except BaseException:
        folders.discard()
        raise
