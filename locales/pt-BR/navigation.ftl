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
