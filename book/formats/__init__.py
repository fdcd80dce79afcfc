"""The formats: PDF (WeasyPrint, through the print engine in book/print/), EPUB, data (JSON)
and the web edition. Each module has write(job) -> warnings; the pipeline lists them in
book/pipeline/writers.py (WRITERS) and runs each after the writers whose outputs it reads."""
