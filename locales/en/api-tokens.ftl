# Account menu → API tokens, and the tokens section of a member's details page.

api-tokens-heading = API tokens
api-tokens-lead = A token lets a script or another program use Roster's API in { $workspace } as you, with your role or only to read. Anyone who holds it can do what it allows, so keep it as secret as a password.
api-tokens-create-heading = Create token
api-tokens-name = Name
api-tokens-name-hint = What it is for, such as “HR sync”.
api-tokens-expires = Expires
api-tokens-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
api-tokens-access = Access
api-tokens-access-hint = “Same as my role” does what your role may do at the moment of each call, so it follows any change to your role.
api-tokens-access-read-only = Read only
api-tokens-access-same-as-role = Same as my role
api-tokens-access-same-as-their-role = Same as their role
api-tokens-create = Create token
api-tokens-creating = Creating…
api-tokens-new-heading = Your new token
api-tokens-new-label = New token
api-tokens-shown-once = Copy it now: Roster shows it only this once and keeps only a fingerprint of it.
api-tokens-copy = Copy
api-tokens-copied = Copied.
api-tokens-copy-needs-https = Copying needs HTTPS here: select the token and copy it instead.
api-tokens-copy-refused = The browser did not allow copying: select the token and copy it instead.
api-tokens-list-heading = Your tokens
api-tokens-member-heading = API tokens
api-tokens-loading = Loading tokens…
api-tokens-none = No API tokens.
api-tokens-column-name = Name
api-tokens-column-access = Access
api-tokens-column-created = Created
api-tokens-column-last-used = Last used
api-tokens-column-expires = Expires
api-tokens-column-actions = Actions
api-tokens-never-used = Never
api-tokens-expired = Expired
api-tokens-revoke = Revoke
api-tokens-revoke-title = Revoke this token?
api-tokens-revoke-message = Scripts using “{ $name }” stop working at once. This cannot be undone.
api-tokens-cancel = Cancel
api-tokens-revoked = The token was revoked.
api-tokens-pick-lifetime = Pick 7, 30, 90 or 365 days
api-tokens-too-many = { $count ->
    [one] You already have { $count } token here: revoke one first
   *[other] You already have { $count } tokens here: revoke one first
}
api-tokens-read-only-refused = This token is read only: it cannot change anything
