# Урилгууд таб: Тохиргоо → Хэрэглэгчид ба урилгууд → Урилгууд.

invitations-pending-heading = Хүлээгдэж буй урилгууд
# Урилгын маягтыг нээдэг товч, мөн тэр маягтын гарчиг.
invitations-invite-user = Хэрэглэгч урих
invitations-loading = Урилгуудыг ачаалж байна…
invitations-none-pending = Хүлээгдэж буй урилга алга

# Хүснэгтийн баганын гарчгууд; утсан дээр мөрүүд доош доошоо байрлах үед нүд бүрийн шошго ч мөн.
invitations-column-email = Имэйл
invitations-column-role = Эрх
invitations-column-status = Төлөв
invitations-column-sent = Илгээсэн
# Зөвхөн дэлгэц уншигч уншина: мөр бүрийн товчнуудын багана.
invitations-column-actions = Үйлдэл

# Урилгын төлөв, тэмдэг дотор.
invitations-status-pending = Хүлээгдэж буй
invitations-status-expired = Хугацаа дууссан
# Тэмдгийн хажууд: холбоостой имэйл илгээгдсэн эсэх.
invitations-delivery-queued = Имэйл дараалалд байна
invitations-delivery-sent = Имэйл илгээгдсэн
invitations-delivery-failed = Имэйл илгээж чадсангүй
# Илгээсэн өдрийн доор: { $date } нь холбоос ажиллахаа болих, эсвэл болсон яг тодорхой мөч.
invitations-expires = { $date } хүртэл хүчинтэй
invitations-expired = Хугацаа дууссан: { $date }

invitations-resend = Дахин илгээх
# Хогийн савны товчны нэр, дэлгэц уншигчид зориулсан.
invitations-cancel-for = { $email } хаягт илгээсэн урилгыг цуцлах
invitations-resent = Урилгыг шинэ холбоостойгоор дахин илгээлээ
invitations-cancelled = Урилгыг цуцаллаа; түүний холбоос цаашид ажиллахгүй

# Урилгыг цуцлахаас өмнө асуух нь; { $name } нь урьсан имэйл хаяг.
invitations-cancel-title = { $name } хаягт илгээсэн урилгыг цуцлах уу?
invitations-cancel-message = Имэйл дэх холбоос шууд ажиллахаа болино. Дараа нь түүнийг дахин урьж болно.
invitations-cancel-confirm = Урилгыг цуцлах
invitations-cancel-keep = Урилгыг үлдээх

# Урилгын маягт.
invitations-field-emails = Имэйл
# { $count } нь нэг урилгын маягтад багтах хамгийн олон хаяг (100).
invitations-field-emails-hint = Олон хүн урих уу? Хаягуудыг таслал эсвэл шинэ мөрөөр тусгаарлана уу, дээд тал нь { $count }.
invitations-field-role = Эрх
# Тухайн эрхээр юу хийж болох, юу хийж болохгүй: эрхийн боломж эсвэл хязгаарлалтууд, цэг таслалаар тусгаарлагдсан.
invitations-role-can = Хийж болох зүйлс: { $abilities }
invitations-role-cannot = Хийж болохгүй зүйлс: { $limits }
# Утсан дээр эрхийн тайлбар "Дэлгэрэнгүй" дарах хүртэл нэг мөр л харагдана.
invitations-role-more = Дэлгэрэнгүй
invitations-role-less = Хураах
# Зөвхөн дэлгэц уншигч "Дэлгэрэнгүй" эсвэл "Хураах"-ын дараа уншина: товч аль эрхийн тайлбарыг нээхийг.
invitations-role-about = ({ $role } эрхийн тухай)
invitations-field-language = Урилгын хэл
invitations-field-language-hint = Ажлын орчны хэл: { $language }. Одоо урих хүмүүстээ өөр хэл сонгож болно.
# Нэг дор олон хаяг урих үед хаяг тус бүрд юу болсныг харуулах жагсаалт.
invitations-results = Хаяг тус бүрийн үр дүн
invitations-result-sent = { $email }: урилга илгээгдлээ
# { $problem } нь шалтгааныг богино өгүүлбэрээр хэлнэ.
invitations-result-not-sent = { $email }: илгээгдсэнгүй, { $problem }
invitations-close = Хаах
invitations-send = Урилга илгээх
invitations-sending = Илгээж байна…

# Урилгууд илгээгдсэний дараа хуудсан дээр гарах бичвэр. Тоог хөтөч бөглөдөг тул
# олон тооны хэлбэргүй: өгүүлбэр бүр ямар ч тоотой зөв уншигдах ёстой.
invitations-sent-to = Урилгыг { $email } хаягт илгээлээ
invitations-sent-count = Илгээсэн урилга: { $sent } / { $total }
# { $failed } нь илгээгдээгүй хаягуудыг таслалаар тусгаарлан жагсаана.
invitations-sent-some = Илгээсэн урилга: { $sent } / { $total }. Илгээгдээгүй: { $failed }

# Урилгын холбоосоор нээгддэг хуудас, нэвтрээгүй зочдод ч мөн.

invitations-accept-loading = Урилгыг ачаалж байна…
invitations-accept-heading-invalid = Ажлын орчинд нэгдэх
invitations-accept-go-to-login = Нэвтрэх хуудас руу очих
invitations-accept-heading = { $workspace } ажлын орчинд нэгдэх
# { $role } нь эрхийн нэр (Админ, Засварлагч эсвэл Агент); { $expires } нь яг тодорхой мөч.
invitations-accept-intro = { $inviter } { $email } хаяг руу { $workspace } ажлын орчинд { $role } эрхтэйгээр нэгдэх урилга илгээсэн байна. Урилга { $expires } хүртэл хүчинтэй.
# { $role } нь эрхийн нэр (Админ, Засварлагч эсвэл Агент).
invitations-role-abilities = { $role } эрхээр хийж болох зүйлс
invitations-accept-signed-in-as-other = Та { $other } хаягаар нэвтэрсэн байна, гэвч энэ урилга { $invited } хаягт зориулагдсан.
invitations-accept-log-out = Гараад үргэлжлүүлэх
invitations-accept-signed-in = Та { $email } хаягаар нэвтэрсэн байна.
invitations-accept-has-account = Танд { $email } хаягтай бүртгэл аль хэдийн байна: нэгдэхийн тулд түүний нууц үгийг оруулна уу.
invitations-accept-name = Нэр
# Хоёр шатлалт баталгаажуулалтын код, бүртгэлд хоёр шатлалт баталгаажуулалт идэвхтэй үед асууна.
invitations-accept-code = Код
invitations-accept-code-hint = Баталгаажуулагч аппаас авсан код эсвэл сэргээх код.
invitations-accept-join = Ажлын орчинд нэгдэх
invitations-accept-joining = Нэгдэж байна…

# Бүртгэлийн цэс → Имэйл мэдэгдэл: хэн нэгэн нэгдэхэд админд ирэх имэйл.

notifications-join-emails = Энэ ажлын орчинд хэн нэгэн нэгдэхэд надад имэйл илгээх
notifications-join-emails-on = Хэн нэгэн нэгдэх бүрд танд имэйл ирнэ
notifications-join-emails-off = Хэн нэгэн нэгдэхэд танд цаашид имэйл ирэхгүй
notifications-save = Хадгалах
