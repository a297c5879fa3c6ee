# Menyu ya akaunti → Tokeni za API, na sehemu ya tokeni kwenye ukurasa wa maelezo ya mwanachama.

api-tokens-heading = Tokeni za API
api-tokens-lead = Tokeni huwezesha skripti au programu nyingine kutumia API ya Roster katika { $workspace } kwa niaba yako, kwa jukumu lako au kwa kusoma tu. Yeyote aliye nayo anaweza kufanya kila inachoruhusu, kwa hiyo iweke siri kama nenosiri.
api-tokens-create-heading = Unda tokeni
api-tokens-name = Jina
api-tokens-name-hint = Ni ya kazi gani, kama vile “Usawazishaji wa HR”.
api-tokens-expires = Muda wa kutumika
api-tokens-days = { $count ->
    [one] siku { $count }
   *[other] siku { $count }
}
api-tokens-access = Ufikiaji
api-tokens-access-hint = “Sawa na jukumu langu” hufanya kile ambacho jukumu lako linaruhusiwa wakati wa kila ombi, kwa hiyo hufuata mabadiliko yoyote ya jukumu lako.
api-tokens-access-read-only = Kusoma tu
api-tokens-access-same-as-role = Sawa na jukumu langu
api-tokens-access-same-as-their-role = Sawa na jukumu lake
api-tokens-create = Unda tokeni
api-tokens-creating = Inaunda…
api-tokens-new-heading = Tokeni yako mpya
api-tokens-new-label = Tokeni mpya
api-tokens-shown-once = Inakili sasa: Roster inaionyesha mara hii moja tu na huhifadhi alama yake ya kidole pekee.
api-tokens-copy = Nakili
api-tokens-copied = Imenakiliwa.
api-tokens-copy-needs-https = Hapa kunakili kunahitaji HTTPS: chagua tokeni kisha uinakili wewe mwenyewe.
api-tokens-copy-refused = Kivinjari hakikuruhusu kunakili: chagua tokeni kisha uinakili wewe mwenyewe.
api-tokens-list-heading = Tokeni zako
api-tokens-member-heading = Tokeni za API
api-tokens-loading = Inapakia tokeni…
api-tokens-none = Hakuna tokeni za API.
api-tokens-column-name = Jina
api-tokens-column-access = Ufikiaji
api-tokens-column-created = Iliundwa
api-tokens-column-last-used = Matumizi ya mwisho
api-tokens-column-expires = Muda unaisha
api-tokens-column-actions = Vitendo
api-tokens-never-used = Kamwe
api-tokens-expired = Muda umeisha
api-tokens-revoke = Batilisha
api-tokens-revoke-title = Ungependa kubatilisha tokeni hii?
api-tokens-revoke-message = Skripti zinazotumia “{ $name }” zitaacha kufanya kazi mara moja. Hatua hii haiwezi kutenduliwa.
api-tokens-cancel = Ghairi
api-tokens-revoked = Tokeni imebatilishwa.
api-tokens-pick-lifetime = Chagua siku 7, 30, 90 au 365
api-tokens-too-many = { $count ->
    [one] Tayari una tokeni { $count } hapa: batilisha moja kwanza
   *[other] Tayari una tokeni { $count } hapa: batilisha mojawapo kwanza
}
api-tokens-read-only-refused = Tokeni hii ni ya kusoma tu: haiwezi kubadilisha chochote
