# Signing in.

login-title = Log in
login-heading = Log in
login-email = Email
login-password = Password
login-submit = Log in
login-submitting = Logging in…
login-passkey = Sign in with a passkey
login-passkey-waiting = Waiting for your passkey…
login-forgot-password = Forgot password?
login-after-setup = Your workspace is ready. Log in with the email and password you just chose.
login-after-reset = Your password has been changed. Log in with your new password.
login-after-logout = You are logged out.

forgot-title = Forgot password
forgot-heading = Reset your password
forgot-intro = Enter the email you log in with and we will send you a link to choose a new password.
forgot-sent = If an account uses that email, a link to choose a new password is on its way. It works for one hour.
forgot-submit = Send reset link
forgot-submitting = Sending…
back-to-login = Back to log in

reset-title = Choose a new password
reset-heading = Choose a new password
reset-link-invalid = This password reset link is no longer valid. Ask for a new one.
reset-send-new-link = Send a new link
reset-intro = After this you are logged out everywhere; log in again with the new password.
reset-new-password = New password
reset-confirm-password = Confirm password
reset-submit = Set new password
reset-submitting = Saving…
password-rule-hint = At least 12 characters. A short sentence is easy to remember and hard to guess.
