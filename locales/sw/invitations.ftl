# Kichupo cha Mialiko: Mipangilio → Watumiaji na mialiko → Mialiko.

invitations-pending-heading = Mialiko inayosubiri
# Kitufe kinachofungua fomu ya kualika, na kichwa cha fomu hiyo.
invitations-invite-user = Alika mtumiaji
invitations-loading = Inapakia mialiko…
invitations-none-pending = Hakuna mialiko inayosubiri

# Vichwa vya safu wima za jedwali; safu mlalo zinapopangwa juu ya nyingine kwenye simu, pia lebo ya kila kisanduku.
invitations-column-email = Barua pepe
invitations-column-role = Jukumu
invitations-column-status = Hali
invitations-column-sent = Ulitumwa
# Husomwa na visoma skrini pekee: safu wima ya vitufe vya kila safu mlalo.
invitations-column-actions = Vitendo

# Hali ya mwaliko, kwenye beji.
invitations-status-pending = Unasubiri
invitations-status-expired = Muda umeisha
# Kando ya beji: kama barua pepe yenye kiungo imeshatoka.
invitations-delivery-queued = Barua pepe iko foleni
invitations-delivery-sent = Barua pepe imetumwa
invitations-delivery-failed = Barua pepe haikuweza kutumwa
# Chini ya siku ulipotumwa: { $date } ni wakati kamili ambapo kiungo kinaacha, au kiliacha, kufanya kazi.
invitations-expires = Muda wake unaisha { $date }
invitations-expired = Muda wake uliisha { $date }

invitations-resend = Tuma tena
# Jina la kitufe cha pipa la taka kwa visoma skrini.
invitations-cancel-for = Ghairi mwaliko wa { $email }
invitations-resent = Mwaliko umetumwa tena na kiungo kipya
invitations-cancelled = Mwaliko umeghairiwa; kiungo chake hakifanyi kazi tena

# Swali kabla ya kughairi mwaliko; { $name } ni barua pepe iliyoalikwa.
invitations-cancel-title = Ungependa kughairi mwaliko wa { $name }?
invitations-cancel-message = Kiungo kilicho kwenye barua pepe kitaacha kufanya kazi mara moja. Unaweza kumwalika tena baadaye.
invitations-cancel-confirm = Ghairi mwaliko
invitations-cancel-keep = Usighairi

# Fomu ya kualika.
invitations-field-emails = Barua pepe
# { $count } ni idadi kubwa zaidi ya anwani ambazo fomu moja ya kualika inaweza kubeba (100).
invitations-field-emails-hint = Watu kadhaa? Tenganisha anwani zao kwa koma au mistari mipya, hadi anwani { $count }.
invitations-field-role = Jukumu
# Kile ambacho jukumu linaweza na lisiloweza kufanya: uwezo au mipaka yake, ikitenganishwa kwa nukta-mkato.
invitations-role-can = Anaweza: { $abilities }
invitations-role-cannot = Hawezi: { $limits }
# Kwenye simu, maelezo ya jukumu huonyesha mstari mmoja hadi "Onyesha zaidi".
invitations-role-more = Onyesha zaidi
invitations-role-less = Onyesha kidogo
# Husomwa na visoma skrini pekee baada ya "Onyesha zaidi" au "Onyesha kidogo": kitufe kinafungua maelezo ya jukumu lipi.
invitations-role-about = kuhusu jukumu la { $role }
invitations-field-language = Lugha ya mwaliko
invitations-field-language-hint = Lugha ya eneo la kazi ni { $language }. Chagua nyingine kwa ajili ya watu unaowaalika sasa.
# Orodha ya kilichotokea kwa kila anwani, wakati anwani kadhaa zilipoalikwa kwa pamoja.
invitations-results = Matokeo kwa kila anwani
invitations-result-sent = { $email }: mwaliko umetumwa
# { $problem } inaeleza sababu, kwa kishazi kifupi.
invitations-result-not-sent = { $email }: haukutumwa, { $problem }
invitations-close = Funga
invitations-send = Tuma mwaliko
invitations-sending = Inatuma…

# Kile ukurasa unachosema mialiko ikishatumwa. Kivinjari ndicho kinachoweka namba, kwa hiyo
# hakuna maumbo ya wingi: kila sentensi lazima isomeke sawa kwa namba yoyote.
invitations-sent-to = Mwaliko umetumwa kwa { $email }
invitations-sent-count = Mialiko iliyotumwa: { $sent } kati ya { $total }
# { $failed } huorodhesha anwani ambazo hazikutumiwa, zikitenganishwa kwa koma.
invitations-sent-some = Mialiko iliyotumwa: { $sent } kati ya { $total }. Haikutumwa kwa: { $failed }

# Ukurasa unaofunguliwa na kiungo cha mwaliko, hata kwa wageni ambao hawajaingia.

invitations-accept-loading = Inapakia mwaliko…
invitations-accept-heading-invalid = Jiunge na eneo la kazi
invitations-accept-go-to-login = Nenda kwenye ukurasa wa kuingia
invitations-accept-heading = Jiunge na { $workspace }
# { $role } ni jina la jukumu (Msimamizi, Mhariri au Wakala); { $expires } ni wakati kamili.
invitations-accept-intro = { $inviter } amemwalika { $email } ajiunge na { $workspace } kwa jukumu la { $role }. Muda wa mwaliko huu unaisha { $expires }.
# { $role } ni jina la jukumu (Msimamizi, Mhariri au Wakala).
invitations-role-abilities = Mambo ambayo jukumu la { $role } linaruhusu
invitations-accept-signed-in-as-other = Umeingia kama { $other }, lakini mwaliko huu ni wa { $invited }.
invitations-accept-log-out = Ondoka kisha uendelee
invitations-accept-signed-in = Umeingia kama { $email }.
invitations-accept-has-account = Tayari una akaunti ya { $email }: weka nenosiri lake ili ujiunge.
invitations-accept-name = Jina
# Msimbo wa uthibitishaji wa hatua mbili, unaoombwa wakati akaunti imewasha uthibitishaji wa hatua mbili.
invitations-accept-code = Msimbo
invitations-accept-code-hint = Kutoka kwenye programu yako ya uthibitishaji, au msimbo wa kurejesha.
invitations-accept-join = Jiunge na eneo la kazi
invitations-accept-joining = Unajiunga…

# Menyu ya akaunti → Arifa za barua pepe: barua pepe ambayo msimamizi hupokea mtu anapojiunga.

notifications-join-emails = Nitumie barua pepe mtu anapojiunga na eneo hili la kazi
notifications-join-emails-on = Utapokea barua pepe mtu anapojiunga
notifications-join-emails-off = Hutapokea tena barua pepe mtu anapojiunga
notifications-save = Hifadhi
