"""Where to send people: support organisations, crisis lines and reporting routes."""
