# As páginas de um espaço de trabalho: o Início, a configuração inicial, as configurações e a atividade.

# O campo do nome do espaço de trabalho, na configuração inicial e nas configurações.
workspace-name = Nome do espaço de trabalho

# Início. Os nomes das funções vêm de role-admin, role-editor e role-agent; em português, vêm depois de "com a função de".

home-welcome = Boas-vindas, { $name }
home-joined = Você entrou em { $workspace } com a função de { $role }.
home-role = Você tem a função de { $role } em { $workspace }.
home-no-longer-member = Você não é mais membro deste espaço de trabalho.

# Início para administradores: o espaço de trabalho num relance.
home-invite-user = Convidar usuário
home-members = Membros
# Quantos membros têm cada função, cada nome ao lado do seu número.
home-count-admins = Administradores
home-count-editors = Editores
home-count-agents = Agentes
home-manage-users = Gerenciar usuários
home-invitations-none = Nenhum convite aguardando aceitação.
home-invitations-waiting = { $count ->
    [one] { $count } convite aguarda aceitação.
    [many] { $count } de convites aguardam aceitação.
   *[other] { $count } convites aguardam aceitação.
}
# $expiring (pelo menos um) dos $count convites expiram nesta semana; a frase não pode depender desse número.
home-invitations-waiting-expiring = { $count ->
    [one] { $count } convite aguarda aceitação; ele expira nesta semana.
    [many] { $count } de convites aguardam aceitação; expiram nesta semana: { $expiring }.
   *[other] { $count } convites aguardam aceitação; expiram nesta semana: { $expiring }.
}
home-see-invitations = Ver convites
home-latest-activity = Atividade recente
home-all-activity = Toda a atividade
# Uma linha da atividade recente: quem fez e depois o que fez, como a página Atividade descreve.
home-activity-entry = { $who } { $what }

# Início para editores e agentes: o que a função permite e a quem pedir mais.
home-you-can = Você pode
home-you-cannot = Você não pode
home-your-admins = Seus administradores
home-ask-admins = Fale com eles quando precisar de um acesso que você não tem.
home-other-workspaces = Seus outros espaços de trabalho
# $switcher é o rótulo do seletor de espaço de trabalho (switcher-label).
home-switch-hint = Troque para um deles com "{ $switcher }" no menu.
home-sessions = { $count ->
    [one] Você está conectado em { $count } dispositivo.
    [many] Você está conectado em { $count } de dispositivos.
   *[other] Você está conectado em { $count } dispositivos.
}
home-see-sessions = Ver suas sessões

# Configuração inicial: o espaço de trabalho de uma nova instalação e o primeiro administrador.

setup-heading = Crie seu espaço de trabalho
setup-intro = Boas-vindas ao Roster. Dê um nome ao seu espaço de trabalho e crie a primeira conta de administrador. O código de configuração aparece no log do servidor quando ele é iniciado.
setup-code = Código de configuração
setup-your-name = Seu nome
setup-submit = Criar espaço de trabalho
setup-submitting = Criando espaço de trabalho…

# Configurações: a visão geral e as configurações do próprio espaço de trabalho.

settings-lead-admin = Altere como o espaço de trabalho funciona e gerencie quem tem acesso.
settings-lead-viewer = Veja como o espaço de trabalho está configurado. Somente administradores podem alterar.
settings-loading = Carregando configurações…
settings-read-only = Somente administradores podem alterar estas configurações.
# O que significa o idioma do espaço de trabalho, dito uma única vez na página.
settings-language-hint = O idioma padrão dos fluxos e mensagens do espaço de trabalho e o idioma das páginas e e-mails do Roster para os membros que não escolheram o seu.
settings-timezone = Fuso horário
settings-timezone-hint = Digite para pesquisar, por exemplo, Kigali ou New York. Em todo o Roster, as datas aparecem neste fuso horário.
settings-two-factor = Exigir autenticação de dois fatores
settings-two-factor-hint = Os membros abrangidos que não têm um segundo fator precisam configurá-lo antes de usar o espaço de trabalho.
# As opções de quem precisa usar a autenticação de dois fatores.
settings-two-factor-rule-nobody = Ninguém
settings-two-factor-rule-admins = Administradores
settings-two-factor-rule-everyone = Todos
settings-save = Salvar
settings-saving = Salvando…
settings-saved = Configurações do espaço de trabalho salvas

# Atividade: quem fez o quê, das mais recentes para as mais antigas.

activity-loading = Carregando atividade…
# Acima da atividade de uma pessoa; em seguida vem um link para a de todos.
activity-person-intro = O que { $name } fez e o que foi feito com a conta dessa pessoa.
activity-show-everyone = Mostrar a atividade de todos
activity-none = Nada aconteceu ainda
# As colunas da tabela.
activity-when = Quando
activity-who = Quem
activity-what = O quê
# O nome da paginação e seus links.
activity-pages = Páginas de atividade
activity-newest = Mais recentes
activity-older = Mais antigas
