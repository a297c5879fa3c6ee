# The workspace's history: each entry is the actor's name followed by one of these.

activity-command-line = The server's command line
# Stands in for a person or address the history no longer knows.
activity-someone = someone
activity-workspace-created = created the workspace
activity-member-added = added { $name } as { $role }
activity-invited = invited { $email } as { $role }
activity-invitation-resent = sent the invitation to { $email } again
activity-invitation-cancelled-sender-lost-admin = cancelled the invitation to { $email }, since { $name }, who sent it, is no longer an admin
activity-invitation-cancelled = cancelled the invitation to { $email }
activity-joined = joined as { $role }
activity-role-changed = changed { $name }'s role from { $old } to { $new }
activity-role-changed-unknown = changed { $name }'s role
activity-removed = removed { $name }
activity-sessions-ended = logged { $name } out everywhere
activity-settings-changed = changed the workspace settings
activity-two-factor-enabled = turned on two-factor authentication
activity-two-factor-disabled = turned off two-factor authentication
activity-recovery-codes-replaced = made new recovery codes
activity-two-factor-reset = reset { $name }'s two-factor authentication
activity-passkey-added = added a passkey
activity-passkey-removed = removed a passkey
activity-api-token-created = created the API token “{ $token }”
activity-api-token-created-for = created the API token “{ $token }” for { $name }
activity-api-token-revoked = revoked the API token “{ $token }”
activity-api-token-revoked-of = revoked { $name }'s API token “{ $token }”
# A change a script made: the change, then which of the person's API tokens it used.
activity-via-api-token = { $what } (via API token “{ $token }”)
