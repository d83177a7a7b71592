"""uvicorn serving the app, and saying where once it listens.

uvicorn logs its startup in several lines, the last of them "Uvicorn running on ..."; after `make run`'s
ingest and validation a user looks for one thing, the address to open. The server says it last, in a
line of its own, once the socket is bound and the query workers are ready (the app's startup has run).
"""

from __future__ import annotations

import contextlib
import copy
import socket
from collections.abc import Callable

import uvicorn


class AnnouncingServer(uvicorn.Server):
    """uvicorn's server, which calls ``announce`` with the base URL (``http://host:port/``) once started."""

    def __init__(self, config: uvicorn.Config, announce: Callable[[str], None]) -> None:
        super().__init__(config)
        self.announce = announce

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            # An address that means "every interface" is not one to open: the machine's own is.
            host = "127.0.0.1" if self.config.host in {"0.0.0.0", "::", ""} else self.config.host
            self.announce(f"http://{f'[{host}]' if ':' in host else host}:{self.config.port}/")


def _log_config() -> dict:
    """uvicorn's logging, with its own access lines replaced by the app's: one line per request in the
    Common Log Format, on standard output (where uvicorn writes its access log)."""
    config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["formatters"]["common_log"] = {"format": "%(message)s"}
    config["handlers"]["common_log"] = {"formatter": "common_log", "class": "logging.StreamHandler",
                                        "stream": "ext://sys.stdout"}
    config["loggers"]["policygraph.access"] = {"handlers": ["common_log"], "level": "INFO", "propagate": False}
    return config


def serve_app(host: str, port: int, shutdown_grace_s: float, announce: Callable[[str], None]) -> bool:
    """Serve ``create_app`` until stopped (SIGTERM, or Ctrl-C); False when it could not start."""
    config = uvicorn.Config(
        "policygraph.api.app:create_app", factory=True, host=host, port=port, log_level="info",
        timeout_graceful_shutdown=shutdown_grace_s,  # type: ignore[arg-type]
        access_log=False, log_config=_log_config(),
    )
    server = AnnouncingServer(config, announce)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how a user stops it, as in uvicorn.run
        server.run()
    return server.started
