"""Nothing personal leaves the school (DOMAIN.md section 7): the package, the XLSX and the PDF meant for
EDUlab, made for a school with pupils and a clinic assessment, carry no pupil's name, no pupil code, no
pseudonym key and no assessment content — checked in their raw bytes and in their unpacked text."""

from __future__ import annotations

import base64
import io
import subprocess
import zipfile

import pytest

from edulab_app.security import accounts
from edulab_app.security.pseudonym import school_key
from edulab_app.services import assessments, exports, pupils
from edulab_app.services.demo import DEMO_RSPO, create_demo


@pytest.fixture
def exported(ctx, tmp_path):
    db = ctx.db()
    demo = create_demo(db)
    session = accounts.login(db, *demo.credentials)
    names = [p.name for p in pupils.list_pupils(db, session, DEMO_RSPO, with_names=True)]
    codes = [p.code for p in pupils.list_pupils(db, session, DEMO_RSPO)]
    found = assessments.list_assessments(db, session, DEMO_RSPO)
    assert names and codes and found, "the demo school must have pupils and an assessment for this test"
    secrets_ = set(names) | set(codes)
    for a in found:
        secrets_ |= {r.text for r in a.recommendations if len(r.text) > 12}
        pdf = assessments.open_file(db, session, a.id)
        secrets_.add(pdf[200:260].decode("latin-1"))  # a piece of the stored PDF itself
    key = school_key(session.data_key, DEMO_RSPO)
    secrets_ |= {key.hex(), base64.b64encode(key).decode(), session.data_key.hex()}
    files = {
        "package": exports.export_package(db, DEMO_RSPO, tmp_path / "plan.edulab"),
        "xlsx": exports.export_xlsx(db, DEMO_RSPO, tmp_path / "plan.xlsx"),
        "pdf": exports.export_pdf(db, DEMO_RSPO, tmp_path / "plan.pdf"),
    }
    return files, {s for s in secrets_ if s}


def _texts(kind: str, path) -> list[str]:
    raw = path.read_bytes()
    texts = [raw.decode("latin-1")]
    if kind in ("package", "xlsx"):
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            texts += [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
    else:
        texts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout)
    return texts


@pytest.mark.parametrize("kind", ["package", "xlsx", "pdf"])
def test_export_carries_no_personal_data(exported, kind):
    files, secrets_ = exported
    texts = _texts(kind, files[kind])
    leaks = sorted(s for s in secrets_ if any(s in t for t in texts))
    assert not leaks, f"{kind} carries personal data: {leaks[:5]}"


def test_the_check_would_see_a_name_if_one_leaked(exported, tmp_path):
    files, secrets_ = exported
    name = next(s for s in secrets_ if " " in s and not s.isupper())
    leaky = tmp_path / "leaky.edulab"
    with zipfile.ZipFile(files["package"]) as src, zipfile.ZipFile(leaky, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in src.namelist():
            dst.writestr(n, src.read(n))
        dst.writestr("notes.json", f'{{"note": "{name}"}}')
    assert any(name in t for t in _texts("package", leaky))
