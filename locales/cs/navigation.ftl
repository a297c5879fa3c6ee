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
