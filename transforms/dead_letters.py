"""Dead-letter rows: every failure of every stage leaves through here with its stage and reason."""
from __future__ import annotations

from transforms.records import stable_id, utc_now_iso

DEAD_LETTER_TAG = "dead_letters"
_EXCERPT_CHARS = 500


def dead_letter(stage: str, url: str | None, error_class: str, message: str,
                payload=None, run_id: str | None = None) -> dict:
    """A `dead_letters` row. Its key ignores time and run so the same failure is recorded once."""
    message = (message or "")[:2000]
    return {
        "dead_letter_id": stable_id(stage, url, error_class, message),
        "run_id": run_id,
        "stage": stage,
        "url": url,
        "error_class": error_class,
        "error_message": message,
        "payload_excerpt": _excerpt(payload),
        "occurred_at": utc_now_iso(),
    }


def from_exception(stage: str, url: str | None, error: BaseException, payload=None, run_id=None) -> dict:
    kind = getattr(error, "kind", None) or type(error).__name__
    return dead_letter(stage, url, kind, str(error) or type(error).__name__, payload, run_id)


def _excerpt(payload) -> str | None:
    if payload is None:
        return None
    if isinstance(payload, bytes):
        payload = payload[: _EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    return str(payload)[:_EXCERPT_CHARS]
