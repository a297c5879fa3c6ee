# El historial del espacio de trabajo: cada entrada es el nombre de quien actuó seguido de uno de estos textos.

activity-command-line = La línea de comandos del servidor
# Sustituye a una persona o una dirección que el historial ya no conoce.
activity-someone = alguien
activity-workspace-created = creó el espacio de trabajo
activity-member-added = añadió a { $name } con el rol de { $role }
activity-invited = invitó a { $email } con el rol de { $role }
activity-invitation-resent = reenvió la invitación a { $email }
activity-invitation-cancelled-sender-lost-admin = canceló la invitación de { $email } porque { $name }, quien la envió, ya no tiene el rol de administrador
activity-invitation-cancelled = canceló la invitación de { $email }
activity-joined = se unió con el rol de { $role }
activity-role-changed = cambió el rol de { $name } de { $old } a { $new }
activity-role-changed-unknown = cambió el rol de { $name }
activity-removed = quitó a { $name } del espacio de trabajo
activity-sessions-ended = cerró todas las sesiones de { $name }
activity-settings-changed = cambió la configuración del espacio de trabajo
activity-two-factor-enabled = activó la autenticación de dos factores
activity-two-factor-disabled = desactivó la autenticación de dos factores
activity-recovery-codes-replaced = generó nuevos códigos de recuperación
activity-two-factor-reset = restableció la autenticación de dos factores de { $name }
activity-passkey-added = añadió una llave de acceso
activity-passkey-removed = eliminó una llave de acceso
activity-api-token-created = creó el token de API «{ $token }»
activity-api-token-created-for = creó el token de API «{ $token }» para { $name }
activity-api-token-revoked = revocó el token de API «{ $token }»
activity-api-token-revoked-of = revocó el token de API «{ $token }» de { $name }
# Un cambio hecho por un script: el cambio y, después, cuál de los tokens de API de la persona usó.
activity-via-api-token = { $what } (mediante el token de API «{ $token }»)
