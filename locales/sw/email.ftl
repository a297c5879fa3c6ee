# Barua pepe. Kila aya ni ujumbe mmoja, unaotumiwa katika sehemu ya maandishi matupu na katika sehemu ya HTML.
# Mstari unaoishia kwa nukta mbili hufuatwa na kiungo chenyewe katika sehemu ya maandishi matupu;
# jumbe za "-link" ni maneno ya kiungo katika sehemu ya HTML.

role-admin = Msimamizi
role-editor = Mhariri
role-agent = Wakala

email-invitation-subject = [{ $workspace }] Mwaliko wa kujiunga na eneo la kazi
email-invitation-intro = { $inviter } amekualika ujiunge na eneo la kazi { $workspace } kwenye Roster kwa jukumu la { $role }.
email-invitation-how = Ili kukubali, fungua kiungo hiki na uchague nenosiri (au ingia, ikiwa tayari una akaunti):
email-invitation-link = Kubali mwaliko
email-invitation-expiry = Kiungo hiki kinafanya kazi mara moja tu, na muda wake unaisha { $expires }. Ikiwa hukutarajia mwaliko huu, puuza ujumbe huu.

email-joined-subject = [{ $workspace }] Mtumiaji mpya amejiunga na eneo lako la kazi
email-joined-intro = { $name } ({ $email }) amekubali mwaliko na amejiunga na { $workspace } kwa jukumu la { $role }.
email-joined-why = Unapokea ujumbe huu kwa sababu wewe ni msimamizi wa { $workspace }. Ili kuacha kupokea barua pepe hizi, fungua kiungo hiki:
email-joined-link = Acha kupokea barua pepe hizi

email-reset-subject = Weka upya nenosiri lako la Roster
email-reset-intro = Mtu fulani ameomba kuweka upya nenosiri la akaunti yako ya Roster { $email }.
email-reset-how = Ili kuchagua nenosiri jipya, fungua kiungo hiki ndani ya saa moja:
email-reset-link = Chagua nenosiri jipya
email-reset-ignore = Kiungo hiki kinafanya kazi mara moja tu. Ikiwa hukuomba, puuza ujumbe huu; nenosiri lako litabaki kama lilivyo.

email-password-changed-subject = Nenosiri lako la Roster limebadilishwa
email-password-changed-intro = Nenosiri la akaunti yako ya Roster { $email } limebadilishwa hivi punde, na vifaa vyote vilivyoingia kwa nenosiri la zamani vimetolewa kwenye akaunti.
email-password-changed-how = Ikiwa ni wewe, huhitaji kufanya chochote. Ikiwa si wewe, chagua nenosiri jipya sasa hivi:
email-password-changed-link = Chagua nenosiri jipya sasa hivi

# Arifa za uthibitishaji wa hatua mbili na za ufunguo wa siri hushiriki aya ya mwisho.
email-security-how = Ikiwa ni wewe, huhitaji kufanya chochote. Ikiwa si wewe, badilisha nenosiri lako sasa hivi na ukague mipangilio yako ya uthibitishaji wa hatua mbili:
email-security-link = Badilisha nenosiri na ukague mipangilio ya uthibitishaji wa hatua mbili

email-two-factor-on-subject = Uthibitishaji wa hatua mbili umewashwa kwenye akaunti yako ya Roster
email-two-factor-on-intro = Uthibitishaji wa hatua mbili umewashwa hivi punde kwenye akaunti yako ya Roster { $email }. Sasa, ili kuingia, unahitaji msimbo kutoka kwenye programu yako ya uthibitishaji au msimbo wa kurejesha.
email-two-factor-off-subject = Uthibitishaji wa hatua mbili umezimwa kwenye akaunti yako ya Roster
email-two-factor-off-intro = Uthibitishaji wa hatua mbili umezimwa hivi punde kwenye akaunti yako ya Roster { $email }. Sasa, ili kuingia, unahitaji nenosiri lako pekee.
email-recovery-codes-subject = Misimbo mipya ya kurejesha kwa akaunti yako ya Roster
email-recovery-codes-intro = Misimbo mipya ya kurejesha imetengenezwa hivi punde kwa akaunti yako ya Roster { $email }; misimbo ya zamani haifanyi kazi tena.
email-two-factor-reset-subject = Uthibitishaji wa hatua mbili wa akaunti yako ya Roster umewekwa upya
email-two-factor-reset-intro = Msimamizi wa { $workspace } ameweka upya uthibitishaji wa hatua mbili wa akaunti yako ya Roster { $email }, na vipindi vyako katika { $workspace } vimefungwa. Ingia ukitumia nenosiri lako, kisha uweke tena uthibitishaji wa hatua mbili.
email-wrong-codes-subject = Huenda mtu anajua nenosiri lako la Roster
email-wrong-codes-intro = Mtu fulani aliweka nenosiri sahihi la akaunti yako ya Roster { $email }, kisha akaandika misimbo kadhaa isiyo sahihi ya uthibitishaji wa hatua mbili. Uthibitishaji wa hatua mbili ulimzuia kuingia, lakini huenda anajua nenosiri lako.
email-passkey-added-subject = Ufunguo wa siri umeongezwa kwenye akaunti yako ya Roster
email-passkey-added-intro = Ufunguo wa siri umeongezwa hivi punde kwenye akaunti yako ya Roster { $email }. Ufunguo huu unaweza kutumiwa kuingia kwenye akaunti yako bila nenosiri.
email-passkey-removed-subject = Ufunguo wa siri umeondolewa kwenye akaunti yako ya Roster
email-passkey-removed-intro = Ufunguo wa siri umeondolewa hivi punde kwenye akaunti yako ya Roster { $email }.
