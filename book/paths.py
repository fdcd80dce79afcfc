"""Where the project's data lives: styles, fonts, templates."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "styles"
FONTS = ROOT / "styles" / "fonts"
