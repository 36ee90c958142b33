"""Haven: a confidential response desk for fediverse moderators handling sextortion."""

__version__ = "0.1.0"
