"""Reading a file the user named, safely: only a regular file, and only up to a stated size.

A FIFO, a device (/dev/zero, /dev/urandom), a socket or a directory is refused before it is read, and
it is opened with O_NONBLOCK so that a FIFO put in the file's place between the check and the open
cannot block either. A file above the limit is refused from its size, and reading stops one byte past
the limit whatever the size said (a file that grows, or one of /proc whose size reads 0), so memory
stays bounded.
"""
import io
import os
import stat

from core import messages
from core.messages import Coded, Message

_KINDS = ((stat.S_ISDIR, "kind.folder"), (stat.S_ISFIFO, "kind.fifo"), (stat.S_ISCHR, "kind.char_device"),
          (stat.S_ISBLK, "kind.block_device"), (stat.S_ISSOCK, "kind.socket"))


class FileRefused(Coded, Exception):
    """The file cannot be read: not a regular file, too large, or an OS error; str() says why."""


def _mb(n):
    if n < 2**20:
        return f"{n:,} bytes"
    return f"{n / 2**20:,.1f}".removesuffix(".0") + " MB"


def _kind(mode):
    return Message(next((code for test, code in _KINDS if test(mode)), "kind.other"))


def _check(st, limit):
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused("file.not_regular", kind=_kind(st.st_mode))
    if st.st_size > limit:
        size, most = _mb(st.st_size), _mb(limit)
        if size == most:  # just over: the bytes tell them apart
            size, most = f"{st.st_size:,} bytes", f"{limit:,} bytes"
        raise FileRefused("file.too_big", size=size, most=most)


class _Bounded(io.RawIOBase):
    """A raw file that refuses to give more than `limit` bytes."""

    def __init__(self, fd, limit):
        super().__init__()
        self.file = os.fdopen(fd, "rb", buffering=0)
        self.limit = limit
        self.count = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        n = self.file.readinto(memoryview(buffer)[:max(1, self.limit + 1 - self.count)])
        self.count += n or 0
        if self.count > self.limit:
            raise FileRefused("file.grew", most=_mb(self.limit))
        return n

    def readall(self):
        """All that is left, read a megabyte at a time (RawIOBase's own reads 8 KB at a time: 4,700 reads,
        0.1 s, for a 38 MB session)."""
        data, chunk = bytearray(), bytearray(1 << 20)
        while n := self.readinto(chunk):
            data += memoryview(chunk)[:n]
        return bytes(data)

    def close(self):
        if not self.closed:
            self.file.close()
        super().close()


def open_regular(path, limit):
    """A binary stream of the regular file at path that raises FileRefused past `limit` bytes.

    Raises FileRefused at once for anything but a regular file, a file above the limit, or an OS error.
    """
    try:
        _check(os.stat(path), limit)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        raise FileRefused("file.cannot_read", reason=messages.os_error(e)) from None
    try:
        _check(os.fstat(fd), limit)  # the file opened is the one checked, even if it was swapped meanwhile
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return io.BufferedReader(_Bounded(fd, limit), buffer_size=1 << 20)


def read_regular(path, limit):
    """The whole content of the regular file at path, at most `limit` bytes; FileRefused otherwise."""
    with open_regular(path, limit) as f:
        try:
            return f.read()
        except OSError as e:
            raise FileRefused("file.cannot_read", reason=messages.os_error(e)) from None
