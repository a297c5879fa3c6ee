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
