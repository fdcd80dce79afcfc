"""`book serve`: the web edition on localhost, as any static host serves it; it opens nothing.
`book watch` adds live reload: HTML is sent with a small script that listens for rebuilds.

A server you can leave running (issue 30): one event loop holds every connection, so a client
that opens connections and sends nothing (slowloris) costs a descriptor, not a thread:

- a request's head must arrive whole within HEAD_TIMEOUT seconds, in at most HEAD_LIMIT bytes;
  at most PENDING connections wait for theirs, and a new one closes the oldest of them;
- a response that the client does not read for WRITE_TIMEOUT seconds is dropped;
- files are opened and read by a bounded pool of WORKERS threads; the listen backlog is BACKLOG;
- only GET and HEAD; the Host header must name this server (127.0.0.1 or localhost with its
  port), so a page of another site that rebinds its DNS name to 127.0.0.1 reads nothing (421);
- a target that is not a clean absolute path (a NUL, a control character, a backslash, '.' or
  '..' segments, bad percent-encoding or UTF-8) is a 400; no directory is listed;
- only regular files whose every path component is a real folder inside OUT/site: no symlink
  is followed (openat with O_NOFOLLOW, one component at a time), a FIFO or a device is never
  opened, dot-files are not served;
- every response says `X-Content-Type-Options: nosniff` and `Server: book` (no versions), and
  closes its connection (one request per connection: nothing idles between requests)."""
from __future__ import annotations

import asyncio
import collections
import json
import mimetypes
import os
import socket
import stat
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from email.utils import formatdate
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote, unquote_to_bytes

from .errors import OutputError, shown
from .paths import ROOT

# Media types by suffix; the downloads' must be right for browsers and reading apps (and with
# nosniff, for the browser to use a stylesheet or a script at all).
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".json": "application/json",
         ".png": "image/png", ".pdf": "application/pdf", ".epub": "application/epub+zip",
         ".otf": "font/otf", ".ttf": "font/ttf", ".woff2": "font/woff2",
         ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8"}
LIVE = "/__book__/"                   # the watcher's endpoints: live.js and the event stream
LIVE_SCRIPT = ROOT / "book" / "templates" / "site_live.js"
HEARTBEAT = 15                        # seconds between keep-alive comments on the event stream

HOST = "127.0.0.1"
BACKLOG = 1024                        # connections the kernel queues before accept()
HEAD_TIMEOUT = 10                     # seconds for a request's whole head to arrive
WRITE_TIMEOUT = 30                    # seconds a client may leave the response unread
HEAD_LIMIT = 16 * 1024                # bytes of a request's head (request line and headers)
HEADERS = 100                         # header lines at most
PENDING = 256                         # connections still sending their head; more close the oldest
STREAMS = 64                          # live-reload event streams; more close the oldest
WORKERS = 4                           # threads that open and read files
CHUNK = 256 * 1024


class Live:
    """What `book watch` tells the open pages: a version that grows with each good build, the
    last build's error ('' when it succeeded), and the books whose slug changed (old -> new),
    so that a page of a renamed book goes to its new address instead of reloading a 404."""

    def __init__(self) -> None:
        self.version = 0
        self.error = ""
        self.moved: dict[str, str] = {}
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

    def update(self, error: str = "", moved: dict[str, str] | None = None) -> None:
        """A build ended: with `error` '' it succeeded (pages reload), else pages show it."""
        with self._lock:
            if not error:
                self.version += 1
            self.error = error
            for old, new in (moved or {}).items():
                self.moved = {k: (new if v == old else v) for k, v in self.moved.items()}
                self.moved[old] = new
                self.moved.pop(new, None)            # a book renamed back is itself again
            waiters = list(self._waiters)
        for loop, event in waiters:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:                     # that server's loop has closed
                pass

    def state(self) -> dict:
        with self._lock:
            return {"version": self.version, "error": self.error, "moved": dict(self.moved)}

    async def next(self, seen: dict | None, timeout: float) -> dict:
        """The state once it differs from `seen`, or after `timeout` seconds whatever it is."""
        event = asyncio.Event()
        waiter = (asyncio.get_running_loop(), event)
        with self._lock:
            self._waiters.add(waiter)
        try:
            if self.state() == seen:
                try:
                    await asyncio.wait_for(event.wait(), timeout)
                except asyncio.TimeoutError:
                    pass
            return self.state()
        finally:
            with self._lock:
                self._waiters.discard(waiter)


class BadRequest(Exception):
    """A request the server answers with `status` and closes."""

    def __init__(self, status: HTTPStatus, why: str = "") -> None:
        super().__init__(why or status.phrase)
        self.status = status


