# Les pages hors du cadre de l’application, et le lien d’évitement par lequel commence chaque page.

skip-to-content = Aller au contenu
# Un titre d’onglet seul, sans le « · Roster » qui termine tous les autres titres.
title-setup = Configurer Roster
page-two-factor-sign-in = Connexion à deux facteurs
page-join = Rejoindre un espace de travail
page-not-found = Page introuvable
not-found-intro = Il n’y a rien à cette adresse.
