"""The version of claimcheck (a leaf module: anything may read it)."""

__version__ = "0.1.0"
