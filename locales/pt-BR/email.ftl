# E-mails. Cada parágrafo é uma mensagem, usada tanto na parte em texto simples quanto na parte em HTML.
# Uma linha que termina com dois-pontos é seguida do próprio link na parte em texto simples;
# as mensagens "-link" são as palavras do link na parte em HTML.

role-admin = Administrador
role-editor = Editor
role-agent = Agente

email-invitation-subject = [{ $workspace }] Convite para participar do espaço de trabalho
email-invitation-intro = { $inviter } convidou você para participar do espaço de trabalho { $workspace } no Roster com a função de { $role }.
email-invitation-how = Para aceitar, abra este link e escolha uma senha (ou entre, se você já tiver uma conta):
email-invitation-link = Aceitar o convite
email-invitation-expiry = O link só pode ser usado uma vez e expira em { $expires }. Se você não esperava este convite, ignore esta mensagem.

email-joined-subject = [{ $workspace }] Um novo usuário entrou no seu espaço de trabalho
email-joined-intro = { $name } ({ $email }) aceitou um convite e entrou em { $workspace } com a função de { $role }.
email-joined-why = Você está recebendo este e-mail porque administra { $workspace }. Para não receber mais estes e-mails, abra este link:
email-joined-link = Não receber mais estes e-mails

email-reset-subject = Redefina sua senha do Roster
email-reset-intro = Alguém pediu para redefinir a senha da sua conta do Roster { $email }.
email-reset-how = Para escolher uma nova senha, abra este link em até uma hora:
email-reset-link = Escolher uma nova senha
email-reset-ignore = O link só pode ser usado uma vez. Se você não fez esse pedido, ignore esta mensagem; sua senha continua a mesma.

email-password-changed-subject = Sua senha do Roster foi alterada
email-password-changed-intro = A senha da sua conta do Roster { $email } acabou de ser alterada, e a sessão foi encerrada em todos os dispositivos que tinham entrado com a senha antiga.
email-password-changed-how = Se foi você, não é preciso fazer nada. Se não foi, escolha uma nova senha agora:
email-password-changed-link = Escolher uma nova senha agora

# Os avisos de autenticação de dois fatores e de chaves de acesso compartilham o parágrafo final.
email-security-how = Se foi você, não é preciso fazer nada. Se não foi, altere sua senha agora e confira suas configurações de autenticação de dois fatores:
email-security-link = Alterar a senha e conferir a autenticação de dois fatores

email-two-factor-on-subject = A autenticação de dois fatores foi ativada na sua conta do Roster
email-two-factor-on-intro = A autenticação de dois fatores acabou de ser ativada na sua conta do Roster { $email }. Agora, para entrar, é preciso um código do seu aplicativo autenticador ou um código de recuperação.
email-two-factor-off-subject = A autenticação de dois fatores foi desativada na sua conta do Roster
email-two-factor-off-intro = A autenticação de dois fatores acabou de ser desativada na sua conta do Roster { $email }. Agora, para entrar, basta a sua senha.
email-recovery-codes-subject = Novos códigos de recuperação para sua conta do Roster
email-recovery-codes-intro = Novos códigos de recuperação acabaram de ser gerados para sua conta do Roster { $email }; os antigos não funcionam mais.
email-two-factor-reset-subject = A autenticação de dois fatores da sua conta do Roster foi redefinida
email-two-factor-reset-intro = Um administrador de { $workspace } redefiniu a autenticação de dois fatores da sua conta do Roster { $email }, e suas sessões em { $workspace } foram encerradas. Entre com sua senha e configure a autenticação de dois fatores de novo.
email-wrong-codes-subject = Alguém pode saber sua senha do Roster
email-wrong-codes-intro = Alguém digitou a senha correta da sua conta do Roster { $email } e, em seguida, vários códigos de dois fatores errados. A autenticação de dois fatores impediu a entrada, mas essa pessoa pode saber sua senha.
email-passkey-added-subject = Uma chave de acesso foi adicionada à sua conta do Roster
email-passkey-added-intro = Uma chave de acesso acabou de ser adicionada à sua conta do Roster { $email }. Com ela, é possível entrar na sua conta sem senha.
email-passkey-removed-subject = Uma chave de acesso foi removida da sua conta do Roster
email-passkey-removed-intro = Uma chave de acesso acabou de ser removida da sua conta do Roster { $email }.
