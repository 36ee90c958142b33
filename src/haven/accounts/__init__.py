"""The safety team: users, roles, second factor."""
