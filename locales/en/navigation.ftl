# The signed-in frame: the sidebar, the account menu and the pages' names.

page-home = Home
page-settings = Settings
page-workspace-settings = Workspace settings
page-users = Users
page-user-details = User details
page-invitations = Invitations
page-activity = Activity
page-sessions = Your sessions
page-change-password = Change password
page-two-factor = Two-factor authentication
page-notifications = Email notifications
page-language = Language
page-api-tokens = API tokens

shell-menu = Menu
shell-main-navigation = Main
shell-account-menu = Account menu
shell-log-out = Log out
switcher-label = Switch workspace
switcher-hint = With the keyboard, choose a workspace and press Enter.
switcher-placeholder = Choose a workspace
switcher-submit = Switch

denied-heading = You do not have access to { $page }
denied-heading-unknown = You do not have access to this page
go-to-start = Go to the start page

# Why a page or an action is refused.
denied-flows = Only admins and editors can work on flows, campaigns and triggers
denied-messages = Only admins and editors can send messages and broadcasts
denied-contacts = Only admins and editors can manage contacts
denied-import-export = Only admins and editors can import and export
denied-tickets = Only members of this workspace can handle tickets
denied-view-settings = Only admins and editors can see the workspace settings
denied-change-settings = Only admins can change the workspace settings
denied-users = Only admins can manage users
denied-invitations = Only admins can manage invitations
denied-activity = Only admins can see the activity history
denied-own-account = Only members of this workspace can do this
denied-notifications = Email notifications tell admins when someone joins; only admins receive them.
denied-two-factor-required = { $workspace } requires two-factor authentication. Set it up under Account menu, Two-factor authentication.

# The settings area's sections, in its navigation and on its overview.
settings-section-workspace = Workspace
settings-section-users = Users and invitations
settings-section-workspace-about = The workspace's name, language, timezone and who must use two-factor sign-in.
settings-section-users-about = Who is in the workspace and with which role; invite people and resend or cancel invitations.
settings-section-activity-about = Who invited, joined, changed a role or removed whom, and when.

# A form sent from another site, refused before anything else is read.
denied-cross-site = This request came from another site and was refused
