# A moldura de quem está conectado: a barra lateral, o menu da conta e os nomes das páginas.

page-home = Início
page-settings = Configurações
page-workspace-settings = Configurações do espaço de trabalho
page-users = Usuários
page-user-details = Detalhes do usuário
page-invitations = Convites
page-activity = Atividade
page-sessions = Suas sessões
page-change-password = Alterar senha
page-two-factor = Autenticação de dois fatores
page-notifications = Notificações por e-mail
page-language = Idioma
page-api-tokens = Tokens de API

shell-menu = Menu
shell-main-navigation = Principal
shell-account-menu = Menu da conta
shell-log-out = Sair
switcher-label = Trocar de espaço de trabalho
switcher-hint = Pelo teclado, escolha um espaço de trabalho e pressione Enter.
switcher-placeholder = Escolha um espaço de trabalho
switcher-submit = Trocar

denied-heading = Você não tem acesso a { $page }
denied-heading-unknown = Você não tem acesso a esta página
go-to-start = Ir para a página inicial

# Por que uma página ou uma ação é recusada.
denied-flows = Somente administradores e editores podem trabalhar com fluxos, campanhas e gatilhos
denied-messages = Somente administradores e editores podem enviar mensagens e transmissões
denied-contacts = Somente administradores e editores podem gerenciar contatos
denied-import-export = Somente administradores e editores podem importar e exportar
denied-tickets = Somente membros deste espaço de trabalho podem atender tickets
denied-view-settings = Somente administradores e editores podem ver as configurações do espaço de trabalho
denied-change-settings = Somente administradores podem alterar as configurações do espaço de trabalho
denied-users = Somente administradores podem gerenciar usuários
denied-invitations = Somente administradores podem gerenciar convites
denied-activity = Somente administradores podem ver o histórico de atividades
denied-own-account = Somente membros deste espaço de trabalho podem fazer isso
denied-notifications = As notificações por e-mail avisam os administradores quando alguém entra no espaço de trabalho; só os administradores as recebem.
denied-two-factor-required = { $workspace } exige a autenticação de dois fatores. Configure-a em Menu da conta, Autenticação de dois fatores.

# As seções da área de configurações, na navegação e na visão geral dela.
settings-section-workspace = Espaço de trabalho
settings-section-users = Usuários e convites
settings-section-workspace-about = O nome, o idioma e o fuso horário do espaço de trabalho, e quem precisa usar a autenticação de dois fatores.
settings-section-users-about = Quem está no espaço de trabalho e com qual função; convide pessoas e reenvie ou cancele convites.
settings-section-activity-about = Quem convidou ou removeu quem, quem entrou ou alterou uma função, e quando.

denied-cross-site = Esta solicitação veio de outro site e foi recusada
