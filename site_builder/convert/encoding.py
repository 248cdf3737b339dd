"""Bytes to text: BOMs, UTF-16, cp1252/latin-1, CRLF; binary files are refused."""
from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept; `line` is where, when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


# Control characters other than tab and line feed, and the two non-characters: XML 1.0 (the
# feeds) cannot hold them, a terminal reading the Markdown would obey them, and no text needs them.
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")


# Every byte of a control character _NOT_TEXT drops, and of '\r': in UTF-8 no other character's bytes include them.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20)])
_NON_CHARACTERS_UTF8 = ("\ufffe".encode(), "\uffff".encode())


def decode(data: bytes) -> str:
    """Decode article bytes, normalise line ends to '\\n' and drop the odd control character."""
    if _plain_utf8(data):
        try:
            return data.decode("utf-8")  # nothing to normalise, drop or refuse
        except UnicodeDecodeError:
            pass
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise DecodeError("binary file, not text")
    return _NOT_TEXT.sub("", text)


def _plain_utf8(data: bytes) -> bool:
    """Bytes that, if they are UTF-8, decode to text with no BOM, no '\\r', no control character and no
    non-character: the common case, told by a pass of bytes.translate instead of three scans of the text.
    (The UTF-16 and UTF-32 BOMs are not UTF-8, and those texts have NUL bytes besides.)"""
    return (
        len(data.translate(None, _CONTROL_BYTES)) == len(data)
        and not data.startswith(codecs.BOM_UTF8)
        and not any(non_character in data for non_character in _NON_CHARACTERS_UTF8)
    )


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} text at byte {exc.start}") from None
    if len(data) >= 16 and _utf16_without_bom(data):
        encoding = "utf-16-le" if data[1] == 0 else "utf-16-be"
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    _refuse_broken_utf8(data, utf8_error)
    if _mostly_ascii(data):
        # cp1252 is latin-1 plus typographic quotes in 0x80-0x9f; fall back to latin-1
        # for the five bytes cp1252 leaves undefined.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    raise DecodeError(f"not UTF-8 text (invalid byte at offset {utf8_error.start})", _line_at(data, utf8_error.start))


def _refuse_broken_utf8(data: bytes, error: UnicodeDecodeError) -> None:
    """UTF-8 text with a broken or cut-off character is reported, not misread as cp1252.

    It is UTF-8 when characters before the error decoded as UTF-8, or when the bytes cut
    off at the end are a multi-byte start and its continuations (a half-written save).
    """
    earlier_utf8 = not data[: error.start].isascii()
    truncated = error.reason == "unexpected end of data"
    if truncated and (earlier_utf8 or len(data) - error.start > 1):
        raise DecodeError("truncated UTF-8: the file ends inside a character (was it saved completely?)", _line_at(data, error.start))
    if earlier_utf8:
        raise DecodeError(f"invalid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})", _line_at(data, error.start))


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _utf16_without_bom(data: bytes) -> bool:
    """ASCII-heavy UTF-16 has a NUL in every other byte."""
    sample = data[:2000]
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.4 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _mostly_ascii(data: bytes) -> bool:
    high = sum(1 for b in data[:65536] if b >= 0x80)
    return high <= 0.3 * min(len(data), 65536)


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\r]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    return len(_CONTROLS.findall(sample)) > 0.01 * len(sample)
