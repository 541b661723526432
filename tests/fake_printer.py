"""A network receipt printer for tests: a real socket server on 127.0.0.1 (port 0) that
takes ESC/POS bytes the way a printer's port 9100 does.

    from tests.fake_printer import fake_printer  # noqa: F401

    def test_x(fake_printer):
        ... print to fake_printer.url ...
        job = fake_printer.wait_for_job()
        assert DRAWER_PULSE in job and CUT in job

Each connection is one job: its bytes are kept whole (`jobs`). What it does:
- answers a paper status query (DLE EOT 4) with `paper` (PAPER_OK, PAPER_LOW, PAPER_OUT),
  or stays silent when paper is None (many printers never answer);
- `drop_after(n)`: closes the connection (a reset) after n bytes of the next job, as a
  printer switched off mid-receipt;
- `refuse()`: stops listening, so a connection is refused.
"""
from __future__ import annotations

import socket
import struct
import threading

import pytest

DRAWER_PULSE = b"\x1bp\x00"   # ESC p 0: pulse on the drawer's pin 2
CUT = b"\x1dV"                # GS V: cut the paper
RASTER = b"\x1dv0"            # GS v 0: a raster image
STATUS_QUERY = b"\x10\x04\x04"
PAPER_OK, PAPER_LOW, PAPER_OUT = b"\x12", b"\x1e", b"\x72"


class FakePrinter:
    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.url = f"tcp://127.0.0.1:{self.port}"
        self.jobs: list[bytes] = []
        self.paper: bytes | None = PAPER_OK
        self._drop_after: int | None = None
        self._job_done = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def drop_after(self, count: int) -> None:
        self._drop_after = count

    def refuse(self) -> None:
        self._close()

    def wait_for_job(self, count: int = 1, timeout: float = 10.0) -> bytes:
        """The count-th job (1: the first), once its connection has closed."""
        with self._job_done:
            if not self._job_done.wait_for(lambda: len(self.jobs) >= count, timeout):
                raise AssertionError(f"the printer got {len(self.jobs)} jobs, not {count}")
            return self.jobs[count - 1]

    def _serve(self) -> None:
        while not self._stopped:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            with connection:
                self._take(connection)

    def _take(self, connection: socket.socket) -> None:
        job = bytearray()
        limit, self._drop_after = self._drop_after, None
        connection.settimeout(10)
        try:
            while True:
                data = connection.recv(65536)
                if not data:
                    break
                job.extend(data)
                if limit is not None and len(job) >= limit:
                    # A reset, not a polite close: the sender's next write fails.
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                          struct.pack("ii", 1, 0))
                    break
                if STATUS_QUERY in data and self.paper is not None:
                    connection.sendall(self.paper)
        except OSError:
            pass
        with self._job_done:
            self.jobs.append(bytes(job))
            self._job_done.notify_all()

    def stop(self) -> None:
        self._close()
        self._thread.join(5)

    def _close(self) -> None:
        """No more listening: the port refuses connections (shutdown wakes accept())."""
        self._stopped = True
        try:
            self.server.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.server.close()


def raster_widths(job: bytes) -> list[int]:
    """The width in dots of each raster image in a job (GS v 0 m xL xH yL yH: x in bytes)."""
    widths, at = [], job.find(RASTER)
    while at >= 0:
        width_bytes = job[at + 4] | job[at + 5] << 8
        widths.append(width_bytes * 8)
        at = job.find(RASTER, at + 1)
    return widths


@pytest.fixture
def fake_printer():
    printer = FakePrinter()
    yield printer
    printer.stop()
