"""The officer dashboard."""
