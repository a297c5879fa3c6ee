# Karta Pozvánky: Nastavení → Uživatelé a pozvánky → Pozvánky.

invitations-pending-heading = Čekající pozvánky
# Tlačítko, které otevře formulář pozvánky, a nadpis tohoto formuláře.
invitations-invite-user = Pozvat uživatele
invitations-loading = Načítání pozvánek…
invitations-none-pending = Žádné čekající pozvánky

# Záhlaví sloupců tabulky; kde se na telefonu řádky skládají pod sebe, také popisek každé buňky.
invitations-column-email = E-mail
invitations-column-role = Role
invitations-column-status = Stav
invitations-column-sent = Odesláno
# Čtou jen čtečky obrazovky: sloupec s tlačítky každého řádku.
invitations-column-actions = Akce

# Stav pozvánky ve štítku.
invitations-status-pending = Čeká
invitations-status-expired = Vypršela
# Vedle štítku: zda už e-mail s odkazem odešel.
invitations-delivery-queued = E-mail ve frontě
invitations-delivery-sent = E-mail odeslán
invitations-delivery-failed = E-mail se nepodařilo odeslat
# Pod dnem odeslání: { $date } je přesný okamžik, kdy odkaz přestane, nebo přestal, fungovat.
invitations-expires = Platí do { $date }
invitations-expired = Platnost vypršela { $date }

invitations-resend = Poslat znovu
# Název tlačítka koše pro čtečky obrazovky.
invitations-cancel-for = Zrušit pozvánku pro { $email }
invitations-resent = Pozvánka byla znovu odeslána s novým odkazem
invitations-cancelled = Pozvánka byla zrušena; její odkaz už nefunguje

# Dotaz před zrušením pozvánky; { $name } je pozvaný e-mail.
invitations-cancel-title = Zrušit pozvánku pro { $name }?
invitations-cancel-message = Odkaz v e-mailu okamžitě přestane fungovat. Později můžete tuto osobu pozvat znovu.
invitations-cancel-confirm = Zrušit pozvánku
invitations-cancel-keep = Ponechat pozvánku

# Formulář pozvánky.
invitations-field-emails = E-mail
# { $count } je nejvyšší počet adres, který jeden formulář pozvánky pojme (100).
invitations-field-emails-hint = Více lidí? Oddělte jejich adresy čárkami nebo novými řádky, nejvýše { $count }.
invitations-field-role = Role
# Co role může a nemůže: její oprávnění nebo omezení, oddělená středníky.
invitations-role-can = Může: { $abilities }
invitations-role-cannot = Nemůže: { $limits }
# Na telefonech ukazuje popis role jeden řádek, dokud se neklepne na „Více“.
invitations-role-more = Více
invitations-role-less = Méně
# Jen pro čtečky obrazovky, čte se po „Více“ nebo „Méně“: čí popis tlačítko otevírá.
invitations-role-about = o roli { $role }
invitations-field-language = Jazyk pozvánky
invitations-field-language-hint = Jazyk pracovního prostoru je { $language }. Pro lidi, které zvete teď, můžete zvolit jiný.
# Seznam toho, jak dopadla každá adresa, když bylo pozváno více lidí najednou.
invitations-results = Výsledky podle adres
invitations-result-sent = { $email }: pozvánka odeslána
# { $problem } krátce říká proč.
invitations-result-not-sent = { $email }: neodesláno, { $problem }
invitations-close = Zavřít
invitations-send = Odeslat pozvánku
invitations-sending = Odesílání…

# Co stránka řekne, když pozvánky odešly. Čísla doplňuje prohlížeč, proto
# tyto texty nemají tvary množného čísla: každá věta musí znít správně s jakýmkoli číslem.
invitations-sent-to = Pozvánka odeslána na { $email }
invitations-sent-count = Odeslané pozvánky: { $sent } z { $total }
# { $failed } vypisuje adresy, na které se nic neodeslalo, oddělené čárkami.
invitations-sent-some = Odeslané pozvánky: { $sent } z { $total }. Neodesláno: { $failed }

# Stránka, kterou otevře odkaz z pozvánky, i pro návštěvníky, kteří nejsou přihlášeni.

invitations-accept-loading = Načítání pozvánky…
invitations-accept-heading-invalid = Připojte se k pracovnímu prostoru
invitations-accept-go-to-login = Přejít na přihlášení
invitations-accept-heading = Připojte se k pracovnímu prostoru { $workspace }
# { $role } je název role (Administrátor, Editor nebo Agent); { $expires } přesný okamžik.
invitations-accept-intro = { $inviter } zve { $email } do pracovního prostoru { $workspace } s rolí { $role }. Pozvánka platí do { $expires }.
# { $role } je název role (Administrátor, Editor nebo Agent).
invitations-role-abilities = Co umožňuje role { $role }
invitations-accept-signed-in-as-other = Jste přihlášeni jako { $other }, ale tato pozvánka je pro { $invited }.
invitations-accept-log-out = Odhlásit se a pokračovat
invitations-accept-signed-in = Jste přihlášeni jako { $email }.
invitations-accept-has-account = Účet s e-mailem { $email } už máte: zadejte jeho heslo a připojte se.
invitations-accept-name = Jméno
# Kód dvoufázového ověření, vyžádaný, když má účet dvoufázové ověření zapnuté.
invitations-accept-code = Kód
invitations-accept-code-hint = Z ověřovací aplikace, nebo záložní kód.
invitations-accept-join = Připojit se
invitations-accept-joining = Připojování…

# Nabídka účtu → E-mailová oznámení: e-mail, který dostane administrátor, když se někdo připojí.

notifications-join-emails = Poslat mi e-mail, když se k tomuto pracovnímu prostoru někdo připojí
notifications-join-emails-on = Když se někdo připojí, dostanete e-mail
notifications-join-emails-off = Když se někdo připojí, už e-mail nedostanete
notifications-save = Uložit
