# The Invitations tab: Settings → Users and invitations → Invitations.

invitations-pending-heading = Pending invitations
# A button that opens the invite form, and that form's heading.
invitations-invite-user = Invite user
invitations-loading = Loading invitations…
invitations-none-pending = No pending invitations

# The table's column headings; where the rows stack on a phone, each cell's label too.
invitations-column-email = Email
invitations-column-role = Role
invitations-column-status = Status
invitations-column-sent = Sent
# Read only by screen readers: the column of each row's buttons.
invitations-column-actions = Actions

# An invitation's state, in a badge.
invitations-status-pending = Pending
invitations-status-expired = Expired
# Beside the badge: whether the email with the link has gone out.
invitations-delivery-queued = Email queued
invitations-delivery-sent = Email sent
invitations-delivery-failed = Email failed
# Under the day it was sent: { $date } is the exact moment the link stops, or stopped, working.
invitations-expires = Expires { $date }
invitations-expired = Expired { $date }

invitations-resend = Resend
# The trash button's name for screen readers.
invitations-cancel-for = Cancel invitation for { $email }
invitations-resent = Invitation sent again with a new link
invitations-cancelled = Invitation cancelled; its link no longer works

# Asking before cancelling an invitation; { $name } is the invited email.
invitations-cancel-title = Cancel the invitation for { $name }?
invitations-cancel-message = The link in the email stops working at once. You can invite them again later.
invitations-cancel-confirm = Cancel invitation
invitations-cancel-keep = Keep invitation

# The invite form.
invitations-field-emails = Email
# { $count } is the most addresses one invitation form may carry (100).
invitations-field-emails-hint = Several people? Separate their addresses with commas or new lines, up to { $count }.
invitations-field-role = Role
# What a role can and cannot do: the role's abilities or limits, separated by semicolons.
invitations-role-can = Can: { $abilities }
invitations-role-cannot = Cannot: { $limits }
# On phones a role's description shows one line until "More".
invitations-role-more = More
invitations-role-less = Less
# Read after "More" or "Less" by screen readers only: whose description the button opens.
invitations-role-about = about { $role }
invitations-field-language = Invitation language
invitations-field-language-hint = The workspace's language is { $language }. Pick another for the people you invite now.
# The list of what happened to each address, when several were invited at once.
invitations-results = Results per address
invitations-result-sent = { $email }: invitation sent
# { $problem } says why, as a short clause.
invitations-result-not-sent = { $email }: not sent, { $problem }
invitations-close = Close
invitations-send = Send invitation
invitations-sending = Sending…

# What the page says once invitations went out. The browser fills in the numbers, so
# these take no plural forms: each sentence must read right for any number.
invitations-sent-to = Invitation sent to { $email }
invitations-sent-count = { $sent } of { $total } invitations sent
# { $failed } lists the addresses that were not sent, separated by commas.
invitations-sent-some = { $sent } of { $total } invitations sent. Not sent: { $failed }

# The page an invitation's link opens, also for visitors who are not signed in.

invitations-accept-loading = Loading the invitation…
invitations-accept-heading-invalid = Join a workspace
invitations-accept-go-to-login = Go to log in
invitations-accept-heading = Join { $workspace }
# { $role } is the role's name (Admin, Editor or Agent); { $expires } the exact moment.
invitations-accept-intro = { $inviter } invited { $email } to join { $workspace } as an { $role }. The invitation expires on { $expires }.
# { $role } is the role's name (Admin, Editor or Agent).
invitations-role-abilities = What an { $role } can do
invitations-accept-signed-in-as-other = You are logged in as { $other }, but this invitation is for { $invited }.
invitations-accept-log-out = Log out and continue
invitations-accept-signed-in = You are logged in as { $email }.
invitations-accept-has-account = You already have an account as { $email }: enter its password to join.
invitations-accept-name = Name
# A two-factor code, asked for when the account has two-factor authentication on.
invitations-accept-code = Code
invitations-accept-code-hint = From your authenticator app, or a recovery code.
invitations-accept-join = Join workspace
invitations-accept-joining = Joining…

# Account menu → Email notifications: the email an admin gets when someone joins.

notifications-join-emails = Email me when someone joins this workspace
notifications-join-emails-on = You will get an email when someone joins
notifications-join-emails-off = You will no longer get an email when someone joins
notifications-save = Save
