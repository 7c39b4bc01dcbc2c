"""The headless command line: options and subcommands."""
