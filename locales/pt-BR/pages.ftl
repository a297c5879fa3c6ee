# Páginas fora da moldura do app, e o link para pular para o conteúdo com que toda página começa.

skip-to-content = Pular para o conteúdo
# Um título de aba sozinho, sem o " · Roster" com que todos os outros títulos terminam.
title-setup = Configurar o Roster
page-two-factor-sign-in = Entrar com dois fatores
page-join = Participar de um espaço de trabalho
page-not-found = Página não encontrada
not-found-intro = Não há nada neste endereço.
