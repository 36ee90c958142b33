"""Where a text comes from, which changes how its framing is read.

Inside Haven every text is a report: a moderator who writes "a member says an
account threatens to send her intimate photos to her family unless she pays"
is passing on a case, not discussing one. Outside, on a public timeline, the
same third-person framing is how news, policy threads and advice talk about
sextortion. News, advice, policy and fiction stay context wherever they come
from.
"""

from __future__ import annotations

from enum import StrEnum


class Context(StrEnum):
    """The place a text was written for."""

    REPORT_COMMENT = "report_comment"  # a moderator's or reporter's comment on a report
    REPORTED_POST = "reported_post"  # a post or message a report points at
    PORTAL_SUBMISSION = "portal_submission"  # the confidential report page
    PUBLIC_POST = "public_post"  # a public post, read as the fediverse writes it


# Texts written to report a case: a framing that retells someone else's case is
# the report itself, not a sign of news or discussion.
REPORTING = frozenset({Context.REPORT_COMMENT, Context.PORTAL_SUBMISSION})
