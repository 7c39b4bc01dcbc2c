"""MLP Playground: with no subcommand open the window; `train` and friends run headless."""
import os
import sys


def _flush_stdout():
    """Flush what a subcommand printed; a reader that stopped early (`| head`) is not an error."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # As Python's documentation advises: send the rest nowhere, so the exit flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv=None):
    from core.command_line.cli import run

    try:
        code, args = run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        code, args = 0, None
    except KeyboardInterrupt:  # Ctrl+C during a long headless run: one line, as a shell reports it
        print("interrupted", file=sys.stderr)
        return 130
    if code is not None:
        _flush_stdout()
        return code
    from gui.display_libraries import problem  # before Qt: its own message blames the wrong package

    missing = problem()
    if missing:
        print(missing, file=sys.stderr)
        return 1
    if getattr(args, "qt_command", None) == "export-animation":
        from gui.panels.film import run_command_line  # drawing the panels needs Qt, offscreen

        return run_command_line(args)
    if getattr(args, "smoke", False):
        from gui.smoke import run_smoke  # start-up check: open, train a few epochs, close

        return run_smoke(args)
    from gui.app import run_app  # Qt is imported only when the window opens

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
