"""Every UI text must reach the translators: ``pyside6-lupdate`` extracts a
``translate("Context", "Source")`` call only when both are literal strings, and it marks plural
forms only for ``self.tr``, so the UI phrases counts without plural agreement ("Waiting: {n}")
instead of using ``%n``. This test reads the UI sources (no Qt needed) and names each offender.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk

UI = Path(kiosk.__file__).parent / "ui"


def _translate_calls() -> list[tuple[str, ast.Call]]:
    calls = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                # The entry point is imported by name; ``painter.translate(dx, dy)`` is geometry.
                if isinstance(func, ast.Name) and func.id == "translate":
                    calls.append((f"{path.relative_to(UI)}:{node.lineno}", node))
    return calls


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_the_ui_has_translatable_texts() -> None:
    assert len(_translate_calls()) > 100


def test_every_translate_call_has_a_literal_context_and_source() -> None:
    bad = [
        where
        for where, call in _translate_calls()
        if (len(call.args) < 2 or _literal(call.args[0]) is None or _literal(call.args[1]) is None)
    ]
    assert bad == []


def test_no_qt_plural_forms_through_translate() -> None:
    bad = [
        where
        for where, call in _translate_calls()
        if len(call.args) >= 2 and "%n" in (_literal(call.args[1]) or "")
    ]
    assert bad == []


def test_no_keyword_arguments_lupdate_would_skip() -> None:
    bad = [where for where, call in _translate_calls() if call.keywords]
    assert bad == []
