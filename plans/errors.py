"""Errors raised when shipped data files are wrong."""

from __future__ import annotations


class DataError(ValueError):
    """A data file is invalid. The message names the file, the entry and the problem."""

    def __init__(self, file: str, entry: str, problem: str):
        self.file = file
        self.entry = entry
        self.problem = problem
        super().__init__(f"{file}: {entry}: {problem}")


class PlanError(ValueError):
    """An operation on a plan is not allowed (e.g. an invalid status change)."""
