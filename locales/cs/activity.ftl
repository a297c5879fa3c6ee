# Historie pracovního prostoru: každý záznam je jméno toho, kdo akci provedl, a za ním jeden z těchto textů.
# Slovesa jsou ve tvaru „vytvořil(a)“, aby seděla ke jménu kohokoli.

activity-command-line = Příkazový řádek serveru
# Zastupuje osobu nebo adresu, kterou už historie nezná.
activity-someone = (neznámo)
activity-workspace-created = vytvořil(a) pracovní prostor
activity-member-added = přidal(a) uživatele { $name } s rolí { $role }
activity-invited = poslal(a) pozvánku na { $email } s rolí { $role }
activity-invitation-resent = znovu odeslal(a) pozvánku na { $email }
activity-invitation-cancelled-sender-lost-admin = zrušil(a) pozvánku pro { $email }, protože uživatel { $name }, který ji poslal, už nemá roli administrátora
activity-invitation-cancelled = zrušil(a) pozvánku pro { $email }
activity-joined = připojil(a) se k pracovnímu prostoru s rolí { $role }
activity-role-changed = změnil(a) uživateli { $name } roli { $old } na { $new }
activity-role-changed-unknown = změnil(a) roli uživatele { $name }
activity-removed = odebral(a) uživatele { $name } z pracovního prostoru
activity-sessions-ended = odhlásil(a) uživatele { $name } všude
activity-settings-changed = změnil(a) nastavení pracovního prostoru
activity-two-factor-enabled = zapnul(a) dvoufázové ověření
activity-two-factor-disabled = vypnul(a) dvoufázové ověření
activity-recovery-codes-replaced = vytvořil(a) nové záložní kódy
activity-two-factor-reset = resetoval(a) dvoufázové ověření uživatele { $name }
activity-passkey-added = přidal(a) přístupový klíč
activity-passkey-removed = odebral(a) přístupový klíč
activity-api-token-created = vytvořil(a) API token „{ $token }“
activity-api-token-created-for = vytvořil(a) API token „{ $token }“ pro uživatele { $name }
activity-api-token-revoked = zneplatnil(a) API token „{ $token }“
activity-api-token-revoked-of = zneplatnil(a) API token „{ $token }“ uživatele { $name }
# Změna, kterou provedl skript: nejdřív změna, pak který z API tokenů dané osoby použil.
activity-via-api-token = { $what } (přes API token „{ $token }“)
