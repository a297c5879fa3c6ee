# Нэвтэрсний дараах хүрээ: хажуугийн самбар, бүртгэлийн цэс болон хуудсуудын нэр.

page-home = Нүүр
page-settings = Тохиргоо
page-workspace-settings = Ажлын орчны тохиргоо
page-users = Хэрэглэгчид
page-user-details = Хэрэглэгчийн дэлгэрэнгүй
page-invitations = Урилгууд
page-activity = Үйл ажиллагаа
page-sessions = Таны нэвтрэлтүүд
page-change-password = Нууц үг солих
page-two-factor = Хоёр шатлалт баталгаажуулалт
page-notifications = Имэйл мэдэгдэл
page-language = Хэл

shell-menu = Цэс
shell-main-navigation = Үндсэн
shell-account-menu = Бүртгэлийн цэс
shell-log-out = Гарах
switcher-label = Ажлын орчин солих
switcher-hint = Гар ашиглан ажлын орчноо сонгоод Enter товчийг дарна уу.
switcher-placeholder = Ажлын орчноо сонгоно уу
switcher-submit = Солих

denied-heading = Танд «{ $page }» хуудсанд хандах эрх байхгүй
denied-heading-unknown = Танд энэ хуудсанд хандах эрх байхгүй
go-to-start = Нүүр хуудас руу очих
