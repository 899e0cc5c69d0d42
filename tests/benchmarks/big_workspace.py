"""Build a large workspace quickly (40 cycles, 8,000 key results, 10 check-ins each by default)."""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from okrdesk.models.entities import CheckIn, Cycle, KeyResult, Objective, Person, new_uid, utcnow
from okrdesk.models.workspace import Workspace


def build(
    path: Path,
    cycles: int = 40,
    key_results: int = 8000,
    check_ins: int = 10,
    heavy_kr_check_ins: int = 10_000,
) -> Workspace:
    """A workspace with *key_results* spread over *cycles*; KR #1 has *heavy_kr_check_ins*."""
    rng = random.Random(1)
    ws = Workspace.create(path)
    now = utcnow()

    def tracked(**values):
        return {"uid": new_uid(), "created_at": now, "updated_at": now, "revision": 1, **values}

    with ws.write() as s:
        s.execute(
            insert(Person),
            [tracked(id=i + 1, name=f"Person {i + 1}", role="", active=True, position=i) for i in range(10)],
        )
        start = date(2017, 1, 2)
        cycle_rows, objective_rows, kr_rows, check_in_rows = [], [], [], []
        per_cycle = key_results // cycles
        kr_id = objective_id = 0
        for c in range(cycles):
            c_start = start + timedelta(weeks=13 * c)
            c_end = c_start + timedelta(weeks=13) - timedelta(days=1)
            cycle_rows.append(
                tracked(
                    id=c + 1,
                    name=f"Cycle {c + 1}",
                    start_date=c_start,
                    end_date=c_end,
                    cadence="weekly",
                    status="active" if c == cycles - 1 else "closed",
                    position=c,
                )
            )
            for o in range(max(1, per_cycle // 4)):
                objective_id += 1
                objective_rows.append(
                    tracked(
                        id=objective_id,
                        title=f"Objective {objective_id}",
                        description="",
                        owner_id=rng.randint(1, 10),
                        cycle_id=c + 1,
                        position=o,
                    )
                )
                for k in range(4):
                    kr_id += 1
                    kr_rows.append(
                        tracked(
                            id=kr_id,
                            objective_id=objective_id,
                            title=f"Key result {kr_id}",
                            owner_id=rng.randint(1, 10),
                            kind="metric",
                            unit="%",
                            start_value=0.0,
                            target_value=100.0,
                            comparison=None,
                            target_mode="absolute",
                            target_percent=None,
                            weight=1.0,
                            position=k,
                            carried_from_id=None,
                        )
                    )
                    n = heavy_kr_check_ins if kr_id == 1 else check_ins
                    for i in range(n):
                        day = c_start + timedelta(days=(i * 91) // max(n, 1))
                        check_in_rows.append(
                            tracked(
                                key_result_id=kr_id,
                                checked_on=day,
                                value=rng.uniform(0, 100),
                                confidence="on_track",
                                note="",
                                author_id=None,
                            )
                        )
        s.execute(insert(Cycle), cycle_rows)
        s.execute(insert(Objective), objective_rows)
        s.execute(insert(KeyResult), kr_rows)
        for i in range(0, len(check_in_rows), 5000):
            s.execute(insert(CheckIn), check_in_rows[i : i + 5000])
    return ws


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    build(args.file).close()
