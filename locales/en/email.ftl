# Emails. Each paragraph is one message, used in both the plain-text and the HTML part.
# A line that ends with a colon is followed by the link itself in the plain-text part;
# "-link" messages are the link's words in the HTML part.

role-admin = Admin
role-editor = Editor
role-agent = Agent

email-invitation-subject = [{ $workspace }] Invitation to join workspace
email-invitation-intro = { $inviter } invited you to join the workspace { $workspace } on Roster as an { $role }.
email-invitation-how = To accept, open this link and choose a password (or log in, if you already have an account):
email-invitation-link = Accept the invitation
email-invitation-expiry = The link works once and expires on { $expires }. If you did not expect this invitation, ignore this message.

email-joined-subject = [{ $workspace }] New user joined your workspace
email-joined-intro = { $name } ({ $email }) accepted an invitation and joined { $workspace } as an { $role }.
email-joined-why = You receive this because you are an admin of { $workspace }. To stop these emails, open this link:
email-joined-link = Stop these emails

email-reset-subject = Reset your Roster password
email-reset-intro = Someone asked to reset the password of your Roster account { $email }.
email-reset-how = To choose a new password, open this link within one hour:
email-reset-link = Choose a new password
email-reset-ignore = The link works once. If you did not ask for it, ignore this message; your password stays as it is.

email-password-changed-subject = Your Roster password was changed
email-password-changed-intro = The password of your Roster account { $email } was just changed, and every device signed in with the old one was signed out.
email-password-changed-how = If this was you, there is nothing to do. If it was not, choose a new password now:
email-password-changed-link = Choose a new password now

# Two-factor and passkey notices share the closing paragraph.
email-security-how = If this was you, there is nothing to do. If it was not, change your password now and check your two-factor settings:
email-security-link = Change your password and check your two-factor settings

email-two-factor-on-subject = Two-factor authentication is on for your Roster account
email-two-factor-on-intro = Two-factor authentication was just turned on for your Roster account { $email }. Signing in now needs a code from your authenticator app or a recovery code.
email-two-factor-off-subject = Two-factor authentication is off for your Roster account
email-two-factor-off-intro = Two-factor authentication was just turned off for your Roster account { $email }. Signing in now needs only your password.
email-recovery-codes-subject = New recovery codes for your Roster account
email-recovery-codes-intro = New recovery codes were just made for your Roster account { $email }; the old ones no longer work.
email-two-factor-reset-subject = Your Roster two-factor authentication was reset
email-two-factor-reset-intro = An admin of { $workspace } reset the two-factor authentication of your Roster account { $email }, and your sessions in { $workspace } were logged out. Log in with your password and set up two-factor authentication again.
email-wrong-codes-subject = Someone may know your Roster password
email-wrong-codes-intro = Someone signed in to your Roster account { $email } with the right password, then typed several wrong two-factor codes. Two-factor authentication kept them out, but they may know your password.
email-passkey-added-subject = A passkey was added to your Roster account
email-passkey-added-intro = A passkey was just added to your Roster account { $email }. It can sign in to your account without a password.
email-passkey-removed-subject = A passkey was removed from your Roster account
email-passkey-removed-intro = A passkey was just removed from your Roster account { $email }.
