# Páginas fuera del marco de la aplicación, y el enlace para saltar al contenido con el que empieza cada página.

skip-to-content = Saltar al contenido
# Un título de pestaña por sí solo, sin el « · Roster» con el que terminan todos los demás títulos.
title-setup = Configurar Roster
page-two-factor-sign-in = Inicio de sesión con dos factores
page-join = Únete a un espacio de trabajo
page-not-found = Página no encontrada
not-found-intro = No hay nada en esta dirección.
