"""The case: its team, the people on it, sealed notes and the hash-chained timeline."""
