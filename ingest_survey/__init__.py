"""ingest_survey."""
