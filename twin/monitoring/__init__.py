"""Monitoring: sensors on the network, their readings, states and alarms (pure core; no I/O)."""
