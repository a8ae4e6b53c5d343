"""OGC SensorThings API 1.1 (a subset) over the monitoring store: entities and query options."""
