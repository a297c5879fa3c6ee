# Menu da conta → Autenticação de dois fatores. O título é page-two-factor.

two-factor-lead = Depois da sua senha, o Roster pede um código de um aplicativo no seu celular. Assim, uma senha roubada sozinha não abre a sua conta.
# A linha de status da página depois de ativar ou desativar.
two-factor-turned-on = A autenticação de dois fatores está ativada.
two-factor-turned-off = A autenticação de dois fatores está desativada.
# Quando as regras dos espaços de trabalho exigem um segundo fator: { $workspace } é o nome de um espaço
# de trabalho, ou de vários separados por vírgulas.
two-factor-required-set-up = A autenticação de dois fatores é obrigatória em { $workspace }. Configure-a para continuar.
two-factor-required-stays-on = A autenticação de dois fatores é obrigatória em { $workspace }, por isso ela continua ativada.

# O aplicativo autenticador. "Ativada" e "Desativada" são selos, cada um seguido do que significa.
two-factor-app-heading = Aplicativo autenticador
two-factor-on = Ativada
two-factor-app-on = Ao entrar, você precisa informar um código do seu aplicativo autenticador.
two-factor-off = Desativada
two-factor-app-off = Ao entrar, você precisa informar só a sua senha.
two-factor-set-up-app = Configurar aplicativo autenticador
# Um botão que abre o formulário dele, e o botão desse formulário.
two-factor-turn-off = Desativar
# Depois da senha atual, antes do QR code.
two-factor-continue = Continuar
# O campo de um código de dois fatores: ao desativar ou ativar, e na segunda etapa da entrada.
two-factor-code = Código
two-factor-turn-off-code-hint = Do seu aplicativo autenticador, ou um código de recuperação.

# Configuração do aplicativo: o QR code e a chave de configuração, depois o primeiro código.
two-factor-scan-heading = Leia este código com o seu aplicativo autenticador
two-factor-scan-apps = Funciona com qualquer aplicativo que gere códigos de acesso de 6 dígitos, como 1Password, Google Authenticator ou Microsoft Authenticator.
# O nome do QR code para leitores de tela.
two-factor-qr-code = Imagem para ler com o seu aplicativo autenticador
two-factor-setup-key = Chave de configuração
two-factor-setup-key-hint = Ou digite esta chave no aplicativo em vez de ler o código.
two-factor-turn-on-code-hint = O código de 6 dígitos que o aplicativo mostra agora para o Roster.
two-factor-turn-on = Ativar
two-factor-turning-on = Ativando…

# Códigos de recuperação.
two-factor-recovery-codes-heading = Códigos de recuperação
two-factor-recovery-codes-why = Para o dia em que você estiver sem o celular e sem as suas chaves de acesso.
# Depois da frase acima: quantos códigos restam. O navegador escreve estes textos com o número
# já preenchido: sem formas de plural, então o segundo não pode depender do número.
two-factor-recovery-codes-left-one = Resta 1 código de recuperação.
# $count é 0, ou 2 ou mais.
two-factor-recovery-codes-left = Códigos de recuperação restantes: { $count }.
# Um botão que abre o formulário dele, e o botão desse formulário.
two-factor-new-recovery-codes = Gerar novos códigos de recuperação
# Os novos códigos, mostrados só desta vez.
two-factor-recovery-codes-shown-once = Se você perder o celular, cada um destes códigos permite entrar uma vez no lugar de um código do aplicativo. Guarde-os em um lugar seguro: eles só são mostrados agora.
# A primeira linha dos códigos baixados ou copiados, acima deles.
two-factor-recovery-codes-file-title = Códigos de recuperação do Roster
two-factor-download = Baixar
two-factor-copy = Copiar
two-factor-copied = Copiados
two-factor-copy-needs-https = Aqui, copiar exige HTTPS: selecione os códigos e copie-os manualmente.
two-factor-copy-refused = O navegador não permitiu copiar: selecione os códigos e copie-os manualmente.
two-factor-done = Pronto, ir para a página inicial

# Chaves de acesso.
two-factor-passkeys-heading = Chaves de acesso
two-factor-passkeys-intro = Com uma chave de acesso, você entra com sua impressão digital, seu rosto, o bloqueio de tela ou uma chave de segurança: como segunda etapa depois da senha, ou direto da página de entrada, sem senha.
# Abaixo do nome de cada chave de acesso: { $date } é o momento exato, ou "Nunca" (moment-never).
two-factor-passkey-added-on = Adicionada: { $date }
two-factor-passkey-last-used = Último uso: { $date }
two-factor-passkey-remove = Remover
# O nome do botão Remover para leitores de tela; { $name } é o nome da chave de acesso.
two-factor-passkey-remove-name = Remover { $name }
two-factor-passkey-removed = Chave de acesso removida
two-factor-passkey-name = Nome da chave de acesso
two-factor-passkey-name-hint = Para você diferenciar suas chaves de acesso, por exemplo, Notebook do trabalho.
two-factor-passkey-password = Sua senha
two-factor-passkey-password-hint = Uma chave de acesso permite entrar sem senha, por isso pedimos a sua senha para adicionar uma.
two-factor-add-passkey = Adicionar uma chave de acesso
two-factor-passkey-added = Chave de acesso adicionada
two-factor-passkeys-unavailable = As chaves de acesso exigem que o Roster tenha um nome de domínio; fale com o seu administrador.

# A segunda etapa da entrada, depois da senha (/login/two-factor). O título é
# page-two-factor e o campo do código, two-factor-code.
two-factor-sign-in-lead = Digite o código de 6 dígitos que o seu aplicativo autenticador mostra para o Roster, ou use uma chave de acesso.
two-factor-sign-in-recovery-lead = Digite um dos códigos de recuperação que você guardou quando ativou a autenticação de dois fatores. Cada um funciona uma vez só.
two-factor-sign-in-recovery-code = Código de recuperação
two-factor-sign-in-verify = Verificar
two-factor-sign-in-verifying = Verificando…
two-factor-sign-in-use-passkey = Usar uma chave de acesso
# Os links entre as duas formas de fazer a segunda etapa.
two-factor-sign-in-use-recovery-code = Usar um código de recuperação
two-factor-sign-in-use-app = Usar o seu aplicativo autenticador
