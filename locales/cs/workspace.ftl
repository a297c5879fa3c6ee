# Stránky pracovního prostoru: jeho úvodní stránka Domů, první nastavení, nastavení a aktivita.

# Pole pro název pracovního prostoru, při prvním nastavení i v nastavení.
workspace-name = Název pracovního prostoru

# Domů. Názvy rolí pocházejí z role-admin, role-editor a role-agent; česky stojí za slovem „rolí“ v 1. pádě.

home-welcome = Vítejte, { $name }
home-joined = Připojili jste se k pracovnímu prostoru { $workspace } s rolí { $role }.
home-role = V pracovním prostoru { $workspace } máte roli { $role }.
home-no-longer-member = Už nejste členem tohoto pracovního prostoru.

# Domů pro administrátory: pracovní prostor na první pohled.
home-invite-user = Pozvat uživatele
home-members = Členové
# Kolik členů má kterou roli, u každého názvu jeho počet.
home-count-admins = Administrátoři
home-count-editors = Editoři
home-count-agents = Agenti
home-manage-users = Spravovat uživatele
home-invitations-none = Žádné pozvánky nečekají na přijetí.
home-invitations-waiting = { $count ->
    [one] Na přijetí čeká { $count } pozvánka.
    [few] Na přijetí čekají { $count } pozvánky.
    [many] Na přijetí čeká { $count } pozvánky.
   *[other] Na přijetí čeká { $count } pozvánek.
}
# $expiring (alespoň jedna) z $count pozvánek vyprší tento týden; „vyprší“ platí pro jakýkoli počet.
home-invitations-waiting-expiring = { $count ->
    [one] Na přijetí čeká { $count } pozvánka; vyprší tento týden.
    [few] Na přijetí čekají { $count } pozvánky; z toho { $expiring } vyprší tento týden.
    [many] Na přijetí čeká { $count } pozvánky; z toho { $expiring } vyprší tento týden.
   *[other] Na přijetí čeká { $count } pozvánek; z toho { $expiring } vyprší tento týden.
}
home-see-invitations = Zobrazit pozvánky
home-latest-activity = Nedávná aktivita
home-all-activity = Veškerá aktivita
# Jeden řádek nedávné aktivity: kdo to udělal a pak co udělal, jak to popisuje stránka Aktivita.
home-activity-entry = { $who } { $what }

# Domů pro editory a agenty: co jejich role dovoluje a koho požádat o víc.
home-you-can = Můžete
home-you-cannot = Nemůžete
home-your-admins = Vaši administrátoři
home-ask-admins = Obraťte se na ně, když potřebujete přístup, který nemáte.
home-other-workspaces = Vaše další pracovní prostory
# $switcher je popisek přepínače pracovních prostorů (switcher-label).
home-switch-hint = Přepnete se do nich přes „{ $switcher }“ v nabídce.
home-sessions = { $count ->
    [one] Jste přihlášeni na { $count } zařízení.
    [few] Jste přihlášeni na { $count } zařízeních.
    [many] Jste přihlášeni na { $count } zařízení.
   *[other] Jste přihlášeni na { $count } zařízeních.
}
home-see-sessions = Zobrazit vaše relace

# První nastavení: pracovní prostor nové instalace a její první administrátor.

setup-heading = Vytvořte si pracovní prostor
setup-intro = Vítejte v aplikaci Roster. Pojmenujte svůj pracovní prostor a vytvořte první účet administrátora. Kód pro nastavení server vypíše do protokolu při spuštění.
setup-code = Kód pro nastavení
setup-your-name = Vaše jméno
setup-submit = Vytvořit pracovní prostor
setup-submitting = Vytváření pracovního prostoru…

# Nastavení: přehled a vlastní nastavení pracovního prostoru.

settings-lead-admin = Měňte, jak pracovní prostor funguje, a spravujte, kdo k němu má přístup.
settings-lead-viewer = Podívejte se, jak je pracovní prostor nastavený. Měnit ho mohou jen administrátoři.
settings-loading = Načítání nastavení…
settings-read-only = Tato nastavení mohou měnit jen administrátoři.
# Co znamená jazyk pracovního prostoru; na stránce se řekne jen jednou.
settings-language-hint = Výchozí jazyk toků a zpráv pracovního prostoru a jazyk stránek a e-mailů aplikace Roster pro členy, kteří si nevybrali vlastní.
settings-timezone = Časové pásmo
settings-timezone-hint = Začněte psát a vyhledávejte, např. Kigali nebo New York. Data se v celé aplikaci Roster zobrazují v tomto časovém pásmu.
settings-two-factor = Vyžadovat dvoufázové ověření
settings-two-factor-hint = Členové, kterých se požadavek týká a nemají druhý faktor, si ho musí nastavit, než budou moci pracovní prostor používat.
# Volby, kdo musí používat dvoufázové ověření.
settings-two-factor-rule-nobody = Nikdo
settings-two-factor-rule-admins = Administrátoři
settings-two-factor-rule-everyone = Všichni
settings-save = Uložit
settings-saving = Ukládání…
settings-saved = Nastavení pracovního prostoru bylo uloženo

# Aktivita: kdo co udělal, od nejnovějšího.

activity-loading = Načítání aktivity…
# Nad aktivitou jednoho člověka; následuje odkaz na aktivitu všech.
activity-person-intro = Akce uživatele { $name } i akce, které se ho týkaly.
activity-show-everyone = Zobrazit aktivitu všech
activity-none = Zatím se nic nestalo
# Sloupce tabulky.
activity-when = Kdy
activity-who = Kdo
activity-what = Co
# Název stránkování a jeho odkazy.
activity-pages = Stránky aktivity
activity-newest = Nejnovější
activity-older = Starší
