"""site-builder: a static site generator for curated news story archives."""

__version__ = "0.1.0"
