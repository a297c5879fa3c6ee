# A workspace's pages: its Home, its first-run setup, its settings and its activity.

# The field for a workspace's name, at setup and in the settings.
workspace-name = Workspace name

# Home. Role names come from role-admin, role-editor and role-agent; in English all three take "an".

home-welcome = Welcome, { $name }
home-joined = You joined { $workspace } as an { $role }.
home-role = You are an { $role } in { $workspace }.
home-no-longer-member = You are no longer a member of this workspace.

# Home for Admins: the workspace at a glance.
home-invite-user = Invite user
home-members = Members
# How many members have each role, each name beside its number.
home-count-admins = Admins
home-count-editors = Editors
home-count-agents = Agents
home-manage-users = Manage users
home-invitations-none = No invitations are waiting.
home-invitations-waiting = { $count ->
    [one] { $count } invitation is waiting to be accepted.
   *[other] { $count } invitations are waiting to be accepted.
}
# $expiring (at least one) of the $count invitations expire this week; English says "expire" for any number of them.
home-invitations-waiting-expiring = { $count ->
    [one] { $count } invitation is waiting to be accepted; it expires this week.
   *[other] { $count } invitations are waiting to be accepted; { $expiring } expire this week.
}
home-see-invitations = See invitations
home-latest-activity = Latest activity
home-all-activity = All activity
# One line of the latest activity: who did it, then what they did, as the Activity page describes it.
home-activity-entry = { $who } { $what }

# Home for Editors and Agents: what their role allows and whom to ask for more.
home-you-can = You can
home-you-cannot = You cannot
home-your-admins = Your admins
home-ask-admins = Ask them when you need access you do not have.
home-other-workspaces = Your other workspaces
# $switcher is the workspace switcher's label (switcher-label).
home-switch-hint = Switch to one with “{ $switcher }” in the menu.
home-sessions = { $count ->
    [one] You are logged in on { $count } device.
   *[other] You are logged in on { $count } devices.
}
home-see-sessions = See your sessions

# First-run setup: a new installation's workspace and its first admin.

setup-heading = Create your workspace
setup-intro = Welcome to Roster. Name your workspace and create the first admin account. The setup code is printed in the server's log when it starts.
setup-code = Setup code
setup-your-name = Your name
setup-submit = Create workspace
setup-submitting = Creating workspace…

# Settings: the overview, and the workspace's own settings.

settings-lead-admin = Change how the workspace works and manage who has access.
settings-lead-viewer = See how the workspace is set up. Only admins can change it.
settings-loading = Loading settings…
settings-read-only = Only admins can change these settings.
# What the workspace's language means, said once on the page.
settings-language-hint = The default for the workspace's flows and messages, and the language of Roster's pages and emails for members who have not chosen their own.
settings-timezone = Timezone
settings-timezone-hint = Type to search, e.g. Kigali or New York. Dates across Roster show in this timezone.
settings-two-factor = Require two-factor authentication
settings-two-factor-hint = Members it covers who have no second factor are sent to set one up before they can use the workspace.
# The choices for who must use two-factor authentication.
settings-two-factor-rule-nobody = No one
settings-two-factor-rule-admins = Admins
settings-two-factor-rule-everyone = Everyone
settings-save = Save
settings-saving = Saving…
settings-saved = Workspace settings saved

# Activity: who did what, newest first.

activity-loading = Loading activity…
# Above the activity of one person; a link to everyone's follows.
activity-person-intro = What { $name } did and what was done to them.
activity-show-everyone = Show everyone's activity
activity-none = Nothing has happened yet
# The table's columns.
activity-when = When
activity-who = Who
activity-what = What
# The pager's name and links.
activity-pages = Activity pages
activity-newest = Newest
activity-older = Older
