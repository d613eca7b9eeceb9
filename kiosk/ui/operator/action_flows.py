"""What the operator panel's actions do, step by step: the questions to confirm (demonstration
mode, closing the kiosk, a refused submission sent again or discarded), the default language,
the export to a USB stick, reading the network's acknowledgement back from one, and the queue
passphrase.

:class:`ActionFlows` drives the action screens (:mod:`kiosk.ui.operator.actions`,
:class:`~kiosk.ui.operator.views.ConfirmView`, :class:`~kiosk.ui.operator.views.LanguageView`)
of its operator mode (:class:`~kiosk.ui.operator.controller.OperatorController`); the mode
wires the panel's buttons and the screens' signals to it. Every action is audited, through
:class:`~kiosk.operator.queue_actions.QueueActions` (its :meth:`record` for the panel's own).
Slow work (the export, the queue passphrase) runs on the mode's
:class:`~kiosk.ui.bridges.Background` helper.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import stable_code
from kiosk.operator.drives import Drive
from kiosk.ui.i18n import LANGUAGE_NAMES, translate

if TYPE_CHECKING:
    from kiosk.operator.queue_actions import AckReadResult, ExportResult
    from kiosk.ui.operator.actions import ExportView
    from kiosk.ui.operator.controller import OperatorController
    from kiosk.ui.operator.views import View

__all__ = ["ActionFlows", "SaveOverride", "default_save_override"]

log = logging.getLogger(__name__)

SaveOverride = Callable[[Path, str, object], None]
Texts = tuple[Callable[[], str], ...]  # title, question, yes, no


def default_save_override(data_dir: Path, key: str, value: object) -> None:
    """Keep an operator setting for the next start (the config package's override store)."""
    try:
        from kiosk.config.overrides import save_override
    except ImportError:  # the config package lands separately
        log.error("operator setting %s not kept for the next start: no override store", key)
        return
    save_override(data_dir, key, value)


class ActionFlows:
    """The panel's actions of one operator mode."""

    def __init__(
        self,
        mode: OperatorController,
        *,
        drives: Callable[[], list[Drive]],
        save_override: SaveOverride,
    ) -> None:
        self._mode = mode
        self._drives = drives
        self._save_override = save_override
        self._confirmed: Callable[[], None] | None = None
        self._after_confirm: View | None = None

    def reset(self) -> None:
        """Forget a pending confirmation (the mode closes)."""
        self._confirmed = None

    def send_now(self) -> None:
        mode = self._mode
        if mode.queue_actions.send_now():
            mode.show_panel(
                lambda: translate(
                    "OperatorPanel", "Sending started. The figures update in a moment."
                )
            )
        else:
            mode.show_panel(
                lambda: translate("OperatorPanel", "The queue is not open: nothing can be sent.")
            )

    def send_figures(self) -> None:
        """Queue today's figures of this kiosk now (the report is also queued at the end of
        the day and when the kiosk closes)."""
        mode = self._mode
        try:
            mode.services.queue_figures()
        except Exception as exc:  # noqa: BLE001 - the volunteer is told; nothing is lost
            log.error("today's figures not queued (%s)", stable_code(exc))
            mode.show_panel(
                lambda: translate(
                    "OperatorPanel", "Today's figures could not be queued: is the queue open?"
                )
            )
            return
        mode.queue_actions.send_now()
        mode.show_panel(
            lambda: translate("OperatorPanel", "Today's figures are queued to be sent.")
        )

    # -- confirmations ------------------------------------------------------------------------

    def _confirm(self, texts: Texts, then: Callable[[], None], back: View) -> None:
        title, question, yes, no = texts
        self._confirmed = then
        self._after_confirm = back
        self._mode.confirm_view.ask(title, question, yes, no)
        self._mode.show_view(self._mode.confirm_view)

    def answered(self, yes: bool) -> None:
        mode = self._mode
        action, self._confirmed = self._confirmed, None
        back = self._after_confirm or mode.panel
        if yes and action is not None:
            action()
            return
        if back is mode.panel:
            mode.show_panel()
        elif back is mode.rejected_view:
            self.show_rejected()
        else:
            mode.show_view(back)

    def ask_demo(self) -> None:
        on = not self._mode.services.settings.demo
        if on:
            texts = (
                lambda: translate("OperatorConfirm", "Start demonstration mode?"),
                lambda: translate(
                    "OperatorConfirm",
                    "The kiosk will use specimen cards only. Nothing is saved or sent until "
                    "demonstration mode is stopped.",
                ),
                lambda: translate("OperatorConfirm", "Yes, start it"),
                lambda: translate("OperatorConfirm", "No"),
            )
        else:
            texts = (
                lambda: translate("OperatorConfirm", "Stop demonstration mode?"),
                lambda: translate(
                    "OperatorConfirm",
                    "The kiosk will read real eID cards and save real choices again.",
                ),
                lambda: translate("OperatorConfirm", "Yes, stop it"),
                lambda: translate("OperatorConfirm", "No"),
            )
        self._confirm(texts, lambda: self._switch_demo(on), self._mode.panel)

    def _switch_demo(self, on: bool) -> None:
        mode = self._mode
        self._persist(mode.services.data_dir, "demo", on)
        mode.queue_actions.record("operator.demo_on" if on else "operator.demo_off", "ok")
        mode.close()
        mode.host.switch_demo(on)

    def ask_exit(self) -> None:
        texts = (
            lambda: translate("OperatorConfirm", "Close the kiosk program?"),
            lambda: translate(
                "OperatorConfirm",
                "Visitors cannot enrol until the kiosk is started again. Submissions waiting "
                "to be sent are kept.",
            ),
            lambda: translate("OperatorConfirm", "Yes, close it"),
            lambda: translate("OperatorConfirm", "No"),
        )
        self._confirm(texts, self._exit, self._mode.panel)

    def _exit(self) -> None:
        mode = self._mode
        mode.queue_actions.record("operator.exit", "ok")
        mode.close()
        mode.host.exit_kiosk()

    # -- language ---------------------------------------------------------------------------

    def show_languages(self) -> None:
        mode = self._mode
        settings = mode.host.settings
        offered = [c for c in settings.languages if c in LANGUAGE_NAMES]
        mode.language_view.offer(offered, settings.default_language)
        mode.show_view(mode.language_view)

    def default_language(self, language: str) -> None:
        mode = self._mode
        mode.host.set_default_language(language)
        self._persist(mode.services.data_dir, "default_language", language)
        mode.queue_actions.record("operator.language", "ok", detail=language)
        name = LANGUAGE_NAMES[language]
        mode.show_panel(
            lambda: translate("OperatorPanel", "New visitors will start in {language}.").format(
                language=name
            )
        )

    def _persist(self, data_dir: Path, key: str, value: object) -> None:
        try:
            self._save_override(data_dir, key, value)
        except Exception as exc:  # noqa: BLE001 - the change holds until the next start anyway
            log.error("operator setting %s not saved (%s)", key, stable_code(exc))

    # -- refused submissions ----------------------------------------------------------------

    def show_rejected(self, message: Callable[[], str] | None = None) -> None:
        mode = self._mode
        mode.rejected_view.show_items(mode.queue_actions.rejected())
        mode.rejected_view.show_message(message)
        mode.show_view(mode.rejected_view)

    def confirm_rejected(self, submission_id: str, *, retry: bool) -> None:
        from kiosk.fhir.identifiers import reference_code  # see QueueActions.rejected

        ref = reference_code(submission_id)
        if retry:
            texts = (
                lambda: translate("OperatorConfirm", "Send this submission again?"),
                lambda: translate(
                    "OperatorConfirm",
                    "Reference {reference} goes back into the queue and is sent again.",
                ).format(reference=ref),
                lambda: translate("OperatorConfirm", "Yes, send it again"),
                lambda: translate("OperatorConfirm", "No"),
            )
        else:
            texts = (
                lambda: translate("OperatorConfirm", "Discard this submission?"),
                lambda: translate(
                    "OperatorConfirm",
                    "Reference {reference} will never reach the network and cannot be recovered. "
                    "The visitor will have to enrol again.",
                ).format(reference=ref),
                lambda: translate("OperatorConfirm", "Yes, discard it"),
                lambda: translate("OperatorConfirm", "No"),
            )
        self._confirm(
            texts,
            lambda: self._act_on_rejected(submission_id, ref, retry),
            self._mode.rejected_view,
        )

    def _act_on_rejected(self, submission_id: str, ref: str, retry: bool) -> None:
        actions = self._mode.queue_actions
        try:
            if retry:
                actions.retry_rejected(submission_id)
            else:
                actions.discard_rejected(submission_id)
        except Exception as exc:  # noqa: BLE001 - shown to the volunteer by its code
            code = stable_code(exc)
            log.error("operator action on a refused submission failed (%s)", code)
            self.show_rejected(
                lambda: translate("OperatorRejected", "That did not work ({code}).").format(
                    code=code
                )
            )
            return
        if retry:
            self.show_rejected(
                lambda: translate(
                    "OperatorRejected", "Reference {reference} is queued again."
                ).format(reference=ref)
            )
        else:
            self.show_rejected(
                lambda: translate(
                    "OperatorRejected", "Reference {reference} was discarded."
                ).format(reference=ref)
            )

    # -- export ------------------------------------------------------------------------------

    def show_drives(self) -> None:
        self._show_drives_in(self._mode.export_view)

    def _show_drives_in(self, view: ExportView) -> None:
        try:
            drives = self._drives()
        except OSError:
            drives = []
        view.show_message(None)
        view.show_drives(drives)
        view.set_busy(False)
        self._mode.show_view(view)

    def export_to(self, drive: Drive) -> None:
        mode = self._mode
        actions = mode.queue_actions
        mode.export_view.set_busy(True)
        mode.export_view.show_message(lambda: translate("OperatorExport", "Writing the file…"))
        mode.background.run(
            lambda: actions.export_queue(drive.path),
            on_success=lambda result: self._exported(result, drive),
            on_failure=self._export_failed,
            name="exporting the queue",
        )

    def _exported(self, result: ExportResult, drive: Drive) -> None:
        export_view = self._mode.export_view
        export_view.set_busy(False)
        if not result.count:
            export_view.show_message(
                lambda: translate("OperatorExport", "Nothing to export: no submission is waiting.")
            )
            return
        count, name = result.count, drive.name
        export_view.show_message(
            lambda: translate(
                "OperatorExport", "{n} submission(s) saved on {drive}. You can take the stick out."
            ).format(n=count, drive=name)
        )

    def _export_failed(self, error: BaseException) -> None:
        export_view = self._mode.export_view
        export_view.set_busy(False)
        code = stable_code(error)
        log.error("export failed (%s)", code)
        texts = {
            "export_key_missing": lambda: translate(
                "OperatorExport",
                "This kiosk has no network key for exports. Ask the technical support.",
            ),
            "disk_full": lambda: translate(
                "OperatorExport", "The USB stick is full. Use another one."
            ),
            "read_only": lambda: translate(
                "OperatorExport", "The USB stick cannot be written to. Use another one."
            ),
        }
        export_view.show_message(
            texts.get(
                code,
                lambda: translate("OperatorExport", "The export did not work ({code}).").format(
                    code=code
                ),
            ),
            error=True,
        )

    # -- the network's acknowledgement ------------------------------------------------------

    def show_ack_drives(self) -> None:
        self._show_drives_in(self._mode.ack_view)

    def acknowledge_from(self, drive: Drive) -> None:
        mode = self._mode
        actions = mode.queue_actions
        mode.ack_view.set_busy(True)
        mode.ack_view.show_message(lambda: translate("OperatorAck", "Reading the stick…"))
        mode.background.run(
            lambda: actions.read_acknowledgements(drive.path),
            on_success=lambda result: self._acknowledged(result, drive),
            on_failure=self._ack_failed,
            name="reading acknowledgements",
        )

    def _acknowledged(self, result: AckReadResult, drive: Drive) -> None:
        ack_view = self._mode.ack_view
        ack_view.set_busy(False)
        name, n = drive.name, result.delivered
        if result.refused:
            codes, bad = ", ".join(result.refused), len(result.refused)
            ack_view.show_message(
                lambda: translate(
                    "OperatorAck",
                    "{n} submission(s) confirmed. {bad} file(s) refused ({codes}): they changed "
                    "nothing. Ask the technical support.",
                ).format(n=n, bad=bad, codes=codes),
                error=True,
            )
        elif n:
            ack_view.show_message(
                lambda: translate(
                    "OperatorAck",
                    "{n} submission(s) confirmed by the network and erased from this kiosk. "
                    "You can take the stick out.",
                ).format(n=n)
            )
        elif result.already_applied:
            ack_view.show_message(
                lambda: translate(
                    "OperatorAck", "This acknowledgement was already read: nothing to change."
                )
            )
        elif result.other_kiosk:
            ack_view.show_message(
                lambda: translate(
                    "OperatorAck", "The acknowledgement on {drive} is for another kiosk."
                ).format(drive=name)
            )
        else:
            ack_view.show_message(
                lambda: translate("OperatorAck", "No acknowledgement file on {drive}.").format(
                    drive=name
                )
            )

    def _ack_failed(self, error: BaseException) -> None:
        ack_view = self._mode.ack_view
        ack_view.set_busy(False)
        code = stable_code(error)
        log.error("reading acknowledgements failed (%s)", code)
        if code == "export_key_missing":
            ack_view.show_message(
                lambda: translate(
                    "OperatorAck",
                    "This kiosk has no network key to check acknowledgements. Ask the technical "
                    "support.",
                ),
                error=True,
            )
            return
        ack_view.show_message(
            lambda: translate(
                "OperatorAck", "Reading the acknowledgement did not work ({code})."
            ).format(code=code),
            error=True,
        )

    # -- the queue passphrase ----------------------------------------------------------------

    def ask_passphrase(self) -> None:
        mode = self._mode
        mode.passphrase_view.ask(creating=not mode.services.queue_key_exists())
        mode.passphrase_view.set_busy(False)
        mode.show_view(mode.passphrase_view)

    def unlock_queue(self, passphrase: str) -> None:
        mode = self._mode
        actions = mode.queue_actions
        listener = mode.host.sync_bridge.post  # the status strip follows the unlocked queue
        mode.passphrase_view.set_busy(True)
        mode.passphrase_view.show_message(lambda: translate("OperatorPassphrase", "Unlocking…"))
        mode.background.run(
            lambda: actions.unlock_queue(passphrase, listener),
            on_success=lambda _: self._unlocked(),
            on_failure=self._unlock_failed,
            name="unlocking the queue",
        )

    def _unlocked(self) -> None:
        mode = self._mode
        mode.passphrase_view.set_busy(False)
        mode.window.status_strip.set_queue_problem(None)
        mode.show_panel(
            lambda: translate("OperatorPanel", "The queue is unlocked. Choices can be saved again.")
        )

    def _unlock_failed(self, error: BaseException) -> None:
        passphrase_view = self._mode.passphrase_view
        passphrase_view.set_busy(False)
        code = stable_code(error)
        if code == "wrong_passphrase":
            passphrase_view.show_message(
                lambda: translate("OperatorPassphrase", "Wrong passphrase. Type it again."),
                error=True,
            )
        else:
            passphrase_view.show_message(
                lambda: translate(
                    "OperatorPassphrase", "The queue could not be unlocked ({code})."
                ).format(code=code),
                error=True,
            )
