"""Faithful fake fediverse servers on loopback, for the tests, the benchmarks and the demo."""
