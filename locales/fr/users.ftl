# L’espace de paramètres « Utilisateurs et invitations » : son titre, qui nomme aussi sa rangée d’onglets.

people-heading = Utilisateurs et invitations

# L’onglet Utilisateurs : son titre, la recherche et le tableau des membres.

users-members-heading = Membres
users-invite-user = Inviter un utilisateur
users-search-label = Rechercher des utilisateurs
users-search-placeholder = Nom ou adresse e-mail
# Affiché à côté de la recherche pendant que la liste suit ce qui a été saisi.
users-searching = Recherche…
users-loading = Chargement des utilisateurs…
# Les en-têtes du tableau des membres ; la page de détails nomme les mêmes informations de la même façon.
users-name = Nom
users-email = Adresse e-mail
users-role = Rôle
users-two-factor = Deux facteurs
users-joined = Membre depuis
users-last-active = Dernière activité
# L’en-tête masqué de la colonne des boutons de corbeille.
users-actions = Actions
# Après le nom de l’administrateur qui consulte la liste.
users-you = (vous)
users-two-factor-on = Activée
users-two-factor-off = Désactivée

# Combien de membres la liste affiche. Le navigateur écrit ces textes à chaque réponse de la recherche,
# avec les nombres déjà écrits : ils n’ont pas de formes plurielles, donc rien ne doit dépendre du
# nombre (« Utilisateurs correspondants : { $total } »). Ceux avec « 1 » sont pour exactement un.
users-count-none-match = Aucun utilisateur ne correspond à votre recherche
users-count-one-match = 1 utilisateur correspond
users-count-one = 1 utilisateur
# $total vaut 2 ou plus.
users-count-all-match = Utilisateurs correspondants : { $total }
# $total vaut 2 ou plus.
users-count-all = Utilisateurs : { $total }
# Au-delà de la dernière page, par exemple après avoir retiré la seule personne qui s’y trouvait.
users-count-past-the-end = Aucun utilisateur sur cette page ; total : { $total }
# La place de cette page parmi tous les membres : positions $first à $last.
users-count-range = Utilisateurs { $first }–{ $last } sur { $total }
users-count-range-matching = Résultats { $first }–{ $last } sur { $total }
# Quand la position de la page n’est pas connue : seulement combien elle en affiche.
users-count-part = Utilisateurs affichés : { $shown } sur { $total }
users-count-part-matching = Résultats affichés : { $shown } sur { $total }

# Quand une recherche ne trouve personne : des liens pour recommencer et pour inviter l’adresse recherchée.
users-clear-search = Effacer la recherche
users-invite-address = Inviter { $email }
users-first-page = Première page
users-pages = Pages d’utilisateurs
users-previous-page = Précédent
users-next-page = Suivant

# Retirer quelqu’un de l’espace de travail, depuis la liste ou depuis sa page de détails.
users-remove-name = Retirer { $name }
users-remove-title = Retirer { $name } de l’espace de travail ?
users-removal-consequences = Cette personne perd immédiatement l’accès à cet espace de travail, sur tous ses appareils. Son compte et son activité passée sont conservés.
users-remove = Retirer
users-keep = Garder
users-removed = Utilisateur retiré de l’espace de travail
# Après les conséquences du retrait, quand la personne est un administrateur qui a invité des gens.
# Le navigateur les écrit pour la liste, avec le nombre déjà écrit : pas de formes plurielles,
# donc rien ne doit dépendre du nombre.
users-cancels-one-invitation = Son invitation en attente sera annulée.
# $count vaut 2 ou plus.
users-cancels-invitations = Ses invitations en attente seront annulées ({ $count }).
# La même chose, telle que la page de détails la dit.
users-invitations-to-cancel = { $count ->
    [one] Son invitation en attente sera annulée.
    [many] Ses { $count } d’invitations en attente seront annulées.
   *[other] Ses { $count } invitations en attente seront annulées.
}

# La page de détails de l’utilisateur.

users-back-to-users = Retour aux utilisateurs
users-activity-of = Activité de { $name }
users-save-role = Enregistrer
users-saving-role = Enregistrement…
users-role-saved = Rôle enregistré. Il s’applique dès la prochaine page que cette personne ouvre, sur tous ses appareils.
users-demote-title = Retirer à { $name } le rôle d’administrateur ?
# $invitations indique lesquelles de ses invitations sont aussi annulées.
users-demote-message = Cette personne ne pourra plus gérer les utilisateurs ni les paramètres. { $invitations }
users-change-role = Changer le rôle
users-keep-admin = Garder administrateur

users-sessions-heading = Sessions
users-sessions-intro = Déconnecte cette personne de cet espace de travail sur tous ses appareils ; elle peut se reconnecter.
users-log-out-everywhere = Déconnecter partout
users-log-out-title = Déconnecter { $name } partout ?
users-log-out-message = Tous les appareils sur lesquels cette personne est connectée sont immédiatement déconnectés de cet espace de travail. Ses sessions dans d’autres espaces de travail restent ouvertes.
users-keep-logged-in = Ne pas déconnecter
# Le navigateur l’écrit avec le nombre déjà écrit : pas de formes plurielles, donc rien ne doit
# dépendre du nombre.
users-sessions-ended = Sessions fermées dans cet espace de travail : { $count }

users-two-factor-intro = Pour une personne qui a perdu son téléphone et ses codes de récupération : elle se connecte avec son seul mot de passe, puis configure à nouveau l’authentification.
users-reset-two-factor = Réinitialiser l’authentification
users-reset-two-factor-title = Réinitialiser l’authentification à deux facteurs de { $name } ?
users-reset-two-factor-message = Son application d’authentification et ses codes de récupération cessent de fonctionner, et cette personne est déconnectée de cet espace de travail. Ne le faites que si vous avez la certitude que c’est bien elle qui le demande.
users-keep-two-factor = Ne rien changer
users-two-factor-was-reset = Authentification à deux facteurs réinitialisée. La personne a été déconnectée de cet espace de travail et prévenue par e-mail.

users-membership-heading = Appartenance
users-membership-intro = Retirer cette personne met fin à son accès ici ; son compte et son activité passée sont conservés.
