"""MLP Playground: with no subcommand open the window; `train` and friends run headless."""
import sys


def main(argv=None):
    from core.cli import run

    code, args = run(sys.argv[1:] if argv is None else argv)
    if code is not None:
        return code
    if getattr(args, "smoke", False):
        from gui.smoke import run_smoke  # start-up check: open, train a few epochs, close

        return run_smoke(args)
    from gui.app import run_app  # Qt is imported only when the window opens

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
