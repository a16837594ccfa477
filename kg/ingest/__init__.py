"""From a file on disk to normalised report text with offsets back to the original."""
from kg.ingest.normalise import NormalisedText, normalise
from kg.ingest.read import SourceText, read_source

__all__ = ["NormalisedText", "SourceText", "normalise", "read_source"]
