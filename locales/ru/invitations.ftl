# Вкладка «Приглашения»: Настройки → Пользователи и приглашения → Приглашения.

invitations-pending-heading = Ожидающие приглашения
# Кнопка, которая открывает форму приглашения, и заголовок этой формы.
invitations-invite-user = Пригласить пользователя
invitations-loading = Загрузка приглашений…
invitations-none-pending = Нет ожидающих приглашений

# Заголовки столбцов таблицы; там, где на телефоне строки складываются в столбик, — ещё и подпись каждой ячейки.
invitations-column-email = Электронная почта
invitations-column-role = Роль
invitations-column-status = Статус
invitations-column-sent = Отправлено
# Только для программ чтения с экрана: столбец с кнопками каждой строки.
invitations-column-actions = Действия

# Состояние приглашения на значке.
invitations-status-pending = Ожидает
invitations-status-expired = Истекло
# Рядом со значком: ушло ли письмо со ссылкой.
invitations-delivery-queued = Письмо в очереди
invitations-delivery-sent = Письмо отправлено
invitations-delivery-failed = Не удалось отправить письмо
# Под датой отправки: { $date } — точный момент, когда ссылка перестаёт или перестала действовать.
invitations-expires = Действует до { $date }
invitations-expired = Срок истёк { $date }

invitations-resend = Отправить снова
# Название кнопки-корзины для программ чтения с экрана.
invitations-cancel-for = Отменить приглашение для { $email }
invitations-resent = Приглашение отправлено снова, с новой ссылкой
invitations-cancelled = Приглашение отменено, его ссылка больше не действует

# Вопрос перед отменой приглашения; { $name } — приглашённый адрес электронной почты.
invitations-cancel-title = Отменить приглашение для { $name }?
invitations-cancel-message = Ссылка из письма сразу перестанет действовать. Позже вы сможете пригласить этого человека снова.
invitations-cancel-confirm = Отменить приглашение
invitations-cancel-keep = Оставить приглашение

# Форма приглашения.
invitations-field-emails = Электронная почта
# { $count } — наибольшее число адресов в одной форме приглашения (100).
invitations-field-emails-hint = Приглашаете несколько человек? Разделяйте адреса запятыми или переносами строки, всего не больше { $count }.
invitations-field-role = Роль
# Что роль может и чего не может: её возможности или ограничения через точку с запятой.
invitations-role-can = Может: { $abilities }
invitations-role-cannot = Не может: { $limits }
# На телефонах описание роли занимает одну строку, пока не нажать «Подробнее».
invitations-role-more = Подробнее
invitations-role-less = Свернуть
# Читается после «Подробнее» или «Свернуть» только программами чтения с экрана: чьё описание открывает кнопка.
invitations-role-about = — роль «{ $role }»
invitations-field-language = Язык приглашения
invitations-field-language-hint = Язык рабочего пространства — { $language }. Для тех, кого вы приглашаете сейчас, можно выбрать другой.
# Что получилось с каждым адресом, когда приглашали сразу несколько.
invitations-results = Результаты по адресам
invitations-result-sent = { $email }: приглашение отправлено
# { $problem } коротко объясняет причину.
invitations-result-not-sent = { $email }: не отправлено, { $problem }
invitations-close = Закрыть
invitations-send = Отправить приглашение
invitations-sending = Отправка…

# Что пишет страница, когда приглашения отправлены. Числа подставляет браузер, поэтому
# форм множественного числа нет: каждая фраза должна читаться правильно с любым числом.
invitations-sent-to = Приглашение отправлено на адрес { $email }
invitations-sent-count = Отправлено приглашений: { $sent } из { $total }
# { $failed } — адреса, на которые приглашение не отправлено, через запятую.
invitations-sent-some = Отправлено приглашений: { $sent } из { $total }. Не отправлено: { $failed }

# Страница, которую открывает ссылка из приглашения, в том числе для тех, кто не вошёл.

invitations-accept-loading = Загрузка приглашения…
invitations-accept-heading-invalid = Присоединение к рабочему пространству
invitations-accept-go-to-login = Перейти ко входу
invitations-accept-heading = Присоединиться к рабочему пространству { $workspace }
# { $role } — название роли (Администратор, Редактор или Агент); { $expires } — точный момент.
invitations-accept-intro = { $inviter } приглашает { $email } в рабочее пространство { $workspace } с ролью «{ $role }». Приглашение действует до { $expires }.
# { $role } — название роли (Администратор, Редактор или Агент).
invitations-role-abilities = Что позволяет роль «{ $role }»
invitations-accept-signed-in-as-other = Вы вошли как { $other }, но это приглашение для { $invited }.
invitations-accept-log-out = Выйти и продолжить
invitations-accept-signed-in = Вы вошли как { $email }.
invitations-accept-has-account = У вас уже есть аккаунт с адресом { $email }: чтобы присоединиться, введите пароль от него.
invitations-accept-name = Имя
# Код двухфакторной аутентификации; его спрашивают, когда она включена для аккаунта.
invitations-accept-code = Код
invitations-accept-code-hint = Из приложения-аутентификатора или код восстановления.
invitations-accept-join = Присоединиться
invitations-accept-joining = Присоединение…

# Меню аккаунта → Уведомления по электронной почте: письмо, которое получает администратор, когда кто-то присоединяется.

notifications-join-emails = Присылать мне письмо, когда кто-то присоединяется к этому рабочему пространству
notifications-join-emails-on = Теперь вы будете получать письмо, когда кто-то присоединяется
notifications-join-emails-off = Вы больше не будете получать письма, когда кто-то присоединяется
notifications-save = Сохранить
