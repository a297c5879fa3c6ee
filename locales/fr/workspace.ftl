# Les pages d’un espace de travail : son Accueil, sa configuration initiale, ses paramètres et son activité.

# Le champ du nom de l’espace de travail, à la configuration initiale et dans les paramètres.
workspace-name = Nom de l’espace de travail

# Accueil. Les noms des rôles viennent de role-admin, role-editor et role-agent ; en français, ils suivent « avec le rôle ».

home-welcome = Bienvenue, { $name }
home-joined = Vous avez rejoint { $workspace } avec le rôle { $role }.
home-role = Vous avez le rôle { $role } dans { $workspace }.
home-no-longer-member = Vous n’êtes plus membre de cet espace de travail.

# Accueil des administrateurs : l’espace de travail en un coup d’œil.
home-invite-user = Inviter un utilisateur
home-members = Membres
# Combien de membres ont chaque rôle, chaque nom à côté de son nombre.
home-count-admins = Administrateurs
home-count-editors = Éditeurs
home-count-agents = Agents
home-manage-users = Gérer les utilisateurs
home-invitations-none = Aucune invitation en attente.
home-invitations-waiting = { $count ->
    [one] { $count } invitation attend d’être acceptée.
    [many] { $count } d’invitations attendent d’être acceptées.
   *[other] { $count } invitations attendent d’être acceptées.
}
# $expiring (au moins une) des $count invitations expirent cette semaine ; la phrase ne doit pas dépendre de ce nombre.
home-invitations-waiting-expiring = { $count ->
    [one] { $count } invitation attend d’être acceptée ; elle expire cette semaine.
    [many] { $count } d’invitations attendent d’être acceptées, dont { $expiring } expirant cette semaine.
   *[other] { $count } invitations attendent d’être acceptées, dont { $expiring } expirant cette semaine.
}
home-see-invitations = Voir les invitations
home-latest-activity = Activité récente
home-all-activity = Toute l’activité
# Une ligne de l’activité récente : qui l’a fait, puis ce qui a été fait, comme la page Activité le décrit.
home-activity-entry = { $who } { $what }

# Accueil des éditeurs et des agents : ce que leur rôle permet et à qui demander plus.
home-you-can = Vous pouvez
home-you-cannot = Vous ne pouvez pas
home-your-admins = Vos administrateurs
home-ask-admins = Adressez-vous à eux si vous avez besoin d’un accès que vous n’avez pas.
home-other-workspaces = Vos autres espaces de travail
# $switcher est le libellé du sélecteur d’espace de travail (switcher-label).
home-switch-hint = Passez à l’un d’eux avec « { $switcher } » dans le menu.
home-sessions = { $count ->
    [one] Vous êtes connecté sur { $count } appareil.
    [many] Vous êtes connecté sur { $count } d’appareils.
   *[other] Vous êtes connecté sur { $count } appareils.
}
home-see-sessions = Voir vos sessions

# Configuration initiale : l’espace de travail d’une nouvelle installation et son premier administrateur.

setup-heading = Créez votre espace de travail
setup-intro = Bienvenue dans Roster. Donnez un nom à votre espace de travail et créez le premier compte administrateur. Le code de configuration est affiché dans le journal du serveur à son démarrage.
setup-code = Code de configuration
setup-your-name = Votre nom
setup-submit = Créer l’espace de travail
setup-submitting = Création de l’espace de travail…

# Paramètres : la vue d’ensemble et les paramètres propres à l’espace de travail.

settings-lead-admin = Modifiez le fonctionnement de l’espace de travail et gérez qui y a accès.
settings-lead-viewer = Consultez la configuration de l’espace de travail. Seuls les administrateurs peuvent la modifier.
settings-loading = Chargement des paramètres…
settings-read-only = Seuls les administrateurs peuvent modifier ces paramètres.
# Ce que signifie la langue de l’espace de travail, dit une seule fois sur la page.
settings-language-hint = La langue par défaut des flux et des messages de l’espace de travail, ainsi que celle des pages et des e-mails de Roster pour les membres qui n’ont pas choisi la leur.
settings-timezone = Fuseau horaire
settings-timezone-hint = Tapez pour rechercher, par exemple Kigali ou New York. Dans tout Roster, les dates s’affichent dans ce fuseau horaire.
settings-two-factor = Exiger l’authentification à deux facteurs
settings-two-factor-hint = Les membres concernés qui n’ont pas de second facteur doivent en configurer un avant de pouvoir utiliser l’espace de travail.
# Les choix de qui doit utiliser l’authentification à deux facteurs.
settings-two-factor-rule-nobody = Personne
settings-two-factor-rule-admins = Administrateurs
settings-two-factor-rule-everyone = Tout le monde
settings-save = Enregistrer
settings-saving = Enregistrement…
settings-saved = Paramètres de l’espace de travail enregistrés

# Activité : qui a fait quoi, du plus récent au plus ancien.

activity-loading = Chargement de l’activité…
# Au-dessus de l’activité d’une personne ; un lien vers celle de tout le monde suit.
activity-person-intro = Ce que { $name } a fait et ce qui a été fait sur son compte.
activity-show-everyone = Afficher l’activité de tout le monde
activity-none = Il ne s’est encore rien passé
# Les colonnes du tableau.
activity-when = Quand
activity-who = Qui
activity-what = Quoi
# Le nom de la pagination et ses liens.
activity-pages = Pages d’activité
activity-newest = Plus récentes
activity-older = Plus anciennes
