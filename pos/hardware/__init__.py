"""The counter's hardware, without Qt: the ESC/POS receipt printer (python-escpos), the cash
drawer plugged into it, and the customer's pole display.

- settings.py: this till's devices (a till's own setting, never the hub's), as URLs.
- printer.py: one small interface to any ESC/POS printer: a job of one-bit images, a
  drawer pulse and cuts, sent whole or reported in words.
- drawer.py: every opening of the drawer, recorded, and the day's openings for the Z report.
- display.py: what the customer display shows of the sale (a window's lines, a pole's
  2x20 text and bytes), and the pole display written at its URL.

The images are drawn by Qt in ui/ (the same layout as the receipt's PDF); this package sends
them."""
