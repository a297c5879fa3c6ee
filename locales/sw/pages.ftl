# Kurasa zilizo nje ya fremu ya programu, na kiungo cha kuruka hadi kwenye maudhui ambacho kila ukurasa huanza nacho.

skip-to-content = Ruka hadi kwenye maudhui
# Kichwa cha kichupo peke yake, bila " · Roster" ambayo kila kichwa kingine huishia nayo.
title-setup = Usanidi wa Roster
page-two-factor-sign-in = Kuingia kwa uthibitishaji wa hatua mbili
page-join = Jiunge na eneo la kazi
page-not-found = Ukurasa haukupatikana
not-found-intro = Hakuna kitu kwenye anwani hii.
