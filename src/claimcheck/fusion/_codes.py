"""Codes of one item read together: a bare number that is the one code it abbreviates.

Gates are written ``B65`` by some sources and ``65`` by others (the letter of the concourse left
out). Read alone, ``65`` is the number 65 (``n:65``) and ``B65`` the code ``c:b65``: two rival
values, so the sources that agree on the gate split their votes. As with a time written without
its date (:func:`claimcheck.fusion._clock.reconcile`), a whole number becomes the one code of the
item whose digits it gives, when there is exactly one; with two (``B65`` and ``C65``) or none it
stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable

__all__ = ["complete_codes"]

_NUMBER = re.compile(r"^n:(?P<num>\d+)$")
_CODE = re.compile(r"^c:[a-z]*(?P<num>\d+)[a-z]*$")


def complete_codes(keys: Iterable[Hashable]) -> dict[Hashable, Hashable]:
    """Map each whole-number key of one item onto the one code key with the same digits.

    Args:
        keys: the keys of one item (any hashables; only ``n:`` and ``c:`` strings are read).

    Returns:
        ``{number key: code key}`` for every number that names exactly one code of the item.

    Examples:
        >>> complete_codes(["n:65", "c:b65", "c:c9"])
        {'n:65': 'c:b65'}
        >>> complete_codes(["n:65", "c:b65", "c:c65"])
        {}
    """
    codes: dict[int, list[str]] = {}
    numbers: dict[int, str] = {}
    for k in keys:
        if not isinstance(k, str):
            continue
        m = _CODE.match(k)
        if m is not None:
            codes.setdefault(int(m["num"]), []).append(k)
            continue
        m = _NUMBER.match(k)
        if m is not None:
            numbers[int(m["num"])] = k
    return {k: codes[num][0] for num, k in numbers.items() if len(codes.get(num, ())) == 1}