class Request:
    """A request's head, read and checked: method, path segments, whether it asked for a folder
    ('/' at the end), and the request line as it came (for the log)."""

    def __init__(self, line: str, method: str, segments: list[str], folder: bool,
                 headers: dict[str, str]) -> None:
        self.line, self.method, self.segments, self.folder = line, method, segments, folder
        self.headers = headers

    @property
    def path(self) -> str:
        return "/" + "/".join(self.segments) + ("/" if self.folder and self.segments else "")


def parse_target(target: str) -> tuple[list[str], bool]:
    """The path segments of an origin-form target ('/a/b.html?x'), and whether it ends with '/'.
    BadRequest (400) for anything but a clean absolute path."""
    if not target.startswith("/") or target.startswith("//"):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "the target is not an absolute path")
    path = target.split("#", 1)[0].split("?", 1)[0]
    try:
        decoded = unquote_to_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest(HTTPStatus.BAD_REQUEST, "the path is not UTF-8") from None
    bad_escape = any(not _hex(path[i + 1:i + 3]) for i, c in enumerate(path) if c == "%")
    if bad_escape or any(c < " " or c in "\x7f\\" for c in decoded):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "a control character, a backslash or a bad "
                                                 "escape in the path")
    segments = decoded.split("/")[1:]
    folder = segments[-1] == ""
    if folder:
        segments.pop()
    if any(s in ("", ".", "..") for s in segments):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "an empty, '.' or '..' segment in the path")
    return segments, folder


def _hex(text: str) -> bool:
    return len(text) == 2 and all(c in "0123456789abcdefABCDEF" for c in text)


