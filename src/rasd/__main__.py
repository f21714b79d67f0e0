"""`python -m rasd` is the `rasd` command."""

from rasd.cli import main

main()
