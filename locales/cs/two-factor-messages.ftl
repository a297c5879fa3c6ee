# Co server odpovídá o dvoufázovém ověření a přístupových klíčích, když něco nejde udělat, vedle pole,
# kterého se to týká, nebo nad formulářem.

# Druhý krok přihlášení, po hesle.
two-factor-sign-in-expired = Platnost přihlášení vypršela. Přihlaste se znovu.
two-factor-enter-the-code = Zadejte kód z ověřovací aplikace
two-factor-wrong-code = Tento kód není správný. Zadejte kód, který aplikace ukazuje právě teď, nebo záložní kód, který jste ještě nepoužili.
two-factor-too-many-wrong-codes = Příliš mnoho nesprávných kódů. Přihlaste se znovu.

# Nastavení ověřovací aplikace. „Roster“ je název, který aplikace ukazuje nad kódem, a „Nastavit
# ověřovací aplikaci“ je tlačítko two-factor-set-up-app.
two-factor-already-on = Dvoufázové ověření už je zapnuté
two-factor-start-setup-again = Začněte znovu tlačítkem „Nastavit ověřovací aplikaci“
two-factor-wrong-setup-code = Tento kód není správný. Zadejte šestimístný kód, který teď aplikace ukazuje pro Roster.
two-factor-setup-changed-elsewhere = Dvoufázové ověření bylo mezitím jinde nastaveno nebo se jeho nastavení začalo znovu. Načtěte tuto stránku znovu.

# Záložní kódy a vypnutí dvoufázového ověření.
two-factor-turn-on-first = Nejdřív zapněte dvoufázové ověření
two-factor-enter-a-code = Zadejte kód z ověřovací aplikace
# { $workspace } je název jednoho pracovního prostoru, nebo několika oddělených čárkami; { $count } je jejich počet.
two-factor-required-cannot-turn-off = { $count ->
    [one] Pracovní prostor { $workspace } vyžaduje dvoufázové ověření, proto ho nelze vypnout
    [few] Pracovní prostory { $workspace } vyžadují dvoufázové ověření, proto ho nelze vypnout
    [many] Pracovní prostory { $workspace } vyžadují dvoufázové ověření, proto ho nelze vypnout
   *[other] Pracovní prostory { $workspace } vyžadují dvoufázové ověření, proto ho nelze vypnout
}

# Administrátor resetuje dvoufázové ověření člena (Uživatelé → člen).
two-factor-reset-own = Své vlastní dvoufázové ověření vypněte na své stránce Dvoufázové ověření
two-factor-nothing-to-reset = Tento člen nemá dvoufázové ověření, které by šlo resetovat

# Přidávání a odebírání přístupových klíčů.
two-factor-passkey-name-missing = Pojmenujte přístupový klíč, například „Pracovní notebook“ nebo „Telefon“
two-factor-passkey-name-taken = Přístupový klíč s tímto názvem už máte; tento pojmenujte jinak
two-factor-passkey-not-added = Přístupový klíč se nepodařilo přidat. Zkuste to znovu.
two-factor-passkey-already-added = Tento přístupový klíč už byl přidán
# Když uživatel odebírá svůj poslední přístupový klíč: { $workspace } je název jednoho pracovního
# prostoru, nebo několika oddělených čárkami; { $count } je jejich počet.
two-factor-required-keep-passkey = { $count ->
    [one] Pracovní prostor { $workspace } vyžaduje dvoufázové ověření: nejdřív si nastavte ověřovací aplikaci nebo přidejte další přístupový klíč
    [few] Pracovní prostory { $workspace } vyžadují dvoufázové ověření: nejdřív si nastavte ověřovací aplikaci nebo přidejte další přístupový klíč
    [many] Pracovní prostory { $workspace } vyžadují dvoufázové ověření: nejdřív si nastavte ověřovací aplikaci nebo přidejte další přístupový klíč
   *[other] Pracovní prostory { $workspace } vyžadují dvoufázové ověření: nejdřív si nastavte ověřovací aplikaci nebo přidejte další přístupový klíč
}

# Použití přístupového klíče: jako druhý krok přihlášení, nebo k přihlášení bez hesla.
two-factor-passkey-ceremony-over = Trvalo to příliš dlouho, nebo už to bylo vyřízeno. Zkuste to znovu.
two-factor-no-passkey-yet = Zatím nemáte žádný přístupový klíč. Použijte kód z ověřovací aplikace nebo záložní kód.
two-factor-passkey-not-accepted = Tento přístupový klíč nebyl přijat. Zkuste to znovu, nebo se přihlaste jiným způsobem.
two-factor-passkey-sign-in-refused = Tento přístupový klíč nebyl přijat. Přihlaste se e-mailem a heslem.

# Zobrazuje sám prohlížeč, když použití přístupového klíče skončí bez odpovědi.
two-factor-no-passkey-used = Nebyl použit žádný přístupový klíč. Zkuste to znovu, nebo se přihlaste jiným způsobem.
# Následuje dvojtečka a technické podrobnosti.
two-factor-passkey-unreadable = Data přístupového klíče se nepodařilo přečíst
