"""Text from a file, a file name or what was typed, as the window shows it: never as rich text.

Qt draws a message box's text, a label's and a tooltip as HTML when they look like it: a session or
CSV file holding `<img src="..."><h1>Session is fine</h1>` would show the picture and the heading, and
Qt would read the file `src` names (a FIFO there hangs the window). Boxes and labels that may show such
text are set to plain text; a tooltip cannot be, so its text is escaped inside a rich-text wrapper.
"""
import html

MAX_QUOTE = 200  # characters of a value quoted from a file, a name or typed text
MAX_MESSAGE = 1000  # characters of a whole message in a box or the status bar


def shortened(text, limit=MAX_MESSAGE):
    """The text, no longer than `limit` characters (the end cut, marked with an ellipsis)."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def one_line(text, limit=MAX_MESSAGE):
    """The text on one line (runs of white space as one space), cut to `limit` characters."""
    return shortened(" ".join(str(text).split()), limit)


def tooltip(text, limit=MAX_QUOTE * 4):
    """A tooltip that shows `text` as it is: escaped inside a rich-text wrapper, so that no tag in it is drawn."""
    return f"<qt>{html.escape(shortened(text, limit))}</qt>"
