# Nabídka účtu → API tokeny a oddíl tokenů na stránce s podrobnostmi o členovi.

api-tokens-heading = API tokeny
api-tokens-lead = Token umožňuje skriptu nebo jinému programu používat API aplikace Roster v pracovním prostoru { $workspace } vaším jménem, s vaší rolí, nebo jen pro čtení. Kdo ho má, může dělat vše, co token dovoluje, proto ho uchovávejte v tajnosti stejně jako heslo.
api-tokens-create-heading = Vytvořit token
api-tokens-name = Název
api-tokens-name-hint = K čemu slouží, například „Synchronizace HR“.
api-tokens-expires = Platnost
api-tokens-days = { $count ->
    [one] { $count } den
    [few] { $count } dny
    [many] { $count } dne
   *[other] { $count } dní
}
api-tokens-access = Přístup
api-tokens-access-hint = „Podle mé role“ dovoluje v okamžiku každého volání to, co právě smí vaše role, takže se přizpůsobí každé změně vaší role.
api-tokens-access-read-only = Jen pro čtení
api-tokens-access-same-as-role = Podle mé role
api-tokens-access-same-as-their-role = Podle role uživatele
api-tokens-create = Vytvořit token
api-tokens-creating = Vytváření…
api-tokens-new-heading = Váš nový token
api-tokens-new-label = Nový token
api-tokens-shown-once = Zkopírujte si ho hned: Roster ho ukáže jen tentokrát a uchová si z něj jen otisk.
api-tokens-copy = Kopírovat
api-tokens-copied = Zkopírováno.
api-tokens-copy-needs-https = Kopírování tady vyžaduje HTTPS: token označte a zkopírujte ručně.
api-tokens-copy-refused = Prohlížeč kopírování nepovolil: token označte a zkopírujte ručně.
api-tokens-list-heading = Vaše tokeny
api-tokens-member-heading = API tokeny
api-tokens-loading = Načítání tokenů…
api-tokens-none = Žádné API tokeny.
api-tokens-column-name = Název
api-tokens-column-access = Přístup
api-tokens-column-created = Vytvořen
api-tokens-column-last-used = Naposledy použit
api-tokens-column-expires = Platí do
api-tokens-column-actions = Akce
api-tokens-never-used = Nikdy
api-tokens-expired = Platnost vypršela
api-tokens-revoke = Zneplatnit
api-tokens-revoke-title = Zneplatnit tento token?
api-tokens-revoke-message = Skripty, které používají „{ $name }“, okamžitě přestanou fungovat. Tuto akci nelze vrátit zpět.
api-tokens-cancel = Zrušit
api-tokens-revoked = Token byl zneplatněn.
api-tokens-pick-lifetime = Vyberte 7, 30, 90 nebo 365 dní
api-tokens-too-many = { $count ->
    [one] Už tu máte { $count } token: nejdřív jeden zneplatněte
    [few] Už tu máte { $count } tokeny: nejdřív jeden zneplatněte
    [many] Už tu máte { $count } tokenu: nejdřív jeden zneplatněte
   *[other] Už tu máte { $count } tokenů: nejdřív jeden zneplatněte
}
api-tokens-read-only-refused = Tento token je jen pro čtení: nemůže nic změnit
