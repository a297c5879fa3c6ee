# O histórico do espaço de trabalho: cada entrada é o nome de quem agiu seguido de um destes textos.

activity-command-line = A linha de comando do servidor
# Substitui uma pessoa ou um endereço que o histórico não conhece mais.
activity-someone = alguém
activity-workspace-created = criou o espaço de trabalho
activity-member-added = adicionou { $name } com a função de { $role }
activity-invited = convidou { $email } com a função de { $role }
activity-invitation-resent = reenviou o convite para { $email }
activity-invitation-cancelled-sender-lost-admin = cancelou o convite de { $email } porque { $name }, que o enviou, não tem mais a função de administrador
activity-invitation-cancelled = cancelou o convite de { $email }
activity-joined = entrou no espaço de trabalho com a função de { $role }
activity-role-changed = alterou a função de { $name } de { $old } para { $new }
activity-role-changed-unknown = alterou a função de { $name }
activity-removed = removeu { $name } do espaço de trabalho
activity-sessions-ended = encerrou todas as sessões de { $name }
activity-settings-changed = alterou as configurações do espaço de trabalho
activity-two-factor-enabled = ativou a autenticação de dois fatores
activity-two-factor-disabled = desativou a autenticação de dois fatores
activity-recovery-codes-replaced = gerou novos códigos de recuperação
activity-two-factor-reset = redefiniu a autenticação de dois fatores de { $name }
activity-passkey-added = adicionou uma chave de acesso
activity-passkey-removed = removeu uma chave de acesso
activity-api-token-created = criou o token de API “{ $token }”
activity-api-token-created-for = criou o token de API “{ $token }” para { $name }
activity-api-token-revoked = revogou o token de API “{ $token }”
activity-api-token-revoked-of = revogou o token de API “{ $token }” de { $name }
# Uma mudança feita por um script: a mudança e, depois, qual dos tokens de API da pessoa ele usou.
activity-via-api-token = { $what } (por meio do token de API “{ $token }”)
