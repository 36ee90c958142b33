"""The advice check: what a moderator is about to send a victim, read for harmful advice.

``check`` (in ``check``) finds advice to pay or comply, blame, promises nobody
can keep, pressure, and the names of the case's people; ``override`` records a
moderator sending anyway, with a reason, on the case's timeline.
"""
