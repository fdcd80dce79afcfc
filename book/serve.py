"""`book serve`: the web edition on localhost, as any static host serves it; it opens nothing.
`book watch` adds live reload: HTML is sent with a small script that listens for rebuilds."""
from __future__ import annotations

import json
import sys
import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import OutputError
from .paths import ROOT

# Media types by suffix; the downloads' must be right for browsers and reading apps.
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".json": "application/json",
         ".png": "image/png", ".pdf": "application/pdf", ".epub": "application/epub+zip",
         ".otf": "font/otf", ".ttf": "font/ttf", ".woff2": "font/woff2"}
LIVE = "/__book__/"                   # the watcher's endpoints: live.js and the event stream
LIVE_SCRIPT = ROOT / "book" / "templates" / "site_live.js"
HEARTBEAT = 15                        # seconds between keep-alive comments on the event stream


class Live:
    """What `book watch` tells the open pages: a version that grows with each good build, and
    the last build's error ('' when it succeeded)."""

    def __init__(self) -> None:
        self.version = 0
        self.error = ""
        self.changed = threading.Condition()

    def update(self, error: str = "") -> None:
        """A build ended: with `error` '' it succeeded (pages reload), else pages show it."""
        with self.changed:
            if not error:
                self.version += 1
            self.error = error
            self.changed.notify_all()

    def state(self) -> dict:
        return {"version": self.version, "error": self.error}


class Handler(SimpleHTTPRequestHandler):
    """Static files from the site folder; with a Live, pages get the reload script."""

    extensions_map = TYPES

    def __init__(self, *args, live: Live | None = None, quiet: bool = True, **kwargs) -> None:
        self.live, self.quiet = live, quiet
        super().__init__(*args, **kwargs)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")     # a preview shows the latest build
        super().end_headers()

    def log_message(self, format: str, *args) -> None:    # noqa: A002 - the base class's name
        if not self.quiet:
            super().log_message(format, *args)

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if self.live and path == LIVE + "events":
            return self._events()
        if self.live and path == LIVE + "live.js":
            return self._send(LIVE_SCRIPT.read_bytes(), TYPES[".js"])
        if self.live:
            file = Path(self.translate_path(path))
            if file.is_dir():
                file = file / "index.html"
            if file.suffix == ".html" and file.is_file() and path.endswith(("/", ".html")):
                page = file.read_bytes().replace(
                    b"</body>", f'<script src="{LIVE}live.js"></script>\n</body>'.encode(), 1)
                return self._send(page, TYPES[".html"])
        return super().do_GET()

    def _send(self, body: bytes, media_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _events(self) -> None:
        """Server-sent events: the state now, then after each build (HTML Standard §9.2)."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        live, seen = self.live, None
        try:
            while True:
                with live.changed:
                    if live.state() == seen:
                        live.changed.wait(HEARTBEAT)
                    state = live.state()
                if state == seen:
                    self.wfile.write(b": still here\n\n")
                else:
                    self.wfile.write(f"data: {json.dumps(state)}\n\n".encode())
                    seen = state
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return


def server(root: Path, port: int = 8000, live: Live | None = None,
           quiet: bool = True) -> ThreadingHTTPServer:
    """An HTTP server for `root` on 127.0.0.1:`port` (0: any free port); not started. A port
    that is taken is an OutputError, one line."""
    handler = partial(Handler, directory=str(root), live=live, quiet=quiet)
    try:
        httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        raise OutputError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc} "
                          "(try --port N)") from None
    httpd.daemon_threads = True
    return httpd


def url(httpd: ThreadingHTTPServer) -> str:
    """The address the server answers on."""
    host, port = httpd.server_address[:2]
    return f"http://{host}:{port}/"


def serve(out_dir: Path, port: int) -> int:
    """`book serve`: serve OUT/site/ until Ctrl-C; returns the exit status."""
    root = out_dir / "site"
    if not root.is_dir():
        print(f"book: error: {root}: no web edition here (run `book build` first)", file=sys.stderr)
        return 2
    try:
        httpd = server(root, port, quiet=False)
    except OutputError as exc:
        print(f"book: error: {exc}", file=sys.stderr)
        return exc.code
    print(f"serving {root} at {url(httpd)} (Ctrl-C stops)", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0
