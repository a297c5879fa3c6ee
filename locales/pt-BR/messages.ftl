# O que os formulários e as ações respondem quando algo não pode ser feito, ao lado do campo a que se refere.

rules-password-too-short = { $count ->
    [one] Use pelo menos { $count } caractere; uma frase curta funciona bem
    [many] Use pelo menos { $count } de caracteres; uma frase curta funciona bem
   *[other] Use pelo menos { $count } caracteres; uma frase curta funciona bem
}
rules-too-long = { $count ->
    [one] Use no máximo { $count } caractere
    [many] Use no máximo { $count } de caracteres
   *[other] Use no máximo { $count } caracteres
}
rules-enter-your-name = Digite seu nome
rules-enter-a-name = Digite um nome
rules-enter-a-workspace-name = Digite um nome para o espaço de trabalho
rules-no-control-characters = Remova as quebras de linha e outros caracteres de controle
rules-enter-an-email = Digite um endereço de e-mail
rules-enter-a-valid-email = Digite um endereço de e-mail válido, como nome@example.com
rules-common-password = Esta senha está em uma lista de senhas comuns; escolha outra
rules-passwords-differ = As duas senhas não coincidem

invitations-link-invalid = Este link de convite não é mais válido. Peça a um administrador do espaço de trabalho para reenviá-lo.
invitations-too-many-addresses = { $count ->
    [one] Convide no máximo { $count } endereço por vez
    [many] Convide no máximo { $count } de endereços por vez
   *[other] Convide no máximo { $count } endereços por vez
}
invitations-already-member = { $email } já é membro
invitations-already-invited = { $email } já tem um convite — reenvie esse convite
invitations-already-pending = Este convite ainda está pendente
invitations-already-accepted = Este convite já foi aceito
invitations-already-cancelled = Este convite já foi cancelado
invitations-already-expired = Este convite já expirou
invitations-signed-in-as-other = Você está conectado como { $current }. Saia da conta e continue para participar como { $invitee }.
invitations-not-the-password = Esta não é a senha de { $email }
invitations-enter-code = Digite o código do seu aplicativo autenticador ou um código de recuperação
invitations-wrong-code = Este código não está certo. Digite o código que seu aplicativo mostra agora ou um código de recuperação que você ainda não usou.
invitations-account-just-created = Uma conta com este e-mail acabou de ser criada. Entre com ela e abra o link de novo.

users-last-admin = Um espaço de trabalho precisa ter pelo menos um administrador

setup-already-done = Esta instalação do Roster já está configurada. Entre na sua conta.
setup-enter-code = Digite o código de configuração exibido no log do servidor
setup-wrong-code = Esse código de configuração não está certo. Copie-o do log de inicialização do servidor.
workspace-name-taken = Já existe um espaço de trabalho chamado "{ $name }"
workspace-timezone-unknown = Escolha um fuso horário da lista, como Africa/Kigali
workspace-two-factor-rule-unknown = Escolha Ninguém, Administradores ou Todos
workspace-logged-out-by-admin = Um administrador encerrou sua sessão neste espaço de trabalho. Entre de novo para abri-lo.

rules-enter-your-password = Digite sua senha
rules-enter-current-password = Digite sua senha atual
rules-not-current-password = Esta não é sua senha atual
rules-new-passwords-differ = As duas novas senhas não coincidem

rules-choose-a-role = Escolha uma função: Administrador, Editor ou Agente
