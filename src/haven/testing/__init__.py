"""Test support: settings, personas, synthetic data. Never real victim data or imagery."""
