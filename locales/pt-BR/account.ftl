# O idioma de cada pessoa, em Menu da conta → Idioma e nas páginas para quem não está conectado.

language-heading = Idioma
language-intro = O Roster mostra as páginas e envia e-mails para você neste idioma.
# A opção de quem ainda não escolheu: o idioma do navegador ou, se não for possível, o do espaço de trabalho.
language-automatic = Automático ({ $language })
language-automatic-hint = Enquanto você não escolher, o Roster segue o idioma do seu navegador, ou o do espaço de trabalho quando o Roster não estiver disponível no idioma do navegador.
language-saved = Seu idioma foi salvo.
language-unknown = Escolha um idioma da lista.
language-saving = Salvando…

# Menu da conta → Suas sessões.
sessions-heading = Suas sessões
sessions-lead = Cada dispositivo ou navegador em que você está conectado. Encerre as sessões que você não reconhecer e altere sua senha se achar que outra pessoa a conhece.
sessions-loading = Carregando sessões…
sessions-end-others = Encerrar todas as outras sessões
sessions-ended-none = Não havia outras sessões para encerrar
sessions-ended-one = 1 outra sessão foi encerrada
# Mostrado a partir de duas; o navegador preenche o número, então o texto não pode depender dele.
sessions-ended-many = Outras sessões encerradas: { $count }
sessions-ended-this = Sessão encerrada
sessions-device = Dispositivo
sessions-ip = Endereço IP
sessions-signed-in = Início da sessão
sessions-last-active = Última atividade
sessions-actions = Ações
sessions-this-device = Este dispositivo
sessions-active-now = Ativa agora
sessions-log-out = Encerrar sessão

# Menu da conta → Alterar senha.
change-password-heading = Alterar senha
change-password-lead = Ao alterar sua senha, você sai da conta em todos os outros dispositivos.
change-password-current = Senha atual
change-password-new = Nova senha
change-password-confirm = Confirmar nova senha
change-password-submit = Alterar senha
change-password-submitting = Alterando senha…
change-password-changed = Sua senha foi alterada. As sessões nos seus outros dispositivos foram encerradas.

sessions-browser-on = { $browser } no { $os }
sessions-unknown-browser = Navegador desconhecido
sessions-unknown-ip = Desconhecido
