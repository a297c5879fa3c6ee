# A aba Convites: Configurações → Usuários e convites → Convites.

invitations-pending-heading = Convites pendentes
# Um botão que abre o formulário de convite, e o título desse formulário.
invitations-invite-user = Convidar usuário
invitations-loading = Carregando convites…
invitations-none-pending = Nenhum convite pendente

# Os cabeçalhos das colunas da tabela; quando as linhas se empilham no celular, também o rótulo de cada célula.
invitations-column-email = E-mail
invitations-column-role = Função
invitations-column-status = Status
invitations-column-sent = Enviado em
# Lido só por leitores de tela: a coluna dos botões de cada linha.
invitations-column-actions = Ações

# O estado de um convite, em um selo.
invitations-status-pending = Pendente
invitations-status-expired = Expirado
# Ao lado do selo: se o e-mail com o link já saiu.
invitations-delivery-queued = E-mail na fila
invitations-delivery-sent = E-mail enviado
invitations-delivery-failed = Falha no envio do e-mail
# Abaixo do dia do envio: { $date } é o momento exato em que o link deixa, ou deixou, de funcionar.
invitations-expires = Expira em { $date }
invitations-expired = Expirou em { $date }

invitations-resend = Reenviar
# O nome do botão de lixeira para leitores de tela.
invitations-cancel-for = Cancelar o convite de { $email }
invitations-resent = Convite reenviado com um novo link
invitations-cancelled = Convite cancelado; o link dele não funciona mais

# A pergunta antes de cancelar um convite; { $name } é o e-mail convidado.
invitations-cancel-title = Cancelar o convite de { $name }?
invitations-cancel-message = O link do e-mail para de funcionar na hora. Você pode convidar essa pessoa de novo mais tarde.
invitations-cancel-confirm = Cancelar convite
invitations-cancel-keep = Manter convite

# O formulário de convite.
invitations-field-emails = E-mail
# { $count } é o máximo de endereços que um formulário de convite aceita (100).
invitations-field-emails-hint = Várias pessoas? Separe os endereços com vírgulas ou quebras de linha, até { $count }.
invitations-field-role = Função
# O que uma função pode e não pode fazer: as permissões ou os limites dela, separados por ponto e vírgula.
invitations-role-can = Pode: { $abilities }
invitations-role-cannot = Não pode: { $limits }
# No celular, a descrição de uma função mostra uma linha só até tocar em "Ver mais".
invitations-role-more = Ver mais
invitations-role-less = Ver menos
# Lido depois de "Ver mais" ou "Ver menos", só por leitores de tela: de qual função é a descrição que o botão abre.
invitations-role-about = sobre a função de { $role }
invitations-field-language = Idioma do convite
invitations-field-language-hint = O idioma do espaço de trabalho é { $language }. Escolha outro para as pessoas que você está convidando agora.
# A lista do que aconteceu com cada endereço, quando vários foram convidados de uma vez.
invitations-results = Resultado por endereço
invitations-result-sent = { $email }: convite enviado
# { $problem } diz o motivo, em uma oração curta.
invitations-result-not-sent = { $email }: não enviado, { $problem }
invitations-close = Fechar
invitations-send = Enviar convite
invitations-sending = Enviando…

# O que a página diz depois que os convites saem. O navegador preenche os números, então
# não há formas de plural: cada frase precisa ficar certa com qualquer número.
invitations-sent-to = Convite enviado para { $email }
invitations-sent-count = Convites enviados: { $sent } de { $total }
# { $failed } lista os endereços para os quais não houve envio, separados por vírgulas.
invitations-sent-some = Convites enviados: { $sent } de { $total }. Sem envio: { $failed }

# A página que o link de um convite abre, também para visitantes que não entraram na conta.

invitations-accept-loading = Carregando o convite…
invitations-accept-heading-invalid = Participar de um espaço de trabalho
invitations-accept-go-to-login = Ir para a página de entrada
invitations-accept-heading = Participar de { $workspace }
# { $role } é o nome da função (Administrador, Editor ou Agente); { $expires } o momento exato.
invitations-accept-intro = { $inviter } convidou { $email } para participar de { $workspace } com a função de { $role }. O convite expira em { $expires }.
# { $role } é o nome da função (Administrador, Editor ou Agente).
invitations-role-abilities = O que a função de { $role } permite
invitations-accept-signed-in-as-other = Você entrou como { $other }, mas este convite é para { $invited }.
invitations-accept-log-out = Sair e continuar
invitations-accept-signed-in = Você entrou como { $email }.
invitations-accept-has-account = Você já tem uma conta com { $email }: digite a senha dela para participar.
invitations-accept-name = Nome
# Um código de dois fatores, pedido quando a conta tem a autenticação de dois fatores ativada.
invitations-accept-code = Código
invitations-accept-code-hint = Do seu aplicativo autenticador, ou um código de recuperação.
invitations-accept-join = Participar do espaço de trabalho
invitations-accept-joining = Entrando no espaço de trabalho…

# Menu da conta → Notificações por e-mail: o e-mail que um administrador recebe quando alguém entra.

notifications-join-emails = Enviar um e-mail para mim quando alguém entrar neste espaço de trabalho
notifications-join-emails-on = Você vai receber um e-mail quando alguém entrar
notifications-join-emails-off = Você não vai mais receber e-mail quando alguém entrar
notifications-save = Salvar
