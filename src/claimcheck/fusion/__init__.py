"""Structured truth discovery: fuse conflicting (source, item, value) records.

``fuse(records, method=...)`` with methods by name (:func:`fusion_methods`): majority ``vote``,
``truthfinder`` (Yin et al. 2008), ``accu`` (Bayesian vote with source accuracy, Dong et al. 2009,
the default) and ``accucopy`` (accuracy plus copy detection between sources). Records come from
Python objects or from files via :func:`read_records`.
"""

from __future__ import annotations

from claimcheck.fusion._fuse import fuse
from claimcheck.fusion._registry import fusion_methods, register_method
from claimcheck.fusion._result import FusionResult, ItemNotFoundError, ItemResult
from claimcheck.fusion.records import Record, RecordsFile, load_records, parse_records, read_records
from claimcheck.fusion.values import default_similarity, normalize_value

__all__ = [
    "FusionResult",
    "ItemNotFoundError",
    "ItemResult",
    "Record",
    "RecordsFile",
    "default_similarity",
    "fuse",
    "fusion_methods",
    "load_records",
    "normalize_value",
    "parse_records",
    "read_records",
    "register_method",
]
