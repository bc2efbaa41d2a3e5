"""Developer tools that live beside the service, not in it: `python -m tools.<name>` from the checkout."""
