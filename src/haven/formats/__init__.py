"""One way to write a date and time on the desk, per language, always with its zone.

Django reads these through ``FORMAT_MODULE_PATH``; the zone is the member's own
(``haven.accounts.time_zones``).
"""
