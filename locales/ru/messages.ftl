# Что отвечают формы и действия, когда что-то сделать нельзя, — рядом с полем, к которому это относится.

rules-password-too-short = { $count ->
    [one] Используйте не менее { $count } символа — хорошо подойдёт короткая фраза
    [few] Используйте не менее { $count } символов — хорошо подойдёт короткая фраза
    [many] Используйте не менее { $count } символов — хорошо подойдёт короткая фраза
   *[other] Используйте не менее { $count } символа — хорошо подойдёт короткая фраза
}
rules-too-long = { $count ->
    [one] Используйте не более { $count } символа
    [few] Используйте не более { $count } символов
    [many] Используйте не более { $count } символов
   *[other] Используйте не более { $count } символа
}
rules-enter-your-name = Введите своё имя
rules-enter-a-name = Введите имя
rules-enter-a-workspace-name = Введите название рабочего пространства
rules-no-control-characters = Уберите переносы строк и другие управляющие символы
rules-enter-an-email = Введите адрес электронной почты
rules-enter-a-valid-email = Введите правильный адрес электронной почты, например name@example.com
rules-common-password = Этот пароль есть в списке распространённых паролей; выберите другой
rules-passwords-differ = Пароли не совпадают

invitations-link-invalid = Эта ссылка-приглашение больше не действует. Попросите администратора рабочего пространства отправить её снова.
invitations-too-many-addresses = { $count ->
    [one] Приглашайте не более { $count } адреса за раз
    [few] Приглашайте не более { $count } адресов за раз
    [many] Приглашайте не более { $count } адресов за раз
   *[other] Приглашайте не более { $count } адреса за раз
}
invitations-already-member = { $email } уже состоит в рабочем пространстве
invitations-already-invited = Приглашение для { $email } уже есть — отправьте его повторно
invitations-already-pending = Это приглашение ещё ждёт ответа
invitations-already-accepted = Это приглашение уже принято
invitations-already-cancelled = Это приглашение уже отменено
invitations-already-expired = Срок действия этого приглашения уже истёк
invitations-signed-in-as-other = Вы вошли как { $current }. Выйдите и продолжите, чтобы присоединиться как { $invitee }.
invitations-not-the-password = Это не пароль от аккаунта { $email }
invitations-enter-code = Введите код из приложения-аутентификатора или код восстановления
invitations-wrong-code = Код неверный. Введите код, который приложение показывает сейчас, или код восстановления, которым вы ещё не пользовались.
invitations-account-just-created = Аккаунт с этим адресом электронной почты только что создан. Войдите в него и снова откройте ссылку.

users-last-admin = В рабочем пространстве должен быть хотя бы один администратор

setup-already-done = Roster на этом сервере уже настроен. Войдите в аккаунт.
setup-enter-code = Введите код настройки из журнала сервера
setup-wrong-code = Неверный код настройки. Скопируйте его из журнала запуска сервера.
workspace-name-taken = Рабочее пространство «{ $name }» уже существует
workspace-timezone-unknown = Выберите часовой пояс из списка, например Africa/Kigali
workspace-two-factor-rule-unknown = Выберите «Никто», «Администраторы» или «Все»
workspace-logged-out-by-admin = Администратор завершил ваш сеанс в этом рабочем пространстве. Войдите снова, чтобы открыть его.

rules-enter-your-password = Введите пароль
rules-enter-current-password = Введите текущий пароль
rules-not-current-password = Это не ваш текущий пароль
rules-new-passwords-differ = Новые пароли не совпадают

rules-choose-a-role = Выберите роль: Администратор, Редактор или Агент
