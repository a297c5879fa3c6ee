# История рабочего пространства: каждая запись — имя того, кто выполнил действие, а после него один из этих текстов.
# Глаголы даны в форме «создал(а)», чтобы подходить к имени человека любого пола.

activity-command-line = Командная строка сервера
# Заменяет человека или адрес, которых история больше не знает.
activity-someone = (неизвестно)
activity-workspace-created = создал(а) рабочее пространство
activity-member-added = добавил(а) пользователя { $name } с ролью «{ $role }»
activity-invited = отправил(а) приглашение на адрес { $email } с ролью «{ $role }»
activity-invitation-resent = повторно отправил(а) приглашение на адрес { $email }
activity-invitation-cancelled-sender-lost-admin = отменил(а) приглашение для { $email }, так как пользователь { $name }, отправивший его, больше не администратор
activity-invitation-cancelled = отменил(а) приглашение для { $email }
activity-joined = вступил(а) в рабочее пространство с ролью «{ $role }»
activity-role-changed = сменил(а) роль пользователя { $name } с «{ $old }» на «{ $new }»
activity-role-changed-unknown = сменил(а) роль пользователя { $name }
activity-removed = исключил(а) пользователя { $name } из рабочего пространства
activity-sessions-ended = завершил(а) все сеансы пользователя { $name }
activity-settings-changed = изменил(а) настройки рабочего пространства
activity-two-factor-enabled = включил(а) двухфакторную аутентификацию
activity-two-factor-disabled = отключил(а) двухфакторную аутентификацию
activity-recovery-codes-replaced = создал(а) новые коды восстановления
activity-two-factor-reset = сбросил(а) двухфакторную аутентификацию пользователя { $name }
activity-passkey-added = добавил(а) ключ доступа
activity-passkey-removed = удалил(а) ключ доступа
activity-api-token-created = создал(а) API-токен «{ $token }»
activity-api-token-created-for = создал(а) API-токен «{ $token }» для пользователя { $name }
activity-api-token-revoked = отозвал(а) API-токен «{ $token }»
activity-api-token-revoked-of = отозвал(а) API-токен «{ $token }» пользователя { $name }
# Изменение, сделанное скриптом: само изменение, а затем какой из API-токенов человека он использовал.
activity-via-api-token = { $what } (через API-токен «{ $token }»)
