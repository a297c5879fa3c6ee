# The person's own language, at Account menu → Language and on the signed-out pages.

language-heading = Language
language-intro = Roster shows you its pages and writes you email in this language.
# The choice of someone who has not picked one: their browser's language, else the workspace's.
language-automatic = Automatic ({ $language })
language-automatic-hint = Until you choose, Roster follows your browser's language, and the workspace's language when your browser's is not one of Roster's.
language-saved = Your language is saved.
language-unknown = Choose a language from the list.
language-saving = Saving…

# Account menu → Your sessions.
sessions-heading = Your sessions
sessions-lead = Each device or browser you are logged in on. Log out any you do not recognise, and change your password if you think someone else knows it.
sessions-loading = Loading sessions…
sessions-end-others = Log out all other sessions
sessions-ended-none = There were no other sessions to log out
sessions-ended-one = Logged out 1 other session
# Shown for two or more; the browser fills in the number, so the wording must not depend on it.
sessions-ended-many = Other sessions logged out: { $count }
sessions-ended-this = Session logged out
sessions-device = Device
sessions-ip = IP address
sessions-signed-in = Signed in
sessions-last-active = Last active
sessions-actions = Actions
sessions-this-device = This device
sessions-active-now = Active now
sessions-log-out = Log out

# Account menu → Change password.
change-password-heading = Change password
change-password-lead = Changing your password logs you out on every other device.
change-password-current = Current password
change-password-new = New password
change-password-confirm = Confirm new password
change-password-submit = Change password
change-password-submitting = Changing password…
change-password-changed = Your password has been changed. Your other devices have been logged out.

# A device in the sessions list: its browser and system, as the browser names them.
sessions-browser-on = { $browser } on { $os }
sessions-unknown-browser = Unknown browser
# The IP address of a session that has none on record.
sessions-unknown-ip = Unknown
