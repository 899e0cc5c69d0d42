"""Benchmarks: speed and memory targets, run by hand (python -m tests.benchmarks.NAME)."""
