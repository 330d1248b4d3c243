"""`smpolicy rules`: list the lint rules, and print one rule's documentation (wiring only)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from smpolicy.cli import completion


class RulesFormat(str, Enum):
    table = "table"
    json = "json"


app = typer.Typer(
    help="List the lint rules, or explain one: 'smpolicy rules explain PD001'.",
    invoke_without_command=True,
)


@app.callback()
def rules(
    ctx: typer.Context,
    category: Annotated[
        Optional[str], typer.Option("--category", "-c", help="Only rules of this category.", show_default=False)
    ] = None,
    format: Annotated[RulesFormat, typer.Option("--format", "-f", help="Output format.")] = RulesFormat.table,
) -> None:
    """List the lint rules: id, name, category, default severity and what each checks."""
    if ctx.invoked_subcommand is not None:
        return
    from smpolicy.report.rule_docs import rules_in_category

    chosen = rules_in_category(category)
    if format is RulesFormat.json:
        from smpolicy.report.rule_docs import rules_json

        typer.echo(rules_json(chosen), nl=False)
        return
    from smpolicy.cli.output import print_table

    rows = [(r.id, r.name, r.category, r.severity, r.summary) for r in chosen]
    print_table(None, ["ID", "Name", "Category", "Severity", "What it checks"], rows)


@app.command("explain")
def explain(rule: Annotated[str, typer.Argument(help="A rule id (e.g. PD001) or name.", show_default=False, autocompletion=completion.rule_ids)]) -> None:
    """Print a rule's documentation: what it does, why, an example and the policy it enforces."""
    from smpolicy.report.rule_docs import find_rule

    typer.echo(find_rule(rule).doc)
