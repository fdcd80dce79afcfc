"""Writers: PDF, EPUB, data (and the files they need: fonts, cover, staging)."""
