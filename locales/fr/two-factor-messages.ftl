# Ce que répond le serveur au sujet de l’authentification à deux facteurs et des clés d’accès quand
# une chose est impossible, à côté du champ concerné ou au-dessus du formulaire.

# La seconde étape de la connexion, après le mot de passe.
two-factor-sign-in-expired = Votre connexion a expiré. Reconnectez-vous.
two-factor-enter-the-code = Saisissez le code de votre application d’authentification
two-factor-wrong-code = Ce code est incorrect. Saisissez le code que votre application affiche en ce moment, ou un code de récupération que vous n’avez pas encore utilisé.
two-factor-too-many-wrong-codes = Trop de codes incorrects. Reconnectez-vous.

# Configuration de l’application d’authentification. « Roster » est le nom que l’application affiche
# au-dessus du code, et « Configurer l’application d’authentification » est le bouton two-factor-set-up-app.
two-factor-already-on = L’authentification à deux facteurs est déjà activée
two-factor-start-setup-again = Recommencez avec « Configurer l’application d’authentification »
two-factor-wrong-setup-code = Ce code est incorrect. Saisissez le code à 6 chiffres que votre application affiche maintenant pour Roster.
two-factor-setup-changed-elsewhere = Entre-temps, l’authentification à deux facteurs a été configurée, ou sa configuration relancée, ailleurs. Rechargez cette page.

# Codes de récupération, et désactivation de l’authentification à deux facteurs.
two-factor-turn-on-first = Activez d’abord l’authentification à deux facteurs
two-factor-enter-a-code = Saisissez un code de votre application d’authentification
# { $workspace } nomme un espace de travail, ou plusieurs séparés par des virgules ; { $count } indique combien.
two-factor-required-cannot-turn-off = { $count ->
    [one] { $workspace } exige l’authentification à deux facteurs : elle ne peut donc pas être désactivée
    [many] { $workspace } exigent l’authentification à deux facteurs : elle ne peut donc pas être désactivée
   *[other] { $workspace } exigent l’authentification à deux facteurs : elle ne peut donc pas être désactivée
}

# Un administrateur réinitialise l’authentification à deux facteurs d’un membre (Utilisateurs → un membre).
two-factor-reset-own = Désactivez votre propre authentification à deux facteurs depuis votre page Authentification à deux facteurs
two-factor-nothing-to-reset = Ce membre n’a pas d’authentification à deux facteurs à réinitialiser

# Ajout et suppression de clés d’accès.
two-factor-passkey-name-missing = Nommez la clé d’accès, par exemple « Ordinateur portable du bureau » ou « Téléphone »
two-factor-passkey-name-taken = Vous avez déjà une clé d’accès portant ce nom ; donnez-en un autre à celle-ci
two-factor-passkey-not-added = La clé d’accès n’a pas pu être ajoutée. Réessayez.
two-factor-passkey-already-added = Cette clé d’accès a déjà été ajoutée
# Quand la personne supprime sa dernière clé d’accès : { $workspace } nomme un espace de travail, ou
# plusieurs séparés par des virgules ; { $count } indique combien.
two-factor-required-keep-passkey = { $count ->
    [one] { $workspace } exige l’authentification à deux facteurs : configurez d’abord une application d’authentification ou ajoutez une autre clé d’accès
    [many] { $workspace } exigent l’authentification à deux facteurs : configurez d’abord une application d’authentification ou ajoutez une autre clé d’accès
   *[other] { $workspace } exigent l’authentification à deux facteurs : configurez d’abord une application d’authentification ou ajoutez une autre clé d’accès
}

# Utilisation d’une clé d’accès : comme seconde étape de la connexion, ou pour se connecter sans mot de passe.
two-factor-passkey-ceremony-over = Le délai est dépassé ou la demande a déjà reçu une réponse. Réessayez.
two-factor-no-passkey-yet = Vous n’avez pas encore de clé d’accès. Utilisez un code de votre application d’authentification ou un code de récupération.
two-factor-passkey-not-accepted = Cette clé d’accès n’a pas été acceptée. Réessayez, ou connectez-vous autrement.
two-factor-passkey-sign-in-refused = Cette clé d’accès n’a pas été acceptée. Connectez-vous avec votre adresse e-mail et votre mot de passe.

# Affiché par le navigateur lui-même quand l’utilisation d’une clé d’accès se termine sans réponse.
two-factor-no-passkey-used = Aucune clé d’accès n’a été utilisée. Réessayez, ou connectez-vous autrement.
# Suivi de deux-points et du détail technique.
two-factor-passkey-unreadable = Les données de la clé d’accès n’ont pas pu être lues
