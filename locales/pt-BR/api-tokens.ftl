# Menu da conta → Tokens de API, e a seção de tokens da página de detalhes de um membro.

api-tokens-heading = Tokens de API
api-tokens-lead = Um token permite que um script ou outro programa use a API do Roster em { $workspace } em seu nome, com a sua função ou só para leitura. Quem tiver o token pode fazer tudo o que ele permite, então mantenha-o tão secreto quanto uma senha.
api-tokens-create-heading = Criar token
api-tokens-name = Nome
api-tokens-name-hint = Para que ele serve, como “Sincronização do RH”.
api-tokens-expires = Validade
api-tokens-days = { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
}
api-tokens-access = Acesso
api-tokens-access-hint = “Igual à minha função” permite o que a sua função puder fazer no momento de cada chamada, então acompanha qualquer mudança na sua função.
api-tokens-access-read-only = Somente leitura
api-tokens-access-same-as-role = Igual à minha função
api-tokens-access-same-as-their-role = Igual à função da pessoa
api-tokens-create = Criar token
api-tokens-creating = Criando…
api-tokens-new-heading = Seu novo token
api-tokens-new-label = Novo token
api-tokens-shown-once = Copie agora: o Roster mostra o token só desta vez e guarda apenas uma impressão digital dele.
api-tokens-copy = Copiar
api-tokens-copied = Copiado.
api-tokens-copy-needs-https = Aqui, copiar exige HTTPS: selecione o token e copie-o manualmente.
api-tokens-copy-refused = O navegador não permitiu copiar: selecione o token e copie-o manualmente.
api-tokens-list-heading = Seus tokens
api-tokens-member-heading = Tokens de API
api-tokens-loading = Carregando tokens…
api-tokens-none = Nenhum token de API.
api-tokens-column-name = Nome
api-tokens-column-access = Acesso
api-tokens-column-created = Criação
api-tokens-column-last-used = Último uso
api-tokens-column-expires = Expira em
api-tokens-column-actions = Ações
api-tokens-never-used = Nunca
api-tokens-expired = Expirado
api-tokens-revoke = Revogar
api-tokens-revoke-title = Revogar este token?
api-tokens-revoke-message = Os scripts que usam “{ $name }” param de funcionar na hora. Não é possível desfazer isso.
api-tokens-cancel = Cancelar
api-tokens-revoked = O token foi revogado.
api-tokens-pick-lifetime = Escolha 7, 30, 90 ou 365 dias
api-tokens-too-many = { $count ->
    [one] Você já tem { $count } token aqui: revogue um primeiro
    [many] Você já tem { $count } de tokens aqui: revogue um primeiro
   *[other] Você já tem { $count } tokens aqui: revogue um primeiro
}
api-tokens-read-only-refused = Este token é somente leitura: ele não pode alterar nada
