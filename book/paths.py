"""Where the package's data lives: styles and templates, in a checkout and once installed."""
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent          # book/
ROOT = PACKAGE.parent                               # the checkout (or site-packages, installed)
TEMPLATES = PACKAGE / "templates"
# A wheel carries the styles inside the package, as book/styles/ (setup.py maps them there); a
# checkout keeps them at its top level, styles/, where they are edited.
STYLES = next((p for p in (PACKAGE / "styles", ROOT / "styles") if p.is_dir()), PACKAGE / "styles")
