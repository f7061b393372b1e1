"""The cold-start yardstick: a bare typer app that prints a rich table, nothing else."""

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def show() -> None:
    table = Table("decision", "latest")
    table.add_row("herijking@ede.besluit", "2027-06-24")
    Console().print(table)


if __name__ == "__main__":
    app()
