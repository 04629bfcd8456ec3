"""Row checks shared by every sink: what a table accepts, said before the database says it less clearly."""
from __future__ import annotations

from schemas import TableSchema


def row_problem(table: TableSchema, row: dict) -> str | None:
    """Why `row` cannot go into `table`, or None when it can."""
    unknown = set(row) - set(table.column_names)
    if unknown:
        return f"unknown columns for {table.name}: {', '.join(sorted(unknown))}"
    missing = [c for c in table.required_columns if row.get(c) is None]
    if missing:
        return f"required columns missing in {table.name}: {', '.join(missing)}"
    return None


def split_valid(table: TableSchema, rows: list[dict]) -> tuple[list[dict], list[tuple[dict, str]]]:
    """Rows the table accepts, completed with nulls, and (row, reason) for those it does not."""
    good, bad = [], []
    for row in rows:
        problem = row_problem(table, row)
        if problem:
            bad.append((row, problem))
        else:
            good.append({c: row.get(c) for c in table.column_names})
    return good, bad


def dedupe_by_key(table: TableSchema, rows: list[dict]) -> list[dict]:
    """Keep the first row of each primary key: a batch may carry the same row twice after a retry."""
    seen, out = set(), []
    for row in rows:
        key = tuple(row.get(c) for c in table.primary_key)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
