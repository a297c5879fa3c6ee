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

# Ямар нэг зүйл хэзээ болсныг жагсаалтад харуулах байдал; яг тодорхой мөч нь хажууд нь байна.
moment-just-now = дөнгөж сая
moment-yesterday = өчигдөр
moment-minutes-ago = { $count ->
    [one] { $count } минутын өмнө
   *[other] { $count } минутын өмнө
}
moment-hours-ago = { $count ->
    [one] { $count } цагийн өмнө
   *[other] { $count } цагийн өмнө
}
moment-days-ago = { $count ->
    [one] { $count } өдрийн өмнө
   *[other] { $count } өдрийн өмнө
}
moment-months-ago = { $count ->
    [one] { $count } сарын өмнө
   *[other] { $count } сарын өмнө
}
moment-years-ago = { $count ->
    [one] { $count } жилийн өмнө
   *[other] { $count } жилийн өмнө
}
moment-in-minutes = { $count ->
    [one] { $count } минутын дараа
   *[other] { $count } минутын дараа
}
moment-in-hours = { $count ->
    [one] { $count } цагийн дараа
   *[other] { $count } цагийн дараа
}
moment-in-days = { $count ->
    [one] { $count } өдрийн дараа
   *[other] { $count } өдрийн дараа
}
moment-in-months = { $count ->
    [one] { $count } сарын дараа
   *[other] { $count } сарын дараа
}
moment-in-years = { $count ->
    [one] { $count } жилийн дараа
   *[other] { $count } жилийн дараа
}
# Яг тодорхой мөч, strftime-ийн бичлэгээр: %-d өдөр, %b сарын богино нэр (%B урт), %Y он,
# %H:%M цаг минут, %Z цагийн бүсийн товчлол. Сарын нэр тухайн хэлээр гарна ("11-р сар" + "ын").
moment-exact-format = %Y оны %bын %-d, %H:%M %Z
moment-never = Хэзээ ч

# Алдааны мэдэгдлүүд. Орлуулах утгагүйг нь хөтөч өөрөө ч харуулдаг.
error-validation = Тодруулсан талбаруудыг засна уу
error-unauthenticated = Үргэлжлүүлэхийн тулд нэвтэрнэ үү
error-invalid-credentials = Имэйл хаяг эсвэл нууц үг буруу байна
error-not-found = Олдсонгүй
error-rate-limited = { $minutes ->
    [one] Хэт олон удаа оролдлоо, { $minutes } минутын дараа дахин оролдоно уу
   *[other] Хэт олон удаа оролдлоо, { $minutes } минутын дараа дахин оролдоно уу
}
# Араас нь хоёр цэг, дараа нь сервер бичсэн хэвээрээ техникийн дэлгэрэнгүй гарна.
error-bad-request = Хүсэлтийг ойлгож чадсангүй
error-busy = Roster завгүй байна, хэдэн секундын дараа дахин оролдоно уу
error-internal = Алдаа гарлаа
error-network = Сервертэй холбогдож чадсангүй, холболтоо шалгаад дахин оролдоно уу

number-group-separator = ,
