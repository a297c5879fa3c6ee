# O que o servidor responde sobre a autenticação de dois fatores e as chaves de acesso quando algo não
# pode ser feito, ao lado do campo a que se refere ou acima do formulário.

# A segunda etapa da entrada, depois da senha.
two-factor-sign-in-expired = Sua tentativa de entrar expirou. Entre de novo.
two-factor-enter-the-code = Digite o código do seu aplicativo autenticador
two-factor-wrong-code = Este código não está certo. Digite o código que seu aplicativo mostra agora ou um código de recuperação que você ainda não usou.
two-factor-too-many-wrong-codes = Muitos códigos errados. Entre de novo.

# Configuração do aplicativo autenticador. "Roster" é o nome que o aplicativo mostra acima do código, e
# "Configurar aplicativo autenticador" é o botão two-factor-set-up-app.
two-factor-already-on = A autenticação de dois fatores já está ativada
two-factor-start-setup-again = Comece de novo em "Configurar aplicativo autenticador"
two-factor-wrong-setup-code = Este código não está certo. Digite o código de 6 dígitos que o seu aplicativo mostra agora para o Roster.
two-factor-setup-changed-elsewhere = Enquanto isso, a autenticação de dois fatores foi configurada, ou a configuração foi reiniciada, em outro lugar. Recarregue esta página.

# Códigos de recuperação, e desativação da autenticação de dois fatores.
two-factor-turn-on-first = Ative primeiro a autenticação de dois fatores
two-factor-enter-a-code = Digite um código do seu aplicativo autenticador
# { $workspace } é o nome de um espaço de trabalho, ou de vários separados por vírgulas; { $count } é quantos.
two-factor-required-cannot-turn-off = { $count ->
    [one] { $workspace } exige a autenticação de dois fatores, por isso não é possível desativá-la
    [many] { $workspace } exigem a autenticação de dois fatores, por isso não é possível desativá-la
   *[other] { $workspace } exigem a autenticação de dois fatores, por isso não é possível desativá-la
}

# Um administrador redefine a autenticação de dois fatores de um membro (Usuários → um membro).
two-factor-reset-own = Desative a sua própria autenticação de dois fatores na sua página Autenticação de dois fatores
two-factor-nothing-to-reset = Este membro não tem autenticação de dois fatores para redefinir

# Adicionar e remover chaves de acesso.
two-factor-passkey-name-missing = Dê um nome à chave de acesso, como "Notebook do trabalho" ou "Celular"
two-factor-passkey-name-taken = Você já tem uma chave de acesso com este nome; dê outro nome a esta
two-factor-passkey-not-added = Não foi possível adicionar a chave de acesso. Tente de novo.
two-factor-passkey-already-added = Esta chave de acesso já foi adicionada
# Quando a pessoa remove a última chave de acesso: { $workspace } é o nome de um espaço de trabalho, ou
# de vários separados por vírgulas; { $count } é quantos.
two-factor-required-keep-passkey = { $count ->
    [one] { $workspace } exige a autenticação de dois fatores: primeiro configure um aplicativo autenticador ou adicione outra chave de acesso
    [many] { $workspace } exigem a autenticação de dois fatores: primeiro configure um aplicativo autenticador ou adicione outra chave de acesso
   *[other] { $workspace } exigem a autenticação de dois fatores: primeiro configure um aplicativo autenticador ou adicione outra chave de acesso
}

# Usar uma chave de acesso: como segunda etapa da entrada, ou para entrar sem senha.
two-factor-passkey-ceremony-over = Isso demorou demais ou já foi respondido. Tente de novo.
two-factor-no-passkey-yet = Você ainda não tem uma chave de acesso. Use um código do seu aplicativo autenticador ou um código de recuperação.
two-factor-passkey-not-accepted = Esta chave de acesso não foi aceita. Tente de novo ou entre de outro jeito.
two-factor-passkey-sign-in-refused = Esta chave de acesso não foi aceita. Entre com seu e-mail e sua senha.

# Mostrado pelo próprio navegador quando o uso de uma chave de acesso termina sem resposta.
two-factor-no-passkey-used = Nenhuma chave de acesso foi usada. Tente de novo ou entre de outro jeito.
# Seguido de dois-pontos e do detalhe técnico.
two-factor-passkey-unreadable = Não foi possível ler os dados da chave de acesso
