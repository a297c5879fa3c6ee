# Vlastní jazyk každého člověka: v Nabídce účtu → Jazyk a na stránkách pro nepřihlášené.

language-heading = Jazyk
language-intro = V tomto jazyce vám Roster zobrazuje stránky a posílá e-maily.
# Volba toho, kdo si zatím žádný nevybral: jazyk jeho prohlížeče, jinak jazyk pracovního prostoru.
language-automatic = Automaticky ({ $language })
language-automatic-hint = Dokud si nevyberete, řídí se Roster jazykem vašeho prohlížeče, a pokud Roster jazyk vašeho prohlížeče nepodporuje, jazykem pracovního prostoru.
language-saved = Váš jazyk byl uložen.
language-unknown = Vyberte jazyk ze seznamu.
language-saving = Ukládání…
