"""The PySide6 touchscreen application: a main window hosting one page per flow step.

Everything the citizen can do is decided by :class:`kiosk.flow.EnrolmentFlow`; the pages only
show its state and call its methods. Card and queue work runs off the GUI thread and reaches
widgets through queued signals (:mod:`kiosk.ui.bridges`).
"""
