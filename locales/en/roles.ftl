# What each role can and cannot do, in the words of the help page people know.

role-admin-can-editor = Everything an Editor can do
role-admin-can-users = Manage users and roles (invite, update, remove)
role-admin-can-settings = Change workspace settings such as language and timezone
role-admin-can-integrations = Configure account-level settings and integrations
role-editor-can-flows = Create and edit flows, campaigns, and triggers
role-editor-can-start = Start flows and send messages
role-editor-can-contacts = Manage contacts (update information, group membership, etc.)
role-editor-can-export = Export flows, contacts, and messages
role-editor-can-reuse = Import and export flows for reuse
role-agent-can-tickets = View and respond to tickets or live chats
role-editor-cannot-settings = Change core workspace settings (like timezone, language, or billing)
role-editor-cannot-users = Manage other users' roles or invitations
role-agent-cannot-flows = Edit flows, campaigns, or triggers
role-agent-cannot-broadcasts = Send broadcasts or manage contacts
role-agent-cannot-settings = Change workspace settings, users, or roles
