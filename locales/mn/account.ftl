# Хүн бүрийн өөрийн хэл: Бүртгэлийн цэс → Хэл хэсэгт болон нэвтрээгүй үеийн хуудсуудад.

language-heading = Хэл
language-intro = Roster танд хуудсуудаа харуулж, имэйл илгээхдээ энэ хэлийг ашиглана.
# Хэл сонгоогүй хүний сонголт: хөтчийнх нь хэл, эс бөгөөс ажлын орчны хэл.
language-automatic = Автомат ({ $language })
language-automatic-hint = Таныг хэл сонгох хүртэл Roster таны хөтчийн хэлийг дагана. Хэрэв Roster таны хөтчийн хэлээр байхгүй бол ажлын орчны хэлийг ашиглана.
language-saved = Таны хэл хадгалагдлаа.
language-unknown = Жагсаалтаас хэл сонгоно уу.
language-saving = Хадгалж байна…

# Бүртгэлийн цэс → Таны нэвтрэлтүүд.
sessions-heading = Таны нэвтрэлтүүд
sessions-lead = Таны нэвтэрсэн төхөөрөмж, хөтөч бүр энд байна. Танихгүй нэвтрэлтүүдээ хааж, нууц үгийг тань өөр хүн мэдэж магадгүй гэж бодож байвал нууц үгээ солино уу.
sessions-loading = Нэвтрэлтүүдийг ачаалж байна…
sessions-end-others = Бусад бүх нэвтрэлтийг хаах
sessions-ended-none = Хаах өөр нэвтрэлт байгаагүй
sessions-ended-one = Өөр 1 нэвтрэлтийг хаалаа
# Хоёр ба түүнээс дээш үед харагдана; тоог хөтөч оруулдаг тул үг хэллэг нь тооноос хамаарах ёсгүй.
sessions-ended-many = Хаасан бусад нэвтрэлт: { $count }
sessions-ended-this = Нэвтрэлтийг хаалаа
sessions-device = Төхөөрөмж
sessions-ip = IP хаяг
sessions-signed-in = Нэвтэрсэн
sessions-last-active = Сүүлд идэвхтэй
sessions-actions = Үйлдэл
sessions-this-device = Энэ төхөөрөмж
sessions-active-now = Одоо идэвхтэй
sessions-log-out = Хаах

# Бүртгэлийн цэс → Нууц үг солих.
change-password-heading = Нууц үг солих
change-password-lead = Нууц үгээ солиход та бусад бүх төхөөрөмж дээрээ системээс гарна.
change-password-current = Одоогийн нууц үг
change-password-new = Шинэ нууц үг
change-password-confirm = Шинэ нууц үгээ давтах
change-password-submit = Нууц үг солих
change-password-submitting = Нууц үгийг сольж байна…
change-password-changed = Таны нууц үг солигдлоо. Бусад төхөөрөмж тань системээс гарлаа.

sessions-browser-on = { $os } дээрх { $browser }
sessions-unknown-browser = Тодорхойгүй хөтөч
sessions-unknown-ip = Тодорхойгүй
