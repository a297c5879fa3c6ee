# What forms and actions answer when something cannot be done, beside the field it is about.

rules-password-too-short = { $count ->
    [one] Use at least { $count } character; a short sentence works well
   *[other] Use at least { $count } characters; a short sentence works well
}
rules-too-long = { $count ->
    [one] Use at most { $count } character
   *[other] Use at most { $count } characters
}
rules-enter-your-name = Enter your name
rules-enter-a-name = Enter a name
rules-enter-a-workspace-name = Enter a workspace name
rules-no-control-characters = Remove line breaks and other control characters
rules-enter-an-email = Enter an email address
rules-enter-a-valid-email = Enter a valid email address, like name@example.com
rules-common-password = This password is on a list of common passwords; choose another
rules-passwords-differ = The two passwords differ

invitations-link-invalid = This invitation link is no longer valid. Ask an admin of the workspace to resend it.
invitations-too-many-addresses = { $count ->
    [one] Invite at most { $count } address at a time
   *[other] Invite at most { $count } addresses at a time
}
invitations-already-member = { $email } is already a member
invitations-already-invited = { $email } is already invited — resend instead
invitations-already-pending = This invitation is still pending
invitations-already-accepted = This invitation was already accepted
invitations-already-cancelled = This invitation was already cancelled
invitations-already-expired = This invitation was already expired
invitations-signed-in-as-other = You are logged in as { $current }. Log out and continue to join as { $invitee }.
invitations-not-the-password = This is not the password of { $email }
invitations-enter-code = Enter the code from your authenticator app, or a recovery code
invitations-wrong-code = This code is not right. Type the code your app shows now, or a recovery code you have not used.
invitations-account-just-created = An account with this email was just created. Log in with it and open the link again.

users-last-admin = A workspace must have at least one admin

setup-already-done = This Roster is already set up. Log in instead.
setup-enter-code = Enter the setup code printed in the server's log
setup-wrong-code = That setup code is not right. Copy it from the server's start-up log.
workspace-name-taken = A workspace named "{ $name }" already exists
workspace-timezone-unknown = Choose a timezone from the list, such as Africa/Kigali
workspace-two-factor-rule-unknown = Choose No one, Admins or Everyone
workspace-logged-out-by-admin = An admin logged you out of this workspace. Log in again to open it.

rules-enter-your-password = Enter your password
rules-enter-current-password = Enter your current password
rules-not-current-password = This is not your current password
rules-new-passwords-differ = The two new passwords differ

rules-choose-a-role = Choose a role: Admin, Editor or Agent
