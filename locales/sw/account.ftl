# Lugha ya mtu mwenyewe, kwenye Menyu ya akaunti → Lugha na kwenye kurasa za kabla ya kuingia.

language-heading = Lugha
language-intro = Roster hukuonyesha kurasa zake na hukutumia barua pepe kwa lugha hii.
# Chaguo la mtu ambaye bado hajachagua: lugha ya kivinjari chake, au sivyo lugha ya eneo la kazi.
language-automatic = Otomatiki ({ $language })
language-automatic-hint = Hadi utakapochagua, Roster hufuata lugha ya kivinjari chako, na hutumia lugha ya eneo la kazi ikiwa lugha ya kivinjari chako haipatikani kwenye Roster.
language-saved = Lugha yako imehifadhiwa.
language-unknown = Chagua lugha kutoka kwenye orodha.
language-saving = Inahifadhi…
