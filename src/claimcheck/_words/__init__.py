"""Shared word data read by every stage: month and weekday tables, number words, speech cues."""
