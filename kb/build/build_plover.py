"""Build src/rasd/events/data/cameo_plover.tsv: the PLOVER event type, mode and context of every
CAMEO event code (2-, 3- and 4-digit), so the event coder can fill the record's "plover" field
from the CAMEO code its pattern dictionary gives.

Source: CAMEO2PLOVER-2021.txt of openeventdata/PLOVER (Schrodt, Draft 0.8, 17-Sep-2021),
CC BY-SA 4.0; lines read `CODE: EVENT, MODE, CONTEXT # description`, root headers `CODE: EVENT`.

Decisions where that table is silent (documented here, as the PLOVER manual asks of anyone
who departs from the plain 2-digit reduction):
- Root 01 (MAKE PUBLIC STATEMENT): PLOVER drops it (manual, "CAMEO to PLOVER translation").
  Its codes are written with plover "-" (no PLOVER category); rasd codes no 01 events anyway.
- Root 02 (APPEAL): also dropped by PLOVER, but its REQUEST category covers "all requests,
  demands, and orders", so 02x becomes REQUEST with the mode and context of the parallel
  DEMAND code (021 -> 101, 0253 -> 1053, ...). rasd keeps 02 as its own CAMEO root.
- CAMEO 1.1b3 codes the 2021 table lacks: 155 (cyber-forces) -> MOBILIZE/weapons/cyber,
  176 (attack cybernetically) -> COERCE/cyber/cyber, 1834 (location bombing) ->
  ASSAULT/explosives, 1951 (precision-guided aerial munitions) -> ASSAULT/aerial/military,
  1952 (remotely piloted munitions) -> ASSAULT/drone/military: modes from the manual's tables.
- Root 08 has two headers (CONCEDE for 081-083, RETREAT for 084-087); the 2-digit "08" gets
  CONCEDE, the type of 080. Codes listed twice (175) keep their first line.
- A context written "crime; corruption" is stored "crime;corruption"; the editor's dated note
  after a description ("21.09.17: ...") is dropped.

    python kb/build/build_plover.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[2] / "shared" / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
OUT = HERE.parents[1] / "src" / "rasd" / "events" / "data" / "cameo_plover.tsv"

LINE = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$")
EDITOR_NOTE = re.compile(r"\s{2,}\d\d\.\d\d\.\d\d:.*$")

ROOT_NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation",
    "07": "Provide aid", "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove",
    "12": "Reject", "13": "Threaten", "14": "Protest", "15": "Exhibit force posture",
    "16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight",
    "20": "Use unconventional mass violence",
}

# CAMEO 1.1b3 codes of roots 01 and 02 (codebook chapter 6), which the PLOVER table leaves out.
STATEMENTS = {
    "010": "Make statement", "011": "Decline comment", "012": "Make pessimistic comment",
    "013": "Make optimistic comment", "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility", "016": "Deny responsibility",
    "017": "Engage in symbolic act", "018": "Make empathetic comment", "019": "Express accord",
}
APPEALS = {
    "020": "Make an appeal or request", "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation", "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation", "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation (such as policy support)", "023": "Appeal for aid",
    "0231": "Appeal for economic aid", "0232": "Appeal for military aid",
    "0233": "Appeal for humanitarian aid", "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform", "0241": "Appeal for change in leadership",
    "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions", "0252": "Appeal for easing of political dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement", "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute", "028": "Appeal to engage in or accept mediation",
}
# (plover, mode, context, description) for 1.1b3 codes of other roots missing from the table.
MISSING = {
    "155": ("MOBILIZE", "weapons", "cyber", "Mobilize or increase cyber-forces"),
    "176": ("COERCE", "cyber", "cyber", "Attack cybernetically"),
    "1834": ("ASSAULT", "explosives", "", "Carry out location bombing"),
    "1951": ("ASSAULT", "aerial", "military", "Employ precision-guided aerial munitions"),
    "1952": ("ASSAULT", "drone", "military", "Employ remotely piloted aerial munitions"),
}

Row = tuple[str, str, str, str, str]


def parse(text: str) -> dict[str, Row]:
    """The table's codes in file order; a code listed twice keeps its first line."""
    rows: dict[str, Row] = {}
    for line in text.splitlines():
        match = LINE.match(line.strip())
        if not match:
            continue
        code, fields, description = match.group(1), match.group(2), match.group(3) or ""
        parts = [part.strip() for part in fields.split(",")] + ["", ""]
        context = re.sub(r"\s*;\s*", ";", parts[2])
        if len(code) == 2:
            description = ROOT_NAMES[code]
        description = " ".join(EDITOR_NOTE.sub("", description).split())
        rows.setdefault(code, (code, parts[0], parts[1], context, description))
    return rows


def fill_missing(rows: dict[str, Row]) -> None:
    """Add roots 01 and 02 and the 1.1b3 codes the 2021 table lacks (see the module docstring)."""
    rows.setdefault("01", ("01", "-", "", "", ROOT_NAMES["01"]))
    for code, description in STATEMENTS.items():
        rows.setdefault(code, (code, "-", "", "", description))
    rows.setdefault("02", ("02", "REQUEST", "", "", ROOT_NAMES["02"]))
    for code, description in APPEALS.items():
        demand = rows.get("10" + code[2:]) if len(code) == 4 else rows.get("10" + code[2])
        mode, context = (demand[2], demand[3]) if demand else ("", "")
        rows.setdefault(code, (code, "REQUEST", mode, context, description))
    for code, (plover, mode, context, description) in MISSING.items():
        rows.setdefault(code, (code, plover, mode, context, description))


def sort_key(code: str) -> tuple[str, str]:
    """Root first, then the code as CAMEO writes it: 17, 170, 171, 1711, 1712, 172, ..."""
    return code[:2], code[2:].ljust(2, "0") + str(len(code))


def main() -> None:
    if not SOURCE.exists():
        raise SystemExit(f"{SOURCE}: missing (needs ../shared/data/plover)")
    rows = parse(SOURCE.read_text("utf-8"))
    fill_missing(rows)
    header = (
        "# CAMEO event code -> PLOVER event type, mode, context; built by kb/build/build_plover.py.\n"
        "# Source: CAMEO2PLOVER-2021.txt, openeventdata/PLOVER (Schrodt, Draft 0.8, 2021), CC BY-SA 4.0;\n"
        "# this derived table is shared under the same license. plover '-' = dropped by PLOVER (root 01);\n"
        "# 02x and 155/176/1834/1951/1952 were filled by the build script (see its docstring).\n"
        "# cameo\tplover\tmode\tcontext\tdescription\n"
    )
    lines = ["\t".join(rows[code]) for code in sorted(rows, key=sort_key)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} codes -> {OUT}")


if __name__ == "__main__":
    main()
