"""The one rendering of the book: typed XHTML parts fed to every writer."""
