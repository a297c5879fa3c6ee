# Lugha ya mtu mwenyewe, kwenye Menyu ya akaunti → Lugha na kwenye kurasa za kabla ya kuingia.

language-heading = Lugha
language-intro = Roster hukuonyesha kurasa zake na hukutumia barua pepe kwa lugha hii.
# Chaguo la mtu ambaye bado hajachagua: lugha ya kivinjari chake, au sivyo lugha ya eneo la kazi.
language-automatic = Otomatiki ({ $language })
language-automatic-hint = Hadi utakapochagua, Roster hufuata lugha ya kivinjari chako, na hutumia lugha ya eneo la kazi ikiwa lugha ya kivinjari chako haipatikani kwenye Roster.
language-saved = Lugha yako imehifadhiwa.
language-unknown = Chagua lugha kutoka kwenye orodha.
language-saving = Inahifadhi…

# Menyu ya akaunti → Vipindi vyako.
sessions-heading = Vipindi vyako
sessions-lead = Kila kifaa au kivinjari ambacho umeingia kwenye akaunti yako. Funga vipindi usivyovitambua, na ubadilishe nenosiri lako ikiwa unadhani kuna mtu mwingine anayelijua.
sessions-loading = Inapakia vipindi…
sessions-end-others = Funga vipindi vingine vyote
sessions-ended-none = Hapakuwa na vipindi vingine vya kufunga
sessions-ended-one = Kipindi 1 kingine kimefungwa
# Huonyeshwa kwa viwili au zaidi; kivinjari huweka idadi, kwa hiyo maneno yasitegemee idadi hiyo.
sessions-ended-many = Vipindi vingine vilivyofungwa: { $count }
sessions-ended-this = Kipindi kimefungwa
sessions-device = Kifaa
sessions-ip = Anwani ya IP
sessions-signed-in = Wakati wa kuingia
sessions-last-active = Shughuli ya mwisho
sessions-actions = Vitendo
sessions-this-device = Kifaa hiki
sessions-active-now = Kinatumika sasa
sessions-log-out = Funga

# Menyu ya akaunti → Badilisha nenosiri.
change-password-heading = Badilisha nenosiri
change-password-lead = Ukibadilisha nenosiri lako, utatolewa kwenye akaunti yako kwenye vifaa vingine vyote.
change-password-current = Nenosiri la sasa
change-password-new = Nenosiri jipya
change-password-confirm = Thibitisha nenosiri jipya
change-password-submit = Badilisha nenosiri
change-password-submitting = Inabadilisha nenosiri…
change-password-changed = Nenosiri lako limebadilishwa. Vifaa vyako vingine vimetolewa kwenye akaunti.

sessions-browser-on = { $browser } kwenye { $os }
sessions-unknown-browser = Kivinjari kisichojulikana
sessions-unknown-ip = Haijulikani
