"""Translation pipeline (Qt Linguist). The interface is written in Polish; English and Ukrainian are translations.

    python tools/i18n.py update    # extract strings from edulab_app/ into resources/translations/*.ts
    python tools/i18n.py release   # compile .ts into .qm (shipped with the application)
    python tools/i18n.py stats     # how much of each language is translated

Translators open the .ts files in Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "uk")


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}")
    if exe:
        return exe
    import PySide6

    candidate = Path(PySide6.__file__).parent / name
    if candidate.exists():
        return str(candidate)
    raise SystemExit(f"pyside6-{name} not found (install PySide6-Essentials)")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "edulab_app").rglob("*.py"))


def update(ts_dir: Path = TS_DIR) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_dir / f"edulab_{lang}.ts"
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "pl_PL",
                        "-target-language", lang, *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def release(ts_dir: Path = TS_DIR, out_dir: Path | None = None) -> None:
    for lang in LANGUAGES:
        ts = ts_dir / f"edulab_{lang}.ts"
        qm = (out_dir or ts_dir) / f"edulab_{lang}.qm"
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation (None when unfinished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and tr.text
            found[(name, message.findtext("source"))] = tr.text if done else None
    return found


def fill(mapping_file: str) -> None:
    """Apply translations from a YAML file {polish source: {en: ..., uk: ...}} to unfinished messages."""
    import yaml

    mapping = yaml.safe_load(Path(mapping_file).read_text(encoding="utf-8"))
    for lang in LANGUAGES:
        ts = TS_DIR / f"edulab_{lang}.ts"
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            entry = mapping.get(message.findtext("source")) or {}
            tr = message.find("translation")
            if entry.get(lang) and tr is not None and tr.get("type") == "unfinished":
                tr.text = entry[lang]
                del tr.attrib["type"]
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    update()  # let lupdate normalise the files


def stats() -> None:
    for lang in LANGUAGES:
        msgs = messages(TS_DIR / f"edulab_{lang}.ts")
        done = sum(1 for v in msgs.values() if v)
        print(f"{lang}: {done}/{len(msgs)} translated")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "stats"
    if command == "fill":
        fill(sys.argv[2])
    else:
        {"update": update, "release": release, "stats": stats}[command]()
