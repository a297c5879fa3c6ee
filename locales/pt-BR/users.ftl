# A área de configurações "Usuários e convites": o título dela, que também dá nome à fileira de abas.

people-heading = Usuários e convites

# A aba Usuários: o título, a busca e a tabela de membros.

users-members-heading = Membros
users-invite-user = Convidar usuário
users-search-label = Buscar usuários
users-search-placeholder = Nome ou e-mail
# Mostrado ao lado da busca enquanto a lista acompanha o que foi digitado.
users-searching = Buscando…
users-loading = Carregando usuários…
# Os cabeçalhos da tabela de membros; a página de detalhes chama as mesmas informações do mesmo jeito.
users-name = Nome
users-email = E-mail
users-role = Função
users-two-factor = Dois fatores
users-joined = Membro desde
users-last-active = Última atividade
# O cabeçalho oculto da coluna de botões de lixeira.
users-actions = Ações
# Depois do nome do administrador que está vendo a lista.
users-you = (você)
users-two-factor-on = Ativada
users-two-factor-off = Desativada

# Quantos membros a lista mostra. O navegador escreve estes textos a cada resposta da busca, com
# os números já escritos: eles não têm formas de plural, então nada pode depender do número
# ("Usuários encontrados: { $total }"). Os que têm "1" são para exatamente um.
users-count-none-match = Nenhum usuário corresponde à sua busca
users-count-one-match = 1 usuário encontrado
users-count-one = 1 usuário
# $total é 2 ou mais.
users-count-all-match = Usuários encontrados: { $total }
# $total é 2 ou mais.
users-count-all = Usuários: { $total }
# Depois da última página, como ao remover a única pessoa que estava nela.
users-count-past-the-end = Nenhum usuário nesta página; total: { $total }
# Onde esta página fica entre todos os membros: posições de $first a $last.
users-count-range = Usuários { $first }–{ $last } de { $total }
users-count-range-matching = Resultados { $first }–{ $last } de { $total }
# Quando a posição da página não é conhecida: só quantos ela mostra.
users-count-part = Usuários exibidos: { $shown } de { $total }
users-count-part-matching = Resultados exibidos: { $shown } de { $total }

# Quando uma busca não encontra ninguém: links para recomeçar e para convidar o endereço buscado.
users-clear-search = Limpar busca
users-invite-address = Convidar { $email }
users-first-page = Primeira página
users-pages = Páginas de usuários
users-previous-page = Anterior
users-next-page = Próxima

# Remover alguém do espaço de trabalho, pela lista ou pela página de detalhes da pessoa.
users-remove-name = Remover { $name }
users-remove-title = Remover { $name } do espaço de trabalho?
users-removal-consequences = A pessoa perde na hora o acesso a este espaço de trabalho, em todos os dispositivos. A conta e a atividade anterior dela continuam.
users-remove = Remover
users-keep = Manter
users-removed = Usuário removido do espaço de trabalho
# Depois das consequências da remoção, quando a pessoa é um administrador que convidou outras.
# O navegador escreve estes textos para a lista, com o número já escrito: sem formas de plural,
# então nada pode depender do número.
users-cancels-one-invitation = O convite pendente que ela enviou será cancelado.
# $count é 2 ou mais.
users-cancels-invitations = Os convites pendentes que ela enviou serão cancelados ({ $count }).
# O mesmo, como a página de detalhes diz.
users-invitations-to-cancel = { $count ->
    [one] O convite pendente que ela enviou será cancelado.
    [many] Os { $count } de convites pendentes que ela enviou serão cancelados.
   *[other] Os { $count } convites pendentes que ela enviou serão cancelados.
}

# A página de detalhes do usuário.

users-back-to-users = Voltar para usuários
users-activity-of = Atividade de { $name }
users-save-role = Salvar
users-saving-role = Salvando…
users-role-saved = Função salva. Ela vale a partir da próxima página que a pessoa abrir, em todos os dispositivos.
users-demote-title = Tirar { $name } da função de administrador?
# $invitations diz quais dos convites da pessoa também são cancelados.
users-demote-message = A pessoa perde o direito de gerenciar usuários e configurações. { $invitations }
users-change-role = Alterar função
users-keep-admin = Manter como administrador

users-sessions-heading = Sessões
users-sessions-intro = Encerra as sessões da pessoa neste espaço de trabalho em todos os dispositivos; ela pode entrar de novo.
users-log-out-everywhere = Encerrar todas as sessões
users-log-out-title = Encerrar todas as sessões de { $name }?
users-log-out-message = Todos os dispositivos em que a pessoa está conectada saem deste espaço de trabalho na hora. As sessões dela em outros espaços de trabalho continuam.
users-keep-logged-in = Não encerrar
# O navegador escreve este texto com o número já escrito: sem formas de plural, então nada
# pode depender do número.
users-sessions-ended = Sessões encerradas neste espaço de trabalho: { $count }

users-two-factor-intro = Para quem perdeu o celular e os códigos de recuperação: a pessoa entra só com a senha e depois configura a autenticação de novo.
users-reset-two-factor = Redefinir a autenticação
users-reset-two-factor-title = Redefinir a autenticação de dois fatores de { $name }?
users-reset-two-factor-message = O aplicativo autenticador e os códigos de recuperação da pessoa deixam de funcionar, e ela sai deste espaço de trabalho. Faça isso só quando tiver certeza de que é ela mesma quem está pedindo.
users-keep-two-factor = Manter
users-two-factor-was-reset = Autenticação de dois fatores redefinida. A pessoa saiu deste espaço de trabalho e foi avisada por e-mail.

users-membership-heading = Participação
users-membership-intro = Remover a pessoa encerra o acesso dela aqui; a conta e a atividade anterior continuam.
