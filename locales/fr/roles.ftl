# Ce que chaque rôle peut faire ou non, dans les termes de la page d’aide que l’on connaît.

role-admin-can-editor = Tout ce qu’un Éditeur peut faire
role-admin-can-users = Gérer les utilisateurs et les rôles (inviter, modifier, retirer)
role-admin-can-settings = Modifier les paramètres de l’espace de travail, comme la langue et le fuseau horaire
role-admin-can-integrations = Configurer les paramètres du compte et les intégrations
role-editor-can-flows = Créer et modifier des flux, des campagnes et des déclencheurs
role-editor-can-start = Lancer des flux et envoyer des messages
role-editor-can-contacts = Gérer les contacts (mise à jour des informations, appartenance aux groupes, etc.)
role-editor-can-export = Exporter des flux, des contacts et des messages
role-editor-can-reuse = Importer et exporter des flux pour les réutiliser
role-agent-can-tickets = Consulter les tickets ou les discussions en direct et y répondre
role-editor-cannot-settings = Modifier les paramètres essentiels de l’espace de travail (comme le fuseau horaire, la langue ou la facturation)
role-editor-cannot-users = Gérer les rôles ou les invitations des autres utilisateurs
role-agent-cannot-flows = Modifier des flux, des campagnes ou des déclencheurs
role-agent-cannot-broadcasts = Envoyer des diffusions ou gérer les contacts
role-agent-cannot-settings = Modifier les paramètres de l’espace de travail, les utilisateurs ou les rôles
