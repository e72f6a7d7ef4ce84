"""Names vulture cannot see used: called by a framework, or fields the models write (`vulture` reads this file)."""

from extract.records import MentionCounts

# Pydantic fields: written by model_dump, never read by name.
MentionCounts.ORG, MentionCounts.PRODUCT, MentionCounts.DATE, MentionCounts.MONEY, MentionCounts.PERCENT

# click calls Command.collect_usage_pieces to print the usage line (extract/cli.py).
collect_usage_pieces

# Dask calls WorkerPlugin.setup(worker=...) by keyword on every worker (extract/cluster.py).
setup
worker

# Typer calls the commands it registers (extract/cli.py); the others share a name used elsewhere.
explain

# speed_up gives the model's attribute_ruler the class that writes by arrays (extract/ruler_lookup.py).
__class__
