# Executes notebooks with Debian's nbclient through the kernel their
# metadata names (the divergo kernelspec), each in its own folder, so that
# relative paths such as data/drift.csv resolve as they do in Jupyter.
#
#     /usr/bin/python3 notebooks/execute.py IN.ipynb OUT.ipynb [IN OUT ...]
#
# TestNotebooks runs it (OUT in a temporary folder; OUT = IN with -update).
# A cell that fails stops that notebook: the error, with the cell, goes to
# standard error and the exit status is 1.
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

args = sys.argv[1:]
if not args or len(args) % 2:
    sys.exit("usage: execute.py IN.ipynb OUT.ipynb [IN OUT ...]")
failed = False
for src, dst in zip(args[0::2], args[1::2]):
    nb = nbformat.read(src, as_version=4)
    folder = os.path.dirname(os.path.abspath(src))
    client = NotebookClient(nb, timeout=300, allow_errors=False, record_timing=False,
                            resources={"metadata": {"path": folder}})
    try:
        client.execute()
    except CellExecutionError as err:
        print(f"{src}: {err}", file=sys.stderr)
        failed = True
        continue
    nbformat.write(nb, dst)
sys.exit(1 if failed else 0)
