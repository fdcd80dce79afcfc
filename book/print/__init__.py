"""The print engine: the PDF laid out in chunks with every page number written in (layout.py,
folios.py), where each page begins (pagebreaks.py), a long book's pieces merged (pdfmerge.py),
pydyf's cached page_references (pagerefs.py), a PDF's page count (pdfpages.py) and the local-only
URL fetcher WeasyPrint reads styles and fonts through (fetch.py)."""
