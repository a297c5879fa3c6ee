# O que cada função pode e não pode fazer, com as palavras da página de ajuda que as pessoas conhecem.

role-admin-can-editor = Tudo o que um Editor pode fazer
role-admin-can-users = Gerenciar usuários e funções (convidar, atualizar, remover)
role-admin-can-settings = Alterar as configurações do espaço de trabalho, como idioma e fuso horário
role-admin-can-integrations = Definir as configurações e as integrações da conta
role-editor-can-flows = Criar e editar fluxos, campanhas e gatilhos
role-editor-can-start = Iniciar fluxos e enviar mensagens
role-editor-can-contacts = Gerenciar contatos (atualizar informações, participação em grupos etc.)
role-editor-can-export = Exportar fluxos, contatos e mensagens
role-editor-can-reuse = Importar e exportar fluxos para reutilizá-los
role-agent-can-tickets = Ver e responder tickets ou chats ao vivo
role-editor-cannot-settings = Alterar as configurações principais do espaço de trabalho (como fuso horário, idioma ou faturamento)
role-editor-cannot-users = Gerenciar as funções ou os convites de outros usuários
role-agent-cannot-flows = Editar fluxos, campanhas ou gatilhos
role-agent-cannot-broadcasts = Enviar transmissões ou gerenciar contatos
role-agent-cannot-settings = Alterar as configurações, os usuários ou as funções do espaço de trabalho
