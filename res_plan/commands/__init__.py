"""One module per subcommand; each returns an exit code and is testable without the CLI."""
