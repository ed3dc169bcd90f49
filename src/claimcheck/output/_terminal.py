"""Untrusted text made safe for a terminal: every control character visible, none obeyed.

Source text, outlets, titles, speakers and any metadata come from the documents read, so they
may hold escape sequences (``ESC ] 0 ; title BEL`` sets the window title, ``ESC ] 8 ;;`` opens a
hyperlink, ``ESC [ 2 J`` clears the screen). rich's ``strip_control_codes`` removes only BEL,
BS, VT, FF and CR and leaves ESC in. Here every C0 control but newline and tab, DEL and every
C1 control (U+0080-U+009F, which some terminals obey as ESC sequences) is replaced by one visible
character of the same length (``␛`` for ESC, ``␇`` for BEL, U+FFFD for C1), so offsets into the
text (highlighted values) stay valid.
"""

from __future__ import annotations

__all__ = ["safe"]

_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x7F] = "\u2421"
_TABLE.update(dict.fromkeys(range(128, 160), "�"))


def safe(text: str) -> str:
    """``text`` with every control character but newline and tab replaced by a visible one.

    The result has the same length, so offsets into ``text`` point at the same characters.

    Examples:
        >>> safe("a\\x1b]0;owned\\x07b")
        'a␛]0;owned␇b'
    """
    return text.translate(_TABLE)
