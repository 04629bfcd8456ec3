"""Multilingual detector of foreign troop-deployment stories and extractor of their claims."""
from .analyzer import Analysis, Analyzer
from .budget import AnalysisBudget

__all__ = ["Analyzer", "Analysis", "AnalysisBudget"]