class Server:
    """An HTTP server for `root` on 127.0.0.1:`port` (made by server()); serve_forever() runs
    it in the calling thread until shutdown() is called from another one, or Ctrl-C."""

    def __init__(self, root: Path, port: int, live: Live | None, quiet: bool) -> None:
        self.root, self.live, self.quiet = Path(root), live, quiet
        sock = socket.create_server((HOST, port), backlog=BACKLOG)
        self.socket = sock
        self.server_address = sock.getsockname()[:2]
        port = self.server_address[1]
        self.hosts = {f"{HOST}:{port}", f"localhost:{port}"} | \
            ({HOST, "localhost"} if port == 80 else set())
        self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="book-serve")
        self._pending: collections.OrderedDict[asyncio.StreamWriter, None] = \
            collections.OrderedDict()
        self._streams: collections.OrderedDict[asyncio.StreamWriter, None] = \
            collections.OrderedDict()
        self._tasks: set[asyncio.Task] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._stopping = threading.Event()
        self._done = threading.Event()
        self._done.set()

    # -- running ----------------------------------------------------------------------------

    def serve_forever(self) -> None:
        self._done.clear()
        try:
            if not self._stopping.is_set():
                asyncio.run(self._serve())
        finally:
            self._loop = None
            self._done.set()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        server = await asyncio.start_server(self._connection, sock=self.socket,
                                            backlog=BACKLOG, limit=HEAD_LIMIT)
        try:
            await self._stop.wait()
        finally:
            server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            self._pool.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop serve_forever (running in another thread) and wait until it has returned; a
        serve_forever that starts later returns at once."""
        self._stopping.set()
        while not self._done.wait(0.05):
            loop, stop = self._loop, self._stop
            if loop is not None and stop is not None:
                try:
                    loop.call_soon_threadsafe(stop.set)
                except RuntimeError:                    # the loop has just closed
                    pass

    def server_close(self) -> None:
        self.socket.close()
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- one connection ---------------------------------------------------------------------

    async def _connection(self, reader: asyncio.StreamReader,
                          writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        self._tasks.add(task)
        self._pending[writer] = None
        while len(self._pending) > PENDING:            # the longest-waiting one makes room
            oldest, _ = self._pending.popitem(last=False)
            oldest.transport.abort()
        status, request, answered = HTTPStatus.OK, None, False
        try:
            try:
                request = await asyncio.wait_for(self._read_head(reader), HEAD_TIMEOUT)
            except BadRequest as exc:
                status = exc.status
                answered = await self._error(writer, exc.status, str(exc))
                return
            finally:
                self._pending.pop(writer, None)
            status = await self._respond(request, writer)
            answered = True
        except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, OSError):
            status = None                                # the client left or was too slow
        except asyncio.CancelledError:
            status = None
        except Exception as exc:  # noqa: BLE001 - a bug: one log line, never a traceback
            status = HTTPStatus.INTERNAL_SERVER_ERROR
            answered = await self._error(writer, status, type(exc).__name__)
        finally:
            self._streams.pop(writer, None)
            try:
                if answered:                             # what is still buffered goes out first
                    writer.close()
                    await asyncio.wait_for(writer.wait_closed(), WRITE_TIMEOUT)
            except BaseException:  # noqa: BLE001 - too slow, gone, or the server stopping
                pass
            finally:
                writer.transport.abort()
                self._tasks.discard(task)
            if not self.quiet and (request or status):
                self._log(writer, request, status)

    async def _read_head(self, reader: asyncio.StreamReader) -> Request:
        try:
            line = (await reader.readuntil(b"\n")).decode("latin-1")
            headers: dict[str, str] = {}
            count, size = 0, len(line)
            while True:
                raw = (await reader.readuntil(b"\n")).decode("latin-1")
                if raw in ("\r\n", "\n"):
                    break
                count, size = count + 1, size + len(raw)
                if size > HEAD_LIMIT:
                    raise BadRequest(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
                if count > HEADERS or raw[:1] in (" ", "\t") or ":" not in raw:
                    raise BadRequest(HTTPStatus.BAD_REQUEST, "a malformed header")
                name, value = raw.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        except asyncio.LimitOverrunError:
            raise BadRequest(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) from None
        parts = line.rstrip("\r\n").split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1.") or \
                any(c <= " " or c >= "\x7f" for c in parts[1]):
            raise BadRequest(HTTPStatus.BAD_REQUEST, "a malformed request line")
        method, target, _version = parts
        host = headers.get("host", "").lower()
        if host not in self.hosts:
            raise BadRequest(HTTPStatus.MISDIRECTED_REQUEST,
                             f"this server answers to http://{HOST}:{self.server_address[1]}/ "
                             "(or localhost) only")
        if method not in ("GET", "HEAD"):
            raise BadRequest(HTTPStatus.METHOD_NOT_ALLOWED)
        segments, folder = parse_target(target)
        return Request(line.rstrip("\r\n"), method, segments, folder, headers)

    async def _respond(self, request: Request, writer: asyncio.StreamWriter) -> HTTPStatus:
        path = request.path
        if self.live and path == LIVE + "events":
            await self._events(writer)
            return HTTPStatus.OK
        if self.live and path == LIVE + "live.js":
            return await self._send(writer, request, HTTPStatus.OK, TYPES[".js"],
                                    LIVE_SCRIPT.read_bytes())
        loop = asyncio.get_running_loop()
        found = await loop.run_in_executor(self._pool, self._open, request.segments,
                                           request.folder)
        if found == "folder":                          # '/slug' -> '/slug/', as static hosts do
            location = quote(path + "/", safe="/")
            await self._error(writer, HTTPStatus.MOVED_PERMANENTLY, "", [("Location", location)])
            return HTTPStatus.MOVED_PERMANENTLY
        if found is None:
            await self._error(writer, HTTPStatus.NOT_FOUND)
            return HTTPStatus.NOT_FOUND
        fd, size, name = found
        try:
            media_type = TYPES.get(Path(name).suffix.lower()) or \
                mimetypes.guess_type(name)[0] or "application/octet-stream"
            if self.live and media_type == TYPES[".html"] and (request.folder or
                                                              name.endswith(".html")):
                page = await loop.run_in_executor(self._pool, _read_all, fd, size)
                page = page.replace(b"</body>", f'<script src="{LIVE}live.js"></script>\n'
                                                f'</body>'.encode(), 1)
                return await self._send(writer, request, HTTPStatus.OK, media_type, page)
            await self._head(writer, HTTPStatus.OK, media_type, size)
            if request.method == "GET":
                left = size
                while left > 0:
                    chunk = await loop.run_in_executor(self._pool, os.read, fd, min(CHUNK, left))
                    if not chunk:
                        break
                    left -= len(chunk)
                    writer.write(chunk)
                    await asyncio.wait_for(writer.drain(), WRITE_TIMEOUT)
            return HTTPStatus.OK
        finally:
            os.close(fd)

    def _open(self, segments: list[str], folder: bool):
        """(fd, size, name) of the regular file at `segments` under the root, walking one real
        folder at a time without following a symlink; 'folder' if it names a folder (and did
        not end with '/'); None if there is nothing to serve."""
        names = [*segments, "index.html"] if folder else list(segments)
        if not names or any(n.startswith(".") for n in names):
            return None
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC
        try:
            fd = os.open(self.root, flags | os.O_DIRECTORY)
        except OSError:
            return None
        try:
            for name in names[:-1]:
                inner = os.open(name, flags | os.O_DIRECTORY, dir_fd=fd)
                os.close(fd)
                fd = inner
            st = os.stat(names[-1], dir_fd=fd, follow_symlinks=False)
            if stat.S_ISDIR(st.st_mode) and not folder:
                return "folder"
            if not stat.S_ISREG(st.st_mode):
                return None                             # a symlink, FIFO, device, socket
            file = os.open(names[-1], flags | os.O_NONBLOCK | os.O_NOCTTY, dir_fd=fd)
            st = os.fstat(file)
            if not stat.S_ISREG(st.st_mode):            # swapped for something else meanwhile
                os.close(file)
                return None
            return file, st.st_size, names[-1]
        except OSError:                                 # missing, a symlink (ELOOP), not a folder
            return None
        finally:
            os.close(fd)

    async def _events(self, writer: asyncio.StreamWriter) -> None:
        """Server-sent events: the state now, then after each build (HTML Standard §9.2)."""
        self._streams[writer] = None
        while len(self._streams) > STREAMS:
            oldest, _ = self._streams.popitem(last=False)
            oldest.transport.abort()
        await self._head(writer, HTTPStatus.OK, "text/event-stream", None)
        seen = None
        while True:
            state = await self.live.next(seen, HEARTBEAT)
            if state == seen:
                writer.write(b": still here\n\n")
            else:
                writer.write(f"data: {json.dumps(state)}\n\n".encode())
                seen = state
            await asyncio.wait_for(writer.drain(), WRITE_TIMEOUT)

    # -- writing ----------------------------------------------------------------------------

    async def _head(self, writer: asyncio.StreamWriter, status: HTTPStatus, media_type: str,
                    length: int | None, extra: list[tuple[str, str]] = ()) -> None:
        lines = [f"HTTP/1.1 {status.value} {status.phrase}", "Server: book",
                 f"Date: {formatdate(usegmt=True)}", f"Content-Type: {media_type}",
                 "X-Content-Type-Options: nosniff",
                 "Cache-Control: no-cache",           # a preview shows the latest build
                 "Connection: close", *(f"{k}: {v}" for k, v in extra)]
        if length is not None:
            lines.append(f"Content-Length: {length}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        await asyncio.wait_for(writer.drain(), WRITE_TIMEOUT)

    async def _send(self, writer: asyncio.StreamWriter, request: Request, status: HTTPStatus,
                    media_type: str, body: bytes) -> HTTPStatus:
        await self._head(writer, status, media_type, len(body))
        if request.method == "GET":
            writer.write(body)
            await asyncio.wait_for(writer.drain(), WRITE_TIMEOUT)
        return status

    async def _error(self, writer: asyncio.StreamWriter, status: HTTPStatus, why: str = "",
                     extra: list[tuple[str, str]] = ()) -> bool:
        """Answer `status` with a one-line text body; whether it could be written."""
        body = f"{status.value} {status.phrase}{': ' + why if why else ''}\n".encode()
        extra = [*extra, *([("Allow", "GET, HEAD")]
                           if status == HTTPStatus.METHOD_NOT_ALLOWED else [])]
        try:
            await self._head(writer, status, "text/plain; charset=utf-8", len(body), extra)
            writer.write(body)
            await asyncio.wait_for(writer.drain(), WRITE_TIMEOUT)
            return True
        except (asyncio.TimeoutError, ConnectionError, OSError):
            return False

    def _log(self, writer: asyncio.StreamWriter, request: Request | None,
             status: HTTPStatus | None) -> None:
        line = request.line if request else "-"
        print(f'{HOST} "{shown(line)}" {status.value if status else "-"}', file=sys.stderr,
              flush=True)


def _read_all(fd: int, size: int) -> bytes:
    chunks, left = [], size
    while left > 0:
        chunk = os.read(fd, min(CHUNK, left))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def server(root: Path, port: int = 8000, live: Live | None = None, quiet: bool = True) -> Server:
    """An HTTP server for `root` on 127.0.0.1:`port` (0: any free port); not started. A port
    that is taken is an OutputError, one line."""
    try:
        return Server(root, port, live, quiet)
    except OSError as exc:
        raise OutputError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc} "
                          "(try --port N)") from None


def url(httpd: Server) -> str:
    """The address the server answers on."""
    host, port = httpd.server_address[:2]
    return f"http://{host}:{port}/"


def serve(out_dir: Path, port: int) -> int:
    """`book serve`: serve OUT/site/ until Ctrl-C; returns the exit status."""
    root = out_dir / "site"
    if not root.is_dir():
        print(f"book: error: {shown(root)}: no web edition here (run `book build` first)",
              file=sys.stderr)
        return 2
    try:
        httpd = server(root, port, quiet=False)
    except OutputError as exc:
        print(f"book: error: {exc}", file=sys.stderr)
        return exc.code
    print(f"serving {shown(root)} at {url(httpd)} (Ctrl-C stops)", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0
