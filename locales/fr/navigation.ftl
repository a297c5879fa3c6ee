# Le cadre une fois connecté : la barre latérale, le menu du compte et les noms des pages.

page-home = Accueil
page-settings = Paramètres
page-workspace-settings = Paramètres de l’espace de travail
page-users = Utilisateurs
page-user-details = Détails de l’utilisateur
page-invitations = Invitations
page-activity = Activité
page-sessions = Vos sessions
page-change-password = Changer de mot de passe
page-two-factor = Authentification à deux facteurs
page-notifications = Notifications par e-mail
page-language = Langue
page-api-tokens = Jetons d’API

shell-menu = Menu
shell-main-navigation = Principale
shell-account-menu = Menu du compte
shell-log-out = Se déconnecter
switcher-label = Changer d’espace de travail
switcher-hint = Au clavier, choisissez un espace de travail et appuyez sur Entrée.
switcher-placeholder = Choisissez un espace de travail
switcher-submit = Changer

denied-heading = Vous n’avez pas accès à la page « { $page } »
denied-heading-unknown = Vous n’avez pas accès à cette page
go-to-start = Aller à la page d’accueil

# Pourquoi une page ou une action est refusée.
denied-flows = Seuls les administrateurs et les éditeurs peuvent travailler sur les flux, les campagnes et les déclencheurs
denied-messages = Seuls les administrateurs et les éditeurs peuvent envoyer des messages et des diffusions
denied-contacts = Seuls les administrateurs et les éditeurs peuvent gérer les contacts
denied-import-export = Seuls les administrateurs et les éditeurs peuvent importer et exporter
denied-tickets = Seuls les membres de cet espace de travail peuvent traiter les tickets
denied-view-settings = Seuls les administrateurs et les éditeurs peuvent voir les paramètres de l’espace de travail
denied-change-settings = Seuls les administrateurs peuvent modifier les paramètres de l’espace de travail
denied-users = Seuls les administrateurs peuvent gérer les utilisateurs
denied-invitations = Seuls les administrateurs peuvent gérer les invitations
denied-activity = Seuls les administrateurs peuvent voir l’historique d’activité
denied-own-account = Seuls les membres de cet espace de travail peuvent faire cela
denied-notifications = Les notifications par e-mail préviennent les administrateurs quand quelqu’un rejoint l’espace de travail ; seuls les administrateurs les reçoivent.
denied-two-factor-required = { $workspace } exige l’authentification à deux facteurs. Configurez-la dans Menu du compte, Authentification à deux facteurs.

# Les sections des paramètres, dans leur navigation et sur leur vue d’ensemble.
settings-section-workspace = Espace de travail
settings-section-users = Utilisateurs et invitations
settings-section-workspace-about = Le nom, la langue et le fuseau horaire de l’espace de travail, et qui doit utiliser l’authentification à deux facteurs.
settings-section-users-about = Qui fait partie de l’espace de travail et avec quel rôle ; invitez des personnes, renvoyez ou annulez des invitations.
settings-section-activity-about = Qui a invité ou retiré qui, qui a rejoint l’espace de travail ou modifié un rôle, et quand.

denied-cross-site = Cette requête provient d’un autre site et a été refusée
