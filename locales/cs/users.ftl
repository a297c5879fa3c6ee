# Oblast nastavení „Uživatelé a pozvánky“: její nadpis, který zároveň pojmenovává její řadu karet.

people-heading = Uživatelé a pozvánky

# Karta Uživatelé: její nadpis, hledání a tabulka členů.

users-members-heading = Členové
users-invite-user = Pozvat uživatele
users-search-label = Hledat uživatele
users-search-placeholder = Jméno nebo e-mail
# Zobrazuje se vedle hledání, zatímco se seznam přizpůsobuje napsanému.
users-searching = Hledání…
users-loading = Načítání uživatelů…
# Záhlaví sloupců tabulky členů; stránka s podrobnostmi pojmenovává tytéž údaje stejně.
users-name = Jméno
users-email = E-mail
users-role = Role
users-two-factor = Dvoufázové ověření
users-joined = Členem od
users-last-active = Naposledy aktivní
# Skryté záhlaví sloupce s tlačítky koše.
users-actions = Akce
# Za jménem administrátora, který si seznam prohlíží.
users-you = (vy)
users-two-factor-on = Zapnuto
users-two-factor-off = Vypnuto

# Kolik členů seznam ukazuje. Prohlížeč tyto texty píše po každé odpovědi hledání a čísla do nich
# dosazuje hotová: nemají tvary pro množné číslo, takže nic nesmí záviset na čísle
# („Nalezeno uživatelů: { $total }“). Texty s „1“ jsou přesně pro jednoho.
users-count-none-match = Vašemu hledání neodpovídá žádný uživatel
users-count-one-match = Nalezen 1 uživatel
users-count-one = 1 uživatel
# $total je 2 nebo více.
users-count-all-match = Nalezeno uživatelů: { $total }
# $total je 2 nebo více.
users-count-all = Počet uživatelů: { $total }
# Za poslední stránkou, například po odebrání jediného člověka, který na ní byl.
users-count-past-the-end = Na této stránce nejsou žádní uživatelé, celkem: { $total }
# Kde se tato stránka nachází mezi všemi členy: pozice $first až $last.
users-count-range = Uživatelé { $first }–{ $last } z { $total }
users-count-range-matching = Výsledky { $first }–{ $last } z { $total }
# Když pozice stránky není známa: jen kolik jich ukazuje.
users-count-part = Zobrazeno uživatelů: { $shown } z { $total }
users-count-part-matching = Zobrazeno výsledků: { $shown } z { $total }

# Když hledání nikoho nenajde: odkazy, jak začít znovu a jak pozvat hledanou adresu.
users-clear-search = Vymazat hledání
users-invite-address = Pozvat { $email }
users-first-page = První stránka
users-pages = Stránky uživatelů
users-previous-page = Předchozí
users-next-page = Další

# Odebrání člověka z pracovního prostoru, ze seznamu nebo z jeho stránky s podrobnostmi.
users-remove-name = Odebrat uživatele { $name }
users-remove-title = Odebrat uživatele { $name } z pracovního prostoru?
users-removal-consequences = Okamžitě ztratí přístup k tomuto pracovnímu prostoru na všech zařízeních. Jeho účet a dosavadní aktivita zůstanou zachovány.
users-remove = Odebrat
users-keep = Ponechat
users-removed = Uživatel byl odebrán z pracovního prostoru
# Za důsledky odebrání, když je člověk administrátor, který zval další lidi. Prohlížeč tyto texty
# píše pro seznam a číslo do nich dosazuje hotové: bez tvarů pro množné číslo, takže nic nesmí
# záviset na čísle.
users-cancels-one-invitation = Jeho čekající pozvánka bude zrušena.
# $count je 2 nebo více.
users-cancels-invitations = Zruší se jeho čekající pozvánky: { $count }.
# Totéž, jak to říká stránka s podrobnostmi.
users-invitations-to-cancel = { $count ->
    [one] Zruší se { $count } jeho čekající pozvánka.
    [few] Zruší se { $count } jeho čekající pozvánky.
    [many] Zruší se { $count } jeho čekající pozvánky.
   *[other] Zruší se { $count } jeho čekajících pozvánek.
}

# Stránka s podrobnostmi o uživateli.

users-back-to-users = Zpět na uživatele
users-activity-of = Aktivita uživatele { $name }
users-save-role = Uložit
users-saving-role = Ukládání…
users-role-saved = Role je uložena. Projeví se na další stránce, kterou uživatel otevře, na všech zařízeních.
users-demote-title = Odebrat uživateli { $name } roli administrátora?
# $invitations říká, které z jeho pozvánek se také ruší.
users-demote-message = Ztratí právo spravovat uživatele a nastavení. { $invitations }
users-change-role = Změnit roli
users-keep-admin = Ponechat administrátorem

users-sessions-heading = Relace
users-sessions-intro = Odhlásí uživatele z tohoto pracovního prostoru na všech zařízeních; může se znovu přihlásit.
users-log-out-everywhere = Odhlásit všude
users-log-out-title = Odhlásit uživatele { $name } všude?
users-log-out-message = Všechna zařízení, na kterých je přihlášen, se okamžitě odhlásí z tohoto pracovního prostoru. Jeho relace v jiných pracovních prostorech zůstanou.
users-keep-logged-in = Neodhlašovat
# Prohlížeč tento text píše a číslo do něj dosazuje hotové: bez tvarů pro množné číslo, takže nic
# nesmí záviset na čísle.
users-sessions-ended = Odhlášené relace v tomto pracovním prostoru: { $count }

users-two-factor-intro = Pro toho, kdo ztratil telefon i záložní kódy: přihlásí se jen heslem a pak si dvoufázové ověření znovu nastaví.
users-reset-two-factor = Resetovat dvoufázové ověření
users-reset-two-factor-title = Resetovat dvoufázové ověření uživatele { $name }?
users-reset-two-factor-message = Jeho ověřovací aplikace a záložní kódy přestanou fungovat a bude odhlášen z tohoto pracovního prostoru. Udělejte to, jen když máte jistotu, že o to žádá opravdu on.
users-keep-two-factor = Ponechat
users-two-factor-was-reset = Dvoufázové ověření bylo resetováno. Uživatel byl odhlášen z tohoto pracovního prostoru a dostal o tom e-mail.

users-membership-heading = Členství
users-membership-intro = Odebráním mu tady skončí přístup; jeho účet a dosavadní aktivita zůstanou zachovány.
