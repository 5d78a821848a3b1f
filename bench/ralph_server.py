"""Serve Ralph 5.1 (ralph-malph) on its file backend, for `bench/lrs.py --ralph`.

Run with the Python of the virtualenv where ralph-malph[lrs,cli]==5.1.0 is installed, never with
the platform's: `RALPH_VENV/bin/python bench/ralph_server.py --port N --directory DIR`.

Ralph's file backend writes each batch with the "create" operation, which refuses to write to a
file that already exists, so as shipped it stores only the first POST. The subclass below opens
the file in append mode instead; everything else (validation, the duplicate check that reads the
file, queries) is Ralph's own. uvicorn serves it with one worker, like gunicorn serves ours.
"""

import argparse
import os
from pathlib import Path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--directory", type=Path, required=True, help="where the store lives")
    args = parser.parse_args()
    os.environ.update(
        RALPH_RUNSERVER_BACKEND="fs",
        RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(args.directory),
        RALPH_AUTH_FILE=str(args.directory / "auth.json"),
        RALPH_HISTORY_FILE=str(args.directory / "history.json"),
    )
    import uvicorn
    from ralph.backends import loader
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    class AppendingFSLRSBackend(FSLRSBackend):
        """Ralph's file backend, appending every write to the one statements file."""

        name = "fs"

        def write(self, data, target=None, chunk_size=None, ignore_errors=False, **kwargs):
            kwargs["operation_type"] = BaseOperationType.APPEND
            return super().write(data, target, chunk_size, ignore_errors, **kwargs)

    # Ralph picks its backend by name among its entry points when its API module is imported.
    loader.get_lrs_backends = lambda: {"fs": AppendingFSLRSBackend}
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=args.port, workers=1, log_level="error")


if __name__ == "__main__":
    main()
