# Rámec po přihlášení: postranní panel, nabídka účtu a názvy stránek.

page-home = Domů
page-settings = Nastavení
page-workspace-settings = Nastavení pracovního prostoru
page-users = Uživatelé
page-user-details = Podrobnosti o uživateli
page-invitations = Pozvánky
page-activity = Aktivita
page-sessions = Vaše relace
page-change-password = Změna hesla
page-two-factor = Dvoufázové ověření
page-notifications = E-mailová oznámení
page-language = Jazyk
page-api-tokens = API tokeny

shell-menu = Nabídka
shell-main-navigation = Hlavní
shell-account-menu = Nabídka účtu
shell-log-out = Odhlásit se
switcher-label = Přepnout pracovní prostor
switcher-hint = Na klávesnici vyberte pracovní prostor a stiskněte Enter.
switcher-placeholder = Vyberte pracovní prostor
switcher-submit = Přepnout

denied-heading = Nemáte přístup ke stránce „{ $page }“
denied-heading-unknown = Nemáte přístup k této stránce
go-to-start = Přejít na úvodní stránku

# Proč je stránka nebo akce odepřena.
denied-flows = S toky, kampaněmi a spouštěči mohou pracovat jen administrátoři a editoři
denied-messages = Posílat jednotlivé i hromadné zprávy mohou jen administrátoři a editoři
denied-contacts = Spravovat kontakty mohou jen administrátoři a editoři
denied-import-export = Importovat a exportovat mohou jen administrátoři a editoři
denied-tickets = Tikety mohou vyřizovat jen členové tohoto pracovního prostoru
denied-view-settings = Nastavení pracovního prostoru mohou zobrazit jen administrátoři a editoři
denied-change-settings = Nastavení pracovního prostoru mohou měnit jen administrátoři
denied-users = Spravovat uživatele mohou jen administrátoři
denied-invitations = Spravovat pozvánky mohou jen administrátoři
denied-activity = Historii aktivity mohou zobrazit jen administrátoři
denied-own-account = Tohle mohou dělat jen členové tohoto pracovního prostoru
denied-notifications = E-mailová oznámení dávají administrátorům vědět, když se někdo připojí; dostávají je jen administrátoři.
denied-two-factor-required = Pracovní prostor { $workspace } vyžaduje dvoufázové ověření. Nastavte si ho v Nabídce účtu, v položce Dvoufázové ověření.

# Oddíly nastavení, v jejich navigaci a na jejich přehledu.
settings-section-workspace = Pracovní prostor
settings-section-users = Uživatelé a pozvánky
settings-section-workspace-about = Název, jazyk a časové pásmo pracovního prostoru a kdo musí používat dvoufázové ověření.
settings-section-users-about = Kdo je v pracovním prostoru a s jakou rolí; zvěte další lidi a pozvánky posílejte znovu nebo je rušte.
settings-section-activity-about = Kdo koho pozval nebo odebral, kdo komu změnil roli, kdo se připojil – a kdy.

denied-cross-site = Tento požadavek přišel z jiného webu a byl odmítnut
