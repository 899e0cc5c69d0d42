"""The okrdesk command: the GUI by default, and subcommands that work on a workspace file."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from okrdesk import __version__
from okrdesk.models.errors import AmbiguousName, OkrdeskError
from okrdesk.models.progress import format_number

EXIT_OK, EXIT_UNHEALTHY, EXIT_BAD_INPUT = 0, 1, 2
SUBCOMMANDS = ("new", "status", "checkin", "check", "report", "merge")

CONFIDENCE_LABELS = {"on_track": "on track", "at_risk": "at risk", "off_track": "off track"}


class CliError(Exception):
    """A mistake on the command line, said in one sentence."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear sentence, exit status 2
        self.print_usage(sys.stderr)
        print(f"okrdesk: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    """The subcommand parser (the GUI form, ``okrdesk [FILE]``, is handled before it)."""
    parser = _Parser(prog="okrdesk", description="OKRs for team leads, in one file you own.")
    parser.add_argument("--version", action="version", version=f"okrdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    new = sub.add_parser("new", help="create a workspace file")
    new.add_argument("file", type=Path)
    new.add_argument(
        "--demo", action="store_true", help="fill it with the Customer Success demo (two cycles, check-ins)"
    )

    status = sub.add_parser("status", help="show a cycle's objectives and key results")
    status.add_argument("file", type=Path)
    status.add_argument("--cycle", help="cycle name (default: the active cycle)")

    checkin = sub.add_parser("checkin", help="record a key result's value")
    checkin.add_argument("file", type=Path)
    checkin.add_argument("--kr", required=True, help="key result number or exact title")
    checkin.add_argument("--value", required=True, help="the value now, e.g. 16 or 16.5")
    checkin.add_argument("--confidence", choices=("on_track", "at_risk", "off_track"))
    checkin.add_argument("--note", default="", help="what changed or blocks progress")
    checkin.add_argument("--date", help="YYYY-MM-DD (default: today)")
    checkin.add_argument("--author", help="team member's name")

    check = sub.add_parser("check", help="check a workspace file's health")
    check.add_argument("file", type=Path)

    report = sub.add_parser("report", help="write a cycle's review as a PDF (no display needed)")
    report.add_argument("file", type=Path)
    report.add_argument("--cycle", required=True, help="cycle name")
    report.add_argument("--output", required=True, type=Path, help="the PDF to write")
    report.add_argument("--no-people", action="store_true", help="leave out the notes on people")
    report.add_argument("--page-size", choices=("A4", "Letter"), default="A4")

    merge = sub.add_parser("merge", help="bring a copy's changes into FILE (rows matched by UID)")
    merge.add_argument("file", type=Path)
    merge.add_argument("other", type=Path, help="the copy that came back")
    merge.add_argument("--dry-run", action="store_true", help="only list what would change")
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    """``okrdesk [FILE]``: open the window."""
    parser = _Parser(
        prog="okrdesk",
        description="OKRs for team leads, in one file you own. "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (okrdesk COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"okrdesk {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="workspace file (default: your own)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run okrdesk; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in SUBCOMMANDS:
        options = build_gui_parser().parse_args(args)
        from okrdesk.ui.app import run

        return run(options.file)
    options = build_parser().parse_args(args)
    handlers = {
        "new": cmd_new,
        "status": cmd_status,
        "checkin": cmd_checkin,
        "check": cmd_check,
        "report": cmd_report,
        "merge": cmd_merge,
    }
    try:
        return handlers[options.command](options)
    except (OkrdeskError, CliError) as exc:
        print(f"okrdesk: {exc}", file=sys.stderr)
        if isinstance(exc, AmbiguousName):
            for candidate in exc.candidates:
                print(f"  {candidate}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _today() -> date:
    return date.today()


def cmd_new(options: argparse.Namespace) -> int:
    from okrdesk.models.workspace import Workspace

    with Workspace.create(options.file) as ws:
        if options.demo:
            from okrdesk.services.demo import fill_demo

            fill_demo(ws, _today())
    print(f"Created {options.file}" + (" with the demo workspace." if options.demo else "."))
    return EXIT_OK


def cmd_status(options: argparse.Namespace) -> int:
    from okrdesk.models.workspace import Workspace
    from okrdesk.services import lookup, overview

    today = _today()
    with Workspace.open(options.file, read_only=True) as ws:
        if options.cycle:
            cycle = lookup.cycle_by_name(ws, options.cycle, today)
        else:
            cycle = lookup.current_cycle(ws, today)
            if cycle is None:
                print("This workspace has no cycles yet.")
                return EXIT_OK
        data = overview.cycle_overview(ws, cycle.id, today)
    print(render_status(data))
    return EXIT_OK


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def _kr_numbers(kr) -> str:  # noqa: ANN001 - KeyResultInfo
    unit = f" {kr.unit}" if kr.unit else ""
    current = format_number(kr.current) if kr.current is not None else "·"
    if kr.kind == "milestone":
        return "done" if kr.progress.shown >= 1 else "not done"
    if kr.kind == "threshold":
        side = "≥" if kr.comparison == "at_least" else "≤"
        return f"{current}{unit} (keep {side} {format_number(kr.target)}{unit})"
    text = f"{format_number(kr.start)} → {current} → {format_number(kr.target)}{unit}"
    if kr.target_mode == "relative" and kr.target_percent is not None:
        text += f" (by {kr.target_percent:+g} %)".replace("-", "−")
    return text


def render_status(data) -> str:  # noqa: ANN001 - CycleOverview
    """The status table as text."""
    cycle = data.cycle
    # Piped output keeps whole titles; a terminal gets a table that fits its width.
    width = shutil.get_terminal_size((80, 24)).columns if sys.stdout.isatty() else 10_000
    lines = [
        f"{cycle.name}  ({cycle.status})  {cycle.start.isoformat()} → {cycle.end.isoformat()}",
        f"Progress {_percent(cycle.progress)}   expected by today {_percent(cycle.expected)}   "
        f"{cycle.objective_count} objectives, {cycle.key_result_count} key results",
        "",
    ]
    headers = (
        "#",
        "Key result",
        "Owner",
        "Start → Current → Target",
        "Progress",
        "Confidence",
        "Last check-in",
    )
    rows = []
    for ov in data.objectives:
        o = ov.objective
        rows.append(("", o.title, o.owner_name, "", _percent(o.progress), "", ""))
        for kr in ov.key_results:
            raw = kr.progress.raw
            over = f" (raw {round(raw * 100)} %)" if raw != kr.progress.shown else ""
            rows.append(
                (
                    str(kr.id),
                    "  " + kr.title,
                    kr.owner_name,
                    _kr_numbers(kr),
                    _percent(kr.progress.shown) + over,
                    CONFIDENCE_LABELS.get(kr.confidence or "", "—"),
                    kr.last_check_in.isoformat() if kr.last_check_in else "never",
                )
            )
        if not ov.key_results:
            rows.append(("", "  (no key results yet)", "", "", "", "", ""))
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    fixed = sum(w for i, w in enumerate(widths) if i != 1) + 2 * (len(headers) - 1)
    widths[1] = max(24, min(widths[1], width - fixed - 1))

    def fmt(row: Sequence[str]) -> str:
        cells = []
        for i, cell in enumerate(row):
            if len(cell) > widths[i]:
                cell = cell[: widths[i] - 1] + "…"
            cells.append(cell.rjust(widths[i]) if i in (0, 4) else cell.ljust(widths[i]))
        return "  ".join(cells).rstrip()

    lines.append(fmt(headers))
    lines.append("  ".join("─" * w for w in widths))
    for row in rows:
        if not row[0] and row[1] and not row[1].startswith("  "):
            lines.append("")
        lines.append(fmt(row))
    if not data.objectives:
        lines.append("(no objectives in this cycle yet)")
    return "\n".join(lines)


def _parse_value(text: str) -> float:
    cleaned = text.strip().replace("\u2212", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise CliError(f"--value must be a number such as 16 or 16.5, not “{text}”.") from None


def _parse_date(text: str | None) -> date:
    if text is None:
        return _today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"--date must be a date written YYYY-MM-DD, such as 2027-03-31, not “{text}”.") from None


def cmd_checkin(options: argparse.Namespace) -> int:
    from okrdesk.models.workspace import Workspace
    from okrdesk.services import checkins, lookup

    value = _parse_value(options.value)
    on = _parse_date(options.date)
    with Workspace.open(options.file) as ws:
        current = lookup.current_cycle(ws, _today())
        kr_id = lookup.key_result_id(ws, options.kr, current.id if current else None)
        author_id = lookup.person_by_name(ws, options.author).id if options.author else None
        info = checkins.add_check_in(
            ws,
            kr_id,
            value=value,
            on=on,
            confidence=options.confidence,
            note=options.note,
            author_id=author_id,
        )
        from okrdesk.services import overview

        kr = overview.key_result(ws, kr_id, _today())
    print(
        f"Checked in {format_number(info.value)} on {info.on.isoformat()} for “{kr.title}”: "
        f"progress {_percent(kr.progress.shown)}."
    )
    return EXIT_OK


def cmd_check(options: argparse.Namespace) -> int:
    from okrdesk.models.workspace import check_file

    report = check_file(options.file)
    print(f"{report.path}: okrdesk workspace, schema generation {report.generation}")
    print(f"SQLite integrity: {', '.join(report.sqlite_integrity)}")
    print(f"Foreign keys: {'ok' if not report.foreign_key_problems else ''}")
    for problem in report.foreign_key_problems[:20]:
        print(f"  {problem}")
    print(f"Schema: {'ok' if not report.schema_problems else ''}")
    for problem in report.schema_problems:
        print(f"  {problem}")
    print(f"okrdesk rules: {'ok' if not report.data_problems else ''}")
    for problem in report.data_problems:
        print(f"  {problem}")
    if report.counts:
        print("Rows: " + ", ".join(f"{name} {count}" for name, count in report.counts.items()))
    print("Healthy." if report.healthy else "Problems found.")
    return EXIT_OK if report.healthy else EXIT_UNHEALTHY


def cmd_report(options: argparse.Namespace) -> int:
    from okrdesk.models.workspace import Workspace
    from okrdesk.services import lookup
    from okrdesk.services.reports import review_report

    today = _today()
    if options.output.suffix.lower() != ".pdf":
        raise CliError(f"--output must name a .pdf file, not “{options.output}”.")
    if not options.output.absolute().parent.is_dir():
        raise CliError(f"The folder of --output does not exist: {options.output.absolute().parent}.")
    with Workspace.open(options.file, read_only=True) as ws:
        cycle = lookup.cycle_by_name(ws, options.cycle, today)
        report = review_report(ws, cycle.id, today, include_people=not options.no_people)
    from okrdesk.ui.report import render_review_pdf

    render_review_pdf(report, options.output, options.page_size)
    print(f"Wrote the review of “{cycle.name}” to {options.output}.")
    return EXIT_OK


def cmd_merge(options: argparse.Namespace) -> int:
    from okrdesk.models.workspace import Workspace
    from okrdesk.services import merge

    with Workspace.open(options.file, read_only=options.dry_run) as ws:
        plan = merge.plan_merge(ws, options.other)
        if plan.empty:
            print(f"Nothing to merge: {options.file} already has everything in {options.other}.")
            return EXIT_OK
        for change in plan.changes:
            fields = f" ({', '.join(change.fields)})" if change.fields else ""
            print(f"  {change.action:<7} {change.table:<20} {change.label}{fields}")
        if options.dry_run:
            print(f"{len(plan.changes)} change(s) would be merged (dry run: nothing written).")
            return EXIT_OK
        from okrdesk.models import backups

        saved = backups.snapshot(ws.path, force=True)
        done = merge.apply_merge(ws, options.other)
    print(f"Merged {len(done.changes)} change(s) from {options.other}; a backup of the file before is at {saved}.")
    return EXIT_OK
