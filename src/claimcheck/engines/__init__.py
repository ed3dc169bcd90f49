"""Engines that run the pipeline's stages somewhere other than this process.

Modules:
    dask: extraction over a Dask bag of sources and linking as a group-by on blocking keys,
        on a ``distributed`` cluster or Dask's local scheduler (``claimcheck-provenance[dask]``).
"""

from __future__ import annotations
