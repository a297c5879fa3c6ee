# Vlastní jazyk každého člověka: v Nabídce účtu → Jazyk a na stránkách pro nepřihlášené.

language-heading = Jazyk
language-intro = V tomto jazyce vám Roster zobrazuje stránky a posílá e-maily.
# Volba toho, kdo si zatím žádný nevybral: jazyk jeho prohlížeče, jinak jazyk pracovního prostoru.
language-automatic = Automaticky ({ $language })
language-automatic-hint = Dokud si nevyberete, řídí se Roster jazykem vašeho prohlížeče, a pokud Roster jazyk vašeho prohlížeče nepodporuje, jazykem pracovního prostoru.
language-saved = Váš jazyk byl uložen.
language-unknown = Vyberte jazyk ze seznamu.
language-saving = Ukládání…

# Nabídka účtu → Vaše relace.
sessions-heading = Vaše relace
sessions-lead = Všechna zařízení a prohlížeče, na kterých jste přihlášeni. Ty, které nepoznáváte, odhlaste, a pokud máte podezření, že vaše heslo zná ještě někdo další, změňte ho.
sessions-loading = Načítání relací…
sessions-end-others = Odhlásit všechny ostatní relace
sessions-ended-none = Žádné další relace k odhlášení nebyly
sessions-ended-one = Byla odhlášena 1 další relace
# Zobrazuje se pro dvě a více; číslo doplňuje prohlížeč, takže text na něm nesmí záviset.
sessions-ended-many = Počet odhlášených ostatních relací: { $count }
sessions-ended-this = Relace byla odhlášena
sessions-device = Zařízení
sessions-ip = IP adresa
sessions-signed-in = Přihlášení
sessions-last-active = Naposledy aktivní
sessions-actions = Akce
sessions-this-device = Toto zařízení
sessions-active-now = Právě aktivní
sessions-log-out = Odhlásit

# Nabídka účtu → Změna hesla.
change-password-heading = Změna hesla
change-password-lead = Po změně hesla budete odhlášeni na všech ostatních zařízeních.
change-password-current = Současné heslo
change-password-new = Nové heslo
change-password-confirm = Potvrzení nového hesla
change-password-submit = Změnit heslo
change-password-submitting = Mění se heslo…
change-password-changed = Vaše heslo bylo změněno. Vaše ostatní zařízení byla odhlášena.

sessions-browser-on = { $browser } na { $os }
sessions-unknown-browser = Neznámý prohlížeč
sessions-unknown-ip = Neznámá
