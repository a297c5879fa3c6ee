# Ямар нэг зүйлийг хийх боломжгүй үед маягт, үйлдлийн өгөх хариу; холбогдох талбарын хажууд гарна.

rules-password-too-short = { $count ->
    [one] Дор хаяж { $count } тэмдэгт ашиглана уу; богино өгүүлбэр тохиромжтой
   *[other] Дор хаяж { $count } тэмдэгт ашиглана уу; богино өгүүлбэр тохиромжтой
}
rules-too-long = { $count ->
    [one] Хамгийн ихдээ { $count } тэмдэгт ашиглана уу
   *[other] Хамгийн ихдээ { $count } тэмдэгт ашиглана уу
}
rules-enter-your-name = Нэрээ оруулна уу
rules-enter-a-name = Нэр оруулна уу
rules-enter-a-workspace-name = Ажлын орчны нэр оруулна уу
rules-no-control-characters = Мөр шилжүүлэлт болон бусад удирдах тэмдэгтийг арилгана уу
rules-enter-an-email = Имэйл хаяг оруулна уу
rules-enter-a-valid-email = Зөв имэйл хаяг оруулна уу, жишээ нь name@example.com
rules-common-password = Энэ нууц үг түгээмэл нууц үгсийн жагсаалтад байна; өөр нууц үг сонгоно уу
rules-passwords-differ = Хоёр нууц үг таарахгүй байна

invitations-link-invalid = Энэ урилгын холбоос хүчингүй болсон байна. Ажлын орчны админаас урилгыг дахин илгээхийг хүснэ үү.
invitations-too-many-addresses = { $count ->
    [one] Нэг удаад хамгийн ихдээ { $count } хаяг урина уу
   *[other] Нэг удаад хамгийн ихдээ { $count } хаяг урина уу
}
invitations-already-member = { $email } аль хэдийн гишүүн байна
invitations-already-invited = { $email } аль хэдийн урилга авсан байна — оронд нь урилгыг дахин илгээнэ үү
invitations-already-pending = Энэ урилга хүлээгдэж байгаа хэвээр байна
invitations-already-accepted = Энэ урилгыг аль хэдийн хүлээн авсан байна
invitations-already-cancelled = Энэ урилгыг аль хэдийн цуцалсан байна
invitations-already-expired = Энэ урилгын хугацаа аль хэдийн дууссан байна
invitations-signed-in-as-other = Та { $current } хаягаар нэвтэрсэн байна. { $invitee } хаягаар нэгдэхийн тулд системээс гараад үргэлжлүүлнэ үү.
invitations-not-the-password = Энэ нь { $email } хаягийн нууц үг биш байна
invitations-enter-code = Баталгаажуулагч аппын код эсвэл сэргээх код оруулна уу
invitations-wrong-code = Энэ код буруу байна. Аппын яг одоо харуулж буй кодыг эсвэл ашиглаагүй сэргээх кодоо оруулна уу.
invitations-account-just-created = Энэ имэйл хаягаар дөнгөж сая бүртгэл үүслээ. Тэр бүртгэлээр нэвтэрч, холбоосыг дахин нээнэ үү.

users-last-admin = Ажлын орчин дор хаяж нэг админтай байх ёстой

setup-already-done = Энэ Roster аль хэдийн тохируулагдсан байна. Нэвтэрнэ үү.
setup-enter-code = Серверийн логт хэвлэгдсэн тохируулгын кодыг оруулна уу
setup-wrong-code = Тохируулгын код буруу байна. Серверийн эхлэх үеийн логоос хуулж авна уу.
workspace-name-taken = «{ $name }» нэртэй ажлын орчин аль хэдийн байна
workspace-timezone-unknown = Жагсаалтаас цагийн бүс сонгоно уу, жишээ нь Africa/Kigali
workspace-two-factor-rule-unknown = «Хэн ч биш», «Админууд», «Бүгд» гэсэн сонголтоос нэгийг сонгоно уу
workspace-logged-out-by-admin = Админ энэ ажлын орчин дахь таны нэвтрэлтийг хаасан байна. Ажлын орчныг нээхийн тулд дахин нэвтэрнэ үү.

rules-enter-your-password = Нууц үгээ оруулна уу
rules-enter-current-password = Одоогийн нууц үгээ оруулна уу
rules-not-current-password = Энэ нь таны одоогийн нууц үг биш байна
rules-new-passwords-differ = Хоёр шинэ нууц үг таарахгүй байна

rules-choose-a-role = Эрхээ сонгоно уу: Админ, Засварлагч эсвэл Агент
