# Executes a compatibility notebook (testdata/compat/*.ipynb) with Debian's
# nbclient through the kernelspec the notebook names, letting cells fail,
# and prints one JSON line per code cell: its source, whether it raised an
# error, the text of its outputs and their MIME types. Run by
# TestCompatNotebooks (compat_test.go) with /usr/bin/python3.
import json
import sys

import nbformat
from nbclient import NotebookClient

nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=60, allow_errors=True).execute()
for cell in nb.cells:
    if cell.cell_type != "code":
        continue
    text, mimes, error = [], set(), None
    for o in cell.outputs:
        if o.output_type == "stream":
            text.append(o.text)
        elif o.output_type == "error":
            error = o.ename + ": " + o.evalue
        elif o.output_type in ("display_data", "execute_result"):
            for mime, v in o.data.items():
                mimes.add(mime)
                if mime.startswith("text/"):
                    text.append(v if isinstance(v, str) else "".join(v))
            for mime, meta in o.get("metadata", {}).items():
                if isinstance(meta, dict) and "width" in meta:
                    mimes.add(mime + ";width=%s" % meta["width"])
    print(json.dumps({"source": cell.source, "error": error, "text": "".join(text),
                      "mimes": sorted(mimes), "meta": cell.metadata.get("divergo", {})}))
