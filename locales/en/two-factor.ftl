# Account menu → Two-factor authentication. Its heading is page-two-factor.

two-factor-lead = After your password, Roster asks for a code from an app on your phone, so a stolen password alone does not open your account.
# The page's status line after turning it on or off.
two-factor-turned-on = Two-factor authentication is on.
two-factor-turned-off = Two-factor authentication is off.
# When workspaces' rules require a second factor: { $workspace } names one workspace, or
# several separated by commas.
two-factor-required-set-up = { $workspace } requires two-factor authentication. Set it up to continue.
two-factor-required-stays-on = { $workspace } requires two-factor authentication, so it stays on.

# The authenticator app. "On" and "Off" are badges, each followed by what it means.
two-factor-app-heading = Authenticator app
two-factor-on = On
two-factor-app-on = Your sign-in asks for a code from your authenticator app.
two-factor-off = Off
two-factor-app-off = Your sign-in asks only for your password.
two-factor-set-up-app = Set up authenticator app
# A button that opens its form, and that form's button.
two-factor-turn-off = Turn off
# After the current password, before the QR code.
two-factor-continue = Continue
# The field of a two-factor code: when turning it off or on, and on the second step of signing in.
two-factor-code = Code
two-factor-turn-off-code-hint = From your authenticator app, or a recovery code.

# Setting up the app: its QR code and setup key, then its first code.
two-factor-scan-heading = Scan this code with your authenticator app
two-factor-scan-apps = Any app that makes 6-digit sign-in codes works, such as 1Password, Google Authenticator or Microsoft Authenticator.
# The QR code's name for screen readers.
two-factor-qr-code = Image to scan with your authenticator app
two-factor-setup-key = Setup key
two-factor-setup-key-hint = Or type this key into the app instead of scanning.
two-factor-turn-on-code-hint = The 6-digit code the app now shows for Roster.
two-factor-turn-on = Turn on
two-factor-turning-on = Turning on…

# Recovery codes.
two-factor-recovery-codes-heading = Recovery codes
two-factor-recovery-codes-why = For the day you have neither your phone nor your passkeys.
# After the sentence above: how many codes are left. The browser writes these with the number
# already written out: no plural forms, so word the second so that nothing depends on it.
two-factor-recovery-codes-left-one = 1 recovery code left.
# $count is 0, or 2 or more.
two-factor-recovery-codes-left = { $count } recovery codes left.
# A button that opens its form, and that form's button.
two-factor-new-recovery-codes = Make new recovery codes
# New codes, shown this once.
two-factor-recovery-codes-shown-once = If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Keep them somewhere safe: they are shown only now.
# The first line of the downloaded or copied codes, above them.
two-factor-recovery-codes-file-title = Roster recovery codes
two-factor-download = Download
two-factor-copy = Copy
two-factor-copied = Copied
two-factor-copy-needs-https = Copying needs HTTPS here: select the codes and copy them instead.
two-factor-copy-refused = The browser did not allow copying: select the codes and copy them instead.
two-factor-done = Done, go to the start page

# Passkeys.
two-factor-passkeys-heading = Passkeys
two-factor-passkeys-intro = A passkey signs you in with your fingerprint, face, screen lock or a security key: as the second step after your password, or from the sign-in page without one.
# Under each passkey's name: { $date } is the exact moment, or "Never" (moment-never).
two-factor-passkey-added-on = Added { $date }
two-factor-passkey-last-used = Last used { $date }
two-factor-passkey-remove = Remove
# The Remove button's name for screen readers; { $name } is the passkey's name.
two-factor-passkey-remove-name = Remove { $name }
two-factor-passkey-removed = Passkey removed
two-factor-passkey-name = Passkey name
two-factor-passkey-name-hint = So you can tell your passkeys apart, e.g. Work laptop.
two-factor-passkey-password = Your password
two-factor-passkey-password-hint = A passkey signs in without your password, so adding one asks for it.
two-factor-add-passkey = Add a passkey
two-factor-passkey-added = Passkey added
two-factor-passkeys-unavailable = Passkeys need Roster at a domain name; ask your administrator.

# The second step of signing in, after the password (/login/two-factor). Its heading is
# page-two-factor, its code field two-factor-code.
two-factor-sign-in-lead = Type the 6-digit code your authenticator app shows for Roster, or use a passkey.
two-factor-sign-in-recovery-lead = Type one of the recovery codes you saved when you turned on two-factor authentication. Each works once.
two-factor-sign-in-recovery-code = Recovery code
two-factor-sign-in-verify = Verify
two-factor-sign-in-verifying = Verifying…
two-factor-sign-in-use-passkey = Use a passkey
# Links between the two ways of the second step.
two-factor-sign-in-use-recovery-code = Use a recovery code
two-factor-sign-in-use-app = Use your authenticator app
