"""The counter's look: large, high-contrast text that reads at arm's length."""

APP_STYLE = """
QWidget { font-size: 14px; }
QLineEdit#scanField { font-size: 22px; padding: 8px; border: 2px solid #2f6fde; border-radius: 6px; }
QLabel#message[tone="error"] { color: #b00020; font-weight: bold; }
QLabel#message[tone="info"] { color: #1b5e20; }
QLabel#totalAmount { font-size: 40px; font-weight: bold; color: #111; }
QLabel#totalCaption { font-size: 16px; color: #555; }
QLabel#screenTitle { font-size: 22px; font-weight: bold; }
QLabel#hint { color: #666; }
QPushButton { padding: 8px 14px; }
QPushButton#primary { background: #2f6fde; color: white; font-weight: bold; font-size: 18px; padding: 14px; border-radius: 6px; }
QPushButton#primary:disabled { background: #9bb5e6; }
QPushButton#secondary { font-size: 16px; padding: 12px; }
QTableView { font-size: 16px; }
QHeaderView::section { font-weight: bold; padding: 6px; }
QFrame#panel { background: #f4f6fa; border-radius: 8px; }
"""


def set_tone(label, tone: str) -> None:
    """Re-applies the style after a dynamic property change ("error" or "info")."""
    label.setProperty("tone", tone)
    label.style().unpolish(label)
    label.style().polish(label)
