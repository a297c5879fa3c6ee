# Entrar na conta.

login-title = Entrar
login-heading = Entrar
login-email = E-mail
login-password = Senha
login-submit = Entrar
login-submitting = Entrando…
login-passkey = Entrar com uma chave de acesso
login-passkey-waiting = Aguardando sua chave de acesso…
login-forgot-password = Esqueceu a senha?
login-after-setup = Seu espaço de trabalho está pronto. Entre com o e-mail e a senha que você acabou de escolher.
login-after-reset = Sua senha foi alterada. Entre com a nova senha.
login-after-logout = Você saiu da sua conta.

forgot-title = Esqueci minha senha
forgot-heading = Redefina sua senha
forgot-intro = Digite o e-mail que você usa para entrar e enviaremos um link para você escolher uma nova senha.
forgot-sent = Se houver uma conta com esse e-mail, um link para escolher uma nova senha está a caminho. O link vale por uma hora.
forgot-submit = Enviar link de redefinição
forgot-submitting = Enviando…
back-to-login = Voltar para a página de entrada

reset-title = Escolha uma nova senha
reset-heading = Escolha uma nova senha
reset-link-invalid = Este link de redefinição de senha não é mais válido. Solicite um novo.
reset-send-new-link = Enviar um novo link
reset-intro = Depois disso, você sairá da sua conta em todos os dispositivos; entre de novo com a nova senha.
reset-new-password = Nova senha
reset-confirm-password = Confirmar senha
reset-submit = Definir nova senha
reset-submitting = Salvando…
password-rule-hint = No mínimo 12 caracteres. Uma frase curta é fácil de lembrar e difícil de adivinhar.
