# What the server answers about two-factor authentication and passkeys when something cannot
# be done, beside the field it is about or above the form.

# The second step of signing in, after the password.
two-factor-sign-in-expired = Your sign-in has expired. Log in again.
two-factor-enter-the-code = Enter the code from your authenticator app
two-factor-wrong-code = This code is not right. Type the code your app shows now, or a recovery code you have not used.
two-factor-too-many-wrong-codes = Too many wrong codes. Log in again.

# Setting up the authenticator app. "Roster" is the name the app shows above the code, and
# “Set up authenticator app” is the button two-factor-set-up-app.
two-factor-already-on = Two-factor authentication is already on
two-factor-start-setup-again = Start again with “Set up authenticator app”
two-factor-wrong-setup-code = This code is not right. Type the 6-digit code your app shows now for Roster.
two-factor-setup-changed-elsewhere = Two-factor authentication was set up or started again elsewhere meanwhile. Reload this page.

# Recovery codes, and turning two-factor authentication off.
two-factor-turn-on-first = Turn on two-factor authentication first
two-factor-enter-a-code = Enter a code from your authenticator app
# { $workspace } names one workspace, or several separated by commas; { $count } is how many.
two-factor-required-cannot-turn-off = { $count ->
    [one] { $workspace } requires two-factor authentication, so it cannot be turned off
   *[other] { $workspace } require two-factor authentication, so it cannot be turned off
}

# An admin resetting a member's two-factor authentication (Users → a member).
two-factor-reset-own = Turn off your own two-factor authentication on your two-factor page
two-factor-nothing-to-reset = This member has no two-factor authentication to reset

# Adding and removing passkeys.
two-factor-passkey-name-missing = Name the passkey, such as “Work laptop” or “Phone”
two-factor-passkey-name-taken = You already have a passkey by this name; give this one another
two-factor-passkey-not-added = The passkey could not be added. Try again.
two-factor-passkey-already-added = This passkey was already added
# When the person removes their last passkey: { $workspace } names one workspace, or several
# separated by commas; { $count } is how many.
two-factor-required-keep-passkey = { $count ->
    [one] { $workspace } requires two-factor authentication: set up an authenticator app or add another passkey first
   *[other] { $workspace } require two-factor authentication: set up an authenticator app or add another passkey first
}

# Using a passkey: as the second step of signing in, or to sign in without a password.
two-factor-passkey-ceremony-over = This took too long or was already answered. Try again.
two-factor-no-passkey-yet = You have no passkey yet. Use a code from your authenticator app or a recovery code.
two-factor-passkey-not-accepted = This passkey was not accepted. Try again, or use another way to sign in.
two-factor-passkey-sign-in-refused = This passkey was not accepted. Log in with your email and password.

# Shown by the browser itself when a passkey ceremony ends without an answer.
two-factor-no-passkey-used = No passkey was used. Try again, or use another way to sign in.
# Followed by a colon and the technical detail.
two-factor-passkey-unreadable = The passkey's data could not be read
