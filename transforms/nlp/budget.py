"""How much work one article may cost the analyzer before it is given up.

Two limits: its size (deterministic: the same text always gets the same answer) and the CPU time
spent on it (a guard against a text that is slow in a way the size does not show). The clock is the
analysing thread's CPU time, not the wall: a worker shared with other work, or a loaded machine, must
not make an ordinary article run out of budget. The clock is passed in, so tests drive it instead of
waiting. Past either limit the article is stored without claims and a
dead letter `analysis_budget` says why (transforms/analyze.py).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class AnalysisBudget:
    max_chars: int = 2_000_000        # ten times a very long article; a flattened dump is not news
    max_seconds: float = 30.0
    clock: Callable[[], float] = field(default=time.thread_time, compare=False)

    def start(self, text: str) -> "BudgetMeter":
        return BudgetMeter(self, self.clock(), len(text))


class BudgetMeter:
    """One article's spending; `over()` says why it is past the budget, or None."""

    def __init__(self, budget: AnalysisBudget, started: float, chars: int):
        self.budget, self.started, self.chars = budget, started, chars

    def over(self) -> str | None:
        if self.chars > self.budget.max_chars:
            return f"text of {self.chars} characters is over the {self.budget.max_chars}-character budget"
        spent = self.budget.clock() - self.started
        if spent > self.budget.max_seconds:
            return f"analysis took over {self.budget.max_seconds:g} CPU s (stopped after {spent:.1f} s)"
        return None
