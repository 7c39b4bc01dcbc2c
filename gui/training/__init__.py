"""The training thread and what it runs."""
