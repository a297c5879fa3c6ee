# Co odpovídají formuláře a akce, když něco nejde udělat, vedle pole, kterého se to týká.

rules-password-too-short = { $count ->
    [one] Použijte alespoň { $count } znak; dobře poslouží krátká věta
    [few] Použijte alespoň { $count } znaky; dobře poslouží krátká věta
    [many] Použijte alespoň { $count } znaku; dobře poslouží krátká věta
   *[other] Použijte alespoň { $count } znaků; dobře poslouží krátká věta
}
rules-too-long = { $count ->
    [one] Použijte nejvýše { $count } znak
    [few] Použijte nejvýše { $count } znaky
    [many] Použijte nejvýše { $count } znaku
   *[other] Použijte nejvýše { $count } znaků
}
rules-enter-your-name = Zadejte své jméno
rules-enter-a-name = Zadejte jméno
rules-enter-a-workspace-name = Zadejte název pracovního prostoru
rules-no-control-characters = Odstraňte zalomení řádků a další řídicí znaky
rules-enter-an-email = Zadejte e-mailovou adresu
rules-enter-a-valid-email = Zadejte platnou e-mailovou adresu, například jmeno@example.com
rules-common-password = Toto heslo je na seznamu běžných hesel; zvolte jiné
rules-passwords-differ = Hesla se neshodují

invitations-link-invalid = Tento odkaz na pozvánku už neplatí. Požádejte administrátora pracovního prostoru, aby vám ji poslal znovu.
invitations-too-many-addresses = { $count ->
    [one] Pozvěte najednou nejvýše { $count } adresu
    [few] Pozvěte najednou nejvýše { $count } adresy
    [many] Pozvěte najednou nejvýše { $count } adresy
   *[other] Pozvěte najednou nejvýše { $count } adres
}
invitations-already-member = { $email } už do pracovního prostoru patří
invitations-already-invited = { $email } už pozvánku má — pošlete ji raději znovu
invitations-already-pending = Tato pozvánka stále čeká na přijetí
invitations-already-accepted = Tato pozvánka už byla přijata
invitations-already-cancelled = Tato pozvánka už byla zrušena
invitations-already-expired = Platnost této pozvánky už vypršela
invitations-signed-in-as-other = Jste přihlášeni jako { $current }. Odhlaste se a pokračujte, abyste se připojili jako { $invitee }.
invitations-not-the-password = Toto není heslo k účtu { $email }
invitations-enter-code = Zadejte kód z ověřovací aplikace nebo záložní kód
invitations-wrong-code = Tento kód není správný. Zadejte kód, který aplikace ukazuje právě teď, nebo záložní kód, který jste ještě nepoužili.
invitations-account-just-created = Účet s tímto e-mailem byl právě vytvořen. Přihlaste se k němu a otevřete odkaz znovu.

users-last-admin = Pracovní prostor musí mít alespoň jednoho administrátora

setup-already-done = Roster je na tomto serveru už nastavený. Přihlaste se.
setup-enter-code = Zadejte kód pro nastavení, který je vypsaný v protokolu serveru
setup-wrong-code = Tento kód pro nastavení není správný. Zkopírujte ho z protokolu, který server vypsal při spuštění.
workspace-name-taken = Pracovní prostor s názvem „{ $name }“ už existuje
workspace-timezone-unknown = Vyberte časové pásmo ze seznamu, například Africa/Kigali
workspace-two-factor-rule-unknown = Vyberte „Nikdo“, „Administrátoři“ nebo „Všichni“
workspace-logged-out-by-admin = Administrátor vás z tohoto pracovního prostoru odhlásil. Chcete-li ho otevřít, přihlaste se znovu.

rules-enter-your-password = Zadejte své heslo
rules-enter-current-password = Zadejte své současné heslo
rules-not-current-password = Toto není vaše současné heslo
rules-new-passwords-differ = Nová hesla se neshodují

rules-choose-a-role = Vyberte roli: Administrátor, Editor nebo Agent
