"""Multilingual detector of foreign troop-deployment stories and extractor of their claims."""
from .analyzer import Analysis, Analyzer

__all__ = ["Analyzer", "Analysis"]
