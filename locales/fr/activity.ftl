# L’historique de l’espace de travail : chaque entrée est le nom de la personne qui a agi, suivi de l’un de ces textes.

activity-command-line = La ligne de commande du serveur
# Remplace une personne ou une adresse que l’historique ne connaît plus.
activity-someone = quelqu’un
activity-workspace-created = a créé l’espace de travail
activity-member-added = a ajouté { $name } avec le rôle { $role }
activity-invited = a invité { $email } avec le rôle { $role }
activity-invitation-resent = a renvoyé l’invitation à { $email }
activity-invitation-cancelled-sender-lost-admin = a annulé l’invitation de { $email }, car { $name }, qui l’avait envoyée, n’a plus le rôle d’administrateur
activity-invitation-cancelled = a annulé l’invitation de { $email }
activity-joined = a rejoint l’espace de travail avec le rôle { $role }
activity-role-changed = a fait passer { $name } du rôle { $old } au rôle { $new }
activity-role-changed-unknown = a changé le rôle de { $name }
activity-removed = a retiré { $name } de l’espace de travail
activity-sessions-ended = a déconnecté { $name } partout
activity-settings-changed = a modifié les paramètres de l’espace de travail
activity-two-factor-enabled = a activé l’authentification à deux facteurs
activity-two-factor-disabled = a désactivé l’authentification à deux facteurs
activity-recovery-codes-replaced = a généré de nouveaux codes de récupération
activity-two-factor-reset = a réinitialisé l’authentification à deux facteurs de { $name }
activity-passkey-added = a ajouté une clé d’accès
activity-passkey-removed = a supprimé une clé d’accès
activity-api-token-created = a créé le jeton d’API « { $token } »
activity-api-token-created-for = a créé le jeton d’API « { $token } » pour { $name }
activity-api-token-revoked = a révoqué le jeton d’API « { $token } »
activity-api-token-revoked-of = a révoqué le jeton d’API « { $token } » de { $name }
# Une modification faite par un script : la modification, puis lequel des jetons d’API de la personne il a utilisé.
activity-via-api-token = { $what } (via le jeton d’API « { $token } »)
