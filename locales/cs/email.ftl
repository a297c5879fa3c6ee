# E-maily. Každý odstavec je jedna zpráva, použitá v textové i v HTML části.
# Za řádkem, který končí dvojtečkou, následuje v textové části samotný odkaz;
# zprávy „-link“ jsou slova odkazu v HTML části.

role-admin = Administrátor
role-editor = Editor
role-agent = Agent

email-invitation-subject = [{ $workspace }] Pozvánka do pracovního prostoru
email-invitation-intro = { $inviter } vás zve do pracovního prostoru { $workspace } v aplikaci Roster s rolí { $role }.
email-invitation-how = Chcete-li pozvánku přijmout, otevřete tento odkaz a zvolte si heslo (nebo se přihlaste, pokud už účet máte):
email-invitation-link = Přijmout pozvánku
email-invitation-expiry = Odkaz lze použít jen jednou a platí do { $expires }. Pokud jste tuto pozvánku nečekali, tuto zprávu ignorujte.

email-joined-subject = [{ $workspace }] Do vašeho pracovního prostoru se připojil nový uživatel
email-joined-intro = Uživatel { $name } ({ $email }) přijal pozvánku a připojil se k pracovnímu prostoru { $workspace } s rolí { $role }.
email-joined-why = Tento e-mail dostáváte, protože jste administrátorem pracovního prostoru { $workspace }. Pokud už tyto e-maily nechcete dostávat, otevřete tento odkaz:
email-joined-link = Zrušit odběr těchto e-mailů

email-reset-subject = Obnovte si heslo k účtu Roster
email-reset-intro = Někdo požádal o obnovení hesla k vašemu účtu Roster { $email }.
email-reset-how = Chcete-li si zvolit nové heslo, otevřete do hodiny tento odkaz:
email-reset-link = Zvolit nové heslo
email-reset-ignore = Odkaz lze použít jen jednou. Pokud jste o obnovení nežádali, tuto zprávu ignorujte; vaše heslo zůstane beze změny.

email-password-changed-subject = Heslo k vašemu účtu Roster bylo změněno
email-password-changed-intro = Heslo k vašemu účtu Roster { $email } bylo právě změněno a všechna zařízení přihlášená starým heslem byla odhlášena.
email-password-changed-how = Pokud jste to byli vy, nemusíte nic dělat. Pokud ne, hned si zvolte nové heslo:
email-password-changed-link = Zvolit nové heslo hned teď

# Oznámení o dvoufázovém ověření a přístupových klíčích mají společný závěrečný odstavec.
email-security-how = Pokud jste to byli vy, nemusíte nic dělat. Pokud ne, hned si změňte heslo a zkontrolujte nastavení dvoufázového ověření:
email-security-link = Změnit heslo a zkontrolovat nastavení dvoufázového ověření

email-two-factor-on-subject = U vašeho účtu Roster je zapnuté dvoufázové ověření
email-two-factor-on-intro = U vašeho účtu Roster { $email } bylo právě zapnuto dvoufázové ověření. K přihlášení teď potřebujete kód z ověřovací aplikace nebo záložní kód.
email-two-factor-off-subject = U vašeho účtu Roster je vypnuté dvoufázové ověření
email-two-factor-off-intro = U vašeho účtu Roster { $email } bylo právě vypnuto dvoufázové ověření. K přihlášení teď stačí jen heslo.
email-recovery-codes-subject = Nové záložní kódy k vašemu účtu Roster
email-recovery-codes-intro = K vašemu účtu Roster { $email } byly právě vytvořeny nové záložní kódy; ty staré už nefungují.
email-two-factor-reset-subject = Dvoufázové ověření u vašeho účtu Roster bylo resetováno
email-two-factor-reset-intro = Administrátor pracovního prostoru { $workspace } resetoval dvoufázové ověření u vašeho účtu Roster { $email } a vaše relace v pracovním prostoru { $workspace } byly odhlášeny. Přihlaste se heslem a dvoufázové ověření si znovu nastavte.
email-wrong-codes-subject = Někdo možná zná vaše heslo k účtu Roster
email-wrong-codes-intro = Někdo zadal správné heslo k vašemu účtu Roster { $email } a pak několik chybných kódů dvoufázového ověření. Dvoufázové ověření ho dál nepustilo, ale vaše heslo možná zná.
email-passkey-added-subject = K vašemu účtu Roster byl přidán přístupový klíč
email-passkey-added-intro = K vašemu účtu Roster { $email } byl právě přidán přístupový klíč. Dá se jím přihlásit k vašemu účtu bez hesla.
email-passkey-removed-subject = Z vašeho účtu Roster byl odebrán přístupový klíč
email-passkey-removed-intro = Z vašeho účtu Roster { $email } byl právě odebrán přístupový klíč.
