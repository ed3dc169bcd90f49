"""Where the stages run: in this process, in worker processes, or on a Dask cluster."""
