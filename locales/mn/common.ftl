# Олон хуудсанд нийтлэг хэрэглэгддэг бичвэрүүд.

loading = Ачаалж байна…
roster = Roster
# Хөтчийн табын гарчиг: эхлээд хуудас, учир нь табуудын эгнээнд зөвхөн эхлэл нь харагддаг.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] { $count } хэрэглэгч
   *[other] { $count } хэрэглэгч
}

language-label = Хэл
language-save = Хадгалах
