"""Threads across outlets: claims about one situation, who corroborates and contradicts whom and why,
outcomes, and track records.

``link_new(store, article_ids)`` runs after each ingest: every new claim joins the thread of a
compatible claim or opens one; re-linking an article changes nothing.
"""

from __future__ import annotations

from datetime import date

from ..store import Store
from .outcomes import VERDICTS, outcome_history, propose, record_outcome
from .threads import LinkReport, place_event, place_statements
from .track_record import outlet_records, speaker_records
from .views import list_threads, thread_detail
from .weigh import refresh

__all__ = [
    "VERDICTS",
    "LinkReport",
    "link_new",
    "unlinked",
    "list_threads",
    "outcome_history",
    "outlet_records",
    "record_outcome",
    "speaker_records",
    "thread_detail",
]


def unlinked(store: Store, article_ids: list[str]) -> list[str]:
    """Those of ``article_ids`` (stored already) whose events are not all in threads yet."""
    from ..store import threads as ts

    with store.engine.connect() as conn:
        return ts.unthreaded_articles(conn, article_ids)


def link_new(store: Store, article_ids: list[str]) -> LinkReport:
    """Link the claims of newly stored articles into threads, in one transaction, and weigh the threads."""
    from ..store import threads as ts
    from .claims import claim_from_event

    report = LinkReport()
    if not article_ids:
        return report
    with store.engine.begin() as conn:
        claims = sorted(
            (claim_from_event(r) for r in ts.event_claims(conn, article_ids=article_ids)),
            key=lambda c: (c.published or date.max, c.uid),
        )
        already = ts.member_threads(conn, [c.uid for c in claims])
        touched = {place_event(conn, c, report) for c in claims if c.uid not in already}
        for thread_id in sorted(touched):  # weigh once so new threads have a place and proposition
            refresh(conn, thread_id)
        touched |= place_statements(conn, list(article_ids), report)
        for thread_id in sorted(touched):
            if refresh(conn, thread_id) or thread_id in report.opened or thread_id in report.joined:
                report.changed.append(thread_id)
            if propose(conn, thread_id):
                report.proposed.append(thread_id)
    report.joined = sorted(set(report.joined) - set(report.opened))
    return report
