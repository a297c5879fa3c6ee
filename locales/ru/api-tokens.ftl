# Меню аккаунта → API-токены, а также раздел токенов на странице сведений об участнике.

api-tokens-heading = API-токены
api-tokens-lead = Токен позволяет скрипту или другой программе работать с API Roster в рабочем пространстве { $workspace } от вашего имени — с вашей ролью или только для чтения. Любой, у кого он есть, может делать всё, что он разрешает, поэтому храните его в тайне, как пароль.
api-tokens-create-heading = Создать токен
api-tokens-name = Название
api-tokens-name-hint = Для чего он нужен, например «Синхронизация с HR».
api-tokens-expires = Срок действия
api-tokens-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
api-tokens-access = Доступ
api-tokens-access-hint = Вариант «Как у моей роли» разрешает то, что может ваша роль в момент каждого вызова, поэтому учитывает любое изменение вашей роли.
api-tokens-access-read-only = Только чтение
api-tokens-access-same-as-role = Как у моей роли
api-tokens-access-same-as-their-role = Как у роли пользователя
api-tokens-create = Создать токен
api-tokens-creating = Создание…
api-tokens-new-heading = Ваш новый токен
api-tokens-new-label = Новый токен
api-tokens-shown-once = Скопируйте его сейчас: Roster показывает его только один раз и хранит лишь его отпечаток.
api-tokens-copy = Копировать
api-tokens-copied = Скопировано.
api-tokens-copy-needs-https = Здесь для копирования нужен HTTPS: выделите токен и скопируйте его вручную.
api-tokens-copy-refused = Браузер не разрешил копирование: выделите токен и скопируйте его вручную.
api-tokens-list-heading = Ваши токены
api-tokens-member-heading = API-токены
api-tokens-loading = Загрузка токенов…
api-tokens-none = API-токенов нет.
api-tokens-column-name = Название
api-tokens-column-access = Доступ
api-tokens-column-created = Создан
api-tokens-column-last-used = Последнее использование
api-tokens-column-expires = Действует до
api-tokens-column-actions = Действия
api-tokens-never-used = Никогда
api-tokens-expired = Срок истёк
api-tokens-revoke = Отозвать
api-tokens-revoke-title = Отозвать этот токен?
api-tokens-revoke-message = Скрипты, использующие «{ $name }», сразу перестанут работать. Это действие нельзя отменить.
api-tokens-cancel = Отмена
api-tokens-revoked = Токен отозван.
api-tokens-pick-lifetime = Выберите 7, 30, 90 или 365 дней
api-tokens-too-many = { $count ->
    [one] У вас здесь уже { $count } токен: сначала отзовите один
    [few] У вас здесь уже { $count } токена: сначала отзовите один
    [many] У вас здесь уже { $count } токенов: сначала отзовите один
   *[other] У вас здесь уже { $count } токена: сначала отзовите один
}
api-tokens-read-only-refused = Этот токен только для чтения: он ничего не может изменить
