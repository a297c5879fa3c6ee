# Бүртгэлийн цэс → API токенууд, мөн гишүүний дэлгэрэнгүй хуудасны токенуудын хэсэг.

api-tokens-heading = API токенууд
api-tokens-lead = Токен нь скрипт эсвэл өөр программд { $workspace } ажлын орчинд Roster системийн API-г таны нэрийн өмнөөс, таны эрхээр эсвэл зөвхөн унших зорилгоор ашиглах боломж олгоно. Түүнийг эзэмшсэн хэн ч токены зөвшөөрсөн бүхнийг хийж чадах тул нууц үг шиг нууцалж хадгална уу.
api-tokens-create-heading = Токен үүсгэх
api-tokens-name = Нэр
api-tokens-name-hint = Юунд зориулсан болох, жишээ нь «Хүний нөөцийн синхрончлол».
api-tokens-expires = Хүчинтэй хугацаа
api-tokens-days = { $count ->
    [one] { $count } хоног
   *[other] { $count } хоног
}
api-tokens-access = Хандалт
api-tokens-access-hint = «Миний эрхтэй адил» нь дуудлага бүрийн үед таны эрхийн зөвшөөрдөг зүйлийг хийдэг тул таны эрхэд гарсан аливаа өөрчлөлтийг дагана.
api-tokens-access-read-only = Зөвхөн унших
api-tokens-access-same-as-role = Миний эрхтэй адил
api-tokens-access-same-as-their-role = Түүний эрхтэй адил
api-tokens-create = Токен үүсгэх
api-tokens-creating = Үүсгэж байна…
api-tokens-new-heading = Таны шинэ токен
api-tokens-new-label = Шинэ токен
api-tokens-shown-once = Одоо хуулж аваарай: Roster үүнийг зөвхөн энэ удаа харуулах бөгөөд зөвхөн хурууны хээг нь хадгална.
api-tokens-copy = Хуулах
api-tokens-copied = Хуулагдлаа.
api-tokens-copy-needs-https = Энд хуулахад HTTPS шаардлагатай: токеныг сонгоод өөрөө хуулна уу.
api-tokens-copy-refused = Хөтөч хуулахыг зөвшөөрсөнгүй: токеныг сонгоод өөрөө хуулна уу.
api-tokens-list-heading = Таны токенууд
api-tokens-member-heading = API токенууд
api-tokens-loading = Токенуудыг ачаалж байна…
api-tokens-none = API токен алга.
api-tokens-column-name = Нэр
api-tokens-column-access = Хандалт
api-tokens-column-created = Үүсгэсэн
api-tokens-column-last-used = Сүүлд ашигласан
api-tokens-column-expires = Дуусах хугацаа
api-tokens-column-actions = Үйлдэл
api-tokens-never-used = Хэзээ ч
api-tokens-expired = Хугацаа дууссан
api-tokens-revoke = Хүчингүй болгох
api-tokens-revoke-title = Энэ токеныг хүчингүй болгох уу?
api-tokens-revoke-message = «{ $name }» токеныг ашигладаг скриптүүд шууд ажиллахаа болино. Үүнийг буцаах боломжгүй.
api-tokens-cancel = Цуцлах
api-tokens-revoked = Токеныг хүчингүй болголоо.
api-tokens-pick-lifetime = 7, 30, 90 эсвэл 365 хоногийн аль нэгийг сонгоно уу
api-tokens-too-many = { $count ->
    [one] Танд энд аль хэдийн { $count } токен байна: эхлээд нэгийг нь хүчингүй болгоно уу
   *[other] Танд энд аль хэдийн { $count } токен байна: эхлээд нэгийг нь хүчингүй болгоно уу
}
api-tokens-read-only-refused = Энэ токен зөвхөн уншихад зориулагдсан: юуг ч өөрчилж чадахгүй
