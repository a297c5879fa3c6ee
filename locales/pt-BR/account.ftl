# O idioma de cada pessoa, em Menu da conta → Idioma e nas páginas para quem não está conectado.

language-heading = Idioma
language-intro = O Roster mostra as páginas e envia e-mails para você neste idioma.
# A opção de quem ainda não escolheu: o idioma do navegador ou, se não for possível, o do espaço de trabalho.
language-automatic = Automático ({ $language })
language-automatic-hint = Enquanto você não escolher, o Roster segue o idioma do seu navegador, ou o do espaço de trabalho quando o Roster não estiver disponível no idioma do navegador.
language-saved = Seu idioma foi salvo.
language-unknown = Escolha um idioma da lista.
language-saving = Salvando…
