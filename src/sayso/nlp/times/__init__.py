"""Times: date and time expressions resolved to TIMEX3 values and calendar days."""
