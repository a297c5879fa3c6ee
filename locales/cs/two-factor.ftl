# Nabídka účtu → Dvoufázové ověření. Nadpis stránky je page-two-factor.

two-factor-lead = Po zadání hesla si Roster vyžádá kód z aplikace ve vašem telefonu, takže samotné ukradené heslo k otevření vašeho účtu nestačí.
# Stavový řádek stránky po zapnutí nebo vypnutí.
two-factor-turned-on = Dvoufázové ověření je zapnuté.
two-factor-turned-off = Dvoufázové ověření je vypnuté.
# Když pravidla pracovních prostorů vyžadují druhý faktor: { $workspace } je název jednoho pracovního
# prostoru, nebo několika oddělených čárkami.
two-factor-required-set-up = Pro práci v { $workspace } je dvoufázové ověření povinné. Nastavte si ho, abyste mohli pokračovat.
two-factor-required-stays-on = Pro práci v { $workspace } je dvoufázové ověření povinné, proto zůstává zapnuté.

# Ověřovací aplikace. „Zapnuto“ a „Vypnuto“ jsou štítky, za každým následuje, co znamená.
two-factor-app-heading = Ověřovací aplikace
two-factor-on = Zapnuto
two-factor-app-on = Při přihlášení se vyžaduje kód z ověřovací aplikace.
two-factor-off = Vypnuto
two-factor-app-off = Při přihlášení se vyžaduje jen heslo.
two-factor-set-up-app = Nastavit ověřovací aplikaci
# Tlačítko, které otevře svůj formulář, a tlačítko toho formuláře.
two-factor-turn-off = Vypnout
# Po současném hesle, před QR kódem.
two-factor-continue = Pokračovat
# Pole pro kód dvoufázového ověření: při jeho vypínání nebo zapínání a ve druhém kroku přihlášení.
two-factor-code = Kód
two-factor-turn-off-code-hint = Z ověřovací aplikace, nebo záložní kód.

# Nastavení aplikace: její QR kód a klíč pro nastavení, pak její první kód.
two-factor-scan-heading = Naskenujte tento kód ověřovací aplikací
two-factor-scan-apps = Poslouží jakákoli aplikace, která vytváří šestimístné přihlašovací kódy, například 1Password, Google Authenticator nebo Microsoft Authenticator.
# Název QR kódu pro čtečky obrazovky.
two-factor-qr-code = Obrázek k naskenování ověřovací aplikací
two-factor-setup-key = Klíč pro nastavení
two-factor-setup-key-hint = Místo skenování můžete tento klíč do aplikace také zadat ručně.
two-factor-turn-on-code-hint = Šestimístný kód, který teď aplikace ukazuje pro Roster.
two-factor-turn-on = Zapnout
two-factor-turning-on = Zapínání…

# Záložní kódy.
two-factor-recovery-codes-heading = Záložní kódy
two-factor-recovery-codes-why = Pro den, kdy nebudete mít po ruce telefon ani své přístupové klíče.
# Za větou výše: kolik kódů zbývá. Prohlížeč tyto texty píše s už doplněným číslem: bez tvarů
# množného čísla, takže druhý text formulujte tak, aby na čísle nic nezáviselo.
two-factor-recovery-codes-left-one = Zbývá 1 záložní kód.
# $count je 0, nebo 2 a více.
two-factor-recovery-codes-left = Počet zbývajících záložních kódů: { $count }.
# Tlačítko, které otevře svůj formulář, a tlačítko toho formuláře.
two-factor-new-recovery-codes = Vytvořit nové záložní kódy
# Nové kódy, zobrazené jen tentokrát.
two-factor-recovery-codes-shown-once = Když ztratíte telefon, každý z těchto kódů vám jednou umožní přihlásit se místo kódu z aplikace. Uložte si je na bezpečné místo: zobrazují se jen teď.
# První řádek stažených nebo zkopírovaných kódů, nad nimi.
two-factor-recovery-codes-file-title = Záložní kódy Roster
two-factor-download = Stáhnout
two-factor-copy = Kopírovat
two-factor-copied = Zkopírováno
two-factor-copy-needs-https = Kopírování tady vyžaduje HTTPS: kódy označte a zkopírujte ručně.
two-factor-copy-refused = Prohlížeč kopírování nepovolil: kódy označte a zkopírujte ručně.
two-factor-done = Hotovo, přejít na úvodní stránku

# Přístupové klíče.
two-factor-passkeys-heading = Přístupové klíče
two-factor-passkeys-intro = Přístupový klíč vás přihlásí otiskem prstu, obličejem, zámkem obrazovky nebo bezpečnostním klíčem: jako druhý krok po hesle, nebo přímo z přihlašovací stránky bez hesla.
# Pod názvem každého přístupového klíče: { $date } je přesný okamžik, nebo „Nikdy“ (moment-never).
two-factor-passkey-added-on = Přidán: { $date }
two-factor-passkey-last-used = Naposledy použit: { $date }
two-factor-passkey-remove = Odebrat
# Název tlačítka Odebrat pro čtečky obrazovky; { $name } je název přístupového klíče.
two-factor-passkey-remove-name = Odebrat { $name }
two-factor-passkey-removed = Přístupový klíč byl odebrán
two-factor-passkey-name = Název přístupového klíče
two-factor-passkey-name-hint = Abyste své přístupové klíče rozeznali, např. Pracovní notebook.
two-factor-passkey-password = Vaše heslo
two-factor-passkey-password-hint = Přístupový klíč přihlašuje bez hesla, proto se při jeho přidání heslo vyžaduje.
two-factor-add-passkey = Přidat přístupový klíč
two-factor-passkey-added = Přístupový klíč byl přidán
two-factor-passkeys-unavailable = Přístupové klíče vyžadují, aby Roster běžel na doménovém jménu; obraťte se na svého administrátora.

# Druhý krok přihlášení, po hesle (/login/two-factor). Jeho nadpis je page-two-factor,
# pole pro kód two-factor-code.
two-factor-sign-in-lead = Zadejte šestimístný kód, který vaše ověřovací aplikace ukazuje pro Roster, nebo použijte přístupový klíč.
two-factor-sign-in-recovery-lead = Zadejte jeden ze záložních kódů, které jste si uložili při zapnutí dvoufázového ověření. Každý funguje jen jednou.
two-factor-sign-in-recovery-code = Záložní kód
two-factor-sign-in-verify = Ověřit
two-factor-sign-in-verifying = Ověřování…
two-factor-sign-in-use-passkey = Použít přístupový klíč
# Odkazy mezi dvěma způsoby druhého kroku.
two-factor-sign-in-use-recovery-code = Použít záložní kód
two-factor-sign-in-use-app = Použít ověřovací aplikaci
