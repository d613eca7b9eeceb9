"""``kiosk provision``: turning a freshly installed kiosk into a stand's kiosk, and knowing
whether that was done.

* :mod:`.cli`: the command (interactive for the network's IT person, or scripted);
* :mod:`.answers`: what the command was asked to set, from flags or an answers file, and the
  secrets (environment or standard input, never the command line);
* :mod:`.interview`: the questions of the interactive form;
* :mod:`.settings_file`: writes only the settings given into the stand's TOML file;
* :mod:`.steps`: the queue key, the kiosk's network key, the operator PIN, the registration;
* :mod:`.readiness`: what a production kiosk still lacks (the touchscreen's gate and the
  self-test's lines). No Qt anywhere here.
"""
