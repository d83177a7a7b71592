"""What the tests' real servers (`oxigraph serve`, Virtuoso) share: a child process that is stopped
politely (SIGTERM, then SIGKILL after a grace period) or killed outright, as a crash would."""

from __future__ import annotations

import signal
import subprocess


class ServerProcess:
    proc: subprocess.Popen[bytes] | None = None
    stop_grace_s: float = 10

    def kill(self) -> None:
        """SIGKILL: no chance to finish what it is writing."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=self.stop_grace_s)
            except subprocess.TimeoutExpired:
                self.kill()
