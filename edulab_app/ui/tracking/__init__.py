"""Tracking at school: the welcome committee, assistants, pupils with migration experience and clinic
assessments, plus the login, first-start and lock dialogs.

Pages take ``(ctx, rspo, parent)`` and have a static ``title()``; they read the logged-in user's session from
:mod:`edulab_app.ui.tracking.session_holder` and ask for a login when there is none. :data:`PAGES` lists
them in navigator order.
"""

from __future__ import annotations


def pages() -> list[tuple[str, type]]:
    """(area key, page class) in navigator order."""
    from edulab_app.ui.tracking.assessments_page import AssessmentsPage
    from edulab_app.ui.tracking.assistants_page import AssistantsPage
    from edulab_app.ui.tracking.committee_page import CommitteePage
    from edulab_app.ui.tracking.pupils_page import PupilsPage

    return [("pupils", PupilsPage), ("assistants", AssistantsPage), ("committee", CommitteePage),
            ("assessments", AssessmentsPage)]
