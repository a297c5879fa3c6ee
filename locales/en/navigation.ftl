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
