# The "Users and invitations" settings area: its heading, which also names its row of tabs.

people-heading = Users and invitations

# The Users tab: its heading, the search and the members table.

users-members-heading = Members
users-invite-user = Invite user
users-search-label = Search users
users-search-placeholder = Name or email
# Shown beside the search while the list follows what was typed.
users-searching = Searching…
users-loading = Loading users…
# The members table's headings; the details page names the same facts the same way.
users-name = Name
users-email = Email
users-role = Role
users-two-factor = Two-factor
users-joined = Joined
users-last-active = Last active
# The hidden heading of the column of trash buttons.
users-actions = Actions
# After the name of the admin looking at the list.
users-you = (you)
users-two-factor-on = On
users-two-factor-off = Off

# How many members the list shows. The browser writes these as each search answers, with
# the numbers already written out: they take no plural forms, so word them so that nothing
# depends on the number ("Matching users: { $total }"). The ones with "1" are for exactly one.
users-count-none-match = No users match your search
users-count-one-match = 1 user matches
users-count-one = 1 user
# $total is 2 or more.
users-count-all-match = { $total } users match
# $total is 2 or more.
users-count-all = { $total } users
# Past the last page, as after removing the only person on it.
users-count-past-the-end = No users on this page, { $total } in all
# Where this page sits among all the members: positions $first to $last.
users-count-range = { $first }–{ $last } of { $total } users
users-count-range-matching = { $first }–{ $last } of { $total } matching users
# When the page's position is not known: only how many it shows.
users-count-part = { $shown } of { $total } users
users-count-part-matching = { $shown } of { $total } matching users

# When a search finds no one: links to start over, and to invite the address searched for.
users-clear-search = Clear search
users-invite-address = Invite { $email }
users-first-page = First page
users-pages = User pages
users-previous-page = Previous
users-next-page = Next

# Removing someone from the workspace, from the list or from their details page.
users-remove-name = Remove { $name }
users-remove-title = Remove { $name }?
users-removal-consequences = They lose access to this workspace at once, on every device. Their account and past activity stay.
users-remove = Remove
users-keep = Keep
users-removed = User removed from the workspace
# After the removal's consequences when the person is an admin who invited people. The
# browser writes these for the list, with the number already written out: no plural forms,
# so word them so that nothing depends on the number.
users-cancels-one-invitation = Their 1 pending invitation will be cancelled.
# $count is 2 or more.
users-cancels-invitations = Their { $count } pending invitations will be cancelled.
# The same, as the details page says it.
users-invitations-to-cancel = { $count ->
    [one] Their { $count } pending invitation will be cancelled.
   *[other] Their { $count } pending invitations will be cancelled.
}

# The user details page.

users-back-to-users = Back to users
users-activity-of = Activity of { $name }
users-save-role = Save
users-saving-role = Saving…
users-role-saved = Role saved. It applies on their next page, on every device.
users-demote-title = Make { $name } no longer an admin?
# $invitations says which of their invitations are cancelled too.
users-demote-message = They lose the right to manage users and settings. { $invitations }
users-change-role = Change role
users-keep-admin = Keep as admin

users-sessions-heading = Sessions
users-sessions-intro = Signs them out of this workspace on every device; they can log in again.
users-log-out-everywhere = Log out everywhere
users-log-out-title = Log { $name } out everywhere?
users-log-out-message = Every device they are logged in on is signed out of this workspace at once. Their sessions in other workspaces stay.
users-keep-logged-in = Keep them logged in
# The browser writes this with the number already written out: no plural forms, so word it
# so that nothing depends on the number.
users-sessions-ended = Logged out of { $count } sessions in this workspace

users-two-factor-intro = For someone who lost their phone and their recovery codes: they sign in with their password alone, then set it up again.
users-reset-two-factor = Reset two-factor
users-reset-two-factor-title = Reset { $name }'s two-factor authentication?
users-reset-two-factor-message = Their authenticator app and recovery codes stop working, and they are logged out of this workspace. Do this only when you are sure it is them asking.
users-keep-two-factor = Keep it
users-two-factor-was-reset = Two-factor authentication reset. They were logged out of this workspace and told by email.

users-membership-heading = Membership
users-membership-intro = Removing them ends their access here; their account and past activity stay.
