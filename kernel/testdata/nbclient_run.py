# Executes a notebook with Debian's nbclient (run by TestNbclient with
# /usr/bin/python3 and JUPYTER_DATA_DIR holding the divergo kernelspec) and
# prints the executed notebook as JSON. The kernel is the one the
# notebook's metadata.kernelspec.name names.
import sys
import nbformat
from nbclient import NotebookClient

nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=60, allow_errors=False).execute()
nbformat.write(nb, sys.stdout)
