"""Run the web page with waitress (a production WSGI server, threads: two visitors at once).

Every web dependency is imported here, when this module is, so that `cqcplan serve` without
the [web] extra fails on importing it, with its one line and exit 20, never later.
"""

import ipaddress
import logging
import socket

import waitress

from ..errors import ServeFailed
from .app import create_app
from .store import Store

log = logging.getLogger("cqcplan")


def is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(host: str = "127.0.0.1", port: int = 8765, *, announce=print) -> None:
    """Serve until Ctrl-C; every visitor's folder is removed on the way out."""
    local = is_local(host)
    if not local:
        log.warning("serving on %s: other computers on the network can reach this page and the reports uploaded "
                    "to it; use the default (127.0.0.1) unless you mean that", host)
    store = Store()
    try:
        try:
            server = waitress.create_server(create_app(store, local=local), host=host, port=port, threads=8)
        except (OSError, socket.gaierror) as exc:
            raise ServeFailed(f"cannot listen on {host}:{port}: {exc.strerror or exc} (try another --port)") from None
        shown = f"[{host}]" if ":" in host else host
        announce(f"cqcplan: open http://{shown}:{server.effective_port}/ in your web browser (Ctrl-C to stop)")
        server.run()
    finally:
        store.close()
